using System.Globalization;
using ClaimCompare.Model;

namespace ClaimCompare.FluentAssertions;

/// <summary>What a test expects of a claim; every part left null matches anything.</summary>
internal sealed record ClaimSpec(double? Value, BoundKind? Bound, string? Source, string? Subject, string? Predicate, string? Unit, string? Article)
{
    /// <summary>Relative tolerance for figures, so 0.1 + 0.2 still matches 0.3.</summary>
    private const double Tolerance = 1e-9;

    public bool Matches(Claim claim, ComparisonReport? report) =>
        (Value is not { } value || Math.Abs(claim.Quantity.Value - value) <= Tolerance * Math.Max(1, Math.Abs(value)))
        && (Bound is not { } bound || claim.Quantity.Bound == bound)
        && (Source is null || ClaimMatching.FromSource(claim, Source, report))
        && (Subject is null || ClaimMatching.HasWords(claim.Subject, Subject))
        && (Predicate is null || string.Equals(claim.Predicate, Predicate, StringComparison.OrdinalIgnoreCase))
        && (Unit is null || string.Equals(claim.Quantity.Unit, Unit, StringComparison.OrdinalIgnoreCase))
        && (Article is null || string.Equals(claim.ArticleId, Article, StringComparison.Ordinal));

    /// <summary>The expectation in words: "value 40, bound Lower, source "police"".</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Value is { } value)
        {
            parts.Add("value " + value.ToString("#,0.###", CultureInfo.InvariantCulture));
        }

        if (Bound is { } bound)
        {
            parts.Add("bound " + bound);
        }

        Add(parts, "source", Source);
        Add(parts, "subject", Subject);
        Add(parts, "predicate", Predicate);
        Add(parts, "unit", Unit);
        Add(parts, "article", Article);
        return parts.Count == 0 ? "of any kind" : "with " + string.Join(", ", parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name} \"{value}\"");
        }
    }
}
