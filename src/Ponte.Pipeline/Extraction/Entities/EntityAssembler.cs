using Ponte.Core.Model;
using Ponte.Core.Text;

namespace Ponte.Pipeline.Extraction.Entities;

/// <summary>
/// Turns the candidates into entities: one per referent (candidates linked to one root, and roots of one type with the
/// same folded name), each with its best name, key, roles, other names and every mention, in order of first mention.
/// </summary>
internal static class EntityAssembler
{
    public static List<Entity> Assemble(DocumentScan scan)
    {
        var groups = new Dictionary<(EntityType, string), List<Candidate>>();
        var order = new List<(EntityType, string)>();
        var keyOfRoot = new Dictionary<Candidate, (EntityType, string)>(ReferenceEqualityComparer.Instance);
        foreach (var c in scan.Candidates.OrderBy(c => c.First))
        {
            var root = c.Root;
            if (!keyOfRoot.TryGetValue(root, out var key))
            {
                var name = root.IsReference ? string.Empty : NameFolder.Fold(scan.NameOf(root));
                if (name.Length == 0)
                {
                    continue;
                }

                key = (root.Type, name);
                keyOfRoot[root] = key;
            }

            if (!groups.TryGetValue(key, out var members))
            {
                members = [];
                groups[key] = members;
                order.Add(key);
            }

            members.Add(c);
        }

        var entities = new List<Entity>(order.Count);
        foreach (var key in order)
        {
            var entity = Build(scan, key.Item1, groups[key]);
            if (entity is not null)
            {
                entities.Add(entity);
            }
        }

        return entities;
    }

    private static Entity? Build(DocumentScan scan, EntityType type, List<Candidate> members)
    {
        var names = members.Where(m => !m.IsReference).Select(m => (Candidate: m, Text: scan.NameOf(m))).ToList();
        if (names.Count == 0)
        {
            return null;
        }

        var name = ChooseName(scan, type, members, names);
        var key = NameFolder.Fold(name);
        if (key.Length == 0)
        {
            return null;
        }

        var aliases = new List<string>();
        foreach (var (_, text) in names)
        {
            AddAlias(aliases, name, text);
        }

        foreach (var m in members)
        {
            if (m.Acronym is not null)
            {
                AddAlias(aliases, name, m.Acronym);
            }

            // The gazetteer's name for a place the text spells its own way ("Houson" → "Houston").
            if (m.Canonical is not null && NameFolder.Fold(m.Canonical) != key && type != EntityType.Person)
            {
                AddAlias(aliases, name, m.Canonical);
            }
        }

        var mentions = members
            .Select(m => new Mention(scan.Slice(m.First, m.End), new TextSpan(scan[m.First].Start, scan[m.End - 1].End)))
            .DistinctBy(m => m.Span)
            .OrderBy(m => m.Span.Start)
            .ToList();
        var roleMentions = members.SelectMany(m => m.Roles).OrderBy(r => r.Span.Start).ToList();
        var roles = new List<string>();
        var roleKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roleMentions)
        {
            if (roleKeys.Add(NameFolder.Fold(role.Role)))
            {
                roles.Add(role.Role);
            }
        }

        return new Entity
        {
            Type = type,
            Name = name,
            Key = key,
            Roles = roles,
            RoleMentions = roleMentions,
            Aliases = aliases,
            Mentions = mentions,
        };
    }

    private static string ChooseName(DocumentScan scan, EntityType type, List<Candidate> members, List<(Candidate Candidate, string Text)> names)
    {
        var roots = names.Where(n => n.Candidate.Target is null).ToList();
        if (roots.Count == 0)
        {
            roots = names;
        }

        if (type == EntityType.Person)
        {
            // The fullest form: "Kao Kim Hourn" over "Kao".
            return roots.OrderByDescending(n => PersonFinder.CountWords(scan, n.Candidate.NameFirst, n.Candidate.NameEnd))
                .ThenBy(n => n.Candidate.First)
                .First().Text;
        }

        var foldedTexts = names.Select(n => NameFolder.Fold(n.Text)).ToHashSet(StringComparer.Ordinal);
        var canonical = members.Select(m => m.Canonical).FirstOrDefault(c => c is not null && foldedTexts.Contains(NameFolder.Fold(c)));
        if (canonical is not null)
        {
            return canonical;
        }

        // The spelling the text uses most, preferring one not in capitals ("Bernama" over a "BERNAMA" sign-off).
        return roots
            .GroupBy(n => n.Text, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => IsAllCaps(g.Key) && g.Key.Length > 6 ? 1 : 0)
            .ThenBy(g => g.Min(n => n.Candidate.First))
            .First().Key;
    }

    private static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 1;
    }

    private static void AddAlias(List<string> aliases, string name, string alias)
    {
        if (alias.Length == 0 || string.Equals(alias, name, StringComparison.Ordinal) || aliases.Contains(alias, StringComparer.Ordinal))
        {
            return;
        }

        aliases.Add(alias);
    }
}
