using Ponte.Languages.Gazetteer;

namespace Ponte.Pipeline.Extraction.Entities;

/// <summary>
/// The entity extractor's view of <see cref="Gazetteer"/>: at a position, the longest of a place, an international body
/// (or agreement) and a country adjective; and the place a misspelt name most likely means.
/// </summary>
public sealed class EntityGazetteer : IEntityGazetteer
{
    private readonly Gazetteer _gazetteer;

    /// <summary>Wraps <paramref name="gazetteer"/>.</summary>
    public EntityGazetteer(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
    }

    /// <summary>The view over <see cref="Gazetteer.Default"/>.</summary>
    public static EntityGazetteer Default { get; } = new(Gazetteer.Default);

    /// <inheritdoc />
    public bool TryMatchAt(string text, int start, out GazetteerMatch match)
    {
        match = default;
        if (text is null || (uint)start >= (uint)text.Length)
        {
            return false;
        }

        // One walk finds all three kinds.
        var found = false;
        var all = _gazetteer.MatchAllAt(text, start);
        if (all.Organisation is { } organisation)
        {
            var kind = organisation.Organisation.Kind == OrganisationKind.Agreement ? GazetteerKind.Agreement : GazetteerKind.Organization;
            match = new GazetteerMatch(organisation.Span.End, kind, organisation.Organisation.ShortName);
            found = true;
        }

        // A place wins a tie with a body ("Europe" the continent is no body), and a longer name wins always.
        if (all.Place is { } place && (!found || place.Span.End >= match.End))
        {
            var country = place.Place.Kind is PlaceKind.Country or PlaceKind.Continent or PlaceKind.WorldRegion;
            match = new GazetteerMatch(place.Span.End, GazetteerKind.Place, place.Place.Name, place.Weak, country);
            found = true;
        }

        if (all.Demonym is { } demonym && (!found || demonym.Span.End > match.End))
        {
            match = new GazetteerMatch(demonym.Span.End, GazetteerKind.Demonym, demonym.Country.Name);
            found = true;
        }

        return found;
    }

    /// <inheritdoc />
    public string? FindSimilarPlace(string name) =>
        string.IsNullOrWhiteSpace(name) ? null : _gazetteer.LookupFuzzy(name)?.Name;
}
