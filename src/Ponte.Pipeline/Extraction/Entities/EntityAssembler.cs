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
        // Groups of candidates with one root key, numbered in order of first mention; a root remembers its group.
        var groupOf = new Dictionary<(EntityType, string), int>();
        var order = new List<(EntityType, string)>();
        var groups = new List<List<Candidate>>();
        // Sorted in a pooled copy; Array.Sort on a span sorts as it does on an array.
        var count = scan.Candidates.Count;
        var rented = System.Buffers.ArrayPool<Candidate>.Shared.Rent(Math.Max(1, count));
        var candidates = rented.AsSpan(0, count);
        scan.Candidates.CopyTo(candidates);
        foreach (var c in candidates)
        {
            c.Group = Candidate.Ungrouped;
        }

        candidates.Sort(static (a, b) => a.First.CompareTo(b.First));
        foreach (var c in candidates)
        {
            var root = c.Root;
            if (root.Hidden || root.Group == Candidate.Nameless)
            {
                continue;
            }

            if (root.Group == Candidate.Ungrouped)
            {
                var name = root.IsReference ? string.Empty : scan.KeyOf(root);
                if (name.Length == 0)
                {
                    root.Group = Candidate.Nameless;
                    continue;
                }

                var key = (root.Type, name);
                if (!groupOf.TryGetValue(key, out var group))
                {
                    group = order.Count;
                    groupOf[key] = group;
                    order.Add(key);
                    groups.Add([]);
                }

                root.Group = group;
            }

            groups[root.Group].Add(c);
        }

        candidates.Clear();
        System.Buffers.ArrayPool<Candidate>.Shared.Return(rented);

        // One referent may still be split: a body and its acronym used alone ("Association of Southeast Asian Nations
        // (ASEAN)" and later "ASEAN"), or one gazetteer place or body under several names ("Lao", "Laos", "Lao PDR").
        var parent = new int[order.Count];
        for (var g = 0; g < parent.Length; g++)
        {
            parent[g] = g;
        }

        var byCanonical = new Dictionary<(EntityType, string), int>();
        for (var g = 0; g < order.Count; g++)
        {
            foreach (var c in groups[g])
            {
                if (c.Acronym is { } acronym && groupOf.TryGetValue((order[g].Item1, NameFolder.Fold(acronym)), out var other))
                {
                    Union(parent, g, other);
                }

                if (c.Canonical is { } canonical && order[g].Item1 != EntityType.Person)
                {
                    if (byCanonical.TryGetValue((order[g].Item1, canonical), out var same))
                    {
                        Union(parent, g, same);
                    }
                    else
                    {
                        byCanonical[(order[g].Item1, canonical)] = g;
                    }
                }
            }
        }

        // A merged group's representative is its earliest, so joining later groups onto it keeps first-mention order.
        var entities = new List<Entity>(order.Count);
        for (var g = 0; g < order.Count; g++)
        {
            var root = Find(parent, g);
            if (root != g)
            {
                groups[root].AddRange(groups[g]);
            }
        }

        var scratch = new Scratch();
        for (var g = 0; g < order.Count; g++)
        {
            if (parent[g] != g)
            {
                continue;
            }

            var members = groups[g];
            members.Sort((a, b) => a.First.CompareTo(b.First));
            var entity = Build(scan, order[g].Item1, members, scratch);
            if (entity is not null)
            {
                entities.Add(entity);
            }
        }

        return entities;
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    // The earlier group stays the representative, so entities keep the order of their first mention.
    private static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a != b)
        {
            parent[Math.Max(a, b)] = Math.Min(a, b);
        }
    }

    // Working sets every entity's build clears and reuses, so a document's entities share one set of each.
    private sealed class Scratch
    {
        public List<(Candidate Candidate, string Text, string Key)> Names { get; } = [];

        public List<(Candidate Candidate, string Text, string Key)> Roots { get; } = [];

        public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);

        public HashSet<TextSpan> Spans { get; } = [];

        public HashSet<string> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Tried { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);
    }

    private static Entity? Build(DocumentScan scan, EntityType type, List<Candidate> members, Scratch scratch)
    {
        var names = scratch.Names;
        names.Clear();
        foreach (var m in members)
        {
            if (!m.IsReference)
            {
                names.Add((m, scan.NameOf(m), scan.KeyOf(m)));
            }
        }

        if (names.Count == 0)
        {
            return null;
        }

        var name = ChooseName(scan, type, members, names, scratch);
        var key = NameFolder.Fold(name);
        if (key.Length == 0)
        {
            return null;
        }

        List<string>? aliases = null;
        var aliasSet = scratch.Aliases;
        aliasSet.Clear();
        aliasSet.Add(name);
        foreach (var (_, text, _) in names)
        {
            if (aliasSet.Add(text))
            {
                (aliases ??= []).Add(text);
            }
        }

        foreach (var m in members)
        {
            if (m.Acronym is not null && aliasSet.Add(m.Acronym))
            {
                (aliases ??= []).Add(m.Acronym);
            }

            // The gazetteer's name for a place the text spells its own way ("Houson" → "Houston"), or in its own language.
            if (m.Canonical is not null && type != EntityType.Person && aliasSet.Add(m.Canonical) && NameFolder.Fold(m.Canonical) != key)
            {
                (aliases ??= []).Add(m.Canonical);
            }
        }

        var mentions = new List<Mention>(members.Count);
        var seen = scratch.Spans;
        seen.Clear();
        var named = 0;
        foreach (var m in members)
        {
            // A mention that is all name (most are) has the text its name already took.
            var nameText = m.IsReference ? null : names[named++].Text;
            var span = new TextSpan(scan[m.First].Start, scan[m.End - 1].End);
            if (seen.Add(span))
            {
                var text = nameText is not null && m.NameFirst == m.First && m.NameEnd == m.End && !SkipsInside(m)
                    ? nameText
                    : scan.Slice(m.First, m.End);
                mentions.Add(new Mention(text, span));
            }
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        List<RoleMention>? roleMentions = null;
        foreach (var m in members)
        {
            if (m.Roles.Count > 0)
            {
                (roleMentions ??= []).AddRange(m.Roles);
            }
        }

        List<string>? roles = null;
        if (roleMentions is not null)
        {
            if (roleMentions.Count > 1)
            {
                // "Thứ trưởng Bộ Ngoại giao … Italy" then "Thứ trưởng Maria Tripodi cho biết": the bare head later on is the
                // same role cut short, not a second one (likewise "Secretary" after "Agriculture Secretary").
                // Checked against every role told, not against the list as RemoveAll compacts it.
                var told = roleMentions.Select(r => r.Role).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
                roleMentions.RemoveAll(r => Array.Exists(told, o => ShortForm(r.Role, o)));
            }

            roleMentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            var roleSet = scratch.Roles;
            roleSet.Clear();
            foreach (var role in roleMentions)
            {
                if (roleSet.Add(role.Role))
                {
                    (roles ??= []).Add(role.Role);
                }
            }
        }

        return new Entity
        {
            Type = type,
            Name = name,
            Key = key,
            Roles = roles ?? [],
            RoleMentions = roleMentions ?? [],
            Aliases = aliases ?? [],
            Mentions = mentions,
        };
    }

    // Whether `role` is `longer` cut to its first or last words.
    private static bool ShortForm(string role, string longer) =>
        longer.Length > role.Length + 1
        && ((longer.StartsWith(role, StringComparison.OrdinalIgnoreCase) && longer[role.Length] == ' ')
            || (longer.EndsWith(role, StringComparison.OrdinalIgnoreCase) && longer[^(role.Length + 1)] == ' '));

    // Whether the candidate's name leaves out units inside it (see DocumentScan.NameOf).
    private static bool SkipsInside(Candidate c) => c.SkipFirst >= 0 && c.SkipFirst > c.NameFirst && c.SkipEnd < c.NameEnd;

    private static string ChooseName(
        DocumentScan scan, EntityType type, List<Candidate> members, List<(Candidate Candidate, string Text, string Key)> names, Scratch scratch)
    {
        var roots = scratch.Roots;
        roots.Clear();
        foreach (var n in names)
        {
            if (n.Candidate.Target is null)
            {
                roots.Add(n);
            }
        }

        if (roots.Count == 0)
        {
            roots = names;
        }

        if (type == EntityType.Person)
        {
            // The fullest form: "Kao Kim Hourn" over "Kao".
            var best = roots[0];
            var bestWords = PersonFinder.CountWords(scan, best.Candidate.NameFirst, best.Candidate.NameEnd);
            foreach (var n in roots)
            {
                var words = PersonFinder.CountWords(scan, n.Candidate.NameFirst, n.Candidate.NameEnd);
                if (words > bestWords)
                {
                    best = n;
                    bestWords = words;
                }
            }

            return best.Text;
        }

        var keys = scratch.Keys;
        keys.Clear();
        foreach (var n in names)
        {
            keys.Add(n.Key);
        }

        var tried = scratch.Tried;
        tried.Clear();
        foreach (var m in members)
        {
            if (m.Canonical is { } canonical && tried.Add(canonical) && keys.Contains(NameFolder.Fold(canonical)))
            {
                return canonical;
            }
        }

        // The spelling the text uses most, preferring one not in capitals ("Bernama" over a "BERNAMA" sign-off).
        var counts = scratch.Counts;
        counts.Clear();
        foreach (var n in roots)
        {
            counts[n.Text] = counts.GetValueOrDefault(n.Text) + 1;
        }

        string? chosen = null;
        var chosenCount = 0;
        var chosenShouts = true;
        foreach (var n in roots)
        {
            var count = counts[n.Text];
            var shouts = IsAllCaps(n.Text) && (n.Text.Length > 6 || (type == EntityType.Location && n.Text.Length > 3));
            if (chosen is null || count > chosenCount || (count == chosenCount && chosenShouts && !shouts))
            {
                chosen = n.Text;
                chosenCount = count;
                chosenShouts = shouts;
            }
        }

        // A dateline's "ROMA" with no other spelling in the text reads better as "Roma".
        if (type == EntityType.Location && chosen!.Length > 3 && IsAllCaps(chosen))
        {
            return System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(chosen!.ToLowerInvariant());
        }

        return chosen!;
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
}
