namespace Ponte.Languages.Gazetteer;

/// <summary>
/// A Burkhard–Keller tree over folded keys under Levenshtein distance: answers "every key within k edits" by visiting
/// only the children whose distance to their parent lies in [d − k, d + k]. Small to build and to keep, which suits
/// the rare two-edit look-ups where a deletion index would be large.
/// </summary>
internal sealed class BkTree
{
    private readonly string[] _keys;

    // Children of each node as (distance to parent, child index) pairs, flattened.
    private readonly int[] _firstChild;
    private readonly int[] _childCount;
    private readonly (int Distance, int Node)[] _children;

    private BkTree(string[] keys, int[] firstChild, int[] childCount, (int, int)[] children)
    {
        _keys = keys;
        _firstChild = firstChild;
        _childCount = childCount;
        _children = children;
    }

    /// <summary>Builds the tree over <paramref name="keys"/> of at least <paramref name="minKeyLength"/> characters.</summary>
    internal static BkTree Build(IEnumerable<string> keys, int minKeyLength, int maxKeyLength)
    {
        var kept = keys.Where(k => k.Length >= minKeyLength && k.Length <= maxKeyLength).Order(StringComparer.Ordinal).ToArray();
        var children = new List<Dictionary<int, int>?>(kept.Length);
        for (var i = 0; i < kept.Length; i++)
        {
            children.Add(null);
            if (i == 0)
            {
                continue;
            }

            var node = 0;
            while (true)
            {
                var d = Levenshtein(kept[i], kept[node]);
                var map = children[node] ??= [];
                if (map.TryGetValue(d, out var child))
                {
                    node = child;
                    continue;
                }

                map[d] = i;
                break;
            }
        }

        var firstChild = new int[kept.Length];
        var childCount = new int[kept.Length];
        var flat = new List<(int, int)>(kept.Length);
        for (var i = 0; i < kept.Length; i++)
        {
            firstChild[i] = flat.Count;
            if (children[i] is { } map)
            {
                flat.AddRange(map.Select(kv => (kv.Key, kv.Value)));
                childCount[i] = map.Count;
            }
        }

        return new BkTree(kept, firstChild, childCount, flat.ToArray());
    }

    /// <summary>Keys within <paramref name="maxEdits"/> Levenshtein edits of <paramref name="query"/>, closest first.</summary>
    internal List<(string Key, int Distance)> Search(string query, int maxEdits)
    {
        var found = new List<(string Key, int Distance)>();
        if (_keys.Length == 0)
        {
            return found;
        }

        var stack = new Stack<int>();
        stack.Push(0);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            var d = Levenshtein(query, _keys[node]);
            if (d <= maxEdits)
            {
                found.Add((_keys[node], d));
            }

            for (var c = _firstChild[node]; c < _firstChild[node] + _childCount[node]; c++)
            {
                var (edge, child) = _children[c];
                if (edge >= d - maxEdits && edge <= d + maxEdits)
                {
                    stack.Push(child);
                }
            }
        }

        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Key, b.Key));
        return found;
    }

    private static int Levenshtein(string a, string b)
    {
        Span<int> row = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(above + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
