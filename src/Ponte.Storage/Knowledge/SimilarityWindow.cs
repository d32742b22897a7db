using System.Data.Common;
using Dapper;
using Ponte.Core.Knowledge;

namespace Ponte.Storage.Knowledge;

/// <summary>
/// The text-similarity keys (see <see cref="StoryKeys.SimilarityPrefix"/>) of the last <c>capacity</c> story filings: held
/// in memory, kept on disk as one appended row per filing (<c>kb_band</c>), and read back in full when first needed.
/// </summary>
/// <remarks>
/// A document files twelve such keys, and almost none is ever named again: kept with the other story keys they were half of
/// every flush's rows, each landing at a random place of an ever larger b-tree, and the flush grew with the store. Here a
/// flush appends one row per document and drops the rows that left the window, whatever the store's size. What a lookup
/// returns depends only on the last <c>capacity</c> filings (a story filed again under a key moves to its newest place), so
/// the same documents link the same way after a reopen. Versions of one wire story arrive close together; a filing older
/// than the window still links through the story's entities, days and figures.
/// </remarks>
internal sealed class SimilarityWindow(DbConnection connection, int capacity)
{
    /// <summary>Filings kept by default: about 25 MiB of memory.</summary>
    public const int DefaultCapacity = 50_000;

    public static readonly IReadOnlyList<string> Schema =
    [
        "CREATE TABLE IF NOT EXISTS kb_band (seq BIGINT PRIMARY KEY, story_id TEXT NOT NULL, keys TEXT NOT NULL)",
    ];

    // Keys by a 64-bit hash of their text (a collision every ~10^8 windows of this size): a string per key cost most of
    // the window's memory. Most keys hold one story, kept inline; the rest spill into a list.
    private readonly Dictionary<ulong, Posting> _postings = [];
    private readonly Queue<(long Seq, ulong[] Keys)> _filings = new();
    private readonly List<(long Seq, string Story, string Keys)> _pending = [];
    private long _next;
    private bool _loaded;

    /// <summary>Stories filed under <paramref name="key"/> in the window, newest first (at most <paramref name="limit"/>), and how many.</summary>
    public (IReadOnlyList<string> Ids, int Total) StoriesByKey(string key, int limit)
    {
        Load();
        if (!_postings.TryGetValue(Hash(key), out var posting))
        {
            return ([], 0);
        }

        if (posting.More is null)
        {
            return (limit > 0 ? [posting.Story] : [], 1);
        }

        var more = posting.More;
        var ids = new List<string>(Math.Min(limit, more.Count));
        for (var i = more.Count - 1; i >= 0 && ids.Count < limit; i--)
        {
            ids.Add(more[i].Story);
        }

        return (ids, more.Count);
    }

    /// <summary>Files <paramref name="story"/> under <paramref name="keys"/> as the newest filing, to be written with <see cref="Pending"/>.</summary>
    public void File(string story, IReadOnlyList<string> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        Load();
        var seq = _next++;
        Apply(seq, story, keys);
        _pending.Add((seq, story, string.Join(' ', keys)));
    }

    /// <summary>The filings not yet written, oldest first, as <c>kb_band</c> rows (see <see cref="Committed"/>).</summary>
    public IReadOnlyList<(long Seq, string Story, string Keys)> Pending => _pending;

    /// <summary>The first filing number still in the window: the rows before it can go.</summary>
    public long Oldest => _next - capacity;

    /// <summary>Forgets the written filings once their transaction committed (until then a failed flush can write them again).</summary>
    public void Committed() => _pending.Clear();

    private void Load()
    {
        if (_loaded)
        {
            return;
        }

        _loaded = true;
        var rows = connection.Query<(long Seq, string Story, string Keys)>(
            "SELECT seq, story_id, keys FROM kb_band ORDER BY seq DESC LIMIT @capacity", new { capacity }).ToArray();
        for (var i = rows.Length - 1; i >= 0; i--)
        {
            Apply(rows[i].Seq, rows[i].Story, rows[i].Keys.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            _next = rows[i].Seq + 1;
        }
    }

    private void Apply(long seq, string story, IReadOnlyList<string> keys)
    {
        var hashes = new ulong[keys.Count];
        for (var k = 0; k < hashes.Length; k++)
        {
            var hash = hashes[k] = Hash(keys[k]);
            if (!_postings.TryGetValue(hash, out var posting))
            {
                _postings[hash] = new Posting(seq, story, null);
                continue;
            }

            var more = posting.More ?? [(posting.Seq, posting.Story)];
            more.RemoveAll(e => string.Equals(e.Story, story, StringComparison.Ordinal));
            more.Add((seq, story));
            _postings[hash] = new Posting(seq, story, more.Count > 1 ? more : null);
        }

        _filings.Enqueue((seq, hashes));
        while (_filings.Count > capacity)
        {
            Evict(_filings.Dequeue());
        }
    }

    private void Evict((long Seq, ulong[] Keys) filing)
    {
        foreach (var hash in filing.Keys)
        {
            if (!_postings.TryGetValue(hash, out var posting))
            {
                continue;
            }

            if (posting.More is not { } more)
            {
                if (posting.Seq == filing.Seq)
                {
                    _postings.Remove(hash);
                }

                continue;
            }

            more.RemoveAll(e => e.Seq == filing.Seq);
            if (more.Count == 1)
            {
                _postings[hash] = new Posting(more[0].Seq, more[0].Story, null);
            }
        }
    }

    // FNV-1a over the key's UTF-16 code units: stable across runs, unlike string.GetHashCode.
    private static ulong Hash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>The newest story filed under a key, and every filing under it in order when there is more than one.</summary>
    private readonly record struct Posting(long Seq, string Story, List<(long Seq, string Story)>? More);
}
