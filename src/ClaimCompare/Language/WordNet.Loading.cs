using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ClaimCompare.Language;

internal sealed partial class WordNet
{
    /// <summary>The embedded resource written by tools/WordNetResource/generate.js.</summary>
    internal const string ResourceName = "ClaimCompare.Language.Data.wordnet.txt.gz";

    private static readonly Lazy<WordNet> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// WordNet 3.1 as embedded in the library, read on first use (about a third of a second) and shared by every
    /// caller; immutable after load, so safe to use from any thread.
    /// </summary>
    public static WordNet Default => Shared.Value;

    private static WordNet LoadEmbedded()
    {
        using var stream = typeof(WordNet).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(WordNet).Assembly.GetName().Name}.");
        return Load(stream, ResourceName);
    }

    /// <summary>Reads a resource in the generator's format (gzip'd text) from <paramref name="gzip"/>.</summary>
    /// <param name="gzip">The gzip'd resource.</param>
    /// <param name="name">The resource's name, used in error messages.</param>
    /// <exception cref="InvalidDataException">The resource is malformed; the message names the line and the problem.</exception>
    internal static WordNet Load(Stream gzip, string name)
    {
        using var unzip = new GZipStream(gzip, CompressionMode.Decompress);
        using var reader = new StreamReader(unzip, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        return new Parser(reader, name).Parse();
    }

    /// <summary>Reads the four sections (lemmas, synsets, index, exceptions) into the flat tables.</summary>
    private sealed class Parser(StreamReader reader, string name)
    {
        private int lineNumber;

        public WordNet Parse()
        {
            string line = NextLine();
            while (line.StartsWith('#'))
                line = NextLine();

            var lemmas = new string[SectionCount(line, 'L')];
            for (int i = 0; i < lemmas.Length; i++)
                lemmas[i] = NextLine();

            int synsetCount = SectionCount(NextLine(), 'S');
            var classes = new WordClass[synsetCount];
            var memberStart = new int[synsetCount + 1];
            var members = new List<int>(synsetCount * 2);
            var hypernymStart = new int[synsetCount + 1];
            var hypernyms = new List<Synset>(synsetCount + synsetCount / 4);
            var linkStart = new int[synsetCount + 1];
            var links = new List<Link>(synsetCount * 2);
            for (int id = 0; id < synsetCount; id++)
            {
                ReadSynset(NextLine(), id, classes, members, hypernyms, links, lemmas.Length, synsetCount);
                memberStart[id + 1] = members.Count;
                hypernymStart[id + 1] = hypernyms.Count;
                linkStart[id + 1] = links.Count;
            }

            int indexCount = SectionCount(NextLine(), 'I');
            var index = NewTables<Dictionary<string, SenseRange>>(() => new Dictionary<string, SenseRange>(StringComparer.Ordinal));
            var senses = new List<Synset>(indexCount * 2);
            for (int i = 0; i < indexCount; i++)
            {
                string entry = NextLine();
                var fields = new Cursor(entry, '\t');
                var wordClass = ClassOf(fields.Next(entry, this), entry);
                int lemma = Number(fields.Next(entry, this), lemmas.Length, entry);
                int start = senses.Count;
                var ids = new Cursor(fields.Next(entry, this), ',');
                if (!fields.Done)
                    throw Bad($"expected 3 tab-separated fields in \"{entry}\"");
                while (!ids.Done)
                    senses.Add(new Synset(Number(ids.Next(entry, this), synsetCount, entry)));
                if (!index[(int)wordClass].TryAdd(lemmas[lemma], new SenseRange(start, senses.Count - start, lemma)))
                    throw Bad($"the lemma \"{lemmas[lemma]}\" is indexed twice as {wordClass}");
            }

            int exceptionCount = SectionCount(NextLine(), 'X');
            var exceptions = NewTables<Dictionary<string, string[]>>(() => new Dictionary<string, string[]>(StringComparer.Ordinal));
            for (int i = 0; i < exceptionCount; i++)
            {
                string entry = NextLine();
                var fields = entry.Split('\t');
                if (fields.Length < 3)
                    throw Bad($"an exception needs a class, a form and at least one base form: \"{entry}\"");
                var table = exceptions[(int)ClassOf(fields[0], entry)];
                // The exception lists repeat a few forms on two lines; their base forms are merged in file order.
                string[] bases = fields[2..];
                table[fields[1]] = table.TryGetValue(fields[1], out var earlier) ? [.. earlier, .. bases.Except(earlier, StringComparer.Ordinal)] : bases;
            }

            if (reader.ReadLine() is { Length: > 0 } extra)
                throw Bad($"unexpected text after the exception section: \"{extra}\"");

            return new WordNet(lemmas, classes, memberStart, [.. members], hypernymStart, [.. hypernyms], linkStart, [.. links],
                index, [.. senses], exceptions);
        }

        private void ReadSynset(string line, int id, WordClass[] classes, List<int> members, List<Synset> hypernyms, List<Link> links,
            int lemmaCount, int synsetCount)
        {
            // Parsed over spans: the resource has 118,000 synset lines and splitting each into strings doubled the load time.
            var fields = new Cursor(line, '\t');
            var wordClass = fields.Next(line, this);
            if (fields.Done)
                throw Bad($"a synset needs a class and its words: \"{line}\"");
            classes[id] = wordClass is "s" ? WordClass.Adjective : ClassOf(wordClass, line);
            var words = new Cursor(fields.Next(line, this), ',');
            while (!words.Done)
                members.Add(Number(words.Next(line, this), lemmaCount, line));
            while (!fields.Done)
            {
                var pointer = fields.Next(line, this);
                if (pointer.Length < 2)
                    throw Bad($"empty pointer in \"{line}\"");
                char kind = pointer[0];
                var parts = new Cursor(pointer[1..], '.');
                int target = Number(parts.Next(line, this), synsetCount, line);
                if (kind is 'h' or 'i')
                {
                    hypernyms.Add(new Synset(target));
                    continue;
                }

                int source = parts.Done ? 0 : Number(parts.Next(line, this), 256, line);
                int targetWord = parts.Done ? 0 : Number(parts.Next(line, this), 256, line);
                links.Add(new Link(KindOf(kind, line), (byte)source, (byte)targetWord, target));
            }
        }

        private LinkKind KindOf(char letter, string line) => letter switch
        {
            'g' => LinkKind.VerbGroup,
            's' => LinkKind.SimilarTo,
            'a' => LinkKind.Antonym,
            'd' => LinkKind.Derivation,
            'p' => LinkKind.Pertainym,
            'q' => LinkKind.Participle,
            'c' => LinkKind.Cause,
            'e' => LinkKind.Entailment,
            _ => throw Bad($"unknown pointer kind '{letter}' in \"{line}\""),
        };

        private WordClass ClassOf(ReadOnlySpan<char> letter, string line) => letter switch
        {
            "n" => WordClass.Noun,
            "v" => WordClass.Verb,
            "a" => WordClass.Adjective,
            "r" => WordClass.Adverb,
            _ => throw Bad($"unknown word class \"{letter}\" in \"{line}\""),
        };

        private static T[] NewTables<T>(Func<T> create) => [create(), create(), create(), create()];

        private int Number(ReadOnlySpan<char> text, int limit, string line) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value < limit
                ? value
                : throw Bad($"\"{text}\" is not a number below {limit} in \"{line}\"");

        private int SectionCount(string line, char section) =>
            line.Length > 2 && line[0] == section && line[1] == '\t'
                && int.TryParse(line.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out int count)
                ? count
                : throw Bad($"expected the section header \"{section}<tab>count\" but found \"{line}\"");

        private string NextLine()
        {
            lineNumber++;
            return reader.ReadLine() ?? throw Bad("the resource ends early");
        }

        private InvalidDataException Bad(string problem) =>
            new($"{name} line {lineNumber.ToString(CultureInfo.InvariantCulture)}: {problem}.");

        /// <summary>Walks the fields of a line separated by one character, without allocating.</summary>
        private ref struct Cursor(ReadOnlySpan<char> text, char separator)
        {
            private ReadOnlySpan<char> rest = text;

            public bool Done { get; private set; }

            public ReadOnlySpan<char> Next(string line, Parser parser)
            {
                if (Done)
                    throw parser.Bad($"a field is missing in \"{line}\"");
                int at = rest.IndexOf(separator);
                if (at < 0)
                {
                    Done = true;
                    return rest;
                }

                var field = rest[..at];
                rest = rest[(at + 1)..];
                return field;
            }
        }
    }
}
