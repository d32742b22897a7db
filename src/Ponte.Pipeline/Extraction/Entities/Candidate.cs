using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Entities;

/// <summary>Why a candidate was proposed; kept for ordering claims and for reading test output.</summary>
internal enum Evidence
{
    Acronym,
    Head,
    Quote,
    List,
    Noun,
    Agency,
    Gazetteer,
    Title,
    Apposition,
    Byline,
    Speech,
    NamePattern,
    Place,
    Coreference,
}

/// <summary>
/// One proposed mention of an entity: its units in the text, the units that give its name, and what the text says
/// about it. A candidate with a <see cref="Target"/> is a further mention of the target's entity.
/// </summary>
internal sealed class Candidate
{
    public required EntityType Type { get; set; }

    /// <summary>Position in the scan's candidate list, once claimed.</summary>
    public int Index { get; set; } = -1;

    public required Evidence Evidence { get; init; }

    /// <summary>First unit of the mention.</summary>
    public required int First { get; set; }

    /// <summary>Unit after the mention.</summary>
    public required int End { get; set; }

    /// <summary>First unit of the name (an ordinal or a common noun may come before it).</summary>
    public int NameFirst { get; set; }

    /// <summary>Unit after the name.</summary>
    public int NameEnd { get; set; }

    /// <summary>Units inside the name left out of it ("lần thứ 9" in a Vietnamese dialogue's name), or -1.</summary>
    public int SkipFirst { get; set; } = -1;

    /// <summary>Unit after the skipped units.</summary>
    public int SkipEnd { get; set; } = -1;

    /// <summary>The spelling the entity prefers (a gazetteer's or agency list's), when known.</summary>
    public string? Canonical { get; set; }

    /// <summary>A short form the text defines for it ("ACR").</summary>
    public string? Acronym { get; set; }

    /// <summary>The entity this mention refers to, for short forms, acronyms, pronouns and role references.</summary>
    public Candidate? Target { get; set; }

    private List<RoleMention>? _roles;

    /// <summary>Roles the text gives a person at this mention.</summary>
    public IReadOnlyList<RoleMention> Roles => _roles is null ? [] : _roles;

    /// <summary>Records a role the text gives a person at this mention.</summary>
    public void AddRole(RoleMention role) => (_roles ??= []).Add(role);

    /// <summary>A name recognised only to keep other rules off it (a venue): never reported.</summary>
    public bool Hidden { get; init; }

    /// <summary>A mention that only refers (pronoun, role): never a name of its own.</summary>
    public bool IsReference { get; init; }

    /// <summary>The entity this candidate names, following <see cref="Target"/> links.</summary>
    public Candidate Root
    {
        get
        {
            var c = this;
            for (var guard = 0; c.Target is not null && guard < 16; guard++)
            {
                c = c.Target;
            }

            return c;
        }
    }

    /// <summary>A <see cref="Group"/> before assembly has looked at the candidate.</summary>
    public const int Ungrouped = -1;

    /// <summary>A <see cref="Group"/> for a root with no name to group by: its mentions are dropped.</summary>
    public const int Nameless = -2;

    /// <summary>The group of mentions assembly put this root in, or <see cref="Ungrouped"/> or <see cref="Nameless"/>.</summary>
    public int Group { get; set; } = Ungrouped;

    /// <summary>The folded key of the name as last computed (see <see cref="DocumentScan.KeyOf"/>), or null.</summary>
    public string? CachedKey { get; set; }

    /// <summary>The name's bounds (first, end, skipped first, skipped end) <see cref="CachedKey"/> was computed for.</summary>
    public (int First, int End, int SkipFirst, int SkipEnd) CachedKeyFor { get; set; }

    public override string ToString() => $"{Type} {Evidence} [{First},{End})";
}
