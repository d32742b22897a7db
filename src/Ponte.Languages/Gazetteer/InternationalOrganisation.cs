using Ponte.Core.Model;

namespace Ponte.Languages.Gazetteer;

/// <summary>Whether an entry of the organisations list is a body or a multilateral agreement.</summary>
public enum OrganisationKind
{
    /// <summary>An organisation, institution or grouping of states (ASEAN, European Commission, G20).</summary>
    Organisation,

    /// <summary>A multilateral agreement or trade area known by an acronym (RCEP, CPTPP, AFTA): an initiative, not a body.</summary>
    Agreement,
}

/// <summary>An international organisation or grouping (ASEAN, European Union, IMF, G20…) with its names and acronyms.</summary>
/// <param name="Id">Stable lower-case id ("asean", "eu").</param>
/// <param name="Name">The canonical English name.</param>
/// <param name="Kind">A body, or a multilateral agreement.</param>
/// <param name="Acronyms">Acronyms in any language, the usual English one first (may be empty).</param>
/// <param name="Names">Full names per language code, the preferred one first.</param>
public sealed record InternationalOrganisation(
    string Id,
    string Name,
    OrganisationKind Kind,
    IReadOnlyList<string> Acronyms,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Names)
{
    /// <summary>The usual acronym, or the English name when it has none.</summary>
    public string ShortName => Acronyms.Count > 0 ? Acronyms[0] : Name;

    /// <summary>The preferred full name in <paramref name="language"/>, or the English one when the data has none.</summary>
    public string NameIn(string language) =>
        Names.TryGetValue(language, out var names) && names.Count > 0 ? names[0] : Name;

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Id})";
}

/// <summary>An organisation name or acronym found in a text.</summary>
/// <param name="Span">Where the name is in the text.</param>
/// <param name="Organisation">The organisation.</param>
/// <param name="IsAcronym">The text is one of its acronyms rather than a full name.</param>
public readonly record struct OrganisationMatch(TextSpan Span, InternationalOrganisation Organisation, bool IsAcronym);

/// <summary>An adjective or demonym of a country found in a text ("Italian", "vietnamita", "Malaysia" in "syarikat Malaysia").</summary>
/// <param name="Span">Where the word is in the text.</param>
/// <param name="Country">The country it refers to.</param>
public readonly record struct DemonymMatch(TextSpan Span, Place Country);
