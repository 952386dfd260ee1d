using System.Collections.Immutable;

namespace ClaimCompare.Model;

/// <summary>Agreed range for a group of claims.</summary>
/// <param name="Low">Low end of the consensus range.</param>
/// <param name="High">High end of the consensus range.</param>
/// <param name="Median">Best single figure.</param>
public sealed record Consensus(double Low, double High, double Median)
{
    /// <summary>Smallest figure reported.</summary>
    public double? Min { get; init; }

    /// <summary>Largest figure reported.</summary>
    public double? Max { get; init; }

    /// <summary>The most conservative figure (ACLED's policy: the lowest credible reading).</summary>
    public double? Conservative { get; init; }

    /// <summary>Name of the policy that produced <see cref="Low"/>/<see cref="High"/>/<see cref="Median"/>.</summary>
    public string? Policy { get; init; }
}

/// <summary>Claims that measure the same real-world quantity.</summary>
/// <param name="Id">Report-local identifier ("g4").</param>
/// <param name="ClaimIds">Member claims, in report order.</param>
/// <param name="Subject">What the claims count.</param>
/// <param name="Predicate">What happened to it.</param>
/// <param name="Consensus">Agreed range, or null when it cannot be computed.</param>
public sealed record ClaimGroup(string Id, ImmutableArray<string> ClaimIds, string? Subject, string? Predicate, Consensus? Consensus)
{
    /// <summary>Plain-language label for the quantity ("civilians killed in western Aleppo, 28 Oct - 3 Nov").</summary>
    public string? Label { get; init; }
}

/// <summary>Kinds of disagreement (report-format.md, <c>discrepancies[].kind</c>).</summary>
public enum DiscrepancyKind
{
    /// <summary>Figures for the same quantity disagree beyond qualifiers and rounding.</summary>
    Figure,

    /// <summary>The same figure credited to different sources, or one source quoted with different figures.</summary>
    Attribution,

    /// <summary>A growing cumulative count reported later: not a contradiction.</summary>
    Update,

    /// <summary>Figures in one article that contradict each other.</summary>
    Internal,
}

/// <summary>A disagreement a fact-checker would want to see.</summary>
/// <param name="Id">Report-local identifier ("d1").</param>
/// <param name="Kind">What kind of disagreement.</param>
/// <param name="ClaimIds">The claims involved.</param>
/// <param name="Severity">0 (cosmetic) to 1 (flat contradiction).</param>
/// <param name="Explanation">Plain-language explanation naming sources and outlets.</param>
public sealed record Discrepancy(string Id, DiscrepancyKind Kind, ImmutableArray<string> ClaimIds, double Severity, string Explanation)
{
    /// <summary>The group the claims belong to, when they are in one.</summary>
    public string? GroupId { get; init; }

    /// <summary>
    /// The positions set against each other, when the discrepancy opposes figures: each is the claims that give one
    /// figure (every report of "at least 41" in one, every report of "12" in the other). Empty for kinds that list
    /// claims without opposing them (a growing series, one figure credited to several sources).
    /// </summary>
    public ImmutableArray<ImmutableArray<string>> Positions { get; init; } = ImmutableArray<ImmutableArray<string>>.Empty;
}

/// <summary>An input that could not be read, with a plain-language reason.</summary>
/// <param name="Path">The file (or <c>file#line</c>) that failed.</param>
/// <param name="Reason">What was wrong with it.</param>
public sealed record ReadError(string Path, string Reason);

/// <summary>Counts in and out, so nothing is lost silently.</summary>
/// <param name="FilesRead">Input files opened.</param>
/// <param name="ArticlesRead">Articles that were read successfully.</param>
/// <param name="ArticlesCompared">Articles that went through extraction and comparison.</param>
/// <param name="Rejected">Inputs rejected (each one has an entry in <c>Errors</c>).</param>
public sealed record ReportCounts(int FilesRead, int ArticlesRead, int ArticlesCompared, int Rejected);

/// <summary>The full result of a comparison run (report-format.md, format version 1).</summary>
public sealed record ComparisonReport
{
    /// <summary>The format version written by this library.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Format version of this report.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The articles compared, in input order.</summary>
    public ImmutableArray<Article> Articles { get; init; } = ImmutableArray<Article>.Empty;

    /// <summary>Every distinct real-world source.</summary>
    public ImmutableArray<Source> Sources { get; init; } = ImmutableArray<Source>.Empty;

    /// <summary>Every claim, in article then offset order.</summary>
    public ImmutableArray<Claim> Claims { get; init; } = ImmutableArray<Claim>.Empty;

    /// <summary>Groups of claims about the same quantity.</summary>
    public ImmutableArray<ClaimGroup> Groups { get; init; } = ImmutableArray<ClaimGroup>.Empty;

    /// <summary>Disagreements, most severe first.</summary>
    public ImmutableArray<Discrepancy> Discrepancies { get; init; } = ImmutableArray<Discrepancy>.Empty;

    /// <summary>Inputs that could not be read.</summary>
    public ImmutableArray<ReadError> Errors { get; init; } = ImmutableArray<ReadError>.Empty;

    /// <summary>Counts in and out, or null for a report read from an older file without them.</summary>
    public ReportCounts? Counts { get; init; }
}
