using System.Globalization;
using ClaimCompare.Comparison;
using ClaimCompare.Extraction;
using ClaimCompare.Model;

namespace ClaimCompare.Tests.Comparison;

/// <summary>Builds claims and articles for comparison tests, one short line per claim.</summary>
internal static class ClaimFactory
{
    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Article Article(string id, string outlet, string? published, string text = "") =>
        new(id, null, outlet, null, published is null ? null : Day(published), text);

    public static Quantity Exact(double value, double? granularity = null) =>
        Quantity.Exactly(value) with { Granularity = granularity };

    public static Quantity AtLeast(double value) => new(value, BoundKind.Lower, "at least", value, null, value, Math.Ceiling(value * 1.25), null, null);

    public static Quantity About(double value) => new(value, BoundKind.Approx, "about", null, null, value * 0.9, value * 1.1, null, null);

    public static Quantity Nearly(double value) => new(value, BoundKind.Upper, "nearly", null, value, value * 0.9, value, null, null);

    public static Quantity UpTo(double value) => new(value, BoundKind.Upper, "up to", null, value, value * 0.9, value, null, null);

    public static Quantity Vague(double low, double high) => new(low, BoundKind.Vague, "dozens of", low, null, low, high, null, null);

    /// <summary>Compares the claims alone: no articles, no resolved sources.</summary>
    public static ComparisonResult Compare(params Claim[] claims) => new QuantityComparer().Compare(claims, [], []);

    /// <summary>True when one group of <paramref name="report"/> holds claims of both articles.</summary>
    public static bool Grouped(ComparisonReport report, string articleA, string articleB) =>
        report.Groups.Any(g => g.ClaimIds.Any(id => report.Claims.First(c => c.Id == id).ArticleId == articleA)
            && g.ClaimIds.Any(id => report.Claims.First(c => c.Id == id).ArticleId == articleB));

    public static Claim Claim(
        string id, string article, Quantity quantity, string subject, string? predicate,
        string? start = null, string? end = null, bool cumulative = false, string? place = null, string? source = null,
        string? sentence = null, RegionKind region = RegionKind.Body, int offset = 0)
    {
        var text = sentence ?? $"{subject} {predicate} {id}";

        // What extraction reads around the figure (event, cut-off, wording) is read as the extractor reads it.
        return EventCues.Read(new Claim(id, article, new TextSpan(offset, offset + 2), quantity.Value.ToString(CultureInfo.InvariantCulture), quantity, text, new TextSpan(0, Math.Max(text.Length, offset + 2)))
        {
            Subject = subject,
            Predicate = predicate,
            Place = place,
            SourceId = source,
            Region = region,
            Period = start is null && end is null ? null : new TimeScope(start is null ? null : Day(start), end is null ? null : Day(end), null, cumulative),
        });
    }

    /// <summary>The claim's event, cut-off flag and wording read again, after a test moved its figure in the sentence.</summary>
    public static Claim Reread(Claim claim) => EventCues.Read(claim with { Event = null, CutOff = false, Wording = null });

    public static IReadOnlyList<Source> SourceList(params string[] names) =>
        names.Select(n => new Source(n, n.ToUpperInvariant(), SourceKind.Monitor)).ToList();
}
