using ClaimCompare.Comparison;

namespace ClaimCompare.Store;

/// <summary>
/// The comparer's facts of stored claims, by claim key, kept between batches of one store instance. A key names an
/// article version and a position in it, so its facts never change; when the cache is full the half used longest
/// ago is dropped. Used only under the store's writer lock, by one batch at a time.
/// </summary>
internal sealed class FactsCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, (ClaimFacts Facts, long Used)> _entries = new(StringComparer.Ordinal);
    private long _clock;

    public FactsCache(int capacity) => _capacity = capacity;

    public bool Contains(string key) => _entries.ContainsKey(key);

    public ClaimFacts? Get(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        _entries[key] = (entry.Facts, ++_clock);
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

        _entries[key] = (facts, ++_clock);
    }
}
