using System.Text;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Hygiene;

/// <summary>
/// The project's own tests and comments use sentences we wrote: no string literal or comment in src, tests or samples
/// shares a run of seven words with ../shared/benchmarks, except the names of real sources that the issues themselves
/// use. A test on a benchmark sentence would be a hard-coded benchmark answer; a comment quoting one would make a general
/// rule look tuned to it. Scores on the benchmarks are measured by the evaluation tool, never asserted sentence by sentence.
/// </summary>
[TestFixture]
public sealed class NoBenchmarkTextTests
{
    private const int RunLength = 7;

    // Real-world names and titles the issues use, allowed inside our own sentences (resolver and title-parser tests
    // need them): they are masked before the runs are compared.
    private static readonly string[][] AllowedNames =
    [
        .. new[]
        {
            "syrian observatory for human rights", "general staff", "operational directorate", "operations directorate",
            "ministry of defence of the russian federation", "jabhat fateh al sham", "al nusra front", "sergei rudskoi",
            "sergei rudskoy", "sergey rudskoy",
        }.Select(n => n.Split(' ')),
    ];

    [Test]
    [Category(TestCategories.Benchmarks)]
    public void No_literal_or_comment_repeats_seven_words_of_a_benchmark()
    {
        var benchmark = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(TestPaths.Benchmarks, "*", SearchOption.AllDirectories))
        {
            AddRuns(Words(File.ReadAllText(file).Replace("\\n", " ", StringComparison.Ordinal)), benchmark);
        }

        benchmark.Should().HaveCountGreaterThan(100_000, "the benchmarks must have been read");

        var hits = new List<string>();
        foreach (var folder in new[] { "src", "tests", "samples" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, folder), "*.cs", SearchOption.AllDirectories))
            {
                if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                {
                    continue;
                }

                var lineNumber = 0;
                foreach (var line in File.ReadLines(file))
                {
                    lineNumber++;
                    foreach (var text in LiteralsAndComment(line))
                    {
                        var words = MaskNames(Words(text));
                        for (var i = 0; i + RunLength <= words.Count; i++)
                        {
                            var run = string.Join(' ', words.GetRange(i, RunLength));
                            if (benchmark.Contains(run))
                            {
                                hits.Add($"{Path.GetRelativePath(TestPaths.RepoRoot, file)}:{lineNumber}: \"{run}\"");
                                break;
                            }
                        }
                    }
                }
            }
        }

        hits.Should().BeEmpty("tests and comments must use our own sentences");
    }

    [TestCase("var s = \"one two\"; // three four", new[] { "one two", " three four" })]
    [TestCase("x(\"a \\\"quoted\\\" b\")", new[] { "a \\\"quoted\\\" b" })]
    public void Literals_and_comments_are_read_from_a_line(string line, string[] expected) =>
        LiteralsAndComment(line).Should().Equal(expected);

    private static List<string> MaskNames(List<string> words)
    {
        var masked = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var name = AllowedNames.FirstOrDefault(n => i + n.Length <= words.Count && n.SequenceEqual(words.Skip(i).Take(n.Length)));
            masked.Add(name is null ? words[i] : "#");
            i += name is null ? 0 : name.Length - 1;
        }

        return masked;
    }

    private static void AddRuns(List<string> words, HashSet<string> runs)
    {
        for (var i = 0; i + RunLength <= words.Count; i++)
        {
            runs.Add(string.Join(' ', words.GetRange(i, RunLength)));
        }
    }

    // Lower-case runs of ASCII letters and digits; everything else separates words.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(lower))
            {
                current.Append(lower);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    // The string literals of a line (escaped quotes kept inside) and the text after a "//" outside them.
    private static List<string> LiteralsAndComment(string line)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '"')
            {
                var start = ++i;
                while (i < line.Length && line[i] != '"')
                {
                    i += line[i] == '\\' ? 2 : 1;
                }

                parts.Add(line[start..Math.Min(i, line.Length)]);
                i++;
            }
            else if (line[i] == '/' && i + 1 < line.Length && line[i + 1] == '/')
            {
                parts.Add(line[(i + 2)..]);
                break;
            }
            else
            {
                i++;
            }
        }

        return parts;
    }
}
