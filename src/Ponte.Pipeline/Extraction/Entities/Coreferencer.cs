using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Entities;

/// <summary>
/// Links what refers back within one document: repeated names and their short forms ("Kao" for Kao Kim Hourn, "Axiom"
/// for Axiom Space, an acronym for its long form), capitalised head words standing alone ("the Association"), pronouns
/// that speak ("he said") and roles used for the person holding them ("the secretary-general").
/// </summary>
internal static class Coreferencer
{
    private const int MaxKeyWords = 8;

    public static void Link(DocumentScan scan)
    {
        LinkUnknownAcronyms(scan);
        var names = IndexNames(scan);
        LinkRepeatedNames(scan, names);
        LinkBareHeads(scan);

        // Roles first: "the prime minister said … he said" speaks of the same person.
        LinkRoleReferences(scan);
        LinkSpeakingPronouns(scan);
    }

    // All-capital words nobody explained: an acronym defined elsewhere in the text, or else a body of its own.
    private static void LinkUnknownAcronyms(DocumentScan scan)
    {
        for (var i = 0; i < scan.Count; i++)
        {
            if (scan.IsClaimed(i) || scan.IsCue(i) || scan[i].Length > 6 || scan.Has(i, Lex.Honorific | Lex.Role))
            {
                continue;
            }

            var end = NamePhraseFinder.AcronymEnd(scan, i);
            if (end < 0 || !scan.IsFree(i, end))
            {
                continue;
            }

            // In an all-capital headline every word looks like an acronym; "US$" is a currency.
            if ((scan[i].Is(UnitFlags.Headline) && AllCapsLine(scan, i)) || (scan.IsPunct(end, '$') && !scan[end].Is(UnitFlags.SpaceBefore)) ||
                IsRomanNumeral(scan.Units.Raw(i)) || scan.GazetteerAt(i) is not null)
            {
                continue;
            }

            var target = scan.DefinedShortName(i, end);
            scan.TryClaim(new Candidate
            {
                Type = target?.Type ?? EntityType.Organization,
                Evidence = Evidence.Acronym,
                First = i,
                End = end,
                NameFirst = i,
                NameEnd = end,
                Target = target,
            });
            i = end - 1;
        }
    }

    private static Dictionary<string, Candidate?> IndexNames(DocumentScan scan)
    {
        // Full names first, then short forms; a short form two entities share names neither.
        var names = new Dictionary<string, Candidate?>(StringComparer.Ordinal);
        var shortForms = new Dictionary<string, Candidate?>(StringComparer.Ordinal);
        foreach (var c in scan.Candidates)
        {
            if (c.Target is not null || c.IsReference || c.Hidden)
            {
                continue;
            }

            names.TryAdd(Key(scan, c.NameFirst, c.NameEnd), c);
            if (c.Acronym is { } acronym)
            {
                names.TryAdd(Core.Text.NameFolder.Fold(acronym), c);
            }

            var shortUnit = ShortFormUnit(scan, c);
            if (shortUnit >= 0)
            {
                // Two mentions of one full name share their short forms; two different names do not.
                var key = scan.Units.Folded(shortUnit).ToString();
                shortForms[key] = shortForms.TryGetValue(key, out var other) && (other is null || !SameName(scan, other, c)) ? null : c;

                // A Vietnamese or Khmer name is cut to its family name, an Italian one to its surname: offer both ends.
                if (c.Type == EntityType.Person)
                {
                    var firstUnit = c.NameFirst;
                    if (firstUnit != shortUnit && EligibleShortWord(scan, firstUnit))
                    {
                        var firstKey = scan.Units.Folded(firstUnit).ToString();
                        shortForms[firstKey] = shortForms.TryGetValue(firstKey, out var o) && (o is null || !SameName(scan, o, c)) ? null : c;
                    }
                }
            }
        }

        // Every one-word person ("Bà Meloni", "cựu Thủ tướng Prodi") is the short form of the one full name ending or starting so.
        foreach (var c in scan.Candidates)
        {
            if (c is { Type: EntityType.Person, Target: null, IsReference: false } &&
                PersonFinder.CountWords(scan, c.NameFirst, c.NameEnd) == 1 &&
                shortForms.TryGetValue(scan.Units.Folded(c.NameFirst).ToString(), out var full) && full is not null && full != c)
            {
                c.Target = full;
            }
        }

        LinkPartialNames(scan);
        foreach (var (key, c) in shortForms)
        {
            if (!names.ContainsKey(key))
            {
                names[key] = c;
            }
            else if (names[key] is { } full && c is not null && full.Type == EntityType.Person && full != c &&
                     PersonFinder.CountWords(scan, full.NameFirst, full.NameEnd) == 1)
            {
                // A one-word person ("cựu Thủ tướng Prodi") is the short form of the full name.
                full.Target = c;
                names[key] = c;
            }
        }

        return names;
    }

    private static bool SameName(DocumentScan scan, Candidate a, Candidate b) =>
        a == b || (a.Type == b.Type && scan.KeyOf(a) == scan.KeyOf(b));

    // "Ahmad Zulkifli" for "Datuk Ahmad Zulkifli Hamzah": a shorter name that starts or ends the one longer name.
    private static void LinkPartialNames(DocumentScan scan)
    {
        var parts = new Dictionary<string, Candidate?>(StringComparer.Ordinal);
        var persons = scan.Candidates.Where(c => c is { Type: EntityType.Person, Target: null, IsReference: false }).ToList();
        Span<int> spaces = stackalloc int[32];
        foreach (var c in persons)
        {
            // The first and last n words of the key, for every n from two to one less than all of them.
            var key = scan.KeyOf(c);
            var words = key.AsSpan().Count(' ') + 1;
            if (words < 3)
            {
                continue;
            }

            Span<int> at = words - 1 <= spaces.Length ? spaces[..(words - 1)] : new int[words - 1];
            for (int i = 0, s = 0; i < key.Length; i++)
            {
                if (key[i] == ' ')
                {
                    at[s++] = i;
                }
            }

            for (var n = 2; n < words; n++)
            {
                Share(parts, scan, key[..at[n - 1]], c);
                Share(parts, scan, key[(at[words - 1 - n] + 1)..], c);
            }
        }

        foreach (var c in persons)
        {
            if (parts.TryGetValue(scan.KeyOf(c), out var longer) && longer is not null && longer != c)
            {
                c.Target = longer;
            }
        }
    }

    private static void Share(Dictionary<string, Candidate?> parts, DocumentScan scan, string part, Candidate c) =>
        parts[part] = parts.TryGetValue(part, out var other) && other is not null && scan.KeyOf(other) != scan.KeyOf(c) ? null : c;

    // The unit a later mention may use alone: a person's last name, a company's distinctive first word.
    private static int ShortFormUnit(DocumentScan scan, Candidate c)
    {
        var words = PersonFinder.CountWords(scan, c.NameFirst, c.NameEnd);
        if (words < 2)
        {
            return -1;
        }

        if (c.Type == EntityType.Person)
        {
            var last = c.NameEnd - 1;
            while (last > c.NameFirst && (!scan.IsWord(last) || scan.Has(last, Lex.NameSuffix)))
            {
                last--;
            }

            return EligibleShortWord(scan, last) ? last : -1;
        }

        if (c.Type == EntityType.Organization && c.Evidence != Evidence.Acronym &&
            EligibleShortWord(scan, c.NameFirst) && scan.GazetteerAt(c.NameFirst) is null &&
            scan.MatchEnd(c.NameFirst, Lex.AnyOrgHead | Lex.InitiativeHead | Lex.Role | Lex.RoleModifier | Lex.Portfolio) < 0 &&
            !scan.IsHyphen(c.NameFirst + 1) && !scan[c.NameFirst].Is(UnitFlags.AllCaps))
        {
            return c.NameFirst;
        }

        return -1;
    }

    private static bool EligibleShortWord(DocumentScan scan, int unit) =>
        scan.IsCap(unit) && scan[unit].Length >= 3 && !scan.Has(unit, Lex.Particle | Lex.FunctionWord) &&
        !scan.SeenLowercase(unit) && !scan[unit].Is(UnitFlags.HasDigit);

    private static void LinkRepeatedNames(DocumentScan scan, Dictionary<string, Candidate?> names)
    {
        if (names.Count == 0)
        {
            return;
        }

        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();

        // The hashes of every key's word prefixes ("a", "a b", "a b c"): a phrase whose first words hash to none of them
        // starts no key, so gathering stops there (in Thai every word is a capitalised phrase of its own).
        var prefixCount = 0;
        foreach (var key in names.Keys)
        {
            prefixCount += key.AsSpan().Count(' ') + 1;
        }

        var prefixes = new HashFilter(prefixCount);
        foreach (var key in names.Keys)
        {
            for (var p = key.IndexOf(' '); p >= 0; p = key.IndexOf(' ', p + 1))
            {
                prefixes.Add(key.AsSpan(0, p));
            }

            prefixes.Add(key);
        }

        Span<char> buffer = stackalloc char[256];
        Span<int> ends = stackalloc int[MaxKeyWords];
        Span<int> lengths = stackalloc int[MaxKeyWords];
        for (var i = 0; i < scan.Count; i++)
        {
            if (!scan.IsCap(i) || scan.IsClaimed(i))
            {
                continue;
            }

            // Gather up to MaxKeyWords words of one phrase, then try the longest key first.
            var count = 0;
            var length = 0;
            var j = i;
            while (j >= 0 && count < MaxKeyWords && !scan.IsClaimed(j))
            {
                var word = scan.Units.Folded(j);
                if (length + word.Length + 1 > buffer.Length)
                {
                    break;
                }

                if (count > 0)
                {
                    buffer[length++] = ' ';
                }

                word.CopyTo(buffer[length..]);
                length += word.Length;
                if (!prefixes.MayContain(buffer[..length]))
                {
                    break;
                }

                ends[count] = j + 1;
                lengths[count] = length;
                count++;
                j = scan.NextInPhrase(j);
            }

            for (var n = count - 1; n >= 0; n--)
            {
                if (!lookup.TryGetValue(buffer[..lengths[n]], out var target) || target is null)
                {
                    continue;
                }

                // A one-word match at a sentence start must not be an ordinary word there.
                if (n == 0 && scan[i].Is(UnitFlags.SentenceStart) && scan.SeenLowercase(i))
                {
                    continue;
                }

                scan.TryClaim(new Candidate
                {
                    Type = target.Type,
                    Evidence = Evidence.Coreference,
                    First = i,
                    End = ends[n],
                    NameFirst = i,
                    NameEnd = ends[n],
                    Target = target,
                });
                i = ends[n] - 1;
                break;
            }
        }

        prefixes.Release();
    }

    private static void LinkBareHeads(DocumentScan scan)
    {
        foreach (var head in scan.BareHeads)
        {
            if (!scan.IsFree(head.First, head.End))
            {
                continue;
            }

            var referent = scan.LastBefore(head.First, c => c.Type == head.Type && c.Target is null && !c.IsReference &&
                                                             PersonFinder.NameHasHead(scan, c, head));
            if (referent is null)
            {
                continue;
            }

            scan.TryClaim(new Candidate
            {
                Type = referent.Type,
                Evidence = Evidence.Coreference,
                First = head.First,
                End = head.End,
                NameFirst = head.First,
                NameEnd = head.End,
                Target = referent,
                IsReference = true,
            });
        }
    }

    // "he said", "said she", "ông nói": the last person named before speaks.
    private static void LinkSpeakingPronouns(DocumentScan scan)
    {
        for (var i = 0; i < scan.Count; i++)
        {
            if (!scan.IsWord(i) || !scan.Has(i, Lex.Pronoun) || !NamePhraseFinder.IsExactly(scan, i, Lex.Pronoun) || scan.IsClaimed(i))
            {
                continue;
            }

            var speaks = IsSpeechVerb(scan, i + 1) || (scan.IsLower(i + 1) && IsSpeechVerb(scan, i + 2)) || IsSpeechVerbEndingAt(scan, i);
            if (!speaks)
            {
                continue;
            }

            var person = scan.LastBefore(i, c => c.Type == EntityType.Person);
            if (person is null)
            {
                continue;
            }

            scan.TryClaim(new Candidate
            {
                Type = EntityType.Person,
                Evidence = Evidence.Coreference,
                First = i,
                End = i + 1,
                NameFirst = i,
                NameEnd = i + 1,
                Target = person.Root,
                IsReference = true,
            });
        }
    }

    private static bool IsSpeechVerb(DocumentScan scan, int i) => scan.IsLower(i) && scan.MatchEnd(i, Lex.SpeechVerb) > 0;

    private static bool IsSpeechVerbEndingAt(DocumentScan scan, int end)
    {
        var start = scan.MatchEndingAt(end, Lex.SpeechVerb, 3);
        return start >= 0 && scan.IsLower(start);
    }

    // "the secretary-general" for the one person the text gave that role.
    private static void LinkRoleReferences(DocumentScan scan)
    {
        // Who holds which role, once per distinct person: folded role texts, padded for whole-word search.
        List<(Candidate Person, string Roles)>? holders = null;
        var holderOfHead = new Dictionary<string, Candidate?>(StringComparer.Ordinal);
        foreach (var role in scan.Roles)
        {
            if (role.Attached || !scan.IsFree(role.First, role.End) || role.First == 0 ||
                !(scan.IsLower(role.First - 1) || scan.IsCap(role.First - 1)) ||
                !NamePhraseFinder.IsExactly(scan, role.First - 1, Lex.Determiner))
            {
                continue;
            }

            holders ??= RoleHolders(scan);
            var headKey = " " + Key(scan, role.HeadFirst, role.HeadEnd) + " ";
            if (!holderOfHead.TryGetValue(headKey, out var holder))
            {
                foreach (var (person, roles) in holders)
                {
                    if (roles.Contains(headKey, StringComparison.Ordinal))
                    {
                        // Two people with the role: the reference is ambiguous.
                        holder = holder is null ? person : null;
                        if (holder is null)
                        {
                            break;
                        }
                    }
                }

                holderOfHead[headKey] = holder;
            }

            if (holder is null)
            {
                continue;
            }

            scan.TryClaim(new Candidate
            {
                Type = EntityType.Person,
                Evidence = Evidence.Coreference,
                First = role.First,
                End = role.End,
                NameFirst = role.First,
                NameEnd = role.End,
                Target = holder,
                IsReference = true,
            });
        }
    }

    private static List<(Candidate Person, string Roles)> RoleHolders(DocumentScan scan)
    {
        var byKey = new Dictionary<string, (Candidate Person, System.Text.StringBuilder Roles)>(StringComparer.Ordinal);
        foreach (var c in scan.Candidates)
        {
            if (c.Type != EntityType.Person || c.Roles.Count == 0)
            {
                continue;
            }

            var root = c.Root;
            var key = scan.KeyOf(root);
            if (!byKey.TryGetValue(key, out var entry))
            {
                entry = (root, new System.Text.StringBuilder(" "));
                byKey[key] = entry;
            }

            for (var r = 0; r < c.Roles.Count; r++)
            {
                entry.Roles.Append(Core.Text.NameFolder.Fold(c.Roles[r].Role)).Append(' ');
            }
        }

        return byKey.Values.Select(v => (v.Person, v.Roles.ToString())).ToList();
    }

    private static bool AllCapsLine(DocumentScan scan, int i)
    {
        var line = scan[i].Line;
        for (var j = i; j >= 0 && scan[j].Line == line; j--)
        {
            if (scan.IsWord(j) && scan[j].Is(UnitFlags.Lower))
            {
                return false;
            }
        }

        for (var j = i; j < scan.Count && scan[j].Line == line; j++)
        {
            if (scan.IsWord(j) && scan[j].Is(UnitFlags.Lower))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRomanNumeral(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }

        return word.Length <= 4;
    }

    /// <summary>The folded words of [first, end) joined by single spaces.</summary>
    public static string Key(DocumentScan scan, int first, int end)
    {
        var length = -1;
        for (var i = first; i < end; i++)
        {
            if (scan.IsWord(i))
            {
                length += 1 + scan[i].FoldLength;
            }
        }

        if (length <= 0)
        {
            return string.Empty;
        }

        return string.Create(length, (scan, first, end), static (buffer, state) =>
        {
            var (scan, first, end) = state;
            var at = -1;
            for (var i = first; i < end; i++)
            {
                if (scan.IsWord(i))
                {
                    if (at >= 0)
                    {
                        buffer[at] = ' ';
                    }

                    at++;
                    var word = scan.Units.Folded(i);
                    word.CopyTo(buffer[at..]);
                    at += word.Length;
                }
            }
        });
    }

    /// <summary>
    /// A set of string hashes in a pooled table that may answer yes for a string never added (a hash collision), never
    /// no for one that was: a filter in front of an exact lookup.
    /// </summary>
    private readonly struct HashFilter
    {
        private readonly int[] _slots;
        private readonly int _mask;

        public HashFilter(int count)
        {
            // At most half full, so every probe ends at an empty slot (0; stored hashes have their low bit set).
            var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));
            _slots = System.Buffers.ArrayPool<int>.Shared.Rent(size);
            Array.Clear(_slots, 0, size);
            _mask = size - 1;
        }

        public void Add(ReadOnlySpan<char> text)
        {
            var hash = string.GetHashCode(text) | 1;
            var slot = hash & _mask;
            while (_slots[slot] != 0 && _slots[slot] != hash)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = hash;
        }

        public bool MayContain(ReadOnlySpan<char> text)
        {
            var hash = string.GetHashCode(text) | 1;
            for (var slot = hash & _mask; _slots[slot] != 0; slot = (slot + 1) & _mask)
            {
                if (_slots[slot] == hash)
                {
                    return true;
                }
            }

            return false;
        }

        public void Release() => System.Buffers.ArrayPool<int>.Shared.Return(_slots);
    }
}
