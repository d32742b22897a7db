using Ponte.Core.Text;
using Ponte.Pipeline.Extraction.Entities;

namespace Ponte.Tests.Extraction.Entities;

/// <summary>
/// A handful of places, bodies and demonyms standing in for the real gazetteer, so these tests say what the extractor
/// does with gazetteer knowledge without depending on the gazetteer's contents.
/// </summary>
internal sealed class TestGazetteer : IEntityGazetteer
{
    private static readonly (string Name, GazetteerKind Kind, string Canonical)[] Entries =
    [
        ("Italy", GazetteerKind.Place, "Italy"), ("Italia", GazetteerKind.Place, "Italy"), ("Vietnam", GazetteerKind.Place, "Vietnam"),
        ("Việt Nam", GazetteerKind.Place, "Vietnam"), ("Viet Nam", GazetteerKind.Place, "Vietnam"), ("Rome", GazetteerKind.Place, "Rome"),
        ("Roma", GazetteerKind.Place, "Rome"), ("Jakarta", GazetteerKind.Place, "Jakarta"), ("Ho Chi Minh", GazetteerKind.Place, "Ho Chi Minh City"),
        ("Ho Chi Minh City", GazetteerKind.Place, "Ho Chi Minh City"), ("Thành phố Hồ Chí Minh", GazetteerKind.Place, "Ho Chi Minh City"),
        ("Hà Nội", GazetteerKind.Place, "Hanoi"), ("Hanoi", GazetteerKind.Place, "Hanoi"),
        ("Southeast Asia", GazetteerKind.Place, "Southeast Asia"), ("Đông Nam Á", GazetteerKind.Place, "Southeast Asia"),
        ("Asia", GazetteerKind.Place, "Asia"), ("châu Á", GazetteerKind.Place, "Asia"), ("châu Âu", GazetteerKind.Place, "Europe"),
        ("Europe", GazetteerKind.Place, "Europe"), ("Bangkok", GazetteerKind.Place, "Bangkok"), ("Thailand", GazetteerKind.Place, "Thailand"),
        ("Thái Lan", GazetteerKind.Place, "Thailand"), ("Houston", GazetteerKind.Place, "Houston"), ("Texas", GazetteerKind.Place, "Texas"),
        ("Mỹ", GazetteerKind.Place, "United States"), ("United States", GazetteerKind.Place, "United States"),
        ("US", GazetteerKind.Place, "United States"), ("Malaysia", GazetteerKind.Place, "Malaysia"),
        ("Kuala Lumpur", GazetteerKind.Place, "Kuala Lumpur"), ("Indonesia", GazetteerKind.Place, "Indonesia"),
        ("Singapore", GazetteerKind.Place, "Singapore"), ("Philippines", GazetteerKind.Place, "Philippines"),
        ("Pilipinas", GazetteerKind.Place, "Philippines"), ("Manila", GazetteerKind.Place, "Manila"), ("Milan", GazetteerKind.Place, "Milan"),
        ("Milano", GazetteerKind.Place, "Milan"), ("Japan", GazetteerKind.Place, "Japan"), ("China", GazetteerKind.Place, "China"),
        ("Cambodia", GazetteerKind.Place, "Cambodia"), ("Phnom Penh", GazetteerKind.Place, "Phnom Penh"), ("Lào", GazetteerKind.Place, "Laos"),
        ("Laos", GazetteerKind.Place, "Laos"), ("Myanmar", GazetteerKind.Place, "Myanmar"), ("Brunei", GazetteerKind.Place, "Brunei"),
        ("Putrajaya", GazetteerKind.Place, "Putrajaya"), ("Bali", GazetteerKind.Place, "Bali"), ("Đà Nẵng", GazetteerKind.Place, "Da Nang"),
        ("Napoli", GazetteerKind.Place, "Naples"), ("Venezia", GazetteerKind.Place, "Venice"), ("Italya", GazetteerKind.Place, "Italy"),
        ("Vietnam", GazetteerKind.Place, "Vietnam"), ("ประเทศไทย", GazetteerKind.Place, "Thailand"), ("อิตาลี", GazetteerKind.Place, "Italy"),
        ("กรุงเทพฯ", GazetteerKind.Place, "Bangkok"), ("Geneva", GazetteerKind.Place, "Geneva"), ("Seoul", GazetteerKind.Place, "Seoul"),
        ("ASEAN", GazetteerKind.Organization, "ASEAN"), ("European Union", GazetteerKind.Organization, "European Union"),
        ("EU", GazetteerKind.Organization, "European Union"), ("European Commission", GazetteerKind.Organization, "European Commission"),
        ("United Nations", GazetteerKind.Organization, "United Nations"), ("UN", GazetteerKind.Organization, "United Nations"),
        ("Liên hợp quốc", GazetteerKind.Organization, "United Nations"), ("อาเซียน", GazetteerKind.Organization, "ASEAN"),
        ("Italian", GazetteerKind.Demonym, "Italy"), ("Vietnamese", GazetteerKind.Demonym, "Vietnam"),
        ("Malaysian", GazetteerKind.Demonym, "Malaysia"), ("Indonesian", GazetteerKind.Demonym, "Indonesia"),
        ("Thai", GazetteerKind.Demonym, "Thailand"), ("Filipino", GazetteerKind.Demonym, "Philippines"),
        ("Japanese", GazetteerKind.Demonym, "Japan"), ("Chinese", GazetteerKind.Demonym, "China"),
        ("italiano", GazetteerKind.Demonym, "Italy"), ("italiana", GazetteerKind.Demonym, "Italy"),
        ("vietnamita", GazetteerKind.Demonym, "Vietnam"),
    ];

    private static readonly Dictionary<string, (GazetteerKind Kind, string Canonical)> ByKey = Build();

    public static TestGazetteer Instance { get; } = new();

    public bool TryMatchAt(string text, int start, out GazetteerMatch match)
    {
        match = default;
        var found = false;
        var end = start;
        for (var words = 0; words < 5 && end < text.Length; words++)
        {
            var wordStart = end;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || char.GetUnicodeCategory(text[end]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                end++;
            }

            if (end == wordStart)
            {
                break;
            }

            // Thai and other unspaced scripts: any prefix may be an entry.
            if (ByKey.TryGetValue(NameFolder.Fold(text.AsSpan(start, end - start)), out var entry))
            {
                match = new GazetteerMatch(end, entry.Kind, entry.Canonical);
                found = true;
            }

            if (end >= text.Length || text[end] is not (' ' or '-'))
            {
                break;
            }

            end++;
        }

        return found;
    }

    public string? FindSimilarPlace(string name)
    {
        var key = NameFolder.Fold(name);
        foreach (var (candidate, value) in ByKey)
        {
            if (value.Kind == GazetteerKind.Place && candidate.Length >= 4 && Distance(candidate, key) == 1)
            {
                return value.Canonical;
            }
        }

        return null;
    }

    private static Dictionary<string, (GazetteerKind, string)> Build()
    {
        var map = new Dictionary<string, (GazetteerKind, string)>(StringComparer.Ordinal);
        foreach (var (name, kind, canonical) in Entries)
        {
            map.TryAdd(NameFolder.Fold(name), (kind, canonical));
        }

        return map;
    }

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return 2;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
