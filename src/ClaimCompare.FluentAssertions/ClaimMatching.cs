using System.Globalization;
using System.Text;
using ClaimCompare.Model;

namespace ClaimCompare.FluentAssertions;

/// <summary>
/// How the assertions match the names and words a test writes against a report, and how they list what a report
/// holds when an assertion fails. Names match as whole words, ignoring case: "police" matches "the police" and
/// "Aleppo police" but not "policeman".
/// </summary>
internal static class ClaimMatching
{
    /// <summary>Most items a failure message lists before it counts the rest.</summary>
    private const int Listed = 12;

    /// <summary>True when <paramref name="words"/> stands in <paramref name="text"/> as whole words, ignoring case.</summary>
    public static bool HasWords(string? text, string words)
    {
        if (string.IsNullOrEmpty(text) || string.IsNullOrWhiteSpace(words))
        {
            return false;
        }

        var wanted = words.Trim();
        for (var at = text.IndexOf(wanted, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(wanted, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + wanted.Length;
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every name a claim's source goes by: the names as written in its article (speaker and channel) and, when the
    /// claim comes with its report, the resolved sources' names and aliases.
    /// </summary>
    public static IEnumerable<string> SourceNames(Claim claim, ComparisonReport? report)
    {
        if (claim.Attribution is { } attribution)
        {
            yield return attribution.Source.Name;
            if (attribution.Source.Surface is { } surface)
            {
                yield return surface;
            }

            if (attribution.Via is { } via)
            {
                yield return via.Name;
            }
        }

        if (report is null)
        {
            yield break;
        }

        foreach (var id in new[] { claim.SourceId, claim.ViaId })
        {
            var source = id is null ? null : report.Sources.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
            if (source is null)
            {
                continue;
            }

            yield return source.Name;
            foreach (var alias in source.Aliases)
            {
                yield return alias;
            }
        }
    }

    /// <summary>True when the claim's source (or channel) goes by <paramref name="name"/>.</summary>
    public static bool FromSource(Claim claim, string name, ComparisonReport? report) =>
        SourceNames(claim, report).Any(n => HasWords(n, name));

    /// <summary>A claim as the report describes it, or as it describes itself without a report.</summary>
    public static string Describe(Claim claim, ComparisonReport? report) => report is null ? claim.ToString() : report.Describe(claim);

    /// <summary>An indented list, one item a line, cut after <see cref="Listed"/> items with a count of the rest.</summary>
    public static string List<T>(IReadOnlyCollection<T> items, Func<T, string> describe)
    {
        if (items.Count == 0)
        {
            return Environment.NewLine + "  (none)";
        }

        var text = new StringBuilder();
        foreach (var item in items.Take(Listed))
        {
            text.Append(Environment.NewLine).Append("  ").Append(describe(item));
        }

        if (items.Count > Listed)
        {
            text.Append(Environment.NewLine).Append(CultureInfo.InvariantCulture, $"  ... and {items.Count - Listed} more");
        }

        return text.ToString();
    }

    /// <summary>
    /// Text made safe to splice into a FluentAssertions message: braces doubled (so claim text never reads as a
    /// placeholder).
    /// </summary>
    public static string Literal(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    /// <summary>
    /// A message head with its FluentAssertions placeholders (<c>{context:report}</c>, <c>{reason}</c>) kept and every other
    /// brace doubled, so names and words from the test never read as placeholders.
    /// </summary>
    public static string Message(string head)
    {
        var escaped = Literal(head);
        foreach (var placeholder in new[] { "{context:report}", "{context:claims}", "{reason}" })
        {
            escaped = escaped.Replace(Literal(placeholder), placeholder, StringComparison.Ordinal);
        }

        return escaped;
    }

    /// <summary>Names joined for a message: "police", "police" and "hospital", "a", "b" and "c".</summary>
    public static string Names(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => Quote(names[0]),
        _ => string.Join(", ", names.Take(names.Count - 1).Select(Quote)) + " and " + Quote(names[^1]),
    };

    private static string Quote(string name) => "\"" + name + "\"";
}
