namespace Ponte.Storage.Knowledge;

/// <summary>
/// A bounded read cache in two generations, close to least-recently-used at the cost of two dictionary lookups: entries
/// land in the young generation, an entry found in the old one moves back to the young, and when the young generation is
/// full it becomes the old one and the old one is dropped. What a stream keeps naming (a country, a recurring person, a
/// busy story key) stays cached however large the store grows; what it named once goes.
/// </summary>
internal sealed class GenerationCache<TValue>
{
    private readonly int _capacity;
    private Dictionary<string, TValue> _young = new(StringComparer.Ordinal);
    private Dictionary<string, TValue> _old = new(StringComparer.Ordinal);

    /// <param name="capacity">Entries in one generation; at most twice as many are held, plus what is set between ages.</param>
    public GenerationCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>Entries held in both generations.</summary>
    public int Count => _young.Count + _old.Count;

    /// <summary>The cached value of <paramref name="key"/>; a hit in the old generation moves it to the young one.</summary>
    public bool TryGetValue(string key, out TValue value)
    {
        if (_young.TryGetValue(key, out value!))
        {
            return true;
        }

        if (_old.Remove(key, out value!))
        {
            _young[key] = value;
            return true;
        }

        return false;
    }

    /// <summary>Caches <paramref name="value"/> in the young generation.</summary>
    public void Set(string key, TValue value)
    {
        _young[key] = value;
        // One copy per key: the old generation's would only hold memory until it is dropped.
        _old.Remove(key);
    }

    /// <summary>Retires the young generation when it is full; callers age the cache only when nothing in it is pending.</summary>
    public void Age()
    {
        if (_young.Count >= _capacity)
        {
            _old = _young;
            _young = new Dictionary<string, TValue>(_capacity, StringComparer.Ordinal);
        }
    }

    /// <summary>Drops everything.</summary>
    public void Clear()
    {
        _young.Clear();
        _old.Clear();
    }
}
