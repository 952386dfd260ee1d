using ClaimCompare.Model;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace ClaimCompare.FluentAssertions;

/// <summary>
/// Assertions on a whole <see cref="ComparisonReport"/>, in the words of the domain. The usual object assertions
/// (<c>Be</c>, <c>BeEquivalentTo</c>, ...) stay available: reports compare by value.
/// </summary>
/// <example>
/// <code>
/// var report = ClaimComparer.CompareFiles(["articles"]);
/// report.Should().FlagFigureConflict().Between("police", "hospital");
/// report.Should().ContainClaim(value: 40, bound: BoundKind.Lower, source: "police");
/// report.Should().NotFlagFigureConflictBetween("police", "fire service");
/// </code>
/// </example>
public sealed class ComparisonReportAssertions : ObjectAssertions<ComparisonReport, ComparisonReportAssertions>
{
    /// <summary>Wraps a report (use <c>report.Should()</c>).</summary>
    public ComparisonReportAssertions(ComparisonReport? subject)
        : base(subject!)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "report";

    /// <summary>
    /// Asserts the report flags at least one figure conflict (figures for one quantity that disagree beyond their
    /// qualifiers and rounding); narrow it with <see cref="FlaggedDiscrepancies.Between"/> and
    /// <see cref="FlaggedDiscrepancies.About"/>.
    /// </summary>
    /// <param name="because">Why the conflict is expected (a format string).</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    public FlaggedDiscrepancies FlagFigureConflict(string because = "", params object[] becauseArgs) =>
        Flag(DiscrepancyKind.Figure, because, becauseArgs);

    /// <summary>Asserts the report flags at least one attribution conflict (one figure credited to different sources, or one source quoted with different figures).</summary>
    /// <param name="because">Why the conflict is expected (a format string).</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    public FlaggedDiscrepancies FlagAttributionConflict(string because = "", params object[] becauseArgs) =>
        Flag(DiscrepancyKind.Attribution, because, becauseArgs);

    /// <summary>Asserts the report shows at least one update (a running total reported again later, not a contradiction).</summary>
    /// <param name="because">Why the update is expected (a format string).</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    public FlaggedDiscrepancies FlagUpdate(string because = "", params object[] becauseArgs) =>
        Flag(DiscrepancyKind.Update, because, becauseArgs);

    /// <summary>Asserts the report holds at least one discrepancy of the given kind.</summary>
    /// <param name="kind">The kind of discrepancy expected.</param>
    /// <param name="because">Why it is expected (a format string).</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    public FlaggedDiscrepancies Flag(DiscrepancyKind kind, string because = "", params object[] becauseArgs)
    {
        var report = RequireReport(because, becauseArgs);
        var found = report?.Discrepancies.Where(d => d.Kind == kind).ToList() ?? [];
        if (report is not null)
        {
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(found.Count > 0)
                .FailWith(ClaimMatching.Message($"Expected {{context:report}} to flag {Article(kind)} {Noun(kind)}{{reason}}, but it holds {Count(report.Discrepancies.Length, "discrepancy", "discrepancies")}:")
                    + ClaimMatching.Literal(ClaimMatching.List(report.Discrepancies, d => Describe(report, d))));
        }

        return new FlaggedDiscrepancies(this, report, kind, found);
    }

    /// <summary>Asserts no figure conflict names claims from all of the given sources.</summary>
    /// <param name="source">A name of the first source (whole words, any case; aliases count).</param>
    /// <param name="other">A name of the second source.</param>
    /// <param name="more">Further sources that must all be named.</param>
    public AndConstraint<ComparisonReportAssertions> NotFlagFigureConflictBetween(string source, string other, params string[] more)
    {
        var report = RequireReport(string.Empty, []);
        if (report is not null)
        {
            var names = new[] { source, other }.Concat(more).ToList();
            var hits = report.Discrepancies.Where(d => d.Kind == DiscrepancyKind.Figure && Involves(report, d, names)).ToList();
            Execute.Assertion
                .ForCondition(hits.Count == 0)
                .FailWith(ClaimMatching.Message($"Expected {{context:report}} to flag no figure conflict between {ClaimMatching.Names(names)}, but it flags:")
                    + ClaimMatching.Literal(ClaimMatching.List(hits, d => Describe(report, d))));
        }

        return new AndConstraint<ComparisonReportAssertions>(this);
    }

    /// <summary>Asserts the report holds a claim matching every argument given (null arguments match anything).</summary>
    /// <param name="value">The figure as written ("over 18,000" has 18000).</param>
    /// <param name="bound">How its words bound it.</param>
    /// <param name="source">A name of its source or channel (whole words, any case; resolved aliases count).</param>
    /// <param name="subject">Words of what it counts ("civilians").</param>
    /// <param name="predicate">What happened, as a lemma ("killed").</param>
    /// <param name="unit">Its unit ("percent"); null matches any.</param>
    /// <param name="article">The id of its article.</param>
    /// <param name="because">Why it is expected (a format string).</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    public AndWhichConstraint<ComparisonReportAssertions, Claim> ContainClaim(
        double? value = null, BoundKind? bound = null, string? source = null, string? subject = null, string? predicate = null,
        string? unit = null, string? article = null, string because = "", params object[] becauseArgs)
    {
        var report = RequireReport(because, becauseArgs);
        Claim? match = null;
        if (report is not null)
        {
            var spec = new ClaimSpec(value, bound, source, subject, predicate, unit, article);
            match = report.Claims.FirstOrDefault(c => spec.Matches(c, report));
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(match is not null)
                .FailWith(ClaimMatching.Message($"Expected {{context:report}} to contain a claim {spec}{{reason}}, but found {Count(report.Claims.Length, "claim", "claims")}:")
                    + ClaimMatching.Literal(ClaimMatching.List(report.Claims, c => report.Describe(c))));
        }

        return new AndWhichConstraint<ComparisonReportAssertions, Claim>(this, match!);
    }

    /// <summary>True when every name matches the source of at least one of the discrepancy's claims.</summary>
    internal static bool Involves(ComparisonReport report, Discrepancy discrepancy, IReadOnlyList<string> names)
    {
        var claims = discrepancy.ClaimIds
            .Select(id => report.Claims.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal)))
            .OfType<Claim>()
            .ToList();
        return names.All(name => claims.Any(c => ClaimMatching.FromSource(c, name, report)));
    }

    /// <summary>A discrepancy with the claims it names, one per line, as a reader reads them.</summary>
    internal static string Describe(ComparisonReport report, Discrepancy discrepancy)
    {
        var head = $"{discrepancy.Id} {discrepancy.Kind.ToString().ToLowerInvariant()}{(discrepancy.GroupId is null ? string.Empty : " in " + discrepancy.GroupId)}";
        var claims = discrepancy.ClaimIds
            .Select(id => report.Claims.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal)))
            .Select((c, i) => c is null ? discrepancy.ClaimIds[i] + " (not in the report)" : report.Describe(c));
        return head + ": " + string.Join("; ", claims);
    }

    private ComparisonReport? RequireReport(string because, object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:report} to be a report{reason}, but found <null>.");
        return Subject;
    }

    private static string Noun(DiscrepancyKind kind) => kind switch
    {
        DiscrepancyKind.Figure => "figure conflict",
        DiscrepancyKind.Attribution => "attribution conflict",
        DiscrepancyKind.Update => "update",
        _ => "internal contradiction",
    };

    private static string Article(DiscrepancyKind kind) => kind is DiscrepancyKind.Update or DiscrepancyKind.Internal ? "an" : "a";

    private static string Count(int n, string one, string many) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    internal static string NounOf(DiscrepancyKind kind) => Noun(kind);
}
