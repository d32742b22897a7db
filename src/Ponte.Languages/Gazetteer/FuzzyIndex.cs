namespace Ponte.Languages.Gazetteer;

/// <summary>
/// Finds folded keys within a small edit distance of a query without scanning them all (the symmetric-deletion idea of
/// SymSpell): every key is indexed under the hashes of the strings it becomes after deleting up to <c>MaxEdits</c>
/// characters; a query looks up its own deletions and checks each candidate with a real edit distance (adjacent swaps
/// count as one edit). Used with one edit: the index grows with the square of the key length for two.
/// </summary>
internal sealed class FuzzyIndex
{
    private readonly string[] _keys;
    private readonly Dictionary<int, int[]> _byDeletion;

    private FuzzyIndex(string[] keys, Dictionary<int, int[]> byDeletion, int maxEdits, int minKeyLength)
    {
        _keys = keys;
        _byDeletion = byDeletion;
        MaxEdits = maxEdits;
        MinKeyLength = minKeyLength;
    }

    /// <summary>Longer keys (official names of states) are not indexed: nobody misspells them into a search box.</summary>
    internal const int MaxKeyLength = 32;

    /// <summary>The largest distance the index answers for.</summary>
    internal int MaxEdits { get; }

    /// <summary>Keys shorter than this are not indexed.</summary>
    internal int MinKeyLength { get; }

    /// <summary>Indexes <paramref name="keys"/> of at least <paramref name="minKeyLength"/> characters.</summary>
    internal static FuzzyIndex Build(IEnumerable<string> keys, int maxEdits, int minKeyLength)
    {
        var kept = keys.Where(k => k.Length >= minKeyLength && k.Length <= MaxKeyLength).Order(StringComparer.Ordinal).ToArray();
        var lists = new Dictionary<int, List<int>>();
        var seen = new HashSet<int>();
        var hashes = new List<int>();
        for (var i = 0; i < kept.Length; i++)
        {
            seen.Clear();
            DeletionHashes(kept[i], maxEdits, hashes);
            foreach (var hash in hashes)
            {
                if (!seen.Add(hash))
                {
                    continue;
                }

                if (!lists.TryGetValue(hash, out var list))
                {
                    list = [];
                    lists[hash] = list;
                }

                list.Add(i);
            }
        }

        var frozen = new Dictionary<int, int[]>(lists.Count);
        foreach (var (hash, list) in lists)
        {
            frozen[hash] = list.ToArray();
        }

        return new FuzzyIndex(kept, frozen, maxEdits, minKeyLength);
    }

    /// <summary>Keys within <paramref name="maxEdits"/> edits (insertions, deletions, substitutions, adjacent swaps) of
    /// <paramref name="query"/>, with their distance, closest first.</summary>
    internal List<(string Key, int Distance)> Search(string query, int maxEdits)
    {
        var found = new Dictionary<int, int>();
        var hashes = new List<int>();
        DeletionHashes(query, Math.Min(maxEdits, MaxEdits), hashes);
        foreach (var hash in hashes)
        {
            if (!_byDeletion.TryGetValue(hash, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (found.ContainsKey(candidate))
                {
                    continue;
                }

                var distance = Distance(query, _keys[candidate], maxEdits);
                if (distance <= maxEdits)
                {
                    found[candidate] = distance;
                }
            }
        }

        return found.OrderBy(f => f.Value).ThenBy(f => _keys[f.Key], StringComparer.Ordinal)
            .Select(f => (_keys[f.Key], f.Value)).ToList();
    }

    // Hashes of the key and of every string made by deleting up to two of its characters, written without allocating.
    private static void DeletionHashes(string key, int depth, List<int> hashes)
    {
        hashes.Clear();
        hashes.Add(string.GetHashCode(key.AsSpan(), StringComparison.Ordinal));
        if (depth <= 0 || key.Length == 0)
        {
            return;
        }

        Span<char> once = key.Length <= 256 ? stackalloc char[key.Length] : new char[key.Length];
        Span<char> twice = key.Length <= 256 ? stackalloc char[key.Length] : new char[key.Length];
        for (var i = 0; i < key.Length; i++)
        {
            key.AsSpan(0, i).CopyTo(once);
            key.AsSpan(i + 1).CopyTo(once[i..]);
            var shorter = once[..(key.Length - 1)];
            hashes.Add(string.GetHashCode(shorter, StringComparison.Ordinal));
            if (depth < 2)
            {
                continue;
            }

            // Deleting j ≥ i from the shorter string covers every pair of positions once.
            for (var j = i; j < shorter.Length; j++)
            {
                shorter[..j].CopyTo(twice);
                shorter[(j + 1)..].CopyTo(twice[j..]);
                hashes.Add(string.GetHashCode(twice[..(shorter.Length - 1)], StringComparison.Ordinal));
            }
        }
    }

    /// <summary>Optimal-string-alignment distance, giving up (returning max + 1) once it exceeds <paramref name="max"/>.</summary>
    internal static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
