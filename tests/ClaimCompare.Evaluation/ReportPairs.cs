using ClaimCompare.Model;

namespace ClaimCompare.Evaluation;

/// <summary>Reads groups and discrepancies of a report as pairs of claims, the unit the comparison benchmarks score.</summary>
public static class ReportPairs
{
    /// <summary>Each claim's group (the first one that lists it).</summary>
    public static Dictionary<string, string> GroupOf(IEnumerable<ClaimGroup> groups)
    {
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var id in group.ClaimIds)
            {
                groupOf.TryAdd(id, group.Id);
            }
        }

        return groupOf;
    }

    /// <summary>
    /// Every ordered pair of claims that a discrepancy of the kind sets against each other: claims of different
    /// positions when the discrepancy lists positions, else every two of its claims.
    /// </summary>
    public static HashSet<(string, string)> PairsOf(IEnumerable<Discrepancy> discrepancies, params DiscrepancyKind[] kinds)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var d in discrepancies.Where(d => kinds.Contains(d.Kind)))
        {
            foreach (var (a, b) in Opposed(d))
            {
                pairs.Add((a, b));
                pairs.Add((b, a));
            }
        }

        return pairs;
    }

    /// <summary>The pairs of claims a discrepancy sets against each other.</summary>
    public static IEnumerable<(string A, string B)> Opposed(Discrepancy d)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (d.Positions.Length >= 2)
        {
            for (var i = 0; i < d.Positions.Length; i++)
            {
                for (var j = i + 1; j < d.Positions.Length; j++)
                {
                    foreach (var a in d.Positions[i])
                    {
                        foreach (var b in d.Positions[j])
                        {
                            yield return (a, b);
                        }
                    }
                }
            }

            yield break;
        }

        foreach (var a in d.ClaimIds)
        {
            foreach (var b in d.ClaimIds)
            {
                if (string.CompareOrdinal(a, b) < 0)
                {
                    yield return (a, b);
                }
            }
        }
    }
}
