using Ponte.Core.Knowledge;
using Ponte.Core.Model;
using Ponte.Core.Text;

namespace Ponte.Pipeline.Linking.Entities;

/// <summary>
/// Links every entity of a new document to one store-wide entity, creating it when none matches. Matching goes through
/// keys only (folded name, word-order-free person name, acronym, place id, concept bag), so a document touches only the
/// entities it names. Different people with close names stay apart: persons match on their whole name, never on a part.
/// </summary>
public sealed class EntityResolver
{
    private const int MinContainedConcepts = 3;

    // A role keeps its first sources only: a title repeated by every wire copy would otherwise make each new document cost
    // as much as the role has sources. Its dates still take every document into account.
    private const int MaxRoleSources = 32;
    // This thread's tally of candidates, emptied for each entity rather than allocated anew.
    [ThreadStatic]
    private static Dictionary<string, int>? t_votes;
    private readonly EntityKeyer _keyer;

    public EntityResolver(EntityKeyer keyer)
    {
        ArgumentNullException.ThrowIfNull(keyer);
        _keyer = keyer;
    }

    /// <summary>Resolves the entities of <paramref name="analysis"/> against <paramref name="index"/>, updating it; returns the entity id of each, in order.</summary>
    public IReadOnlyList<string> Resolve(DocumentAnalysis analysis, IKnowledgeIndex index)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(index);
        var document = analysis.Document;
        var language = document.Language.Code;
        var ids = new List<string>(analysis.Entities.Count);
        foreach (var entity in analysis.Entities)
        {
            var keys = _keyer.KeysOf(entity, language);
            var match = FindMatch(entity, keys, index);
            var updated = match is null
                ? Create(entity, keys, document, index)
                : Merge(match, entity, keys, document);
            index.PutEntity(updated);
            ids.Add(updated.Id);
        }

        return ids;
    }

    private static KbEntity? FindMatch(Entity entity, EntityKeys keys, IKnowledgeIndex index)
    {
        var votes = t_votes ??= new Dictionary<string, int>(StringComparer.Ordinal);
        votes.Clear();
        foreach (var id in index.EntitiesByKey(keys.Exact))
        {
            votes[id] = votes.GetValueOrDefault(id) + 3;
        }

        foreach (var key in keys.Strong)
        {
            foreach (var id in index.EntitiesByKey(key))
            {
                votes[id] = votes.GetValueOrDefault(id) + 2;
            }
        }

        if (votes.Count == 0 && keys.Concepts.Count >= MinContainedConcepts)
        {
            ContainedCandidates(keys, index, votes);
        }

        // The most votes wins; among equals, the first id in ordinal order, whatever order the votes came in.
        KbEntity? best = null;
        var bestVotes = 0;
        foreach (var (id, count) in votes)
        {
            if (count < bestVotes || (count == bestVotes && string.CompareOrdinal(id, best!.Id) > 0))
            {
                continue;
            }

            var candidate = index.GetEntity(id);
            if (candidate is not null && candidate.Type == entity.Type)
            {
                best = candidate;
                bestVotes = count;
            }
        }

        return best;
    }

    // A longer name of the same initiative or body ("High-Level Dialogue on ASEAN-Italy Economic Relations") contains every
    // concept of a shorter one ("Italy-ASEAN High-Level Dialogue"); short bags never match this way (ASEAN ≠ ASEAN Secretariat).
    private static void ContainedCandidates(EntityKeys keys, IKnowledgeIndex index, Dictionary<string, int> votes)
    {
        // Only an entity filed under at least MinContainedConcepts of these concepts can share that many: count first, and
        // read just those entities' keys.
        var mine = keys.Concepts.ToHashSet(StringComparer.Ordinal);
        var filedUnder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var concept in mine)
        {
            foreach (var id in index.EntitiesByKey(concept, 256))
            {
                filedUnder[id] = filedUnder.GetValueOrDefault(id) + 1;
            }
        }

        var theirs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, count) in filedUnder)
        {
            if (count < MinContainedConcepts || index.GetEntity(id) is not { } other)
            {
                continue;
            }

            theirs.Clear();
            foreach (var key in other.Keys)
            {
                if (key.Contains(":c:", StringComparison.Ordinal))
                {
                    theirs.Add(key);
                }
            }

            if (theirs.Count < MinContainedConcepts)
            {
                continue;
            }

            var shared = mine.Count(theirs.Contains);
            if (shared == Math.Min(mine.Count, theirs.Count))
            {
                votes[id] = 1;
            }
        }
    }

    private static KbEntity Create(Entity entity, EntityKeys keys, Document document, IKnowledgeIndex index)
    {
        var baseId = EntityKeyer.Prefix(entity.Type) + Slug(entity.Name);
        var id = baseId;
        for (var n = 2; index.GetEntity(id) is not null; n++)
        {
            id = baseId + "-" + n;
        }

        return Merge(
            new KbEntity { Id = id, Type = entity.Type, Name = entity.Name },
            entity,
            keys,
            document);
    }

    private static KbEntity Merge(KbEntity known, Entity entity, EntityKeys keys, Document document)
    {
        var language = document.Language.Code;
        // A person's mentions include pronouns and role references ("he", "the minister"): never names. Other entities'
        // mentions are spellings of the name ("Houson" for Houston), which cross-document matching needs.
        var spellings = entity.Type == EntityType.Person ? [] : entity.Mentions.Select(m => m.Text);
        var knownNames = known.Names.GetValueOrDefault(language) ?? [];
        List<string>? added = null;
        foreach (var name in new[] { entity.Name }.Concat(entity.Aliases).Concat(spellings))
        {
            if (!string.IsNullOrWhiteSpace(name) && !knownNames.Contains(name, StringComparer.Ordinal) && !(added?.Contains(name, StringComparer.Ordinal) ?? false))
            {
                (added ??= []).Add(name);
            }
        }

        // No list of documents is kept on the entity: an entity named everywhere (a country) would make every new document
        // cost as much as the store is large. The document links record which documents name it. What is already known is
        // kept as it is, not copied: most documents add nothing to a known entity but its roles' dates.
        return known with
        {
            Name = PreferredName(known.Name, entity.Name, language),
            Names = added is null && known.Names.ContainsKey(language) ? known.Names : WithNames(known.Names, language, knownNames, added),
            Keys = WithKeys(known.Keys, keys),
            Roles = MergeRoles(known.Roles, entity.Roles, document),
        };
    }

    // The names by language with this language's list extended, in the order the languages came.
    private static Dictionary<string, IReadOnlyList<string>> WithNames(
        IReadOnlyDictionary<string, IReadOnlyList<string>> names, string language, IReadOnlyList<string> known, List<string>? added)
    {
        var merged = new Dictionary<string, IReadOnlyList<string>>(names.Count + 1, StringComparer.Ordinal);
        foreach (var (code, list) in names)
        {
            merged[code] = list;
        }

        merged[language] = added is null ? known : [.. known, .. added];
        return merged;
    }

    // The known keys followed by the new ones not among them, each once; the known list itself when nothing is new. Keys
    // are distinct on every entity, as this is the only place that makes them.
    private static IReadOnlyList<string> WithKeys(IReadOnlyList<string> known, EntityKeys keys)
    {
        List<string>? added = null;
        void Consider(string key)
        {
            if (!known.Contains(key, StringComparer.Ordinal) && !(added?.Contains(key, StringComparer.Ordinal) ?? false))
            {
                (added ??= []).Add(key);
            }
        }

        Consider(keys.Exact);
        foreach (var key in keys.Strong)
        {
            Consider(key);
        }

        foreach (var key in keys.Concepts)
        {
            Consider(key);
        }

        return added is null ? known : [.. known, .. added];
    }

    // English names read best across a multilingual store; among equals, the spelling with diacritics carries more.
    private static string PreferredName(string current, string candidate, string language)
    {
        if (current == candidate)
        {
            return current;
        }

        if (NameFolder.Fold(current) == NameFolder.Fold(candidate))
        {
            return Diacritics(candidate) > Diacritics(current) ? candidate : current;
        }

        return language == "en" && EntityKeyer.IsAcronym(current) && !EntityKeyer.IsAcronym(candidate) ? candidate : current;
    }

    private static int Diacritics(string s) => s.Count(c => c > 0x7F);

    private static IReadOnlyList<KbRole> MergeRoles(IReadOnlyList<KbRole> known, IReadOnlyList<string> roles, Document document)
    {
        if (roles.Count == 0)
        {
            return known;
        }

        var merged = known.ToList();
        foreach (var role in roles)
        {
            var key = NameFolder.Fold(role);
            var at = merged.FindIndex(r => NameFolder.Fold(r.Role) == key);
            var when = document.Published;
            if (at < 0)
            {
                merged.Add(new KbRole(role, when, when, [document.Id]));
                continue;
            }

            var r = merged[at];
            merged[at] = r with
            {
                From = PartialDate.EarliestOf(r.From, when),
                To = PartialDate.LatestOf(r.To, when),
                Documents = r.Documents.Count >= MaxRoleSources || r.Documents.Contains(document.Id) ? r.Documents : [.. r.Documents, document.Id],
            };
        }

        return merged;
    }

    private static string Slug(string name)
    {
        var folded = NameFolder.Fold(name).Replace(' ', '-');
        return folded.Length == 0 ? "x" : folded.Length > 60 ? folded[..60] : folded;
    }
}
