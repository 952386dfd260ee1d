using ClaimCompare.Comparison;

namespace ClaimCompare.Store;

/// <summary>
/// What the new sweep of one block has decided so far, across the stretches a batch re-sweeps. A stretch may end
/// while a group is still open and holds claims the stored sweep's group lacks (the batch's claims that joined it),
/// as long as both sweeps would decide alike from there on (same open groups, same deciding members, same stored
/// members). The stored claims after that point then belong, in the new sweep, to whatever group continues their
/// stored group. This class keeps that as a union of names: <c>g:id</c> for a stored group, <c>s:key</c> for a
/// stored claim in no group, <c>c:n</c> for a group of the new sweep; a fed claim names the group it joined.
/// </summary>
internal sealed class SweepPartition
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _joined = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fed = new(StringComparer.Ordinal);
    private int _next;

    /// <summary>The name of a stored claim's stored group.</summary>
    public static string Tag(string key, string? groupId) => groupId is null ? "s:" + key : "g:" + groupId;

    /// <summary>True when the new sweep has said something about the stored group (it is continued or re-formed).</summary>
    public bool Touched(string tag) => _parent.ContainsKey(tag);

    /// <summary>A name for a group of the new sweep.</summary>
    public string NewGroup()
    {
        var name = "c:" + (_next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _parent[name] = name;
        return name;
    }

    /// <summary>Marks a claim as fed to the sweeps (its place is decided by the group it joined, if any).</summary>
    public void Fed(string key) => _fed.Add(key);

    public bool WasFed(string key) => _fed.Contains(key);

    /// <summary>A fed claim joined this group of the new sweep.</summary>
    public void Joined(string key, string group) => _joined[key] = group;

    /// <summary>Two names are the same group of the new sweep.</summary>
    public void Union(string a, string b)
    {
        _parent.TryAdd(a, a);
        _parent.TryAdd(b, b);
        var ra = Find(a);
        var rb = Find(b);
        if (!string.Equals(ra, rb, StringComparison.Ordinal))
        {
            _parent[ra] = rb;
        }
    }

    /// <summary>The group a name belongs to (an untouched stored group is its own).</summary>
    public string Find(string name)
    {
        var root = name;
        while (_parent.TryGetValue(root, out var up) && !string.Equals(up, root, StringComparison.Ordinal))
        {
            root = up;
        }

        // Path halving is enough here: the chains are short (a group continued over a few stretches).
        while (_parent.TryGetValue(name, out var up) && !string.Equals(up, root, StringComparison.Ordinal))
        {
            _parent[name] = root;
            name = up;
        }

        return root;
    }

    /// <summary>
    /// The new sweep's group of a claim: the group it joined when fed (null for a claim that left: it was fed to the
    /// stored sweep only), else the group that continues its stored group.
    /// </summary>
    public string? GroupOf(string key, string? storedGroup, bool left)
    {
        if (_fed.Contains(key))
        {
            return !left && _joined.TryGetValue(key, out var group) ? Find(group) : null;
        }

        return left ? null : Find(Tag(key, storedGroup));
    }

    /// <summary>Every stored group named so far.</summary>
    public IEnumerable<string> StoredTags => _parent.Keys.Where(k => !k.StartsWith("c:", StringComparison.Ordinal));

    /// <summary>
    /// Whether both sweeps will decide every later stored claim alike: the same open groups in the same order,
    /// each with the same first and last days, the same deciding members, and the same stored members (they may
    /// differ only in the batch's own claims, whose articles no stored claim shares).
    /// </summary>
    /// <returns>Null when they decide alike, else what differs (for the benchmark's counts).</returns>
    public static string? Difference(Grouping.Sweep before, Grouping.Sweep after, Func<string, bool> added, Func<string, bool> left)
    {
        var a = before.OpenDecisions.ToList();
        var b = after.OpenDecisions.ToList();
        if (a.Count != b.Count)
        {
            return "open groups";
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].FirstAnchor != b[i].FirstAnchor || a[i].LastAnchor != b[i].LastAnchor)
            {
                return "days";
            }

            var deciding = a[i].Distinct.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            if (!deciding.SetEquals(b[i].Distinct.Select(m => m.Id)))
            {
                return "deciding members";
            }

            var stored = a[i].Members.Select(m => m.Id).Where(k => !left(k)).ToHashSet(StringComparer.Ordinal);
            if (!stored.SetEquals(b[i].Members.Select(m => m.Id).Where(k => !added(k))))
            {
                return "stored members";
            }
        }

        return null;
    }
}
