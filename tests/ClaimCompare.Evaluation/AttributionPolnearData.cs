using System.Globalization;
using ClaimCompare.Model;

namespace ClaimCompare.Evaluation;

/// <summary>One gold attribution from a PolNeAR brat file: its source, cue and content spans (any may be missing).</summary>
/// <param name="Sources">Source spans (empty for "Attribution-no-source").</param>
/// <param name="Cues">Cue spans.</param>
/// <param name="Contents">Content spans.</param>
public sealed record GoldAttribution(IReadOnlyList<TextSpan> Sources, IReadOnlyList<TextSpan> Cues, IReadOnlyList<TextSpan> Contents);

/// <summary>One PolNeAR dev article: its text as read and its gold attributions.</summary>
/// <param name="Name">The text file name without extension.</param>
/// <param name="Text">The text exactly as read (UTF-8, BOM-tolerant); brat offsets index it.</param>
/// <param name="Gold">The gold attributions.</param>
public sealed record PolnearDocument(string Name, string Text, IReadOnlyList<GoldAttribution> Gold);

/// <summary>
/// Loads a PolNeAR split (train or dev). Where several annotators' files exist for one text, the first by ordinal file name is used,
/// so every text counts once.
/// </summary>
public static class AttributionPolnearData
{
    /// <summary>Loads every article of ../shared/benchmarks/attribution/polnear/dev.</summary>
    public static IReadOnlyList<PolnearDocument> Load(string benchmarksRoot) => Load(benchmarksRoot, "dev");

    /// <summary>Loads every article of one split ("train" or "dev") of ../shared/benchmarks/attribution/polnear.</summary>
    public static IReadOnlyList<PolnearDocument> Load(string benchmarksRoot, string split)
    {
        ArgumentNullException.ThrowIfNull(split);
        var folder = Path.Combine(benchmarksRoot, "attribution", "polnear", split);
        var annotations = Directory.GetFiles(Path.Combine(folder, "attributions"), "*.ann").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var documents = new List<PolnearDocument>();
        foreach (var textFile in Directory.GetFiles(Path.Combine(folder, "text"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textFile);
            var ann = annotations.FirstOrDefault(a => Path.GetFileName(a).StartsWith(name + "_", StringComparison.Ordinal));
            if (ann is null)
            {
                continue;
            }

            using var reader = new StreamReader(textFile, detectEncodingFromByteOrderMarks: true);
            var text = reader.ReadToEnd();
            documents.Add(new PolnearDocument(name, text, Parse(File.ReadAllLines(ann))));
        }

        return documents;
    }

    /// <summary>Parses brat lines: T lines give typed spans, E lines tie them into attributions.</summary>
    public static IReadOnlyList<GoldAttribution> Parse(IEnumerable<string> lines)
    {
        var spans = new Dictionary<string, (string Type, TextSpan Span)>(StringComparer.Ordinal);
        var events = new List<string>();
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length >= 2 && line.StartsWith('T'))
            {
                // "Source 89 106" (a discontinuous span "Source 1 5;8 12" keeps its outer ends).
                var head = fields[1].Split(' ', 2);
                var offsets = head[1].Split([' ', ';']);
                var start = int.Parse(offsets[0], CultureInfo.InvariantCulture);
                var end = int.Parse(offsets[^1], CultureInfo.InvariantCulture);
                spans[fields[0]] = (head[0], new TextSpan(start, end));
            }
            else if (fields.Length >= 2 && line.StartsWith('E'))
            {
                events.Add(fields[1]);
            }
        }

        var gold = new List<GoldAttribution>();
        foreach (var e in events)
        {
            var sources = new List<TextSpan>();
            var cues = new List<TextSpan>();
            var contents = new List<TextSpan>();
            foreach (var arg in e.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
            {
                var colon = arg.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !spans.TryGetValue(arg[(colon + 1)..], out var target))
                {
                    continue;
                }

                var role = arg[..colon];
                if (role.StartsWith("Source", StringComparison.Ordinal))
                {
                    sources.Add(target.Span);
                }
                else if (role.StartsWith("Cue", StringComparison.Ordinal))
                {
                    cues.Add(target.Span);
                }
                else if (role.StartsWith("Content", StringComparison.Ordinal))
                {
                    contents.Add(target.Span);
                }
            }

            gold.Add(new GoldAttribution(sources, cues, contents));
        }

        return gold;
    }
}
