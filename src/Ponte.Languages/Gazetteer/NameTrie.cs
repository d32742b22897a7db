using Ponte.Core.Text;

namespace Ponte.Languages.Gazetteer;

/// <summary>
/// The folded names of several <see cref="NameIndex{T}"/> (its layers: places, bodies, demonyms) in one trie, so a caller
/// that wants all of them walks the text once: a <see cref="CharTrie"/> of every layer's names, with per node the layers
/// whose names end there or further down. Immutable once built; safe to share between threads.
/// </summary>
internal sealed class NameTrie
{
    /// <summary>Most layers one trie holds (one bit each in a byte).</summary>
    internal const int MaxLayers = 8;

    private const int Root = CharTrie.Root;

    // Longest run of separators allowed inside a multi-word name ("TP. HCM", "St. John’s").
    private const int MaxSeparatorRun = 3;

    private readonly CharTrie _shape;

    // Per node: the layers with a name ending here (low byte), and the layers with a name here or further down (high
    // byte; the walk stops as soon as none of the layers it wants can still match). One array, so a step reads one place.
    private readonly ushort[] _nodeLayers;

    // Nodes where a name ends own a slot: slot * layers + layer is the layer's terminal, or -1.
    private readonly int[] _slotOfNode;
    private readonly int[] _terminals;
    private readonly int _layers;

    private NameTrie(CharTrie shape, byte[] layersHere, byte[] layersBelow, int[] slotOfNode, int[] terminals, int layers)
    {
        _shape = shape;
        _nodeLayers = new ushort[layersHere.Length];
        for (var n = 0; n < _nodeLayers.Length; n++)
        {
            _nodeLayers[n] = (ushort)(layersHere[n] | (layersBelow[n] << 8));
        }

        _slotOfNode = slotOfNode;
        _terminals = terminals;
        _layers = layers;
    }

    /// <summary>Number of nodes, the root included.</summary>
    internal int NodeCount => _nodeLayers.Length;

    /// <summary>A trie over the keys of each layer; a key's terminal in its layer is its position in that layer's list.</summary>
    internal static NameTrie Build(IReadOnlyList<IReadOnlyList<string>> keysOfLayers)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(keysOfLayers.Count, MaxLayers);
        var layers = keysOfLayers.Count;
        var all = new List<(string Key, int Layer, int Terminal)>();
        for (var layer = 0; layer < layers; layer++)
        {
            var keys = keysOfLayers[layer];
            for (var t = 0; t < keys.Count; t++)
            {
                all.Add((keys[t], layer, t));
            }
        }

        var shape = CharTrie.Build(all.ConvertAll(k => k.Key), out var nodeOfKey);
        var count = shape.NodeCount;
        var here = new byte[count];
        var slotOf = new int[count];
        Array.Fill(slotOf, -1);
        var terminals = new List<int>();
        for (var i = 0; i < all.Count; i++)
        {
            var (_, layer, terminal) = all[i];
            var node = nodeOfKey[i];
            if (slotOf[node] < 0)
            {
                slotOf[node] = terminals.Count / layers;
                for (var l = 0; l < layers; l++)
                {
                    terminals.Add(-1);
                }
            }

            here[node] |= (byte)(1 << layer);
            terminals[slotOf[node] * layers + layer] = terminal;
        }

        // Children are numbered after their parent, so one backward pass gathers every subtree's layers.
        var below = here.ToArray();
        for (var n = count - 1; n > 0; n--)
        {
            below[shape.ParentOf(n)] |= below[n];
        }

        return new NameTrie(shape, here, below, slotOf, terminals.ToArray(), layers);
    }

    /// <summary>The terminal of <paramref name="layer"/> at <paramref name="node"/>, or -1.</summary>
    internal int TerminalAt(int node, int layer) =>
        (LayersAt(node) & (1 << layer)) == 0 ? -1 : _terminals[_slotOfNode[node] * _layers + layer];

    /// <summary>The layers with a name ending at <paramref name="node"/>, one bit each.</summary>
    internal int LayersAt(int node) => _nodeLayers[node] & 0xFF;

    private int LayersBelow(int node) => _nodeLayers[node] >> 8;

    /// <summary>Whether a name may begin at <paramref name="start"/>: a word starts there (or Thai-like text goes on).</summary>
    internal static bool StartsWord(string text, int start)
    {
        if (CharFold.FoldOne(text[start]) is CharFold.SeparatorUnit or CharFold.SkipUnit)
        {
            return false;
        }

        if (start == 0)
        {
            return true;
        }

        var before = text[start - 1];
        return !CharFold.IsWordChar(before) || (CharFold.IsScriptioContinua(before) && CharFold.IsScriptioContinua(text[start]));
    }

    /// <summary>Whether a name may end at <paramref name="end"/>: the word ends there (or Thai-like text goes on).</summary>
    internal static bool EndsWord(string text, int end)
    {
        if (end >= text.Length || !CharFold.IsWordChar(text[end]))
        {
            return true;
        }

        return CharFold.IsScriptioContinua(text[end]) && CharFold.IsScriptioContinua(text[end - 1]);
    }

    private int Child(int node, char c) => _shape.Child(node, c);

    /// <summary>
    /// The raw text walked along the trie from a start: each step folds one UTF-16 unit, so the text is never folded as a
    /// whole. <see cref="Next"/> stops at every node where a name of a wanted layer ends.
    /// </summary>
    internal struct Walk
    {
        private readonly NameTrie _trie;
        private readonly string _text;
        private readonly int _layers;
        private int _pos;
        private int _separatorRun;
        private bool _pendingSpace;

        /// <summary>Starts at <paramref name="start"/>, looking for names of the layers set in <paramref name="layers"/>.</summary>
        internal Walk(NameTrie trie, string text, int start, int layers)
        {
            _trie = trie;
            _text = text;
            _layers = layers & trie.LayersBelow(Root);
            _pos = start;
            Node = Root;
        }

        /// <summary>The node reached.</summary>
        internal int Node { get; private set; }

        /// <summary>Where the name reached ends in the text, after any combining marks written on its last letter.</summary>
        internal int End { get; private set; }

        /// <summary>Walks on to the next node where a name of a wanted layer ends; false when no name can follow.</summary>
        internal bool Next()
        {
            var text = _text;
            var trie = _trie;
            while (_layers != 0 && _pos < text.Length)
            {
                var c = text[_pos];
                var one = CharFold.FoldOne(c);
                if (one == CharFold.SeparatorUnit)
                {
                    if (c is '\n' or '\r' || ++_separatorRun > MaxSeparatorRun)
                    {
                        return Stop();
                    }

                    _pendingSpace = true;
                    _pos++;
                    continue;
                }

                _separatorRun = 0;
                _pos++;
                if (one == CharFold.SkipUnit)
                {
                    continue;
                }

                var node = Node;
                if (_pendingSpace)
                {
                    node = trie.Child(node, ' ');
                    if (node < 0 || (trie.LayersBelow(node) & _layers) == 0)
                    {
                        return Stop();
                    }

                    _pendingSpace = false;
                }

                if (one != CharFold.ManyUnits)
                {
                    node = trie.Child(node, one);
                    if (node < 0 || (trie.LayersBelow(node) & _layers) == 0)
                    {
                        return Stop();
                    }
                }
                else
                {
                    foreach (var f in CharFold.Fold(c))
                    {
                        node = trie.Child(node, f);
                        if (node < 0 || (trie.LayersBelow(node) & _layers) == 0)
                        {
                            return Stop();
                        }
                    }
                }

                Node = node;
                if ((trie.LayersAt(node) & _layers) == 0)
                {
                    continue;
                }

                // Combining marks written after the last letter belong to the name.
                var end = _pos;
                while (end < text.Length && CharFold.FoldOne(text[end]) == CharFold.SkipUnit)
                {
                    end++;
                }

                End = end;
                return true;
            }

            return false;
        }

        private bool Stop()
        {
            _pos = _text.Length;
            return false;
        }
    }
}
