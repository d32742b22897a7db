using Ponte.Core.Model;
using Ponte.Core.Text;
using Ponte.Languages.Gazetteer;

namespace Ponte.Pipeline.Linking.Entities;

/// <summary>Resolves place and international-body names through the multilingual gazetteer and the outlet list.</summary>
public sealed class GazetteerPlaceResolver(Gazetteer gazetteer, IReadOnlyDictionary<string, string> outlets) : IPlaceResolver
{
    public string? PlaceId(string name, bool allowTypos)
    {
        var place = gazetteer.Lookup(name) ?? (allowTypos ? gazetteer.LookupFuzzy(name) : null);
        return place?.Id;
    }

    public string? OrganisationId(string name) =>
        gazetteer.LookupOrganisation(name)?.Id
        ?? (outlets.TryGetValue(NameFolder.Fold(name), out var outlet) ? "outlet:" + outlet : null);

    public bool IsBackground(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Type switch
        {
            EntityType.Location => gazetteer.Lookup(entity.Name) is { Kind: not (PlaceKind.Capital or PlaceKind.City) },
            EntityType.Organization or EntityType.Initiative => entity.Aliases.Prepend(entity.Name).Any(n => OrganisationId(n) is not null),
            _ => false,
        };
    }
}
