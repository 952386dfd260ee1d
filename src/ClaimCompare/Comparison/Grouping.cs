namespace ClaimCompare.Comparison;

/// <summary>
/// Forms groups inside one block: claims sorted by anchor day, each joining the first open group whose every
/// distinct member it is compatible with. Only groups whose last day is within the tolerance stay open, so the
/// cost grows with the number of claims times the groups open at once, not with the square of the input.
/// </summary>
internal static class Grouping
{
    public static List<List<ClaimFacts>> Form(IEnumerable<ClaimFacts> block, ComparisonOptions options)
    {
        var sweep = new Sweep(options);
        foreach (var claim in block.OrderBy(c => c.Anchor ?? int.MinValue).ThenBy(c => c.Index))
        {
            sweep.Add(claim);
        }

        return sweep.Groups.Select(g => g.OrderBy(m => m.Index).ToList()).ToList();
    }

    /// <summary>
    /// The date sweep of <see cref="Form"/> as an object, so a store can resume it: rebuild the groups that were open
    /// at some claim (<see cref="Restore"/>), then feed the claims from there on in sweep order (anchor day, then
    /// report order). Fed the same claims in the same order, it forms exactly the groups <see cref="Form"/> forms.
    /// </summary>
    internal sealed class Sweep
    {
        private readonly ComparisonOptions _options;
        private readonly int _window;
        private readonly List<Cluster> _groups = [];
        private readonly List<Cluster> _open = [];

        public Sweep(ComparisonOptions options)
        {
            _options = options;
            _window = Math.Max(options.DayTolerance, options.StockDayTolerance);
        }

        /// <summary>Every group formed so far (members in the order they joined), in the order they were opened.</summary>
        public IEnumerable<IReadOnlyList<ClaimFacts>> Groups => _groups.Select(g => (IReadOnlyList<ClaimFacts>)g.Members);

        /// <summary>The groups still open (members in the order they joined), in the order they were opened.</summary>
        public IEnumerable<IReadOnlyList<ClaimFacts>> Open => _open.Select(g => (IReadOnlyList<ClaimFacts>)g.Members);

        /// <summary>
        /// Reopens a group as the sweep had it: its members so far, in sweep order. Restore groups in the order they
        /// were opened (their first members' sweep order), then call <see cref="CloseBefore"/> with the next day.
        /// </summary>
        public void Restore(IEnumerable<ClaimFacts> members)
        {
            var group = new Cluster();
            foreach (var member in members)
            {
                group.Add(member);
            }

            _groups.Add(group);
            _open.Add(group);
        }

        /// <summary>Closes the groups that no claim from <paramref name="day"/> on can join, as the next dated claim would.</summary>
        public void CloseBefore(int day) => _open.RemoveAll(g => g.LastAnchor is { } last && last < day - _window);

        /// <summary>Adds the next claim in sweep order: it joins the first open group that accepts it, else opens one.</summary>
        public void Add(ClaimFacts claim)
        {
            if (claim.Anchor is { } day)
            {
                CloseBefore(day);
            }

            Cluster? home = null;
            foreach (var group in _open)
            {
                if (group.Accepts(claim, _options))
                {
                    home = group;
                    break;
                }
            }

            if (home is null)
            {
                home = new Cluster();
                _groups.Add(home);
                _open.Add(home);
            }

            home.Add(claim);
        }
    }

    /// <summary>True when nothing known about the two claims says they measure different quantities (a part and its total share a group).</summary>
    public static bool Compatible(ClaimFacts a, ClaimFacts b, ComparisonOptions options) =>
        a.Key.CompatibleWith(b.Key)
        && a.Place.CompatibleWith(b.Place)
        && SameIncident(a, b)
        && PeriodRules.SameSeries(a, b, options);

    /// <summary>
    /// True when the two claims can report one incident: always within one article (its own figures are about what
    /// it reports; places already tell its incidents apart); across articles on a shared place name; and, when neither
    /// article names any place, for dated figures that both count an event ("killed", "fled") or that both belong to
    /// the same owner ("Harbor Bank's profit", "the Green Party's seats"): one owner's one measure on the same days.
    /// </summary>
    /// <remarks>
    /// Across articles without a publication date the days of the week they name for the incident must also agree
    /// (<see cref="Model.Claim.IncidentDay"/>): "two shot Saturday night" and "seven injured early Thursday" in one city are
    /// two incidents. In dated text a named day is already a date (<see cref="Model.Claim.Period"/>) that the period rules
    /// compare, and a running toll reported on different days is one quantity (an update), so the weekday is not asked.
    /// </remarks>
    public static bool SameIncident(ClaimFacts a, ClaimFacts b) =>
        string.Equals(a.Claim.ArticleId, b.Claim.ArticleId, StringComparison.Ordinal)
        || ((a.Published is not null && b.Published is not null) || IncidentEvidence.DaysCompatible(a.Claim.IncidentDay, b.Claim.IncidentDay)) && OneIncident(a, b);

    private static bool OneIncident(ClaimFacts a, ClaimFacts b) =>
        (a.Incident.CanMatch(b.Incident) && ((a.Anchor is not null && b.Anchor is not null) || (a.Incident.Own && b.Incident.Own)))
        || (a.Incident.IsEmpty && b.Incident.IsEmpty && a.Anchor is not null && b.Anchor is not null
            && (a.Key.Predicate.Length > 0 || SameOwner(a, b)));

    // Owners written alike: the same words, or one inside the other ("costa" and "martina costa").
    private static bool SameOwner(ClaimFacts a, ClaimFacts b) =>
        a.Owner.Length > 0 && b.Owner.Length > 0
        && (string.Equals(a.Owner, b.Owner, StringComparison.Ordinal) || WholeWordsInside(a.Owner, b.Owner) || WholeWordsInside(b.Owner, a.Owner));

    private static bool WholeWordsInside(string part, string whole) =>
        whole.Length > part.Length && (whole.StartsWith(part + " ", StringComparison.Ordinal) || whole.EndsWith(" " + part, StringComparison.Ordinal)
            || whole.Contains(" " + part + " ", StringComparison.Ordinal));

    private static (string, int) SentenceOf(ClaimFacts claim) => (claim.Claim.ArticleId, claim.Claim.SentenceSpan.Start);

    /// <summary>
    /// True for two figures of one sentence about differently worded things that are not part and total: items
    /// of a list ("10 infantry fighting vehicles, ... and 12 bomb-equipped suicide vehicles"), never rival counts
    /// of one thing, even when the head nouns agree. A writer does not contradict a figure in the same sentence.
    /// </summary>
    public static bool ListItems(ClaimFacts a, ClaimFacts b) =>
        string.Equals(a.Claim.ArticleId, b.Claim.ArticleId, StringComparison.Ordinal)
        && a.Claim.SentenceSpan == b.Claim.SentenceSpan
        && a.SubjectWording.Length > 0 && b.SubjectWording.Length > 0
        && !string.Equals(a.SubjectWording, b.SubjectWording, StringComparison.Ordinal)
        && !Parts.PartOf(a, b);

    private sealed class Cluster
    {
        // Compatibility depends only on keys, place and days, so members that share them are checked once:
        // a story covered by a hundred articles costs a handful of checks per new claim.
        private readonly Dictionary<(QuantityKey, PlaceKey, IncidentEvidence, string, string, string?, DateOnly?, DateOnly?, bool), ClaimFacts> _distinct = [];

        // Subject wording of the members by sentence: items of one list ("10 infantry fighting vehicles ... 12
        // bomb-equipped suicide vehicles") count different things and never share a group.
        // Parts stated with "including" do share the group of their total.
        private readonly Dictionary<(string Article, int Sentence), List<ClaimFacts>> _bySentence = [];

        public List<ClaimFacts> Members { get; } = [];

        public int? LastAnchor { get; private set; }

        public int? FirstAnchor { get; private set; }

        // What is counted and where must match every member (so east and west never meet through an unplaced
        // claim); the period need only match one, so a growing toll reported day by day stays one series.
        // Pairs whose periods differ are never compared (GroupAnalysis checks each pair).
        public bool Accepts(ClaimFacts claim, ComparisonOptions options)
        {
            // A series spans a bounded time: without the bound, a toll reported every few days would chain
            // campaigns years apart into one group, and the open groups (the cost) would grow with the input.
            if (claim.Anchor is { } day && FirstAnchor is { } first && day - first > options.MaxSeriesDays)
            {
                return false;
            }

            if (_bySentence.TryGetValue(SentenceOf(claim), out var neighbours) && neighbours.Exists(n => ListItems(n, claim)))
            {
                return false;
            }

            var inSeries = false;
            foreach (var member in _distinct.Values)
            {
                if (!member.Key.CompatibleWith(claim.Key) || !member.Place.CompatibleWith(claim.Place) || !SameIncident(member, claim))
                {
                    return false;
                }

                inSeries = inSeries || PeriodRules.SameSeries(member, claim, options);
            }

            return inSeries;
        }

        public void Add(ClaimFacts claim)
        {
            Members.Add(claim);
            if (!_bySentence.TryGetValue(SentenceOf(claim), out var neighbours))
            {
                _bySentence[SentenceOf(claim)] = neighbours = [];
            }

            neighbours.Add(claim);
            if (claim.Anchor is { } anchor)
            {
                FirstAnchor = Math.Min(FirstAnchor ?? anchor, anchor);
            }

            // The article is part of the key only where it decides (a claim with no place evidence meets only its own article).
            var article = claim.Incident.IsEmpty ? claim.Claim.ArticleId : string.Empty;
            // So does the owner: placeless figures of different articles may meet on it.
            var owner = claim.Incident.IsEmpty ? claim.Owner : string.Empty;
            _distinct.TryAdd((claim.Key, claim.Place, claim.Incident, article, owner, claim.Claim.IncidentDay, claim.Start, claim.End, claim.Cumulative), claim);
            // A window stays open until its last day: "58 dead over the last seven days" must still meet the totals
            // reported a few days after that week ends, though it is sorted by the day it began.
            if (claim.LastDay is { } day)
            {
                LastAnchor = Math.Max(LastAnchor ?? day, day);
            }
        }
    }
}
