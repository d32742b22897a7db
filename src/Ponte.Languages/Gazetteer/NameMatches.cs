namespace Ponte.Languages.Gazetteer;

/// <summary>What <see cref="Gazetteer.MatchAllAt"/> found at one position: each kind's longest name, or null.</summary>
/// <param name="Place">The longest place name.</param>
/// <param name="Organisation">The longest organisation name or acronym.</param>
/// <param name="Demonym">The longest country adjective or demonym.</param>
public readonly record struct NameMatches(PlaceMatch? Place, OrganisationMatch? Organisation, DemonymMatch? Demonym)
{
    /// <summary>Whether anything was found.</summary>
    public bool Any => Place is not null || Organisation is not null || Demonym is not null;
}
