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
        var window = Math.Max(options.DayTolerance, options.StockDayTolerance);
        var groups = new List<Cluster>();
        var open = new List<Cluster>();
        foreach (var claim in block.OrderBy(c => c.Anchor ?? int.MinValue).ThenBy(c => c.Index))
        {
            if (claim.Anchor is { } day)
            {
                open.RemoveAll(g => g.LastAnchor is { } last && last < day - window);
            }

            Cluster? home = null;
            foreach (var group in open)
            {
                if (group.Accepts(claim, options))
                {
                    home = group;
                    break;
                }
            }

            if (home is null)
            {
                home = new Cluster();
                groups.Add(home);
                open.Add(home);
            }

            home.Add(claim);
        }

        return groups.Select(g => g.Members.OrderBy(m => m.Index).ToList()).ToList();
    }

    /// <summary>True when nothing known about the two claims says they measure different quantities (a part and its total share a group).</summary>
    public static bool Compatible(ClaimFacts a, ClaimFacts b, ComparisonOptions options) =>
        a.Key.CompatibleWith(b.Key)
        && a.Place.CompatibleWith(b.Place)
        && PeriodRules.SameSeries(a, b, options);

    private sealed class Cluster
    {
        // Members with the same figure, place and days are checked once: a flood of identical reports stays cheap.
        private readonly Dictionary<(double, double, int?, int?, string?, string, string), ClaimFacts> _distinct = [];

        public List<ClaimFacts> Members { get; } = [];

        public int? LastAnchor { get; private set; }

        public bool Accepts(ClaimFacts claim, ComparisonOptions options)
        {
            foreach (var member in _distinct.Values)
            {
                if (!Compatible(member, claim, options))
                {
                    return false;
                }
            }

            return true;
        }

        public void Add(ClaimFacts claim)
        {
            Members.Add(claim);
            _distinct.TryAdd((claim.Claim.Quantity.Value, claim.Reading.High, claim.Start?.DayNumber, claim.End?.DayNumber, claim.Claim.Place, claim.Key.Subject, claim.Claim.ArticleId), claim);
            if (claim.Anchor is { } day)
            {
                LastAnchor = Math.Max(LastAnchor ?? day, day);
            }
        }
    }
}
