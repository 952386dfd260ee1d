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
                var fields = Fields(entry, 3);
                var wordClass = ClassOf(fields[0], entry);
                int lemma = Number(fields[1], lemmas.Length, entry);
                int start = senses.Count;
                foreach (var part in fields[2].Split(','))
                    senses.Add(new Synset(Number(part, synsetCount, entry)));
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
            var fields = line.Split('\t');
            if (fields.Length < 2)
                throw Bad($"a synset needs a class and its words: \"{line}\"");
            classes[id] = fields[0] == "s" ? WordClass.Adjective : ClassOf(fields[0], line);
            foreach (var part in fields[1].Split(','))
                members.Add(Number(part, lemmaCount, line));
            for (int f = 2; f < fields.Length; f++)
            {
                string pointer = fields[f];
                if (pointer.Length < 2)
                    throw Bad($"empty pointer in \"{line}\"");
                char kind = pointer[0];
                var parts = pointer[1..].Split('.');
                int target = Number(parts[0], synsetCount, line);
                if (kind is 'h' or 'i')
                {
                    hypernyms.Add(new Synset(target));
                    continue;
                }

                int source = parts.Length == 3 ? Number(parts[1], 256, line) : 0;
                int targetWord = parts.Length == 3 ? Number(parts[2], 256, line) : 0;
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

        private WordClass ClassOf(string letter, string line) => letter switch
        {
            "n" => WordClass.Noun,
            "v" => WordClass.Verb,
            "a" => WordClass.Adjective,
            "r" => WordClass.Adverb,
            _ => throw Bad($"unknown word class \"{letter}\" in \"{line}\""),
        };

        private static T[] NewTables<T>(Func<T> create) => [create(), create(), create(), create()];

        private string[] Fields(string line, int count)
        {
            var fields = line.Split('\t');
            return fields.Length == count ? fields : throw Bad($"expected {count} tab-separated fields in \"{line}\"");
        }

        private int Number(string text, int limit, string line) =>
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
    }
}
