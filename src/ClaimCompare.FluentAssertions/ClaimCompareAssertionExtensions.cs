using ClaimCompare.Model;
using FluentAssertions;
using FluentAssertions.Collections;
using FluentAssertions.Execution;

namespace ClaimCompare.FluentAssertions;

/// <summary>
/// Entry points: <c>report.Should()</c> for a whole report, and <c>ContainClaim</c>/<c>NotContainClaim</c> on any
/// collection of claims (<c>report.Claims.Should()</c>, the output of <c>ClaimExtractor.Extract</c>, ...).
/// </summary>
/// <example>
/// <code>
/// using ClaimCompare.FluentAssertions;
///
/// var claims = new ClaimExtractor().Extract(article);
/// claims.Should().ContainClaim(value: 40, bound: BoundKind.Lower, subject: "people");
/// ClaimComparer.CompareFiles(["articles"]).Should().FlagFigureConflict().Between("police", "hospital");
/// </code>
/// </example>
public static class ClaimCompareAssertionExtensions
{
    /// <summary>Assertions on a report in the domain's words.</summary>
    /// <param name="report">The report under test.</param>
    public static ComparisonReportAssertions Should(this ComparisonReport? report) => new(report);

    /// <summary>
    /// Asserts the collection holds a claim matching every argument given (null arguments match anything). The source
    /// is matched against the names the article writes (speaker and channel); use <c>report.Should().ContainClaim</c>
    /// to match resolved sources and their aliases too.
    /// </summary>
    /// <param name="assertions">The collection's assertions (<c>claims.Should()</c>).</param>
    /// <param name="value">The figure as written ("over 18,000" has 18000).</param>
    /// <param name="bound">How its words bound it.</param>
    /// <param name="source">A name of its source or channel (whole words, any case).</param>
    /// <param name="subject">Words of what it counts ("civilians").</param>
    /// <param name="predicate">What happened, as a lemma ("killed").</param>
    /// <param name="unit">Its unit ("percent").</param>
    /// <param name="article">The id of its article.</param>
    /// <param name="because">Why it is expected (a format string).</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    public static AndWhichConstraint<GenericCollectionAssertions<Claim>, Claim> ContainClaim(
        this GenericCollectionAssertions<Claim> assertions, double? value = null, BoundKind? bound = null, string? source = null,
        string? subject = null, string? predicate = null, string? unit = null, string? article = null, string because = "",
        params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        var spec = new ClaimSpec(value, bound, source, subject, predicate, unit, article);
        var claims = assertions.Subject?.ToList();
        var match = claims?.FirstOrDefault(c => c is not null && spec.Matches(c, null));
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(claims is not null)
            .FailWith("Expected {context:claims} to contain a claim{reason}, but found <null>.")
            .Then
            .ForCondition(match is not null)
            .FailWith(ClaimMatching.Message($"Expected {{context:claims}} to contain a claim {spec}{{reason}}, but found {claims?.Count ?? 0}:")
                + ClaimMatching.Literal(ClaimMatching.List(claims ?? [], c => c?.ToString() ?? "<null>")));
        return new AndWhichConstraint<GenericCollectionAssertions<Claim>, Claim>(assertions, match!);
    }

    /// <summary>Asserts no claim in the collection matches every argument given (null arguments match anything).</summary>
    /// <param name="assertions">The collection's assertions (<c>claims.Should()</c>).</param>
    /// <param name="value">The figure as written.</param>
    /// <param name="bound">How its words bound it.</param>
    /// <param name="source">A name of its source or channel (whole words, any case).</param>
    /// <param name="subject">Words of what it counts.</param>
    /// <param name="predicate">What happened, as a lemma.</param>
    /// <param name="unit">Its unit.</param>
    /// <param name="article">The id of its article.</param>
    /// <param name="because">Why it must be absent (a format string).</param>
    /// <param name="becauseArgs">Arguments of <paramref name="because"/>.</param>
    public static AndConstraint<GenericCollectionAssertions<Claim>> NotContainClaim(
        this GenericCollectionAssertions<Claim> assertions, double? value = null, BoundKind? bound = null, string? source = null,
        string? subject = null, string? predicate = null, string? unit = null, string? article = null, string because = "",
        params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        var spec = new ClaimSpec(value, bound, source, subject, predicate, unit, article);
        var hits = assertions.Subject?.Where(c => c is not null && spec.Matches(c, null)).ToList() ?? [];
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(hits.Count == 0)
            .FailWith(ClaimMatching.Message($"Expected {{context:claims}} to hold no claim {spec}{{reason}}, but found:")
                + ClaimMatching.Literal(ClaimMatching.List(hits, c => c.ToString())));
        return new AndConstraint<GenericCollectionAssertions<Claim>>(assertions);
    }
}
