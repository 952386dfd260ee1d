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

    /// <summary><c>6 to 22, best 14 (median)</c>.</summary>
    public override string ToString() => $"{Display.Number(Low)} to {Display.Number(High)}, best {Display.Number(Median)}{(Policy is null ? string.Empty : $" ({Policy})")}";
}

/// <summary>Claims that measure the same real-world quantity.</summary>
/// <param name="Id">Report-local identifier ("g4").</param>
/// <param name="ClaimIds">Member claims, in report order.</param>
/// <param name="Subject">What the claims count.</param>
/// <param name="Predicate">What happened to it.</param>
/// <param name="Consensus">Agreed range, or null when it cannot be computed.</param>
public sealed record ClaimGroup(string Id, ValueArray<string> ClaimIds, string? Subject, string? Predicate, Consensus? Consensus)
{
    /// <summary>Plain-language label for the quantity ("civilians killed in western Aleppo, 28 Oct - 3 Nov").</summary>
    public string? Label { get; init; }

    /// <summary><c>g3 militant groups, 20 Nov: c37, c39 (consensus 6 to 22, best 14 (median))</c>.</summary>
    public override string ToString()
    {
        var what = Label ?? Display.Words(Subject, Predicate);
        var consensus = Consensus is null ? null : $" (consensus {Consensus})";
        return $"{Display.Words(Id, what)}: {string.Join(", ", ClaimIds)}{consensus}";
    }
}

/// <summary>Kinds of disagreement (docs/report-format.md, <c>discrepancies[].kind</c>).</summary>
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
public sealed record Discrepancy(string Id, DiscrepancyKind Kind, ValueArray<string> ClaimIds, double Severity, string Explanation)
{
    /// <summary>The group the claims belong to, when they are in one.</summary>
    public string? GroupId { get; init; }

    /// <summary><c>d1 figure 0.60 in g3 (c37, c39): sources close to ... say at least 22 ...</c>.</summary>
    public override string ToString()
    {
        var kind = Kind.ToString().ToLowerInvariant();
        var severity = Severity.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var group = GroupId is null ? null : $"in {GroupId}";
        return $"{Display.Words(Id, kind, severity, group)} ({string.Join(", ", ClaimIds)}): {Explanation}";
    }

    /// <summary>
    /// The positions set against each other, when the discrepancy opposes figures: each is the claims that give one
    /// figure (every report of "at least 41" in one, every report of "12" in the other). Empty for kinds that list
    /// claims without opposing them (a growing series, one figure credited to several sources).
    /// </summary>
    public ValueArray<ValueArray<string>> Positions { get; init; } = ValueArray<ValueArray<string>>.Empty;
}

/// <summary>An input that could not be read, with a plain-language reason.</summary>
/// <param name="Path">The file (or <c>file#line</c>) that failed.</param>
/// <param name="Reason">What was wrong with it.</param>
public sealed record ReadError(string Path, string Reason)
{
    /// <summary><c>path: reason</c>.</summary>
    public override string ToString() => $"{Path}: {Reason}";
}

/// <summary>
/// Something read past without an error that a user should still know about: a file inside a folder skipped
/// for its type, a subfolder not read, a folder or file with no articles.
/// </summary>
/// <param name="Path">The file or folder concerned.</param>
/// <param name="Reason">What was skipped or missing, and why.</param>
public sealed record ReadWarning(string Path, string Reason);

/// <summary>Counts in and out, so nothing is lost silently.</summary>
/// <param name="FilesRead">Input files opened.</param>
/// <param name="ArticlesRead">Articles that were read successfully.</param>
/// <param name="ArticlesCompared">Articles that went through extraction and comparison.</param>
/// <param name="Rejected">Inputs rejected (each one has an entry in <c>Errors</c>).</param>
public sealed record ReportCounts(int FilesRead, int ArticlesRead, int ArticlesCompared, int Rejected);

/// <summary>The full result of a comparison run (docs/report-format.md, format version 1).</summary>
public sealed partial record ComparisonReport
{
    /// <summary>The format version written by this library.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Format version of this report.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The articles compared, in input order.</summary>
    public ValueArray<Article> Articles { get; init; } = ValueArray<Article>.Empty;

    /// <summary>Every distinct real-world source.</summary>
    public ValueArray<Source> Sources { get; init; } = ValueArray<Source>.Empty;

    /// <summary>Every claim, in article then offset order.</summary>
    public ValueArray<Claim> Claims { get; init; } = ValueArray<Claim>.Empty;

    /// <summary>Groups of claims about the same quantity.</summary>
    public ValueArray<ClaimGroup> Groups { get; init; } = ValueArray<ClaimGroup>.Empty;

    /// <summary>Disagreements, most severe first.</summary>
    public ValueArray<Discrepancy> Discrepancies { get; init; } = ValueArray<Discrepancy>.Empty;

    /// <summary>Inputs that could not be read.</summary>
    public ValueArray<ReadError> Errors { get; init; } = ValueArray<ReadError>.Empty;

    /// <summary>Inputs read past without an error that a user should know about (skipped files, empty folders).</summary>
    public ValueArray<ReadWarning> Warnings { get; init; } = ValueArray<ReadWarning>.Empty;

    /// <summary>Counts in and out, or null for a report read from an older file without them.</summary>
    public ReportCounts? Counts { get; init; }

    /// <summary>The totals: <c>5 articles, 39 claims, 3 groups, 1 discrepancy, 0 errors</c> (the content is in the collections).</summary>
    public override string ToString() =>
        string.Join(", ", Count(Articles.Length, "article"), Count(Claims.Length, "claim"), Count(Groups.Length, "group"),
            Count(Discrepancies.Length, "discrepancy", "discrepancies"), Count(Errors.Length, "error"));

    private static string Count(int n, string one, string? many = null) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");
}
