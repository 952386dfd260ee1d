using ClaimCompare.Model;
using FluentAssertions;
using FluentAssertions.Execution;

namespace ClaimCompare.FluentAssertions;

/// <summary>
/// The discrepancies of one kind that a report flags, to narrow down: <c>.About("civilians").Between("police", "hospital")</c>.
/// </summary>
public sealed class FlaggedDiscrepancies
{
    private readonly ComparisonReportAssertions _parent;
    private readonly ComparisonReport? _report;
    private readonly DiscrepancyKind _kind;
    private readonly string? _about;

    internal FlaggedDiscrepancies(ComparisonReportAssertions parent, ComparisonReport? report, DiscrepancyKind kind, IReadOnlyList<Discrepancy> found, string? about = null)
    {
        _parent = parent;
        _report = report;
        _kind = kind;
        Found = found;
        _about = about;
    }

    /// <summary>The discrepancies still in view, most severe first.</summary>
    public IReadOnlyList<Discrepancy> Found { get; }

    /// <summary>The most severe discrepancy still in view (null when none was found and the failure was collected by an assertion scope).</summary>
    public Discrepancy? Which => Found.Count > 0 ? Found[0] : null;

    /// <summary>Continues with more assertions on the report.</summary>
    public ComparisonReportAssertions And => _parent;

    /// <summary>
    /// Asserts one of the discrepancies in view is about a quantity described by <paramref name="words"/> (whole words,
    /// any case, in the group's label or subject, or in a claim's subject).
    /// </summary>
    /// <param name="words">Words of the quantity ("civilians", "militant groups").</param>
    public FlaggedDiscrepancies About(string words)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(words);
        if (_report is null)
        {
            return this;
        }

        var about = Found.Where(d => IsAbout(d, words)).ToList();
        Execute.Assertion
            .ForCondition(about.Count > 0)
            .FailWith(ClaimMatching.Message($"Expected {{context:report}} to flag a {ComparisonReportAssertions.NounOf(_kind)} about \"{words}\", but the ones it flags are about:")
                + ClaimMatching.Literal(ClaimMatching.List(Found, d => $"{d.Id}: {Quantity(d)}")));
        return new FlaggedDiscrepancies(_parent, _report, _kind, about, words);
    }

    /// <summary>
    /// Asserts one of the discrepancies in view names claims from every given source (whole words, any case; the
    /// resolved sources' aliases and the channels count).
    /// </summary>
    /// <param name="source">A name of the first source.</param>
    /// <param name="other">A name of the second source.</param>
    /// <param name="more">Further sources that must all be named.</param>
    public AndWhichConstraint<ComparisonReportAssertions, Discrepancy> Between(string source, string other, params string[] more)
    {
        ArgumentNullException.ThrowIfNull(more);
        var names = new[] { source, other }.Concat(more).ToList();
        Discrepancy? match = null;
        if (_report is not null)
        {
            var report = _report;
            match = Found.FirstOrDefault(d => ComparisonReportAssertions.Involves(report, d, names));
            var scope = _about is null ? string.Empty : $" about \"{_about}\"";
            Execute.Assertion
                .ForCondition(match is not null)
                .FailWith(ClaimMatching.Message($"Expected {{context:report}} to flag a {ComparisonReportAssertions.NounOf(_kind)}{scope} between {ClaimMatching.Names(names)}, but the ones it flags are:")
                    + ClaimMatching.Literal(ClaimMatching.List(Found, d => ComparisonReportAssertions.Describe(report, d))));
        }

        return new AndWhichConstraint<ComparisonReportAssertions, Discrepancy>(_parent, match!);
    }

    private bool IsAbout(Discrepancy discrepancy, string words)
    {
        var group = discrepancy.GroupId is null ? null : _report!.Groups.FirstOrDefault(g => g.Id == discrepancy.GroupId);
        if (group is not null && (ClaimMatching.HasWords(group.Label, words) || ClaimMatching.HasWords(group.Subject, words)))
        {
            return true;
        }

        return discrepancy.ClaimIds.Any(id => _report!.Claims.FirstOrDefault(c => c.Id == id) is { } c && ClaimMatching.HasWords(c.Subject, words));
    }

    private string Quantity(Discrepancy discrepancy)
    {
        var group = discrepancy.GroupId is null ? null : _report!.Groups.FirstOrDefault(g => g.Id == discrepancy.GroupId);
        return group?.Label ?? group?.Subject ?? "(no group)";
    }
}
