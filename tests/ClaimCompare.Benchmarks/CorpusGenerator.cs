using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCompare.Benchmarks;

/// <summary>One real article the corpus varies.</summary>
internal sealed record BaseArticle(string? Outlet, string? Title, DateOnly? Published, string Text);

/// <summary>
/// Builds large JSONL corpora by varying real articles (the repository's seeds and the Aleppo 2016
/// benchmark excerpts). The corpus is shaped like a real news stream: stories, each covered by a handful
/// of outlets. A story is one real article moved to another time (dates shifted by up to three years),
/// with its own figures (new digits of the same length and format) and its own names (swapped for others
/// seen in the material); each outlet's copy of the story then redraws a few figures (outlets disagree)
/// and its publication day. Seeded, so the same size always gives the same file. The material is read in
/// place; nothing is copied into the repository.
/// </summary>
internal sealed class CorpusGenerator
{
    /// <summary>Outlets covering one story: a wire story is typically picked up by several.</summary>
    public const int StorySize = 8;

    /// <summary>Bumped whenever the output changes, so cached corpora are not reused across versions.</summary>
    public const int Version = 2;

    private readonly List<BaseArticle> _bases;
    private readonly List<string> _outlets;
    private readonly List<string> _names;

    public CorpusGenerator(IReadOnlyList<BaseArticle> bases)
    {
        _bases = [.. bases];
        _outlets = [.. bases.Select(b => b.Outlet).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        if (_outlets.Count == 0)
        {
            _outlets.Add("Wire");
        }

        _names = [.. bases.SelectMany(b => CapitalisedNames(b.Text)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public int BaseCount => _bases.Count;

    public int NameCount => _names.Count;

    /// <summary>Loads the seeds (<c>seeds/*.txt</c>) and the Aleppo excerpts (<c>aleppo-2016/articles/*.json</c>).</summary>
    public static CorpusGenerator FromRepository(string repoRoot)
    {
        var bases = new List<BaseArticle>();
        foreach (var file in Directory.GetFiles(Path.Combine(repoRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            bases.Add(new BaseArticle(null, null, null, File.ReadAllText(file)));
        }

        var aleppo = Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "benchmarks", "aleppo-2016", "articles"));
        foreach (var file in Directory.GetFiles(aleppo, "*.json").Order(StringComparer.Ordinal))
        {
            var obj = JObject.Parse(File.ReadAllText(file));
            var published = DateOnly.TryParseExact((string?)obj["published"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
            bases.Add(new BaseArticle((string?)obj["outlet"], (string?)obj["title"], published, (string?)obj["text"] ?? string.Empty));
        }

        return new CorpusGenerator(bases);
    }

    /// <summary>Days a story may be moved either way (three years): the default spread of the corpus over time.</summary>
    public const int DefaultSpreadDays = 1100;

    /// <summary>
    /// Writes <paramref name="count"/> varied articles as JSONL; returns the bytes written. A smaller
    /// <paramref name="spreadDays"/> packs the stories into fewer days: 10,000 articles over a tenth of the default
    /// spread are as dense in time as 100,000 over all of it (the store benchmark uses that to see a large store's
    /// per-batch cost without building one).
    /// </summary>
    public long Write(string path, int count, int seed = 2016, int spreadDays = DefaultSpreadDays)
    {
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        using (var text = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            for (var i = 0; i < count; i++)
            {
                WriteOne(text, i, new Random(seed + i), spreadDays);
            }
        }

        return new FileInfo(path).Length;
    }

    private void WriteOne(StreamWriter output, int index, Random random, int spreadDays)
    {
        var story = index / StorySize;
        var storyRandom = new Random(unchecked((story * 7919) + 17));
        var source = _bases[story % _bases.Count];
        var shift = storyRandom.Next(-spreadDays, spreadDays);
        var storyText = SwapNames(VaryFigures(source.Text, storyRandom, 0.7), storyRandom);
        var body = VaryFigures(storyText, random, 0.1);
        var published = (source.Published ?? new DateOnly(2016, 10, 28)).AddDays(shift + random.Next(0, 3));
        using var json = new JsonTextWriter(output) { Formatting = Formatting.None, CloseOutput = false, Culture = CultureInfo.InvariantCulture };
        json.WriteStartObject();
        json.WritePropertyName("id");
        json.WriteValue(string.Create(CultureInfo.InvariantCulture, $"g{index:D6}"));
        json.WritePropertyName("outlet");
        json.WriteValue(_outlets[random.Next(_outlets.Count)]);
        json.WritePropertyName("published");
        json.WriteValue(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (source.Title is not null)
        {
            json.WritePropertyName("title");
            json.WriteValue(VaryFigures(source.Title, storyRandom, 0.7));
        }

        json.WritePropertyName("text");
        json.WriteValue(body);
        json.WriteEndObject();
        json.Flush();
        output.Write('\n');
    }

    /// <summary>New digits for a share of the figures, keeping their length and separators (so their magnitude).</summary>
    internal static string VaryFigures(string text, Random random, double share)
    {
        var chars = text.ToCharArray();
        var i = 0;
        while (i < chars.Length)
        {
            if (!char.IsAsciiDigit(chars[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < chars.Length && (char.IsAsciiDigit(chars[i]) || (chars[i] == ',' && i + 1 < chars.Length && char.IsAsciiDigit(chars[i + 1]))))
            {
                i++;
            }

            if (random.NextDouble() < share)
            {
                for (var k = start; k < i; k++)
                {
                    if (char.IsAsciiDigit(chars[k]))
                    {
                        chars[k] = k == start && i - start > 1 ? (char)('1' + random.Next(9)) : (char)('0' + random.Next(10));
                    }
                }
            }
        }

        return new string(chars);
    }

    private string SwapNames(string text, Random random)
    {
        if (_names.Count < 2)
        {
            return text;
        }

        foreach (var name in CapitalisedNames(text).Distinct(StringComparer.Ordinal).ToList())
        {
            if (random.Next(4) == 0)
            {
                text = text.Replace(name, _names[random.Next(_names.Count)], StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>Runs of two or three capitalised words ("Syrian Observatory", "Sergei Rudskoi").</summary>
    internal static IEnumerable<string> CapitalisedNames(string text)
    {
        var words = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                if (text[i] != ' ' || (i + 1 < text.Length && !char.IsUpper(text[i + 1])))
                {
                    foreach (var name in Emit(text, words))
                    {
                        yield return name;
                    }

                    words.Clear();
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '\''))
            {
                i++;
            }

            if (char.IsUpper(text[start]) && i - start > 1)
            {
                words.Add((start, i));
            }
            else
            {
                foreach (var name in Emit(text, words))
                {
                    yield return name;
                }

                words.Clear();
            }
        }

        foreach (var name in Emit(text, words))
        {
            yield return name;
        }
    }

    private static IEnumerable<string> Emit(string text, List<(int Start, int End)> words)
    {
        if (words.Count is >= 2 and <= 3)
        {
            yield return text[words[0].Start..words[^1].End];
        }
    }
}
