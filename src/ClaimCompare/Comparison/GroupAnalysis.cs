using System.Globalization;
using System.Collections.Immutable;
using ClaimCompare.Model;

namespace ClaimCompare.Comparison;

/// <summary>A discrepancy before ids are assigned.</summary>
internal sealed record Finding(DiscrepancyKind Kind, ImmutableArray<string> ClaimIds, double Severity, string Explanation, int GroupIndex)
{
    /// <summary>The positions opposed (claims per figure), or empty.</summary>
    public ValueArray<ValueArray<string>> Positions { get; init; } = ValueArray<ValueArray<string>>.Empty;
}

/// <summary>Compares the claims of one group pair by pair and turns the verdicts into findings.</summary>
internal sealed class GroupAnalysis
{
    private readonly ComparisonOptions _options;
    private readonly Explanations _explain;

    public GroupAnalysis(ComparisonOptions options, Explanations explain)
    {
        _options = options;
        _explain = explain;
    }

    /// <summary>The findings of one group and the claims that count as separate evidence (reprints folded in).</summary>
    public (List<Finding> Findings, List<ClaimFacts> Evidence) Analyse(IReadOnlyList<ClaimFacts> members, int groupIndex)
    {
        var reprints = Syndication(members);
        var evidence = members.Where(m => !reprints.ContainsKey(m.Index)).ToList();
        var copies = members.Where(m => reprints.ContainsKey(m.Index)).ToLookup(m => reprints[m.Index]);
        if (evidence.Count > _options.MaxPairwiseGroupSize)
        {
            evidence = evidence.DistinctBy(e => (e.Claim.Quantity.Value, e.Claim.Quantity.Bound, e.End, e.Claim.SourceId)).ToList();
        }

        // Pairs are judged one by one, but reported by position: every report of one figure against every report
        // of another is one discrepancy, so a hundred reports of three figures give a handful, not thousands.
        var merged = new Dictionary<(DiscrepancyKind, string, bool), Merge>();
        HashSet<int>? belowOwnTotal = null; // read only when a group holds a contradiction
        var updates = new List<(ClaimFacts Earlier, ClaimFacts Later)>();
        for (var i = 0; i < evidence.Count; i++)
        {
            for (var j = i + 1; j < evidence.Count; j++)
            {
                var a = evidence[i];
                var b = evidence[j];
                if (!Grouping.Compatible(a, b, _options) || Parts.PartOf(a, b))
                {
                    continue;
                }

                var verdict = Figures.Compare(a.Claim.Quantity, a.Reading, b.Claim.Quantity, b.Reading, _options.VaguePluralReach);
                if (verdict == FigureVerdict.Contradicting && OneSentence(a, b))
                {
                    // A writer does not contradict a figure in the same sentence: two figures there are parts, list
                    // items or different things ("18 shots, 14 from one gun and four from the other"; two ages).
                    continue;
                }

                if (verdict == FigureVerdict.Contradicting)
                {
                    var later = PeriodRules.Later(a, b);
                    var (early, late) = later >= 0 ? (a, b) : (b, a);
                    // A later, larger figure for a growing count is an update, not a contradiction.
                    if (later != 0 && late.Reading.Low > early.Reading.High && !ShorterWindowNextDay(early, late, later))
                    {
                        updates.Add((early, late));
                        continue;
                    }

                    var (positionA, positionB) = (Position(a), Position(b));
                    var aFirst = positionA.CompareTo(positionB) <= 0;
                    var (low, high) = aFirst ? (a, b) : (b, a);
                    var pair = aFirst ? positionA + " / " + positionB : positionB + " / " + positionA;
                    var contradiction = Contradiction(a, b, [.. copies[a.Index]], [.. copies[b.Index]], groupIndex, belowOwnTotal ??= BelowOwnTotal(members));
                    Add(merged, (contradiction.Kind, pair, false), contradiction, low, high);

                    // One source quoted with figures that cannot both be right is also an attribution problem.
                    if (a.Claim.SourceId is { } sa && string.Equals(sa, b.Claim.SourceId, StringComparison.Ordinal)
                        && !string.Equals(a.Claim.ArticleId, b.Claim.ArticleId, StringComparison.Ordinal))
                    {
                        var misquote = new Finding(DiscrepancyKind.Attribution, [a.Id, b.Id], Math.Round(Figures.Severity(a, b) * 0.8, 2), _explain.SameSourceDiffers(a, b), groupIndex);
                        Add(merged, (DiscrepancyKind.Attribution, sa + ": " + pair, false), misquote, low, high);
                    }
                }
                else if (verdict is FigureVerdict.Agree && SameFigureOtherSource(a, b))
                {
                    var credit = new Finding(DiscrepancyKind.Attribution, [a.Id, b.Id], 0.3, _explain.SameFigureDifferentSources(a, b), groupIndex);
                    Add(merged, (DiscrepancyKind.Attribution, Position(a), true), credit, a, b);
                }
            }
        }

        var findings = merged.Values.Select(m => m.ToFinding()).ToList();
        findings.AddRange(Updates(updates, groupIndex));
        return (findings, evidence);
    }

    // One figure as written: its value, how it is bounded and its unit. Reports giving it hold one position.
    private static string Position(ClaimFacts f) =>
        string.Create(CultureInfo.InvariantCulture, $"{f.Claim.Quantity.Value:R} {f.Claim.Quantity.Bound} {f.Claim.Quantity.RangeEnd:R} {f.Key.Unit}");

    private static void Add(Dictionary<(DiscrepancyKind, string, bool), Merge> merged, (DiscrepancyKind, string, bool) key, Finding finding, ClaimFacts a, ClaimFacts b)
    {
        if (!merged.TryGetValue(key, out var merge))
        {
            merged[key] = merge = new Merge(finding, opposed: !key.Item3);
        }

        merge.Take(finding, a, b);
    }

    /// <summary>The pairs of one discrepancy: the most severe pair explains it, the others are listed by position.</summary>
    private sealed class Merge(Finding first, bool opposed)
    {
        private readonly List<string> _low = [];
        private readonly List<string> _high = [];
        private Finding _lead = first;
        private int _lowFirst = int.MaxValue;
        private int _highFirst = int.MaxValue;

        public void Take(Finding finding, ClaimFacts a, ClaimFacts b)
        {
            if (finding.Severity > _lead.Severity)
            {
                _lead = finding;
            }

            AddOnce(_low, a.Id);
            _lowFirst = Math.Min(_lowFirst, a.Index);
            AddOnce(opposed ? _high : _low, b.Id);
            if (opposed)
            {
                _highFirst = Math.Min(_highFirst, b.Index);
            }
        }

        public Finding ToFinding()
        {
            // Positions in report order: the one whose first claim comes first leads.
            var (first, second) = _highFirst < _lowFirst ? (_high, _low) : (_low, _high);
            var ids = first.Concat(second).ToImmutableArray();
            var extra = ids.Length - _lead.ClaimIds.Length;
            var explanation = extra <= 0 ? _lead.Explanation
                : string.Create(CultureInfo.InvariantCulture, $"{_lead.Explanation} {extra} more report{(extra == 1 ? " gives" : "s give")} the same figures: {string.Join(", ", ids.Except(_lead.ClaimIds).Select(id => "[" + id + "]"))}.");
            return _lead with
            {
                ClaimIds = ids,
                Explanation = explanation,
                Positions = opposed ? [[.. first], [.. second]] : ValueArray<ValueArray<string>>.Empty,
            };
        }

        private static void AddOnce(List<string> ids, string id)
        {
            if (!ids.Contains(id, StringComparer.Ordinal))
            {
                ids.Add(id);
            }
        }
    }

    private Finding Contradiction(ClaimFacts a, ClaimFacts b, IReadOnlyList<ClaimFacts> copiesA, IReadOnlyList<ClaimFacts> copiesB, int groupIndex, HashSet<int> belowOwnTotal)
    {
        var doubt = Doubt(a, b) ?? BothParts(a, b) ?? NotTheArticlesTotal(a, b, belowOwnTotal) ?? AttackerInOneToll(a, b);
        var severity = doubt is null ? Figures.Severity(a, b) : Math.Min(Figures.Severity(a, b), UnsureSeverity);
        var note = doubt is null ? string.Empty : " Figures differ, but probably not the same quantity: " + doubt + ".";

        // One article reporting two sources' rival figures is a figure conflict; it is internal only when the
        // article contradicts itself: the same voice twice, or its headline against its body.
        if (string.Equals(a.Claim.ArticleId, b.Claim.ArticleId, StringComparison.Ordinal)
            && (string.Equals(a.Claim.SourceId, b.Claim.SourceId, StringComparison.Ordinal) || a.Claim.Region == RegionKind.Title || b.Claim.Region == RegionKind.Title))
        {
            return new Finding(DiscrepancyKind.Internal, [a.Id, b.Id], severity, _explain.Internal(a, b, partExceedsTotal: false) + note, groupIndex);
        }

        return new Finding(DiscrepancyKind.Figure, [a.Id, b.Id], severity, _explain.Figure(a, b, copiesA, copiesB) + note, groupIndex);
    }

    private static bool OneSentence(ClaimFacts a, ClaimFacts b) =>
        string.Equals(a.Claim.ArticleId, b.Claim.ArticleId, StringComparison.Ordinal) && a.Claim.SentenceSpan == b.Claim.SentenceSpan;

    /// <summary>Severity of a contradiction whose reading is not sure: listed for the reader, never ranked with real conflicts.</summary>
    public const double UnsureSeverity = 0.15;

    // Precision first: a contradiction is sure only when both figures count what happened in one event (an event
    // word, "killed", "fled", "arrested", not a bare "four victims" or "two counts", which may be parts, other
    // groups or other things), and, across articles, a shared place ties the two reports to one incident.
    // Otherwise the reason it is unsure, else null.
    private static string? Doubt(ClaimFacts a, ClaimFacts b)
    {
        if (a.Key.Predicate.Length == 0)
        {
            return "neither sentence says what happened to what was counted";
        }

        // "several", "a number of", "dozens": a vague word gives an impression, used alike for a part whose size the
        // writer does not know and for an early total, so it sets no bound a count can be sure to break.
        if (a.Claim.Quantity.Bound == BoundKind.Vague || b.Claim.Quantity.Bound == BoundKind.Vague)
        {
            return "one figure is a vague word, an impression rather than a count";
        }

        if (string.Equals(a.Claim.ArticleId, b.Claim.ArticleId, StringComparison.Ordinal))
        {
            // A writer keeps one account consistent: two figures of one body in the same voice, or a source's figure and
            // the writer's own, are far more often a part and its whole, two sets of people, or an update the story tells
            // ("first put at 15, now 21") than a contradiction. Listed for a reader to check; a headline against its body,
            // and two named sources the article sets side by side, stay sure findings.
            var body = a.Claim.Region != RegionKind.Title && b.Claim.Region != RegionKind.Title;
            if (body && string.Equals(a.Claim.SourceId, b.Claim.SourceId, StringComparison.Ordinal))
            {
                return "one article gives both figures in the same voice, more often a part, another set or an update it tells than a contradiction";
            }

            return body && (a.Claim.SourceId is null || b.Claim.SourceId is null)
                ? "one article gives one figure in its own voice and the other from its source, more often a part, another set or an update than a contradiction"
                : null;
        }

        return a.Incident.CanMatch(b.Incident) ? null : "the two reports name no common place";
    }

    // Two parts of one kind ("three others" and "four others", "two in critical condition" and "one in critical
    // condition", "two drove themselves" and "one drove himself") are each cut from a total the reports may count
    // differently: the people set apart before "others" may differ, a hospital may speak for its own patients, a
    // condition changes by the hour. Without the same stated total ("two of the five" and "three of the five") they are
    // listed, not sure. A toll that only says whether the attacker is in it is a whole count of the victims, and a kind the
    // noun's modifiers pick out ("two male students") a whole count of that kind: both stay sure.
    private static string? BothParts(ClaimFacts a, ClaimFacts b) =>
        a.Claim.Part is { } pa && b.Claim.Part is { } pb && pa.Kind != ClaimPart.Perpetrator && pb.Kind != ClaimPart.Perpetrator && !Parts.IsKind(pa)
        && !(pa.Total is { } ta && pb.Total is { } tb && ta.Equals(tb))
            ? "both count part of a larger total, and the reports need not set the same people apart from it"
            : null;

    // A report states an event's total once, in its headline or lead, and breaks it down further on ("two were found
    // in the car", "three drove themselves to hospital", "one officer was among the wounded"); it may also tell an
    // earlier count. So a figure smaller than one its own article gives for the same count is that article's part or
    // earlier figure, not its account of the total, and setting it against a total, another report's or a second source's
    // in the same article, is not sure. Two reports' totals still meet as sure rivals, as does a headline against its body
    // when the headline's figure is the smaller (the body's larger figure is then the article's total).
    private static string? NotTheArticlesTotal(ClaimFacts a, ClaimFacts b, HashSet<int> belowOwnTotal) =>
        !string.Equals(a.Claim.ArticleId, b.Claim.ArticleId, StringComparison.Ordinal)
        && (belowOwnTotal.Contains(a.Index) || belowOwnTotal.Contains(b.Index))
            ? "its own article gives a larger figure for this count, so the smaller one is more likely a part or an earlier figure than that article's total"
            : null;

    // When the attacker died in the attack, reports part on whether the toll counts him: 50 dead in all
    // in a release that tells how police killed the gunman, "the gunman killed 49" on the wire. Two tolls of
    // deaths one apart, where either report says the attacker died and neither says whether he is in its count, are
    // listed, not sure. A toll that says so ("including the gunman") is a part and never meets a bare toll.
    private static string? AttackerInOneToll(ClaimFacts a, ClaimFacts b) =>
        a.Key.Predicate == "killed" && (a.Claim.AttackerDied || b.Claim.AttackerDied)
        && a.Claim.Part is null && b.Claim.Part is null
        && Math.Abs(a.Claim.Quantity.Value - b.Claim.Quantity.Value) == 1
            ? "the attacker died, and one report may count him in the toll while the other counts only his victims"
            : null;

    // The members below a figure their own article gives for the same count: the most the one allows is under the
    // typical reading of the other ("3" under "6"; "at least 3" is under nothing), and the larger is itself a whole count
    // of the same window (no part, no vague word) in the same voice, so it can be the article's total. A larger figure
    // from another source is that source's rival account ("state media said seven; the monitor counted 15"), no total.
    private HashSet<int> BelowOwnTotal(IReadOnlyList<ClaimFacts> members)
    {
        var below = new HashSet<int>();
        foreach (var article in members.GroupBy(m => m.Claim.ArticleId, StringComparer.Ordinal))
        {
            var claims = article.ToList();
            foreach (var m in claims)
            {
                if (claims.Any(o => o.Claim.Part is null && o.Claim.Quantity.Bound != BoundKind.Vague
                    && string.Equals(o.Claim.SourceId, m.Claim.SourceId, StringComparison.Ordinal)
                    && m.Reading.StrictHigh < o.Reading.Low && Grouping.Compatible(m, o, _options)))
                {
                    below.Add(m.Index);
                }
            }
        }

        return below;
    }

    // Crediting matters for counts someone reports; the length of an announced pause or operation is a fact of
    // the event that every writer repeats, so two sources giving it is corroboration, not a question of credit.
    private static bool SameFigureOtherSource(ClaimFacts a, ClaimFacts b) =>
        a.Key.Subject != "duration" && a.Claim.SourceId is { } sa && b.Claim.SourceId is { } sb && !string.Equals(sa, sb, StringComparison.Ordinal)
        && !string.Equals(a.Claim.ArticleId, b.Claim.ArticleId, StringComparison.Ordinal)
        && a.Claim.Quantity.Value.Equals(b.Claim.Quantity.Value) && a.Claim.Quantity.Bound == b.Claim.Quantity.Bound;

    // Each later, larger report of the toll is one update, pointing at both sentences.
    // "84 killed in three days" a day after "41 killed" (a total with no start) covers no more time than that
    // total plus a day, so its larger figure is a different count of the same toll, not the toll's growth.
    private bool ShorterWindowNextDay(ClaimFacts early, ClaimFacts late, int later) =>
        Math.Abs(later) <= _options.DayTolerance && early.Start is null
        && late.Start is not null && !late.Cumulative && !late.SingleDayWindow;

    // A toll reported day after day is one story of growth, told once per group: listing every later-larger pair
    // of a 20-report series would bury the real conflicts under dozens of "updates".
    private IEnumerable<Finding> Updates(List<(ClaimFacts Earlier, ClaimFacts Later)> pairs, int groupIndex)
    {
        if (pairs.Count == 0)
        {
            yield break;
        }

        if (pairs.Count == 1)
        {
            var (earlier, later) = pairs[0];
            yield return new Finding(DiscrepancyKind.Update, [earlier.Id, later.Id], 0.1, _explain.Update(earlier, later), groupIndex);
            yield break;
        }

        var series = pairs.SelectMany(p => new[] { p.Earlier, p.Later })
            .DistinctBy(f => f.Index)
            .OrderBy(f => f.End ?? DateOnly.MaxValue).ThenBy(f => f.Reading.Centre).ThenBy(f => f.Index)
            .ToList();
        yield return new Finding(DiscrepancyKind.Update, [.. series.Select(f => f.Id)], 0.1, _explain.Series(series), groupIndex);
    }

    // Claims from different articles with the same figure in (nearly) the same sentence are one wire report.
    private Dictionary<int, int> Syndication(IReadOnlyList<ClaimFacts> members)
    {
        var representative = new Dictionary<int, int>();
        foreach (var bucket in members.GroupBy(m => m.Claim.Quantity.Value))
        {
            // Wire copy is earliest first; later copies point at it. Checks per claim are capped so a flood stays linear.
            var ordered = bucket.OrderBy(m => m.Published ?? DateOnly.MaxValue).ThenBy(m => m.Index).ToList();
            var originals = new List<ClaimFacts>();
            foreach (var claim in ordered)
            {
                ClaimFacts? original = null;
                for (var k = 0; k < originals.Count && k < 64; k++)
                {
                    if (!string.Equals(originals[k].Claim.ArticleId, claim.Claim.ArticleId, StringComparison.Ordinal)
                        && SortedWords.Similarity(originals[k].Tokens, claim.Tokens, _options.SyndicationSimilarity) >= _options.SyndicationSimilarity)
                    {
                        original = originals[k];
                        break;
                    }
                }

                if (original is null)
                {
                    originals.Add(claim);
                }
                else
                {
                    representative[claim.Index] = original.Index;
                }
            }
        }

        return representative;
    }
}
