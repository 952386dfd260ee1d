#!/usr/bin/env python3
"""Counts the word knowledge left in code (issue 12): word tables, inline word lists, words repeated across files,
and the largest files and classes. Run from the repository root: python3 tools/LexiconCount/count.py [--detail]

A *table* is a static readonly field or property whose initialiser holds at least three word literals (lower-case
letters, apostrophes, hyphens, spaces); its entries are those literals. An *inline list* is a chain of two or more
word literals joined by `or` (`is "a" or "b"`, switch arms) outside tables. Words are counted per file across both.
The data files of the language layer (Language/Data) are not code and are not counted.
"""
import collections, os, re, sys

ROOT = 'src/ClaimCompare'
WORD = re.compile(r'^[a-z][a-z\' .-]*$')
LIT = re.compile(r'"((?:[^"\\]|\\.)*)"')
DECL = re.compile(r'^\s*(?:public |internal |private |protected )*static readonly [^=;(]*?\b(\w+)\s*(?:=|\{\s*get;?\s*\}\s*=)', re.M)
PROP = re.compile(r'^\s*(?:public |internal |private |protected )*static [^=;(]*?\b(\w+)\s*\{\s*get;\s*\}\s*=', re.M)
CHAIN = re.compile(r'"[^"\n]*"(?:\s*or\s*"[^"\n]*")+')


def strip_comments(text):
    # Character literals (',', '"', '\'') are no words; removed first so a quote character cannot open a "string".
    text = re.sub(r"'(?:[^'\\\n]|\\.)'", "' '", text)
    text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
    return re.sub(r'^\s*///.*$|(?<!:)//(?!/).*$', '', text, flags=re.M)


def statement_end(text, start):
    depth = 0
    i = start
    in_str = False
    while i < len(text):
        c = text[i]
        if in_str:
            if c == '\\':
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        elif c == ';' and depth <= 0:
            return i
        i += 1
    return len(text)


def main():
    detail = '--detail' in sys.argv
    tables, chains = [], []
    words_by_file = collections.defaultdict(set)
    sizes = []
    class_lines = collections.Counter()
    for folder, _, files in os.walk(ROOT):
        if '/obj' in folder or '/bin' in folder:
            continue
        for name in files:
            if not name.endswith('.cs'):
                continue
            path = os.path.join(folder, name)
            raw = open(path, encoding='utf-8').read()
            lines = raw.count('\n')
            sizes.append((lines, path))
            cls = re.search(r"\b(?:class|record(?:\s+struct)?|struct)\s+(\w+)", strip_comments(raw))
            if cls:
                class_lines[cls.group(1)] += lines
            # Role names in lexicon lookups (Lexicon.Default.Words("stop.concept")) are not word knowledge.
            text = re.sub(r'\.(?:Words|WordsIgnoringCase|Values|Union|Has)\([^)]*\)', '()', strip_comments(raw))
            covered = []
            for pattern in (DECL, PROP):
                for m in pattern.finditer(text):
                    end = statement_end(text, m.end())
                    body = text[m.end():end]
                    entries = [w for w in LIT.findall(body) if WORD.match(w)]
                    if len(entries) >= 3:
                        tables.append((path, m.group(1), len(entries)))
                        covered.append((m.start(), end))
                        words_by_file[path].update(entries)
            for m in CHAIN.finditer(text):
                if any(a <= m.start() < b for a, b in covered):
                    continue
                entries = [w for w in LIT.findall(m.group(0)) if WORD.match(w)]
                if len(entries) >= 2:
                    chains.append((path, len(entries)))
                    words_by_file[path].update(entries)
    files_of = collections.defaultdict(set)
    for path, words in words_by_file.items():
        for w in words:
            files_of[w].add(path)
    spread = sorted((w for w, f in files_of.items() if len(f) >= 3), key=lambda w: (-len(files_of[w]), w))
    print(f'tables: {len(tables)} with {sum(t[2] for t in tables)} entries')
    print(f'inline lists: {len(chains)} with {sum(c[1] for c in chains)} entries')
    print(f'files with word knowledge: {len(words_by_file)}')
    print(f'words in 3+ files: {len(spread)}; top: ' + ', '.join(f'{w} ({len(files_of[w])})' for w in spread[:15]))
    print('largest files: ' + ', '.join(f'{os.path.relpath(p, ROOT)} {n}' for n, p in sorted(sizes, reverse=True)[:5]))
    print('largest classes (partial files summed): ' + ', '.join(f'{c} {n}' for c, n in class_lines.most_common(5)))
    if detail:
        for path, name, n in sorted(tables):
            print(f'  table {os.path.relpath(path, ROOT)}:{name} {n}')


if __name__ == '__main__':
    main()
