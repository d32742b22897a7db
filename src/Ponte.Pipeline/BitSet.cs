namespace Ponte.Pipeline;

/// <summary>
/// A fixed set of small integers, one bit each: the filters that tell, without hashing, that a word starts no entry of a
/// table (by first characters and length).
/// </summary>
internal sealed class BitSet(int size)
{
    private readonly ulong[] _words = new ulong[(size + 63) / 64];

    /// <summary>Adds <paramref name="bit"/>.</summary>
    public void Add(int bit) => _words[bit >> 6] |= 1UL << (bit & 63);

    /// <summary>Whether <paramref name="bit"/> was added.</summary>
    public bool Contains(int bit) => (_words[bit >> 6] & (1UL << (bit & 63))) != 0;

    /// <summary>The ASCII characters equal to <paramref name="c"/> under <see cref="StringComparison.OrdinalIgnoreCase"/>.</summary>
    public static List<char> AsciiEquivalents(char c)
    {
        var equal = new List<char>();
        for (var a = '\0'; a < 128; a++)
        {
            if (string.Equals(c.ToString(), a.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                equal.Add(a);
            }
        }

        return equal;
    }
}
