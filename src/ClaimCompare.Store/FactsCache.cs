using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ClaimCompare.Comparison;

namespace ClaimCompare.Store;

/// <summary>
/// The comparer's facts of stored claims, by claim key, kept between batches of one store instance. A key names an
/// article version and a position in it, so its facts never change. What is kept is what the last batch touched:
/// at the end of each batch the entries it did not use are dropped, so memory follows the batch's reach, not the
/// store's size (a store of 100,000 articles kept 3.5 GB of facts when only a count bounded the cache). Within a
/// batch the count bound still holds: when full, the half used longest ago is dropped. Used only under the store's
/// writer lock, by one batch at a time.
/// </summary>
internal sealed class FactsCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _clock;
    private int _batch;

    public FactsCache(int capacity) => _capacity = capacity;

    /// <summary>Entries held now.</summary>
    public int Count => _entries.Count;

    public bool Contains(string key) => _entries.ContainsKey(key);

    public ClaimFacts? Get(string key)
    {
        // Entries are structs held in the dictionary and stamped in place: no allocation per entry or per use.
        ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(_entries, key);
        if (Unsafe.IsNullRef(ref entry))
        {
            return null;
        }

        entry = entry with { Used = ++_clock, Batch = _batch };
        return entry.Facts;
    }

    public void Add(string key, ClaimFacts facts)
    {
        if (_entries.Count >= _capacity)
        {
            var cut = _entries.Values.Select(e => e.Used).Order().ElementAt(_entries.Count / 2);
            foreach (var old in _entries.Where(e => e.Value.Used < cut).Select(e => e.Key).ToList())
            {
                _entries.Remove(old);
            }
        }

        _entries[key] = new Entry(facts, ++_clock, _batch);
    }

    /// <summary>Drops what the batch now ending did not use; the next batch starts from what this one touched.</summary>
    public void EndBatch()
    {
        foreach (var old in _entries.Where(e => e.Value.Batch != _batch).Select(e => e.Key).ToList())
        {
            _entries.Remove(old);
        }

        _batch++;
        if (_entries.Count < _entries.EnsureCapacity(0) / 4)
        {
            _entries.TrimExcess();
        }
    }

    private readonly record struct Entry(ClaimFacts Facts, long Used, int Batch);
}
