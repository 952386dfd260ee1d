using ClaimCompare.Language;
using ClaimCompare.Model;
using ClaimCompare.Text;
using NUnit.Framework;

namespace ClaimCompare.Tests.Robustness;

/// <summary>Properties every analysis result must have, whatever the text.</summary>
internal static class ClaimInvariants
{
    public static void Check(Article article, IReadOnlyList<Claim> claims, string what)
    {
        var text = article.Text;
        var previousStart = -1;
        foreach (var claim in claims)
        {
            var where = $"{what}: claim '{claim.Surface}' at {claim.Span}";
            Assert.That(claim.ArticleId, Is.EqualTo(article.Id), where);
            Assert.That(claim.Span.Start >= 0 && claim.Span.Start < claim.Span.End && claim.Span.End <= text.Length, Is.True, where + ": span outside the text");
            Assert.That(claim.Surface, Is.EqualTo(claim.Span.Slice(text)), where + ": surface is not the text at its span");
            Assert.That(claim.SentenceSpan.Start >= 0 && claim.SentenceSpan.End <= text.Length, Is.True, where + ": sentence span outside the text");
            Assert.That(claim.SentenceSpan.Contains(claim.Span), Is.True, where + ": sentence does not hold the claim");
            Assert.That(claim.Span.Start, Is.GreaterThanOrEqualTo(previousStart), where + ": claims out of offset order");
            previousStart = claim.Span.Start;
            CheckQuantity(claim.Quantity, where);
            Assert.That(claim.Confidence, Is.InRange(0.0, 1.0), where + ": confidence");
        }
    }

    public static void CheckQuantity(Quantity q, string where)
    {
        Assert.That(double.IsNaN(q.Value), Is.False, where + ": value is NaN");
        Assert.That(double.IsNaN(q.TypicalLow) || double.IsNaN(q.TypicalHigh), Is.False, where + ": typical range is NaN");
        Assert.That(q.TypicalLow, Is.LessThanOrEqualTo(q.TypicalHigh), where + ": typical range is reversed");
        if (q.Low is { } low && q.High is { } high)
        {
            Assert.That(low, Is.LessThanOrEqualTo(high), where + ": strict bounds are reversed");
        }
    }

    public static void CheckSentences(string text, IReadOnlyList<TextSpan> sentences, string what)
    {
        var end = 0;
        foreach (var s in sentences)
        {
            Assert.That(s.Start >= end && s.Start <= s.End && s.End <= text.Length, Is.True, $"{what}: sentence {s} overlaps, is reversed or leaves the text");
            end = s.End;
        }
    }

    /// <summary>
    /// A figure too large for a double must read as huge (infinite or at least 1e300), never as a wrapped
    /// or truncated smaller number.
    /// </summary>
    public static void CheckNotWrapped(IReadOnlyList<Claim> claims, TextSpan hugeNumber, string what)
    {
        foreach (var claim in claims.Where(c => c.Span.Overlaps(hugeNumber)))
        {
            Assert.That(claim.Quantity.Value, Is.GreaterThanOrEqualTo(1e300), $"{what}: '{Abbreviate(claim.Surface)}' read as {claim.Quantity.Value}, a wrapped or truncated value");
        }
    }

    public static void CheckAll(Func<Article, IReadOnlyList<Claim>> analyze, Article article, string what, TimeSpan? budget = null)
    {
        var claims = HangGuard.Run(what, () => analyze(article), budget);
        Check(article, claims, what);
        CheckSentences(article.Text, HangGuard.Run(what + " (sentences)", () => SentenceSplitter.Split(article), budget), what);
    }

    private static string Abbreviate(string s) => s.Length <= 60 ? s : s[..30] + "..." + s[^20..];
}
