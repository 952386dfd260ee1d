using ClaimCompare.Language;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>How a qualifier word bounds the figure after it.</summary>
internal enum QualifierSense
{
    /// <summary>Above the figure, the figure itself excluded ("more than", "over").</summary>
    AboveExclusive,

    /// <summary>The figure or above ("at least", "no fewer than").</summary>
    AboveInclusive,

    /// <summary>Just above the figure ("just over", "slightly more than").</summary>
    JustAbove,

    /// <summary>The figure or below ("up to", "as many as", "no more than").</summary>
    BelowInclusive,

    /// <summary>Below the figure, the figure itself excluded ("less than", "fewer than", "under").</summary>
    BelowExclusive,

    /// <summary>Close below the figure ("nearly", "almost", "just under"): at most the figure.</summary>
    JustBelow,

    /// <summary>Near the figure on either side ("about", "around", "some", "an estimated").</summary>
    Approximate,

    /// <summary>Exactly the figure ("equal to", "exactly").</summary>
    Equal,

    /// <summary>Opens a range closed by "and" ("between").</summary>
    Between,

    /// <summary>Opens a range closed by "to" ("from").</summary>
    From,
}

/// <summary>The qualifier phrases that bound a figure, written by the project from English usage.</summary>
internal static class QualifierLexicon
{
    private static readonly (string, QualifierSense)[] ListedBefore =
    [
        ("more than", QualifierSense.AboveExclusive), ("over", QualifierSense.AboveExclusive),
        ("well over", QualifierSense.AboveExclusive),
        ("in excess of", QualifierSense.AboveExclusive), ("upwards of", QualifierSense.AboveExclusive),
        ("upward of", QualifierSense.AboveExclusive), ("greater than", QualifierSense.AboveExclusive),
        ("above", QualifierSense.AboveExclusive), ("higher than", QualifierSense.AboveExclusive),
        ("far more than", QualifierSense.AboveExclusive), ("many more than", QualifierSense.AboveExclusive),
        ("at least", QualifierSense.AboveInclusive), ("no fewer than", QualifierSense.AboveInclusive),
        ("no less than", QualifierSense.AboveInclusive), ("not less than", QualifierSense.AboveInclusive),
        ("not fewer than", QualifierSense.AboveInclusive), ("a minimum of", QualifierSense.AboveInclusive),
        ("at a minimum", QualifierSense.AboveInclusive),
        ("just over", QualifierSense.JustAbove), ("slightly more than", QualifierSense.JustAbove),
        ("a little over", QualifierSense.JustAbove), ("a little more than", QualifierSense.JustAbove),
        ("just above", QualifierSense.JustAbove), ("slightly over", QualifierSense.JustAbove),
        ("just more than", QualifierSense.JustAbove),
        ("up to", QualifierSense.BelowInclusive), ("as many as", QualifierSense.BelowInclusive),
        ("as much as", QualifierSense.BelowInclusive), ("no more than", QualifierSense.BelowInclusive),
        ("not more than", QualifierSense.BelowInclusive), ("at most", QualifierSense.BelowInclusive),
        ("a maximum of", QualifierSense.BelowInclusive), ("at the most", QualifierSense.BelowInclusive),
        ("less than", QualifierSense.BelowExclusive), ("fewer than", QualifierSense.BelowExclusive),
        ("under", QualifierSense.BelowExclusive), ("below", QualifierSense.BelowExclusive),
        ("lower than", QualifierSense.BelowExclusive), ("sub -", QualifierSense.BelowExclusive),
        ("nearly", QualifierSense.JustBelow), ("almost", QualifierSense.JustBelow),
        ("just under", QualifierSense.JustBelow), ("close to", QualifierSense.JustBelow),
        ("just short of", QualifierSense.JustBelow), ("slightly less than", QualifierSense.JustBelow),
        ("just below", QualifierSense.JustBelow), ("a little under", QualifierSense.JustBelow),
        ("a little less than", QualifierSense.JustBelow), ("just shy of", QualifierSense.JustBelow),
        ("slightly under", QualifierSense.JustBelow), ("just less than", QualifierSense.JustBelow),
        ("about", QualifierSense.Approximate), ("around", QualifierSense.Approximate),
        ("some", QualifierSense.Approximate), ("roughly", QualifierSense.Approximate),
        ("approximately", QualifierSense.Approximate), ("an estimated", QualifierSense.Approximate),
        ("estimated", QualifierSense.Approximate), ("approx", QualifierSense.Approximate),
        ("approx .", QualifierSense.Approximate), ("circa", QualifierSense.Approximate),
        ("an approximate", QualifierSense.Approximate), ("~", QualifierSense.Approximate),
        ("≈", QualifierSense.Approximate), ("somewhere around", QualifierSense.Approximate),
        ("in the region of", QualifierSense.Approximate), ("on the order of", QualifierSense.Approximate),
        ("more or less", QualifierSense.Approximate), ("averaged", QualifierSense.Approximate), ("averaging", QualifierSense.Approximate),
        ("an average of", QualifierSense.Approximate), ("on average", QualifierSense.Approximate), ("average of", QualifierSense.Approximate), ("give or take", QualifierSense.Approximate),
        ("larger than", QualifierSense.AboveExclusive), ("bigger than", QualifierSense.AboveExclusive),
        ("exceed", QualifierSense.AboveExclusive), ("exceeds", QualifierSense.AboveExclusive), ("exceeding", QualifierSense.AboveExclusive),
        ("exceeded", QualifierSense.AboveExclusive), ("surpass", QualifierSense.AboveExclusive), ("surpassing", QualifierSense.AboveExclusive),
        ("surpassed", QualifierSense.AboveExclusive), (">", QualifierSense.AboveExclusive), ("smaller than", QualifierSense.BelowExclusive),
        ("<", QualifierSense.BelowExclusive), ("> =", QualifierSense.AboveInclusive), ("≥", QualifierSense.AboveInclusive),
        ("< =", QualifierSense.BelowInclusive), ("≤", QualifierSense.BelowInclusive),
        ("greater than or equal to", QualifierSense.AboveInclusive), ("more than or equal to", QualifierSense.AboveInclusive),
        ("larger than or equal to", QualifierSense.AboveInclusive), ("higher than or equal to", QualifierSense.AboveInclusive),
        ("equal to or more than", QualifierSense.AboveInclusive),
        ("equal to or greater than", QualifierSense.AboveInclusive),
        ("less than or equal to", QualifierSense.BelowInclusive), ("fewer than or equal to", QualifierSense.BelowInclusive),
        ("smaller than or equal to", QualifierSense.BelowInclusive), ("lower than or equal to", QualifierSense.BelowInclusive),
        ("equal to or less than", QualifierSense.BelowInclusive),
        ("equal to or fewer than", QualifierSense.BelowInclusive), ("equal to or smaller than", QualifierSense.BelowInclusive),
        ("equal to", QualifierSense.Equal), ("equals", QualifierSense.Equal),
        ("equalling", QualifierSense.Equal), ("exactly", QualifierSense.Equal),
        ("precisely", QualifierSense.Equal), ("a total of", QualifierSense.Equal),
        ("between", QualifierSense.Between), ("somewhere between", QualifierSense.Between),
        ("from", QualifierSense.From), ("anywhere from", QualifierSense.From),
        ("ranging from", QualifierSense.From), ("range from", QualifierSense.From),
        ("in between", QualifierSense.Between),
    ];

    /// <summary>Qualifiers standing before the figure.</summary>
    public static readonly PhraseTable<QualifierSense> Before = new(ListedBefore.Concat(ComparativeOrEqual()));

    // "greater or equal than", "lower or equal to": a comparative with "or equal" inserted before its "than" is a
    // common non-native form of "greater than or equal to"; it is built from the comparatives, not listed.
    private static IEnumerable<(string, QualifierSense)> ComparativeOrEqual()
    {
        foreach (var (comparative, sense) in ((string, QualifierSense)[])[
            ("greater", QualifierSense.AboveInclusive), ("more", QualifierSense.AboveInclusive), ("larger", QualifierSense.AboveInclusive),
            ("bigger", QualifierSense.AboveInclusive), ("higher", QualifierSense.AboveInclusive), ("less", QualifierSense.BelowInclusive),
            ("fewer", QualifierSense.BelowInclusive), ("smaller", QualifierSense.BelowInclusive), ("lower", QualifierSense.BelowInclusive)])
        {
            yield return (comparative + " or equal than", sense);
            yield return (comparative + " or equal to", sense);
        }
    }

    /// <summary>Qualifiers standing after the figure ("20 or more", "100 or so").</summary>
    public static readonly PhraseTable<QualifierSense> After = new(
        Lexicon.Default.Values("qualifier.after").Select(e => (e.Key, Enum.Parse<QualifierSense>(e.Value))));
}
