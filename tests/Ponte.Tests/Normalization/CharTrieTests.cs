using Ponte.Core.Text;

namespace Ponte.Tests.Normalization;

public sealed class CharTrieTests
{
    [Fact]
    public void Every_key_ends_at_its_own_node_and_only_its_prefixes_are_walked()
    {
        // Repeats, a key that is another's prefix, an empty key, and a node with more children than the scanned runs hold.
        string[] keys = ["việt nam", "viet", "vietnam", "viet", "", "ha noi", .. Enumerable.Range(0, 40).Select(i => "x" + (char)('A' + i))];

        var trie = CharTrie.Build(keys, out var nodeOf);

        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(nodeOf[i], Walk(trie, keys[i]));
        }

        Assert.Equal(nodeOf[1], nodeOf[3]);
        Assert.Equal(CharTrie.Root, nodeOf[4]);
        Assert.Equal(nodeOf.Distinct().Count(), keys.Distinct().Count());
        Assert.Equal(-1, Walk(trie, "vietnamese"));
        Assert.Equal(-1, Walk(trie, "xz"));
        Assert.True(Walk(trie, "việt") > 0);
    }

    [Fact]
    public void Children_are_numbered_after_their_parents()
    {
        var trie = CharTrie.Build(["b", "abc", "abd", "a", "ca"], out _);

        Assert.Equal(-1, trie.ParentOf(CharTrie.Root));
        Assert.All(Enumerable.Range(1, trie.NodeCount - 1), n => Assert.True(trie.ParentOf(n) < n));
        Assert.Equal(8, trie.NodeCount);
    }

    private static int Walk(CharTrie trie, string text)
    {
        var node = CharTrie.Root;
        foreach (var c in text)
        {
            node = trie.Child(node, c);
            if (node < 0)
            {
                return -1;
            }
        }

        return node;
    }
}
