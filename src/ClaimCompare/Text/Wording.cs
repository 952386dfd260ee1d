using System.Collections.Frozen;
using System.Globalization;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Text;

/// <summary>Words the reports share so every format says things the same way: counts, outlets, verbs, readings.</summary>
internal static class Wording
{
    /// <summary>Collective nouns read with a plural verb ("the police say"); irregular plurals come from WordNet.</summary>
    private static readonly FrozenSet<string> PluralCollectives = Lexicon.Default.WordsIgnoringCase("plural-collective");

    /// <summary>Words that end a subject's head phrase: "sources close to ...", "residents of ...".</summary>
    private static readonly FrozenSet<string> HeadEnders = Lexicon.Default.WordsIgnoringCase("subject-head-ender");

    /// <summary>"1 discrepancy", "3 discrepancies", "0 errors".</summary>
    public static string Count(int n, string one, string? many = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");

    /// <summary>The totals line every format opens with: "5 articles, 39 claims, 3 groups, 1 discrepancy, 0 errors".</summary>
    public static string Totals(ComparisonReport report) => report.ToString(); // the report prints its totals (Model cannot call Text)

    /// <summary>
    /// The publisher as a reader knows it: the outlet the page or file names, else the domain of the article's URL
    /// ("www.reuters.com" reads "reuters.com"); null when neither is known. A file id is never an outlet.
    /// </summary>
    public static string? Outlet(Article? article)
    {
        if (article is null)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(article.Outlet))
        {
            return article.Outlet;
        }

        foreach (var candidate in new[] { article.Url, article.Path, article.Id })
        {
            if (Domain(candidate) is { } domain)
            {
                return domain;
            }
        }

        return null;
    }

    /// <summary>The host of an absolute web address without "www." (the outlet's name of last resort), or null.</summary>
    public static string? Domain(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
        {
            return null;
        }

        return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
    }

    private static readonly char[] HeadPunctuation = [',', '.', ';', ':', '"', '\'', '(', ')'];

    /// <summary>
    /// "says" after a singular subject, "say" after a plural one. The head noun is the last word before a preposition
    /// or relative word ("sources close to the army" has "sources"). A capitalised head is read as a name ("Reuters",
    /// "United Nations": one body, "says") unless the source is an unnamed one, whose first word is capitalised only
    /// because it opened a sentence ("Sources close to ...").
    /// </summary>
    public static string Says(string subject, SourceKind? kind)
    {
        var head = string.Empty;
        foreach (var word in subject.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (head.Length > 0 && HeadEnders.Contains(word))
            {
                break;
            }

            head = word.Trim(HeadPunctuation);
        }

        var name = head.Length > 0 && char.IsUpper(head[0]) && kind != SourceKind.Anonymous;
        return !name && IsPlural(head) ? "say" : "says";
    }

    private static bool IsPlural(string head)
    {
        if (head.Length < 3 || head.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return false; // too short to tell, or an acronym ("SOHR")
        }

        // Irregular plurals of people ("men", "women", "children") from WordNet; not of things: "media" and "data" take
        // either verb, and an outlet's gloss ("rusreality.com (Russian media)") ends in one.
        if (PluralCollectives.Contains(head) || (WordNet.Default.IsIrregularPlural(head) && WordNet.Default.IsKindOf(head, "person", WordClass.Noun)))
        {
            return true;
        }

        // Regular plurals end in -s but not -ss, -us or -is ("witness", "virus", "analysis" are singular).
        var lower = head.ToLowerInvariant();
        return lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal)
            && !lower.EndsWith("is", StringComparison.Ordinal) && char.IsLetter(lower[^2]);
    }

    /// <summary>
    /// What a figure's words let it mean, for a reader: "exactly 127", "22 or more (read as 22 to 27.5)",
    /// "about 3 to 9". The conventions behind the readings are in the legend of each report.
    /// </summary>
    public static string Meaning(Quantity q)
    {
        static string N(double v) => NumberText.Format(v);
        var typical = q.TypicalLow.Equals(q.TypicalHigh) ? N(q.TypicalLow) : $"{N(q.TypicalLow)} to {N(q.TypicalHigh)}";
        return q.Bound switch
        {
            BoundKind.Exact when q.TypicalLow.Equals(q.TypicalHigh) => N(q.Value),
            BoundKind.Exact => $"{N(q.Value)}, rounded: {typical}",
            BoundKind.Lower => $"{(q.LowInclusive ? N(q.Value) + " or more" : "more than " + N(q.Value))}, taken as {typical}",
            BoundKind.Upper => $"{(q.HighInclusive ? "up to " + N(q.Value) : "fewer than " + N(q.Value))}, taken as {typical}",
            BoundKind.Approx => $"about {N(q.Value)}, taken as {typical}",
            BoundKind.Range => typical,
            _ => $"a vague amount, taken as {typical}",
        };
    }

    /// <summary>One line on how to read the numbers: the severity scale and the qualifier conventions.</summary>
    public const string SeverityScale =
        "Severity runs from 0 (cosmetic) to 1 (flat contradiction); a contradiction that rests on a vague word such as \"several\" counts for less.";

    /// <summary>The severity scale and qualifier readings in one short line, for the text table.</summary>
    public const string ShortLegend =
        "Severity 0 (cosmetic) to 1 (flat contradiction). Qualifiers: \"at least N\" = N to 1.25 N, \"about N\" = N ± 10%, "
        + "\"nearly N\" = 0.9 N to N, \"several\" = 3 to 9; figures conflict only when these readings do not overlap.";

    /// <summary>How qualifiers are read (the defaults of <c>QuantityConventions</c>), in one sentence.</summary>
    public const string QualifierReading =
        "Figures are read with their qualifiers (library defaults): \"at least N\" and \"more than N\" as N to 1.25 N, \"up to N\" as 0.75 N to N, "
        + "\"nearly N\" as 0.9 N to N, \"about N\" as N ± 10%, \"several\" as 3 to 9, \"dozens\" as 24 to 99, and a round figure such as "
        + "18,000 as rounded to its last non-zero digit; two figures conflict only when these readings do not overlap. Consensus uses the "
        + "figures that read as numbers; vague words are shown beside it.";
}
