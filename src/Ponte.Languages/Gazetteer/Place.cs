using Ponte.Core.Model;

namespace Ponte.Languages.Gazetteer;

/// <summary>What sort of place a gazetteer entry is.</summary>
public enum PlaceKind
{
    /// <summary>A sovereign state or territory with an ISO 3166-1 code.</summary>
    Country,

    /// <summary>A continent (Asia, Europe…).</summary>
    Continent,

    /// <summary>A region of the world spanning countries (Southeast Asia, Mekong, Middle East…).</summary>
    WorldRegion,

    /// <summary>The capital city of a country.</summary>
    Capital,

    /// <summary>A city that is not a national capital.</summary>
    City,

    /// <summary>A state of a federation (Texas, Sabah…).</summary>
    State,

    /// <summary>Another first-level region or province (Lombardy, Bali…).</summary>
    Region,
}

/// <summary>A place the gazetteer knows, with its names in every language it has them for.</summary>
/// <param name="Id">Stable id: ISO 3166-1 alpha-2 for countries ("VN"), ISO 3166-2 for states ("US-TX"), "M49-035" for
/// UN areas, "VN.ho-chi-minh-city" for cities.</param>
/// <param name="Name">The canonical English name.</param>
/// <param name="Kind">What sort of place it is.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of the country it lies in; null for continents and world regions.</param>
/// <param name="Names">Names per language code, the preferred one first.</param>
public sealed record Place(
    string Id,
    string Name,
    PlaceKind Kind,
    string? CountryCode,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Names)
{
    /// <summary>The preferred name in <paramref name="language"/>, or the English one when the gazetteer has none.</summary>
    public string NameIn(string language) =>
        Names.TryGetValue(language, out var names) && names.Count > 0 ? names[0] : Name;

    /// <summary>The kind as written in data and JSON ("country", "world-region"…).</summary>
    public string KindName => PlaceKinds.ToName(Kind);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({KindName} {Id})";
}

/// <summary>A place name found in a text.</summary>
/// <param name="Span">Where the name is in the text.</param>
/// <param name="Place">The best place for the name (countries before regions before capitals before cities before states).</param>
/// <param name="Weak">The name is also a common word or a personal name in some language (Vietnamese "Đức", "Anh"):
/// callers should want more evidence before trusting it.</param>
public readonly record struct PlaceMatch(TextSpan Span, Place Place, bool Weak);

/// <summary>Conversions between <see cref="PlaceKind"/> and its data spelling.</summary>
public static class PlaceKinds
{
    /// <summary>The data spelling of a kind ("world-region").</summary>
    public static string ToName(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => "country",
        PlaceKind.Continent => "continent",
        PlaceKind.WorldRegion => "world-region",
        PlaceKind.Capital => "capital",
        PlaceKind.City => "city",
        PlaceKind.State => "state",
        _ => "region",
    };

    /// <summary>Parses the data spelling of a kind; false for an unknown one.</summary>
    public static bool TryParse(string name, out PlaceKind kind)
    {
        kind = name switch
        {
            "country" => PlaceKind.Country,
            "continent" => PlaceKind.Continent,
            "world-region" => PlaceKind.WorldRegion,
            "capital" => PlaceKind.Capital,
            "city" => PlaceKind.City,
            "state" => PlaceKind.State,
            "region" => PlaceKind.Region,
            _ => (PlaceKind)(-1),
        };
        return (int)kind >= 0;
    }
}
