namespace Ponte.Pipeline.Extraction.Entities;

/// <summary>What a gazetteer entry names.</summary>
public enum GazetteerKind
{
    /// <summary>A country, capital, city, region or continent.</summary>
    Place,

    /// <summary>An international organisation (ASEAN, the European Union, the United Nations…).</summary>
    Organization,

    /// <summary>A people's or country's adjective ("Italian", "Vietnamese"): never a place by itself.</summary>
    Demonym,

    /// <summary>A multilateral agreement known by name or acronym (RCEP, AFTA): an initiative.</summary>
    Agreement,
}

/// <summary>A gazetteer entry found in the text: where it ends, what it is and its preferred name.</summary>
/// <param name="End">Offset just after the matched text.</param>
/// <param name="Kind">What the entry names.</param>
/// <param name="Name">The entry's preferred name (for a demonym, the country it belongs to).</param>
/// <param name="Weak">The name is also a common word or a personal name somewhere ("Anh", "Đức"): a place only with more evidence.</param>
/// <param name="Country">The place is a country, continent or world region, not a city or province.</param>
public readonly record struct GazetteerMatch(int End, GazetteerKind Kind, string Name, bool Weak = false, bool Country = false);

/// <summary>
/// The place and international-organisation knowledge the entity extractor plugs in. Lookups ignore case and accents;
/// the extractor decides from the text's own capitalisation whether a match is a name.
/// </summary>
public interface IEntityGazetteer
{
    /// <summary>The longest entry whose text starts at <paramref name="start"/> and ends on a word boundary.</summary>
    bool TryMatchAt(string text, int start, out GazetteerMatch match);

    /// <summary>A place whose name is within a small spelling distance of <paramref name="name"/>, or null.</summary>
    string? FindSimilarPlace(string name);
}

/// <summary>A gazetteer that knows nothing: the extractor still finds what titles, heads and acronyms show.</summary>
public sealed class EmptyGazetteer : IEntityGazetteer
{
    /// <summary>The one instance.</summary>
    public static EmptyGazetteer Instance { get; } = new();

    /// <inheritdoc />
    public bool TryMatchAt(string text, int start, out GazetteerMatch match)
    {
        match = default;
        return false;
    }

    /// <inheritdoc />
    public string? FindSimilarPlace(string name) => null;
}
