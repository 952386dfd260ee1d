using System.Globalization;
using ClaimCompare.Model;
using ClaimCompare.Text;

namespace ClaimCompare.Comparison;

/// <summary>Plain-language explanations naming sources, outlets and dates, pointing at the claims' sentences.</summary>
internal sealed class Explanations
{
    private readonly Dictionary<string, Source> _sources;

    public Explanations(IReadOnlyList<Source> sources)
    {
        _sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            _sources.TryAdd(source.Id, source);
        }
    }

    /// <summary>"SOHR (via Reuters)" or "Reuters (own voice)".</summary>
    public string Who(ClaimFacts f)
    {
        var name = (f.Claim.SourceId is { } id && _sources.TryGetValue(id, out var s) ? s.Name : null) ?? f.Claim.Attribution?.Source.Name;
        var outlet = Wording.Outlet(f.Article);
        if (name is null)
        {
            return outlet ?? Outlet(f);
        }

        return outlet is null || string.Equals(name, outlet, StringComparison.OrdinalIgnoreCase) ? name : $"{name} (in {outlet})";
    }

    // The outlet or the URL's domain; an article that names neither is called by its id, as an article, not an outlet.
    public static string Outlet(ClaimFacts f) => Wording.Outlet(f.Article) ?? $"article {f.Article?.Id ?? f.Claim.ArticleId}";

    public static string When(DateOnly? day) => day?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "undated";

    public string Says(ClaimFacts f)
    {
        var who = Who(f);
        var verb = Wording.Says(who, (f.Claim.SourceId is { } id && _sources.TryGetValue(id, out var s) ? s.Kind : (SourceKind?)null) ?? f.Claim.Attribution?.Source.Kind);
        return string.Create(CultureInfo.InvariantCulture, $"{who}, {When(f.Published ?? f.End)}, {verb} {Quoted(f.Claim.Surface)} {QuantityKey.Describe(f.Claim)}{Scope(f)} [{f.Id}]");
    }

    // "At least 15" from a sentence start reads as "at least 15" inside an explanation.
    private static string Quoted(string surface) =>
        surface.Length > 1 && char.IsUpper(surface[0]) && char.IsLower(surface[1]) ? char.ToLowerInvariant(surface[0]) + surface[1..] : surface;

    public string Figure(ClaimFacts a, ClaimFacts b, IReadOnlyList<ClaimFacts> reprintsA, IReadOnlyList<ClaimFacts> reprintsB) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Says(a)}{Reprints(reprintsA)}; {Says(b)}{Reprints(reprintsB)}. Read with their qualifiers and rounding, {Range(a)}, and {Range(b)}: the two do not overlap.{SamePart(a)}");

    // Parts are compared only with the same part (QuantityKey.Part), so one claim's part names both.
    private static string SamePart(ClaimFacts a) => a.Claim.Part switch
    {
        null => string.Empty,
        { Kind: ClaimPart.Condition } p => $" Both count part of a total: those in {p.Cue} condition.",
        { Kind: ClaimPart.Remainder, Cue: "more" } => " Both count part of a total: those counted beyond an earlier figure (\"N more\").",
        { Kind: ClaimPart.Remainder, Cue: "rest" } => " Both count part of a total: the rest of a set partly counted before (\"the other three\").",
        { Kind: ClaimPart.Remainder } => " Both count part of a total: the others beyond those counted apart.",
        { Kind: ClaimPart.Moment, Cue: "later" } => " Both count part of a total: those who died later.",
        { Kind: ClaimPart.Moment, Cue: "scene" or "hospital" } p => $" Both count part of a total: those who died at the {p.Cue}.",
        { Kind: ClaimPart.Moment, Cue: "arrival" } => " Both count part of a total: those responders found on arrival.",
        { Kind: ClaimPart.Moment, Cue: "transport" } => " Both count part of a total: those who went or were carried to help one way.",
        { Kind: ClaimPart.Moment } p => $" Both count part of a total: those at one place within the site ({p.Cue}).",
        _ when Parts.IsKind(a.Claim.Part) => $" Both count one kind within a larger count: {a.Claim.Part!.Cue}.",
        { Total: { } total } p => string.Create(CultureInfo.InvariantCulture, $" Both count part of a total: a share of the {Display.Number(total)}."),
        _ => " Both count part of a total.",
    };

    public string SameSourceDiffers(ClaimFacts a, ClaimFacts b) =>
        string.Create(CultureInfo.InvariantCulture,
            $"The same source is quoted with different figures: {Says(a)}; {Says(b)}. One of the outlets may have misquoted it, or it revised the figure.");

    public string SameFigureDifferentSources(ClaimFacts a, ClaimFacts b) =>
        string.Create(CultureInfo.InvariantCulture,
            $"The same figure is credited to different sources: {Says(a)}; {Says(b)}. Check who first published it.");

    public string Internal(ClaimFacts a, ClaimFacts b, bool partExceedsTotal) =>
        partExceedsTotal
            ? string.Create(CultureInfo.InvariantCulture, $"Within one article ({Outlet(a)}), a part is larger than its stated total: {a.Claim.Surface} [{a.Id}] against {b.Claim.Surface} [{b.Id}].")
            : string.Create(CultureInfo.InvariantCulture, $"Within one article ({Outlet(a)}), {Where(a)} says {a.Claim.Surface} [{a.Id}] but {Where(b)} says {b.Claim.Surface} [{b.Id}] for {QuantityKey.Describe(a.Claim)}.{SamePart(a)}");

    public string Update(ClaimFacts from, ClaimFacts to) =>
        string.Create(CultureInfo.InvariantCulture,
            $"A growing count, not a contradiction: {QuantityKey.Describe(from.Claim)} went from {from.Claim.Surface} as of {When(from.End)} ({Who(from)} [{from.Id}]) to {to.Claim.Surface} as of {When(to.End)} ({Who(to)} [{to.Id}]).");

    /// <summary>A growing count told as one series, in the order of the days the figures stand for.</summary>
    public string Series(IReadOnlyList<ClaimFacts> series)
    {
        const int Shown = 8;
        var first = series[0];
        var last = series.Where(f => f.End == series[^1].End).MaxBy(f => f.Reading.Centre)!;
        var steps = series.Take(Shown).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Claim.Surface} as of {When(f.End)} ({Who(f)} [{f.Id}])"));
        var more = series.Count > Shown ? string.Create(CultureInfo.InvariantCulture, $", and {series.Count - Shown} more") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"A growing count, not a contradiction: {QuantityKey.Describe(first.Claim)} went from {first.Claim.Surface} as of {When(first.End)} to {last.Claim.Surface} as of {When(last.End)} over {series.Count} reports: {string.Join("; ", steps)}{more}. Figures that disagree for the same days are listed as figure discrepancies.");
    }

    private static string Where(ClaimFacts f) => f.Claim.Region == RegionKind.Title ? "the headline" : "the text";

    private static string Reprints(IReadOnlyList<ClaimFacts> reprints) =>
        reprints.Count == 0 ? string.Empty : " (the same wire sentence also ran in " + string.Join(", ", reprints.Select(Outlet).Distinct(StringComparer.Ordinal)) + ")";

    private static string Scope(ClaimFacts f)
    {
        var parts = new List<string>();
        if (f.Claim.Place is { Length: > 0 } place)
        {
            parts.Add("in " + place);
        }

        if (f.Claim.Period?.Text is { Length: > 0 } text)
        {
            parts.Add(text);
        }
        else if (f.Start is { } s && f.End is { } e)
        {
            parts.Add(s == e ? "on " + When(s) : $"from {When(s)} to {When(e)}");
        }

        return parts.Count == 0 ? string.Empty : " " + string.Join(' ', parts);
    }

    // "\"at least 22\" means 22 or more, taken as 22 to 27.5": the words, then the reading compared.
    private static string Range(ClaimFacts f)
    {
        var compared = f.Reading.Low.Equals(f.Reading.High)
            ? NumberText.Format(f.Reading.Low)
            : $"{NumberText.Format(f.Reading.Low)} to {NumberText.Format(f.Reading.High)}";
        var meaning = Wording.Meaning(f.Claim.Quantity);
        var words = $"\"{Quoted(f.Claim.Surface)}\"";
        return meaning.EndsWith(compared, StringComparison.Ordinal)
            ? $"{words} means {meaning}"
            : $"{words} means {meaning}, compared as {compared}";
    }
}
