using System.Runtime.InteropServices;

namespace Ponte.Pipeline;

/// <summary>
/// One list per thread and item type for gathering items whose count varies by script (Vietnamese syllables, Thai words):
/// items are gathered in it, then copied into a list of their exact size, and it goes back to the thread — unless a huge
/// text grew it past <see cref="MaxKept"/>. A list that doubles as it grows wastes half, per document.
/// </summary>
internal static class ScratchList<T>
{
    /// <summary>Capacity above which a scratch list is dropped rather than kept.</summary>
    public const int MaxKept = 1 << 16;

    [ThreadStatic]
    private static List<T>? t_list;

    /// <summary>This thread's empty scratch list (a new one when it is in use or was dropped).</summary>
    public static List<T> Take()
    {
        var list = t_list ?? new List<T>(1024);
        t_list = null;
        list.Clear();
        return list;
    }

    /// <summary>The items of <paramref name="scratch"/> in a list exactly as long; the scratch list goes back to the thread.</summary>
    public static List<T> ToExact(List<T> scratch)
    {
        var exact = new List<T>(scratch.Count);
        exact.AddRange(CollectionsMarshal.AsSpan(scratch));
        if (scratch.Capacity <= MaxKept)
        {
            scratch.Clear();
            t_list = scratch;
        }

        return exact;
    }
}
