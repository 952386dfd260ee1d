using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Comparison;

/// <summary>Part-of-total relations inside one sentence: "74 civilians were killed, including 25 children".</summary>
internal static class Parts
{
    // Role part.cue in Language/Data; order does not matter (any cue, or the last one in the text).
    private static readonly string[] Cues = [.. Lexicon.Default.Words("part.cue").Order(StringComparer.Ordinal)];

    /// <summary>
    /// True for a kind picked out by the counted noun's modifiers ("two male students", cue "male student"; PartReader
    /// writes the modifier and the noun): a whole count of that narrower kind, compared with the same kind like any count.
    /// </summary>
    public static bool IsKind(ClaimPart? part) => part is { Kind: ClaimPart.Subset, Total: null } && part.Cue.Contains(' ', StringComparison.Ordinal);

    /// <summary>True when one claim is stated as a part of the other in the same sentence.</summary>
    public static bool PartOf(ClaimFacts a, ClaimFacts b)
    {
        if (!string.Equals(a.Claim.ArticleId, b.Claim.ArticleId, StringComparison.Ordinal) || a.Claim.SentenceSpan != b.Claim.SentenceSpan)
        {
            return false;
        }

        var (first, second) = a.Claim.Span.Start <= b.Claim.Span.Start ? (a, b) : (b, a);
        var between = Between(first, second);
        foreach (var cue in Cues)
        {
            if (between.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="total"/> is the figure right before the last "including" cue ahead of
    /// <paramref name="part"/>: in "74 killed, including 3 here and 71 there, including 25 children", 25 is part of 71.
    /// </summary>
    public static bool IsDirectPartOf(ClaimFacts part, ClaimFacts total, IReadOnlyList<ClaimFacts> sentence)
    {
        if (part.Claim.Span.Start <= total.Claim.Span.Start || !PartOf(part, total))
        {
            return false;
        }

        var text = part.Claim.Sentence;
        var offset = part.Claim.SentenceSpan.Start;
        var end = Math.Clamp(part.Claim.Span.Start - offset, 0, text.Length);
        var cue = Cues.Select(c => text.LastIndexOf(c, Math.Max(0, end - 1), StringComparison.OrdinalIgnoreCase)).Max() + offset;
        return sentence.Where(c => c.Claim.Span.End <= cue).MaxBy(c => c.Claim.Span.End) is { } nearest && ReferenceEquals(nearest, total);
    }

    private static string Between(ClaimFacts first, ClaimFacts second)
    {
        var sentence = first.Claim.Sentence;
        var offset = first.Claim.SentenceSpan.Start;
        var from = Math.Clamp(first.Claim.Span.End - offset, 0, sentence.Length);
        var to = Math.Clamp(second.Claim.Span.Start - offset, 0, sentence.Length);
        return to > from ? sentence[from..to] : string.Empty;
    }
}
