namespace Ponte.Core.Text;

/// <summary>
/// A character trie over a fixed set of strings, walked one UTF-16 unit at a time. Each node's edges are a sorted run of
/// characters (no hashing, no allocation per step), and nodes are numbered depth-first, every child after its parent, so
/// a string's chain of nodes lies together in memory and one backward pass over the nodes visits children before parents.
/// Immutable once built; safe to share between threads.
/// </summary>
public sealed class CharTrie
{
    /// <summary>The node of the empty string.</summary>
    public const int Root = 0;

    // Runs this short are compared one by one.
    private const int LoopMax = 4;

    // Runs this short are scanned (vectorised); longer ones (the root, the first letters) are searched by halving.
    private const int ScanMax = 64;

    // Node n's children are _edgeChars/_edgeTargets[_firstEdge[n] .. _firstEdge[n + 1]), in rising character order.
    private readonly int[] _firstEdge;
    private readonly char[] _edgeChars;
    private readonly int[] _edgeTargets;
    private readonly int[] _parent;

    private CharTrie(int[] firstEdge, char[] edgeChars, int[] edgeTargets, int[] parent)
    {
        _firstEdge = firstEdge;
        _edgeChars = edgeChars;
        _edgeTargets = edgeTargets;
        _parent = parent;
    }

    /// <summary>Number of nodes, the root included.</summary>
    public int NodeCount => _parent.Length;

    /// <summary>
    /// The trie of <paramref name="keys"/> (repeats allowed); <paramref name="nodeOfKey"/>[i] is the node where keys[i] ends
    /// (the root for an empty key).
    /// </summary>
    public static CharTrie Build(IReadOnlyList<string> keys, out int[] nodeOfKey)
    {
        ArgumentNullException.ThrowIfNull(keys);
        // In ordinal order each key shares its longest prefix with the one before, so nodes come out depth-first and each
        // node's children in rising character order: the order the edge runs need.
        var order = new int[keys.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => string.CompareOrdinal(keys[a], keys[b]));
        nodeOfKey = new int[keys.Count];
        var parent = new List<int> { -1 };
        var label = new List<char> { '\0' };
        var path = new List<int> { Root };
        var previous = string.Empty;
        foreach (var k in order)
        {
            var key = keys[k];
            var shared = 0;
            while (shared < key.Length && shared < previous.Length && key[shared] == previous[shared])
            {
                shared++;
            }

            var node = path[shared];
            path.RemoveRange(shared + 1, path.Count - shared - 1);
            for (var d = shared; d < key.Length; d++)
            {
                var child = parent.Count;
                parent.Add(node);
                label.Add(key[d]);
                path.Add(child);
                node = child;
            }

            nodeOfKey[k] = node;
            previous = key;
        }

        var count = parent.Count;
        var firstEdge = new int[count + 1];
        for (var n = 1; n < count; n++)
        {
            firstEdge[parent[n] + 1]++;
        }

        for (var n = 0; n < count; n++)
        {
            firstEdge[n + 1] += firstEdge[n];
        }

        var edgeChars = new char[count - 1];
        var edgeTargets = new int[count - 1];
        var filled = new int[count];
        for (var n = 1; n < count; n++)
        {
            var e = firstEdge[parent[n]] + filled[parent[n]]++;
            edgeChars[e] = label[n];
            edgeTargets[e] = n;
        }

        // Child reads a node's first child as the next node without looking its target up: hold the build to that.
        for (var n = 0; n < count; n++)
        {
            if (firstEdge[n] < firstEdge[n + 1] && edgeTargets[firstEdge[n]] != n + 1)
            {
                throw new InvalidOperationException($"Node {n}'s first child is not numbered right after it.");
            }
        }

        return new CharTrie(firstEdge, edgeChars, edgeTargets, [.. parent]);
    }

    /// <summary>The parent of <paramref name="node"/>; -1 for the root.</summary>
    public int ParentOf(int node) => _parent[node];

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or -1.</summary>
    public int Child(int node, char c)
    {
        var lo = _firstEdge[node];
        var count = _firstEdge[node + 1] - lo;
        if (count <= LoopMax)
        {
            // Most nodes below the first letters have one or two children: a plain loop beats a vectorised call there.
            // The first child is numbered right after its parent (depth-first), so a walk along a single chain of letters
            // reads no target: one place in memory fewer per step when the trie is cold in the cache.
            var chars = _edgeChars;
            if (count > 0 && chars[lo] == c)
            {
                return node + 1;
            }

            for (var e = lo + 1; e < lo + count; e++)
            {
                if (chars[e] == c)
                {
                    return _edgeTargets[e];
                }
            }

            return -1;
        }

        if (count <= ScanMax)
        {
            var at = _edgeChars.AsSpan(lo, count).IndexOf(c);
            return at < 0 ? -1 : _edgeTargets[lo + at];
        }

        var found = _edgeChars.AsSpan(lo, count).BinarySearch(c);
        return found < 0 ? -1 : _edgeTargets[lo + found];
    }
}
