namespace Ponte.Languages.Gazetteer;

/// <summary>
/// Finds folded keys within a small edit distance of a query without scanning them all (the symmetric-deletion idea of
/// SymSpell): every key is indexed under the hashes of the strings it becomes after deleting up to <c>MaxEdits</c>
/// characters; a query looks up its own deletions and checks each candidate with a real edit distance.
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

    /// <summary>The largest distance the index answers for.</summary>
    internal int MaxEdits { get; }

    /// <summary>Keys shorter than this are not indexed.</summary>
    internal int MinKeyLength { get; }

    /// <summary>Indexes <paramref name="keys"/> of at least <paramref name="minKeyLength"/> characters.</summary>
    internal static FuzzyIndex Build(IEnumerable<string> keys, int maxEdits, int minKeyLength)
    {
        var kept = keys.Where(k => k.Length >= minKeyLength).Order(StringComparer.Ordinal).ToArray();
        var lists = new Dictionary<int, List<int>>();
        var seen = new HashSet<int>();
        for (var i = 0; i < kept.Length; i++)
        {
            seen.Clear();
            foreach (var hash in DeletionHashes(kept[i], maxEdits))
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
        foreach (var hash in DeletionHashes(query, Math.Min(maxEdits, MaxEdits)))
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

    private static IEnumerable<int> DeletionHashes(string key, int depth)
    {
        yield return string.GetHashCode(key.AsSpan(), StringComparison.Ordinal);
        if (depth <= 0)
        {
            yield break;
        }

        var buffer = new char[key.Length];
        for (var i = 0; i < key.Length; i++)
        {
            key.AsSpan(0, i).CopyTo(buffer);
            key.AsSpan(i + 1).CopyTo(buffer.AsSpan(i));
            yield return string.GetHashCode(buffer.AsSpan(0, key.Length - 1), StringComparison.Ordinal);
            if (depth < 2)
            {
                continue;
            }

            var shorter = new string(buffer, 0, key.Length - 1);
            for (var j = i; j < shorter.Length; j++)
            {
                var twice = string.Concat(shorter.AsSpan(0, j), shorter.AsSpan(j + 1));
                yield return string.GetHashCode(twice.AsSpan(), StringComparison.Ordinal);
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
