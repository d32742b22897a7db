using Ponte.Languages.Gazetteer;

namespace Ponte.Pipeline.Extraction.Entities;

/// <summary>The entity extractor's view of the multilingual gazetteer: places, international bodies and demonyms.</summary>
public sealed class EntityGazetteer(Gazetteer gazetteer) : IEntityGazetteer
{
    /// <summary>The view over the bundled gazetteer.</summary>
    public static EntityGazetteer Default { get; } = new(Gazetteer.Default);

    /// <inheritdoc />
    public bool TryMatchAt(string text, int start, out GazetteerMatch match)
    {
        match = default;
        var end = -1;
        if (gazetteer.TryMatchAt(text, start, out var place) && !place.Weak)
        {
            end = place.Span.End;
            match = new GazetteerMatch(end, GazetteerKind.Place, place.Place.Name);
        }

        if (gazetteer.TryMatchOrganisationAt(text, start, out var body) && body.Span.End > end)
        {
            end = body.Span.End;
            match = new GazetteerMatch(end, GazetteerKind.Organization, body.Organisation.Name);
        }

        if (gazetteer.TryMatchDemonymAt(text, start, out var demonym) && demonym.Span.End > end)
        {
            end = demonym.Span.End;
            match = new GazetteerMatch(end, GazetteerKind.Demonym, demonym.Country.Name);
        }

        return end > start;
    }

    /// <inheritdoc />
    public string? FindSimilarPlace(string name) => gazetteer.LookupFuzzy(name)?.Name;
}
