using System.Collections.Concurrent;
using System.Diagnostics;

namespace ClaimCompare.Store;

/// <summary>Wall time per stage of adding, summed over a store's lifetime, for the benchmark (docs/store.md).</summary>
internal sealed class StoreTimings
{
    private readonly ConcurrentDictionary<string, double> _seconds = new(StringComparer.Ordinal);

    /// <summary>Adds the clock's elapsed time to the stage and restarts the clock.</summary>
    public void Add(string stage, Stopwatch clock)
    {
        _seconds.AddOrUpdate(stage, clock.Elapsed.TotalSeconds, (_, s) => s + clock.Elapsed.TotalSeconds);
        clock.Restart();
    }

    /// <summary>Adds a count (kept beside the times).</summary>
    public void Count(string what, long n) => _seconds.AddOrUpdate(what, n, (_, s) => s + n);

    /// <summary>The totals so far, and clears them.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Take()
    {
        var list = _seconds.ToList();
        _seconds.Clear();
        return list;
    }
}
