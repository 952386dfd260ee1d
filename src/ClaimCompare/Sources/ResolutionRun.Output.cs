using System.Collections.Immutable;
using ClaimCompare.Model;

namespace ClaimCompare.Sources;

/// <summary>Turns the merged nodes into report sources with ids in first-seen order.</summary>
internal sealed partial class ResolutionRun
{
    /// <summary>Builds the sources and the source id of every node (empty for virtual nodes without a source).</summary>
    public (ImmutableArray<Source> Sources, string[] NodeIds) Build()
    {
        var members = new Dictionary<int, List<int>>();
        foreach (var n in _nodes)
        {
            var r = Find(n.Index);
            if (!members.TryGetValue(r, out var list))
            {
                members[r] = list = [];
            }

            list.Add(n.Index);
        }

        // Clusters with a real mention, in the order their first mention was seen.
        var order = members.Where(m => m.Value.Exists(i => _nodes[i].Scope != Scope.Virtual))
            .OrderBy(m => m.Value.Min(i => _nodes[i].FirstSeen)).Select(m => m.Key).ToList();
        var ids = new Dictionary<int, string>();
        foreach (var root in order)
        {
            ids[root] = "s" + (ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // Parents named only by an alias file's "affiliation" become sources too, after the mentioned ones.
        var parents = new Dictionary<int, int?>();
        for (var k = 0; k < order.Count; k++)
        {
            var root = order[k];
            var parent = ParentOf(members[root]);
            if (parent is { } p && !ids.ContainsKey(p))
            {
                ids[p] = "s" + (ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                order.Add(p);
            }

            parents[root] = parent;
        }

        var possible = new Dictionary<int, SortedSet<int>>();
        foreach (var (a, b, _) in _possible)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb && ids.ContainsKey(ra) && ids.ContainsKey(rb))
            {
                AddPossible(possible, ra, rb);
                AddPossible(possible, rb, ra);
            }
        }

        var sources = ImmutableArray.CreateBuilder<Source>(order.Count);
        foreach (var root in order)
        {
            sources.Add(BuildSource(root, members[root], ids, parents[root], possible));
        }

        var nodeIds = _nodes.Select(n => ids.TryGetValue(Find(n.Index), out var id) ? id : string.Empty).ToArray();
        return (sources.MoveToImmutable(), nodeIds);
    }

    private static void AddPossible(Dictionary<int, SortedSet<int>> possible, int a, int b)
    {
        if (!possible.TryGetValue(a, out var set))
        {
            possible[a] = set = [];
        }

        set.Add(b);
    }

    // The affiliation the mentions give (first seen), else the one the alias entry gives.
    private int? ParentOf(List<int> cluster)
    {
        var self = Find(cluster[0]);
        foreach (var n in cluster.Select(i => _nodes[i]).OrderBy(n => n.FirstSeen))
        {
            foreach (var a in n.Affiliations)
            {
                if (Find(a) != self)
                {
                    return Find(a);
                }
            }
        }

        var entry = cluster.Select(i => _nodes[i].Entry).Where(e => e >= 0).DefaultIfEmpty(-1).Min();
        if (entry >= 0 && _aliases.Entries[entry].Affiliation is { } parentName
            && _aliases.EntryByName.TryGetValue(NameText.Normalize(parentName), out var parentEntry))
        {
            var node = _nodes.FirstOrDefault(n => n.Entry == parentEntry);
            if (node is not null && Find(node.Index) != self)
            {
                return Find(node.Index);
            }
        }

        return null;
    }

    private Source BuildSource(int root, List<int> cluster, Dictionary<int, string> ids, int? parent, Dictionary<int, SortedSet<int>> possible)
    {
        var nodes = cluster.Select(i => _nodes[i]).ToList();
        var real = nodes.Where(n => n.Scope != Scope.Virtual).ToList();
        var entry = nodes.Where(n => n.Entry >= 0).Select(n => n.Entry).DefaultIfEmpty(-1).Min();
        Node head;
        string name;
        SourceKind kind;
        if (entry >= 0)
        {
            head = nodes.First(n => n.Entry == entry);
            name = _aliases.Entries[entry].Name;
            kind = _aliases.Entries[entry].Kind ?? (real.Count > 0 ? real[0].Kind : SourceKind.Organization);
        }
        else
        {
            head = BestNamed(real.Count > 0 ? real : nodes);
            name = head.Spellings.Count > 0 ? head.Spellings[0].Text : head.Key.Name;
            kind = head.Kind;
        }

        var reasons = ReasonsFrom(head.Index);
        var aliases = real.SelectMany(n => n.Spellings.Select(s => (s.Text, s.Seq, Node: n))).OrderBy(s => s.Seq).ToList();
        var aliasList = new List<string>();
        var merges = new List<MergeReason>();
        foreach (var (text, _, node) in aliases)
        {
            if (aliasList.Contains(text))
            {
                continue;
            }

            aliasList.Add(text);
            if (text == name)
            {
                continue;
            }

            if (reasons.TryGetValue(node.Index, out var edge))
            {
                merges.Add(new MergeReason(text, edge.Rule, edge.Confidence));
            }
            else
            {
                var same = NameText.Normalize(text) == NameText.Normalize(name);
                merges.Add(new MergeReason(text, same ? SameName : "same name with title or role separated", 1.0));
            }
        }

        return new Source(ids[root], name, kind)
        {
            Aliases = [.. aliasList],
            Roles = [.. real.OrderBy(n => n.FirstSeen).SelectMany(n => n.Roles).Distinct(StringComparer.Ordinal)],
            Affiliation = parent is { } p && ids.TryGetValue(p, out var pid) ? pid : null,
            Merges = [.. merges],
            PossiblySame = possible.TryGetValue(root, out var set)
                ? [.. set.Where(ids.ContainsKey).Select(r => ids[r]).OrderBy(id => int.Parse(id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture))]
                : ImmutableArray<string>.Empty,
        };
    }

    // The name a report shows when no alias entry names the source: full names over surnames and
    // acronyms, then the most mentioned, then the first seen.
    private static Node BestNamed(List<Node> nodes) =>
        nodes.OrderBy(n => n.Scope is Scope.Global ? 0 : 1)
            .ThenBy(n => n.Key.IsAcronym ? 1 : 0)
            .ThenByDescending(n => n.IsPerson ? n.Key.Content.Length : 0)
            .ThenByDescending(n => n.Count)
            .ThenBy(n => n.FirstSeen)
            .First();

    // For every node of the cluster, the edge by which a breadth-first walk from the head reached it.
    private Dictionary<int, Edge> ReasonsFrom(int head)
    {
        var reasons = new Dictionary<int, Edge>();
        var visited = new HashSet<int> { head };
        var queue = new Queue<int>();
        queue.Enqueue(head);
        while (queue.Count > 0)
        {
            var n = queue.Dequeue();
            foreach (var e in _edges[n].OrderBy(e => e.To))
            {
                if (visited.Add(e.To))
                {
                    reasons[e.To] = e;
                    queue.Enqueue(e.To);
                }
            }
        }

        return reasons;
    }
}
