using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Entities;

/// <summary>
/// Finds names of organisations and initiatives: long forms defined by an acronym in brackets, names built on a head
/// word ("… Association", "Hiệp hội …", "… Strategy for …"), quoted names, a common noun before a name ("công ty X",
/// "X initiative"), the examples of a list ("initiatives such as A, B and C"), news agencies, and international bodies
/// the gazetteer knows.
/// </summary>
internal static class NamePhraseFinder
{
    private const int MaxNameUnits = 24;
    private const int MaxLowercaseRun = 6;

    public static void Find(DocumentScan scan)
    {
        FindAcronymDefinitions(scan);
        FindQuotedNames(scan);
        FindHeadPhrases(scan);
        FindNounNames(scan);
        FindLists(scan);
        BindPendingAcronyms(scan);
        FindAgencies(scan);
        FindGazetteerOrganizations(scan);
    }

    /// <summary>The kind of entity the heads inside [first, end) make, or null when none is there.</summary>
    public static EntityType? TypeOfPhrase(DocumentScan scan, int first, int end)
    {
        EntityType? type = null;
        var sawConnector = false;
        for (var i = first; i < end; i++)
        {
            if (!scan.IsWord(i))
            {
                continue;
            }

            if (type is not null && scan.IsLower(i) && scan.Has(i, Lex.Connector))
            {
                sawConnector = true;
            }

            var headEnd = scan.MatchEnd(i, Lex.AnyOrgHead | Lex.InitiativeHead, out var node);
            if (headEnd < 0 || node is null || !scan.IsCap(i))
            {
                continue;
            }

            var kind = (node.Flags & Lex.AnyOrgHead) != 0 ? EntityType.Organization : EntityType.Initiative;
            if (type is null)
            {
                type = kind;
                if (scan.Lexicon.HeadFirst)
                {
                    return type;
                }
            }
            else if (!sawConnector)
            {
                // Head-final names: the last head before any "of/for" complement decides ("Learning Centre for X").
                type = kind;
            }

            i = headEnd - 1;
        }

        return type;
    }

    /// <summary>The end of the run of capitalised, unclaimed words starting at <paramref name="k"/> (glued hyphens included).</summary>
    public static int CapRun(DocumentScan scan, int k, int maxWords)
    {
        var e = k;
        var words = 0;
        while (words < maxWords && scan.IsCap(e) && !scan[e].Is(UnitFlags.Caseless) && !scan.IsClaimed(e) && (e == k || scan.SameLine(k, e)))
        {
            words++;
            e++;
            if (scan.IsHyphen(e) && scan.IsCap(e + 1))
            {
                e++;
            }
        }

        // A hyphen taken before a word we then refused is not part of the run.
        if (e > k && scan.IsPunct(e - 1))
        {
            e--;
        }

        return e;
    }

    /// <summary>The start of the run of capitalised, unclaimed words ending at <paramref name="end"/>.</summary>
    public static int CapRunBackward(DocumentScan scan, int end, int maxWords)
    {
        var s = end;
        var words = 0;
        while (words < maxWords && scan.IsCap(s - 1) && !scan[s - 1].Is(UnitFlags.Caseless) && !scan.IsClaimed(s - 1) &&
               scan.SameLine(s - 1, end - 1))
        {
            words++;
            s--;
            if (scan.IsHyphen(s - 1) && scan.IsCap(s - 2))
            {
                s--;
            }
        }

        return s;
    }

    /// <summary>Whether [first, end) is wholly one gazetteer place (so not a new name).</summary>
    public static bool IsKnownPlace(DocumentScan scan, int first, int end) =>
        scan.GazetteerAt(first) is { Kind: GazetteerKind.Place or GazetteerKind.Demonym } hit && hit.End == end;

    /// <summary>Whether unit <paramref name="i"/> is exactly a word of class <paramref name="flag"/>.</summary>
    public static bool IsExactly(DocumentScan scan, int i, Lex flag) => scan.MatchEnd(i, flag) == i + 1;

    /// <summary>Whether unit <paramref name="i"/> is an ordinal written with digits ("9th").</summary>
    public static bool IsOrdinalNumber(DocumentScan scan, int i)
    {
        if (!scan.IsWord(i) || !scan[i].Is(UnitFlags.HasDigit) || scan[i].Is(UnitFlags.Number))
        {
            return false;
        }

        var folded = scan.LookupKey(i);
        var digits = 0;
        while (digits < folded.Length && char.IsDigit(folded[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits == folded.Length)
        {
            return false;
        }

        var node = scan.Trie.Root.Step(folded[digits..]);
        return node is not null && (node.Flags & Lex.Ordinal) != 0;
    }

    private static void FindAcronymDefinitions(DocumentScan scan)
    {
        for (var i = 1; i + 2 < scan.Count; i++)
        {
            if (!scan.IsPunct(i, '('))
            {
                continue;
            }

            var hyphenated = AcronymEnd(scan, i + 1);
            if (hyphenated > i + 2 && scan.IsPunct(hyphenated, ')'))
            {
                // "(IEU-CEPA)": a joined acronym names what stands before it, whatever its initials.
                scan.PendingAcronyms.Add(i + 1);
                continue;
            }

            if (!scan.IsPunct(i + 2, ')'))
            {
                continue;
            }

            if (!IsAcronym(scan, i + 1))
            {
                // "(Kadin)", "(Bappenas)": a short name in capitalised lower case, known only by where it stands.
                if (scan.IsCap(i + 1) && !scan[i + 1].Is(UnitFlags.Caseless | UnitFlags.HasDigit) && scan[i + 1].Length is >= 3 and <= 12 &&
                    scan.GazetteerAt(i + 1) is null &&
                    scan.MatchEnd(i + 1, Lex.FunctionWord | Lex.Agency | Lex.Role | Lex.AnyOrgHead | Lex.InitiativeHead) < 0)
                {
                    scan.PendingAcronyms.Add(i + 1);
                }

                continue;
            }

            var start = FindLongForm(scan, i, scan.Units.Folded(i + 1));
            var headed = start >= 0 ? TypeOfPhrase(scan, start, i) : null;
            var type = headed ?? EntityType.Organization;

            // "Minister of Trade (MOT), Amir Hamzah": initials that spell a role name its holder's body, not the role; the
            // role is left to the person who follows it.
            if (start < 0 || IsKnownPlace(scan, start, i) || (headed is null && scan.MatchEnd(start, Lex.Role) > start))
            {
                scan.PendingAcronyms.Add(i + 1);
                continue;
            }

            var longForm = new Candidate
            {
                Type = type,
                Evidence = Evidence.Acronym,
                First = start,
                End = i,
                NameFirst = start,
                NameEnd = i,
            };
            if (!scan.TryClaim(longForm))
            {
                scan.PendingAcronyms.Add(i + 1);
                continue;
            }

            scan.DefineShortName(longForm, scan.Units.Raw(i + 1).ToString());

            scan.TryClaim(new Candidate
            {
                Type = type,
                Evidence = Evidence.Acronym,
                First = i + 1,
                End = i + 2,
                NameFirst = i + 1,
                NameEnd = i + 2,
                Target = longForm,
            });
        }
    }

    /// <summary>An all-capital word of 2–10 letters that is not a known non-name ("CEO").</summary>
    public static bool IsAcronym(DocumentScan scan, int i) =>
        scan.IsWord(i) && scan[i].Is(UnitFlags.AllCaps) && !scan[i].Is(UnitFlags.HasDigit) &&
        scan[i].Length is >= 2 and <= 10 && !IsExactly(scan, i, Lex.NotName) &&
        !(scan.IsWord(i + 1) && scan[i + 1].Is(UnitFlags.Number) && !scan[i + 1].Is(UnitFlags.SpaceBefore));

    /// <summary>The end of an acronym starting at <paramref name="i"/>, hyphenated ones included ("IEU-CEPA"), or -1.</summary>
    public static int AcronymEnd(DocumentScan scan, int i)
    {
        if (!IsAcronym(scan, i))
        {
            return -1;
        }

        var end = i + 1;
        while (scan.IsHyphen(end) && IsAcronym(scan, end + 1))
        {
            end += 2;
        }

        return end;
    }

    // Schwartz & Hearst's observation: the long form sits right before the bracket and its words' initials spell the
    // acronym, with small words optional. The shortest such run of capitalised words wins.
    private static int FindLongForm(DocumentScan scan, int paren, ReadOnlySpan<char> acronym)
    {
        Span<int> words = stackalloc int[16];
        var count = 0;
        var j = paren - 1;
        while (j >= 0 && count < words.Length && scan.SameLine(j, paren))
        {
            if (scan.IsWord(j))
            {
                if (!scan.IsCap(j) && !scan.IsLower(j))
                {
                    break;
                }

                words[count++] = j;
                j--;
                continue;
            }

            if (!scan.IsJoiner(j) && !(scan.IsPunct(j, '-') && scan.IsCap(j - 1)))
            {
                break;
            }

            j--;
        }

        // words[] runs right to left; try the shortest start first.
        for (var n = 1; n <= count; n++)
        {
            var start = words[n - 1];
            if (!scan.IsCap(start) || IsExactly(scan, start, Lex.FunctionWord | Lex.Determiner))
            {
                continue;
            }

            if (InitialsMatch(scan, words[..n], n - 1, acronym, 0))
            {
                return start;
            }
        }

        return -1;
    }

    private static bool InitialsMatch(DocumentScan scan, ReadOnlySpan<int> words, int w, ReadOnlySpan<char> letters, int l)
    {
        if (l == letters.Length)
        {
            return w < 0;
        }

        if (w < 0)
        {
            return false;
        }

        var unit = words[w];
        var optional = scan.IsLower(unit);
        if (optional && InitialsMatch(scan, words, w - 1, letters, l))
        {
            return true;
        }

        var folded = scan.Units.Folded(unit);
        if (folded.Length == 0 || folded[0] != letters[l])
        {
            return false;
        }

        if (InitialsMatch(scan, words, w - 1, letters, l + 1))
        {
            return true;
        }

        // An all-capital word may give several letters of the acronym ("ASEAN-ROK" → "AR", "EU-ABC").
        if (scan[unit].Is(UnitFlags.AllCaps))
        {
            var k = 1;
            while (k < folded.Length && l + k < letters.Length && folded[k] == letters[l + k])
            {
                k++;
                if (InitialsMatch(scan, words, w - 1, letters, l + k))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void FindQuotedNames(DocumentScan scan)
    {
        for (var i = 0; i + 2 < scan.Count; i++)
        {
            if (!IsOpeningQuote(scan, i) || !scan.IsCap(i + 1) || scan.MatchEnd(i + 1, Lex.AnyOrgHead | Lex.InitiativeHead) < 0)
            {
                continue;
            }

            var close = -1;
            for (var j = i + 2; j < scan.Count && j < i + 3 * MaxNameUnits; j++)
            {
                if (!scan.SameLine(i, j) || (IsSentenceEnd(scan, j) && (j + 1 >= scan.Count || scan[j + 1].Is(UnitFlags.SpaceBefore))))
                {
                    break;
                }

                if (IsClosingQuote(scan, j))
                {
                    close = j;
                    break;
                }
            }

            if (close < 0)
            {
                continue;
            }

            var type = TypeOfPhrase(scan, i + 1, close) ?? EntityType.Initiative;
            var candidate = new Candidate
            {
                Type = type,
                Evidence = Evidence.Quote,
                First = i + 1,
                End = close,
                NameFirst = i + 1,
                NameEnd = close,
            };
            if (scan.TryClaim(candidate))
            {
                i = close;
            }
        }
    }

    private static bool IsOpeningQuote(DocumentScan scan, int i)
    {
        if (!scan.IsPunct(i))
        {
            return false;
        }

        var c = scan.Text[scan[i].Start];
        return c is '\u201C' or '\u00AB' or '\u201E' || (c == '"' && (i == 0 || scan[i].Is(UnitFlags.SpaceBefore)) &&
                                                           i + 1 < scan.Count && !scan[i + 1].Is(UnitFlags.SpaceBefore));
    }

    private static bool IsClosingQuote(DocumentScan scan, int i)
    {
        if (!scan.IsPunct(i))
        {
            return false;
        }

        var c = scan.Text[scan[i].Start];
        return c is '\u201D' or '\u00BB' or '\u201C' or '"';
    }

    private static bool IsSentenceEnd(DocumentScan scan, int i) =>
        scan.IsPunct(i) && scan.Text[scan[i].Start] is '.' or '!' or '?' or ';';

    private static void FindHeadPhrases(DocumentScan scan)
    {
        for (var h = 0; h < scan.Count; h++)
        {
            if (!scan.IsCap(h) || scan.IsClaimed(h) || scan[h].Is(UnitFlags.Headline) ||
                !scan.Has(h, Lex.AnyOrgHead | Lex.InitiativeHead | Lex.VenueHead))
            {
                continue;
            }

            var headEnd = scan.MatchEnd(h, Lex.AnyOrgHead | Lex.InitiativeHead | Lex.VenueHead, out var node);
            if (headEnd < 0 || node is null || !scan.IsFree(h, headEnd) || scan.MatchEnd(h, Lex.Role) > headEnd ||
                scan.MatchEndingAt(headEnd, Lex.Role, 6) is var roleStart and >= 0 && roleStart < h)
            {
                // "Viện trưởng" is a role, not the "Viện" (institute) it starts with; in "Chủ tịch Quốc hội" the body is
                // part of the role.
                continue;
            }

            var phrase = GrowHeadPhrase(scan, h, headEnd, node.Flags);
            if (phrase is null)
            {
                continue;
            }

            if ((node.Flags & Lex.VenueHead) != 0)
            {
                // A venue keeps its words from other rules and is not reported.
                phrase = new Candidate
                {
                    Type = EntityType.Location,
                    Evidence = Evidence.Head,
                    First = phrase.First,
                    End = phrase.End,
                    NameFirst = phrase.NameFirst,
                    NameEnd = phrase.NameEnd,
                    Hidden = true,
                };
            }

            if (scan.TryClaim(phrase))
            {
                h = phrase.End - 1;
            }
        }
    }

    private static Candidate? GrowHeadPhrase(DocumentScan scan, int h, int headEnd, Lex headFlags)
    {
        if (scan[h].Is(UnitFlags.Caseless))
        {
            return GrowCaselessPhrase(scan, h, headEnd, headFlags);
        }

        var suffixOnly = (headFlags & (Lex.OrgHead | Lex.WeakOrgHead | Lex.InitiativeHead | Lex.VenueHead)) == 0;
        var headFirst = scan.Lexicon.HeadFirst && !suffixOnly;

        // Head-first languages still quote English names ("ika-8 High-Level Dialogue"): capitals before a head join it.
        var left = GrowLeft(scan, h);
        if (suffixOnly)
        {
            // "Axiom Space", "Petronas Bhd": a company suffix closes the name in every language ("Italian Space Agency" goes on).
            return left == h || (scan.IsCap(headEnd) && !scan.IsClaimed(headEnd)) ? null : NewPhrase(scan, left, headEnd, -1, -1, EntityType.Organization);
        }

        var weak = (headFlags & (Lex.OrgHead | Lex.InitiativeHead | Lex.VenueHead)) == 0;
        if (weak && headFirst && !(scan.IsCap(headEnd) || (scan.IsHyphen(headEnd) && scan.IsCap(headEnd + 1))))
        {
            // "Bộ Ngoại giao", "Ban Thư ký": a weak head names a body only when a capital follows at once.
            return null;
        }

        var skipFirst = -1;
        var skipEnd = -1;
        var right = headEnd;
        var capitalAfterHead = false;
        var rolePrecedes = h > 0 && scan.MatchEndingAt(h, Lex.Role, 4) >= 0;
        var sawConnector = false;
        var locative = (headFlags & Lex.LocativeHead) != 0;
        while (right < scan.Count && right - left < MaxNameUnits && !scan[right].Is(UnitFlags.LineBefore))
        {
            var k = right;
            if (scan.IsHyphen(k) && scan.IsCap(k + 1) && !scan.IsClaimed(k + 1))
            {
                right = k + 2;
                capitalAfterHead = true;
                continue;
            }

            // "Italy - ASEAN", "Italy – ASEAN": a spaced hyphen or en dash (Vietnamese writes pairs so) between two capitalised
            // words of one name.
            if ((scan.IsPunct(k, '-') || scan.IsPunct(k, '\u2013')) && scan[k].Is(UnitFlags.SpaceBefore) && scan.IsCap(k + 1) &&
                scan[k + 1].Is(UnitFlags.SpaceBefore) && scan.IsCap(k - 1) && !scan.IsClaimed(k + 1) && k - 1 >= headEnd)
            {
                right = k + 2;
                continue;
            }

            // "Associazione delle Nazioni del Sud-est asiatico": a place the gazetteer knows is one piece of the name.
            if (scan.IsCap(k) && scan.StrongGazetteerAt(k) is { Kind: GazetteerKind.Place } inner && inner.End > k + 1 && scan.IsFree(k, inner.End))
            {
                right = inner.End;
                capitalAfterHead = true;
                continue;
            }

            // After a role, the person's name may follow the body's at once ("Giám đốc Trung tâm AHA Rizal Santoso").
            if (headFirst && rolePrecedes && capitalAfterHead && scan.IsCap(k) && TrailingName(scan, k))
            {
                break;
            }

            // "Bộ Ngoại giao", "Kementerian Luar Negeri": a portfolio is one piece of the name, whatever its capitals.
            var portfolioEnd = scan.IsCap(k) ? scan.MatchEnd(k, Lex.Portfolio) : -1;
            if (portfolioEnd > k && scan.IsFree(k, portfolioEnd))
            {
                right = portfolioEnd;
                capitalAfterHead = true;
                continue;
            }

            if (scan.IsCap(k) && !scan.IsClaimed(k) && !IsExactly(scan, k, Lex.FunctionWord) && !StartsOtherName(scan, k) &&
                !((capitalAfterHead || headFirst) && StartsPersonalName(scan, k, right, rolePrecedes && capitalAfterHead)))
            {
                right = k + 1;
                capitalAfterHead = true;
                if (scan.Lexicon.CapitalizesFirstSyllable && !scan[k].Is(UnitFlags.AllCaps) && scan.GazetteerAt(k) is null)
                {
                    right = CompoundTail(scan, right);
                }

                continue;
            }

            // "Bộ Ngoại giao và Hợp tác Quốc tế Italy": "and" inside a head-first name, between two of its capitalised parts.
            if (headFirst && capitalAfterHead && scan.IsLower(k) && IsExactly(scan, k, Lex.Conjunction))
            {
                var next = k + 1;
                if (scan.IsLower(next) && scan.Has(next, Lex.Connector | Lex.Determiner))
                {
                    next = SkipElision(scan, scan.MatchEnd(next, Lex.Connector | Lex.Determiner));
                }

                if (scan.IsCap(next) && !scan.IsClaimed(next) && scan.MatchEnd(next, Lex.AnyOrgHead | Lex.InitiativeHead | Lex.PersonCue) < 0 &&
                    scan.GazetteerAt(next) is not { Kind: GazetteerKind.Organization } && !StartsPersonalName(scan, next, k, false))
                {
                    right = next;
                    continue;
                }
            }

            // A year right after an initiative's head word belongs to it ("ASEAN Vision 2045", "Agenda 2030"), not one
            // after the rest of its name ("… Award ASEAN-Italy 2025" is that year's award).
            if (scan[k].Is(UnitFlags.Number) && scan[k].Length == 4 && k > 0 &&
                scan.MatchEndingAt(k, Lex.InitiativeHead, 3) >= 0)
            {
                right = k + 1;
                break;
            }

            if (scan.IsLower(k) && scan.Has(k, Lex.Connector) && !scan.Has(k, Lex.Stopper))
            {
                // "and" joins two names only inside a complement ("Centre for Italy and ASEAN"), never two bodies.
                var conjunction = IsExactly(scan, k, Lex.Conjunction);
                var afterConnector = SkipElision(scan, scan.MatchEnd(k, Lex.Connector));
                if (!conjunction && scan.IsLower(afterConnector) && IsExactly(scan, afterConnector, Lex.Determiner))
                {
                    afterConnector = SkipElision(scan, afterConnector + 1);
                }

                if ((!conjunction || sawConnector) && afterConnector > k && scan.IsCap(afterConnector) &&
                    !scan.IsClaimed(afterConnector) && !IsExactly(scan, afterConnector, Lex.FunctionWord) &&
                    !StartsOtherName(scan, afterConnector) && !(conjunction && scan.Has(afterConnector, Lex.AnyOrgHead | Lex.InitiativeHead)))
                {
                    sawConnector |= !conjunction;
                    right = afterConnector;
                    continue;
                }
            }

            if (locative && scan.IsPlain(k) && scan.Has(k, Lex.LocationCue | Lex.RoleLink))
            {
                var cueEnd = scan.MatchEnd(k, Lex.LocationCue | Lex.RoleLink);
                if (cueEnd > k && scan.GazetteerAt(cueEnd) is { Kind: GazetteerKind.Place } place && scan.IsFree(cueEnd, place.End))
                {
                    right = place.End;
                    capitalAfterHead = true;
                    continue;
                }
            }

            if (headFirst && skipFirst < 0 && scan.IsLower(k) && scan.Has(k, Lex.Ordinal))
            {
                // "Đối thoại Cấp cao lần thứ 9 về …": the ordinal stays in the mention, not in the name.
                var ordinalEnd = scan.MatchEnd(k, Lex.Ordinal);
                var numberAt = scan.IsHyphen(ordinalEnd) ? ordinalEnd + 1 : ordinalEnd;
                if (ordinalEnd > k && numberAt < scan.Count && scan[numberAt].Is(UnitFlags.Number))
                {
                    skipFirst = k;
                    skipEnd = numberAt + 1;
                    right = skipEnd;
                    continue;
                }
            }

            if (headFirst && !capitalAfterHead && scan.IsLower(k))
            {
                // Head-first names may run over lowercase words, but only up to a capitalised one ("Ủy ban châu Âu").
                var r = k;
                var words = 0;
                while (words < MaxLowercaseRun && scan.IsLower(r) && !scan.Has(r, Lex.Stopper | Lex.Conjunction | Lex.Role) && !scan.InDate(r) &&
                       !scan.IsClaimed(r))
                {
                    words++;
                    var next = scan.NextInPhrase(r);
                    if (next < 0)
                    {
                        r++;
                        break;
                    }

                    r = next;
                }

                if (words > 0 && scan.IsCap(r) && !scan.IsClaimed(r) && !IsExactly(scan, r, Lex.FunctionWord | Lex.NotName) &&
                    scan.SameLine(k, r) && !StartsOtherName(scan, r) && !scan[r].Is(UnitFlags.SentenceStart | UnitFlags.HasDigit) &&
                    scan.MatchEnd(r, Lex.AnyOrgHead | Lex.InitiativeHead) < 0)
                {
                    right = r;
                    continue;
                }
            }

            break;
        }

        if (skipFirst >= 0 && skipEnd >= right)
        {
            // Nothing followed the ordinal: leave it out of the name and the mention alike.
            right = skipFirst;
            skipFirst = skipEnd = -1;
        }

        while (right > headEnd && (scan.IsPunct(right - 1) || (scan.IsLower(right - 1) && scan.Has(right - 1, Lex.Connector | Lex.Determiner) &&
                                                                IsExactly(scan, right - 1, Lex.Connector | Lex.Determiner))))
        {
            right--;
        }

        // A bare head with its own acronym is a name: "Kamar Dagang dan Industri (KADIN)".
        var grown = left < h || right > headEnd ||
                    (scan.IsPunct(right, '(') && AcronymEnd(scan, right + 1) is var acronymEnd and > 0 && scan.IsPunct(acronymEnd, ')') && headEnd - h >= 2);
        if (!grown || (weak && (headFirst ? right == headEnd : left == h)))
        {
            if (!weak && !grown && (headFlags & Lex.VenueHead) == 0)
            {
                scan.AddBareHead(new BareHead(h, headEnd,
                    (headFlags & Lex.AnyOrgHead) != 0 ? EntityType.Organization : EntityType.Initiative));
            }

            return null;
        }

        var type = TypeOfPhrase(scan, left, right) ??
                   ((headFlags & Lex.AnyOrgHead) != 0 ? EntityType.Organization : EntityType.Initiative);
        return NewPhrase(scan, left, right, skipFirst, skipEnd, type);
    }

    private static Candidate NewPhrase(DocumentScan scan, int left, int right, int skipFirst, int skipEnd, EntityType type)
    {
        var first = left;
        if (IsOrdinalNumber(scan, left - 1) && !scan.IsClaimed(left - 1))
        {
            first = left - 1;
        }

        return new Candidate
        {
            Type = type,
            Evidence = Evidence.Head,
            First = first,
            End = right,
            NameFirst = left,
            NameEnd = right,
            SkipFirst = skipFirst,
            SkipEnd = skipEnd,
        };
    }

    // Two or three capitalised words closing the phrase, shaped like a personal name.
    private static bool TrailingName(DocumentScan scan, int k)
    {
        var end = CapRun(scan, k, 4);
        var words = end - k;
        if (words is < 2 or > 3 || (end < scan.Count && scan.IsCap(end)) || scan.IsHyphen(k + 1) || IsKnownPlace(scan, k, end))
        {
            return false;
        }

        // A given name may be a place's too ("Rizal Santoso"), but not every word of the name.
        var places = 0;
        for (var i = k; i < end; i++)
        {
            if (scan.GazetteerAt(i) is not null)
            {
                places++;
            }

            if (scan[i].Is(UnitFlags.AllCaps | UnitFlags.HasDigit | UnitFlags.Headline) || scan.SeenLowercase(i) ||
                scan.MatchEnd(i, Lex.Role | Lex.Honorific | Lex.AnyOrgHead | Lex.InitiativeHead | Lex.Portfolio | Lex.FunctionWord) > 0)
            {
                return false;
            }
        }

        return places < words;
    }

    // Inside a name that already has its capitalised part, a new name may start: "Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt"
    // (a family name opening short syllables), or, after a role, whatever follows a place ("Chủ tịch Hiệp hội X Italy Marco Rossi").
    private static bool StartsPersonalName(DocumentScan scan, int k, int right, bool rolePrecedes)
    {
        if (IsExactly(scan, k, Lex.FamilyName))
        {
            var end = CapRun(scan, k, 5);
            var words = end - k;
            var syllables = true;
            for (var i = k; i < end && syllables; i++)
            {
                syllables = scan[i].Length <= 7 && !scan[i].Is(UnitFlags.AllCaps) && scan.GazetteerAt(i) is null &&
                            scan.MatchEnd(i, Lex.AnyOrgHead | Lex.InitiativeHead | Lex.Portfolio) < 0;
            }

            if (words is >= 2 and <= 4 && syllables)
            {
                return true;
            }
        }

        if (rolePrecedes && right > 0)
        {
            for (var s = right - 1; s >= 0 && s >= right - 4; s--)
            {
                if (scan.StrongGazetteerAt(s) is { Kind: GazetteerKind.Place } place && place.End == right)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Vietnamese capitalises only a word's first syllable ("Phát triển", "Chiến lược"): up to two lowercase syllables
    // after a capitalised one stay in the name when what follows them could close or continue a name.
    private static int CompoundTail(DocumentScan scan, int right)
    {
        var r = right;
        for (var n = 0; n < 3; n++)
        {
            if (!scan.IsLower(r) || scan[r].Is(UnitFlags.SentenceStart) || scan.IsClaimed(r) || scan.InDate(r) ||
                scan.Has(r, Lex.Stopper | Lex.Connector | Lex.Conjunction | Lex.Determiner | Lex.FunctionWord | Lex.Pronoun |
                            Lex.SpeechVerb | Lex.Role | Lex.ListTrigger | Lex.Copula | Lex.RoleLink | Lex.LocationCue))
            {
                break;
            }

            r++;

            // Three lowercase syllables ("Bảo hộ đầu tư Việt Nam") only lead on to a capital.
            var closes = scan.IsCap(r) || (n < 2 && (r >= scan.Count || scan[r].Is(UnitFlags.LineBefore) || scan.IsPunct(r) ||
                                                     (scan.IsLower(r) && scan.Has(r, Lex.Stopper | Lex.Connector | Lex.Conjunction | Lex.RoleLink | Lex.LocationCue))));
            if (closes)
            {
                right = r;
                break;
            }
        }

        return right;
    }

    // Scripts without spaces between words and without capitals: a name is the head and the rest of its spaced chunk.
    private static Candidate? GrowCaselessPhrase(DocumentScan scan, int h, int headEnd, Lex headFlags)
    {
        // Thai runs a clause on without spaces: take at most three words, up to a space or a word the data knows.
        var right = headEnd;
        while (right < scan.Count && scan.IsWord(right) && scan[right].Is(UnitFlags.Caseless) && !scan[right].Is(UnitFlags.SpaceBefore) &&
               !scan.IsClaimed(right) && right - headEnd < 3 &&
               scan.MatchEnd(right, Lex.Stopper | Lex.LocationCue | Lex.SpeechVerb | Lex.Role | Lex.Honorific | Lex.Conjunction) < 0)
        {
            if (scan.GazetteerAt(right) is { } hit && hit.End > right)
            {
                right = hit.End;
                continue;
            }

            right++;
        }

        // Without capitals, a head word and what follows are a name only when that names a place, body or portfolio
        // ("กระทรวงการต่างประเทศ", "สมาคมอิตาลี-อาเซียน") and the name ends there, not inside a description
        // ("บริษัทอิตาลีขนาดกลาง", medium-sized Italian companies).
        while (scan.IsHyphen(right) && scan.IsWord(right + 1) && scan[right + 1].Is(UnitFlags.Caseless))
        {
            right = scan.GazetteerAt(right + 1) is { } joined ? joined.End : right + 2;
        }

        // The name ends with the last place, body or portfolio it names.
        var namedEnd = headEnd;
        for (var u = headEnd; u < right; u++)
        {
            var end = scan.GazetteerAt(u)?.End ?? (scan.Has(u, Lex.Portfolio) ? scan.MatchEnd(u, Lex.Portfolio) : -1);
            if (end > u)
            {
                namedEnd = Math.Max(namedEnd, end);
            }
        }

        right = namedEnd;
        var closed = right >= scan.Count || !scan.IsWord(right) || scan[right].Is(UnitFlags.SpaceBefore) ||
                     scan.MatchEnd(right, Lex.Stopper | Lex.LocationCue | Lex.SpeechVerb | Lex.Role | Lex.Honorific | Lex.Conjunction | Lex.RoleLink) > 0;
        if (!closed)
        {
            right = headEnd;
        }

        // "สถานเอกอัครราชทูตไทย ณ กรุงโรม": an embassy's name goes on with "at <place>".
        var cueEnd = (headFlags & Lex.LocativeHead) != 0 ? scan.MatchEnd(right, Lex.LocationCue | Lex.RoleLink) : -1;
        if (right > headEnd && cueEnd > right && scan.GazetteerAt(cueEnd) is { Kind: GazetteerKind.Place } place && scan.IsFree(cueEnd, place.End))
        {
            right = place.End;
        }

        if (right == headEnd)
        {
            return null;
        }

        var type = (headFlags & Lex.AnyOrgHead) != 0 ? EntityType.Organization : EntityType.Initiative;
        return NewPhrase(scan, h, right, -1, -1, type);
    }

    /// <summary>Steps over an elided article's apostrophe ("dell'", "l'"): the unit after it, or <paramref name="k"/>.</summary>
    public static int SkipElision(DocumentScan scan, int k) =>
        k > 0 && scan.IsPunct(k) && !scan[k].Is(UnitFlags.SpaceBefore) && scan.Text[scan[k].Start] is '\'' or '\u2019' &&
        k + 1 < scan.Count && scan.IsWord(k + 1) && !scan[k + 1].Is(UnitFlags.SpaceBefore)
            ? k + 1
            : k;

    // Head-final names grow leftwards over capitalised words: "Italy-ASEAN Association", "ASEAN Single Window".
    private static int GrowLeft(DocumentScan scan, int h)
    {
        var left = h;
        var j = h - 1;
        while (j >= 0 && scan.SameLine(j, h))
        {
            if (scan.IsHyphen(j) && scan.IsCap(j - 1) && !scan.IsClaimed(j - 1))
            {
                left = j - 1;
                j -= 2;
                continue;
            }

            // Stop at a title or the end of a role ("Wakil Ketua Umum Kamar Dagang"), at a common word opening the sentence,
            // and, where names open with their head, at any sentence opener that is not a known name ("Siamo Partner").
            if (!scan.IsCap(j) || scan.IsClaimed(j) || IsExactly(scan, j, Lex.FunctionWord | Lex.Determiner | Lex.Possessive) ||
                scan.MatchEnd(j, Lex.PersonCue) > 0 || scan.MatchEndingAt(j + 1, Lex.Role, 4) >= 0 ||
                (scan[j].Is(UnitFlags.SentenceStart) && scan.SeenLowercase(j)) ||
                (scan.Lexicon.HeadFirst && scan[j].Is(UnitFlags.SentenceStart) && !scan[j].Is(UnitFlags.AllCaps) && scan.GazetteerAt(j) is null))
            {
                break;
            }

            left = j;
            if (scan.IsHyphen(j - 1) && scan.IsCap(j - 2) && !scan.IsClaimed(j - 2))
            {
                j -= 2;
                left = j;
                j--;
                continue;
            }

            j--;
        }

        return left;
    }

    // A capitalised word that opens a person's title or another head starts a new name rather than continuing this one.
    private static bool StartsOtherName(DocumentScan scan, int k) =>
        scan.MatchEnd(k, Lex.PersonCue) > 0 && !scan.Has(k, Lex.AnyOrgHead | Lex.InitiativeHead);

    private static void FindNounNames(DocumentScan scan)
    {
        var headFirst = scan.Lexicon.HeadFirst;
        for (var k = 0; k < scan.Count; k++)
        {
            if (!scan.IsLower(k) || scan.IsClaimed(k))
            {
                continue;
            }

            // "công ty Axiom Space", "the company Axiom Space", "sáng kiến Lưới điện ASEAN": the common noun types the name.
            var nounEnd = scan.MatchEnd(k, Lex.OrgNoun);
            var type = EntityType.Organization;
            if (nounEnd < 0 && headFirst)
            {
                nounEnd = scan.MatchEnd(k, Lex.InitiativeNoun);
                type = EntityType.Initiative;
            }

            // "la società vietnamita Viettel": a country adjective may sit between the noun and the name.
            if (nounEnd > k && scan.IsLower(nounEnd) && scan.GazetteerAt(nounEnd) is { Kind: GazetteerKind.Demonym } adjective &&
                scan.IsCap(adjective.End))
            {
                nounEnd = adjective.End;
            }

            if (nounEnd > k && scan.IsCap(nounEnd) && !scan.IsClaimed(nounEnd) && !scan[nounEnd].Is(UnitFlags.Headline))
            {
                var runEnd = CapRun(scan, nounEnd, 6);
                if (runEnd > nounEnd && !IsKnownPlace(scan, nounEnd, runEnd) && !StartsOtherName(scan, nounEnd) &&
                    !IsExactly(scan, nounEnd, Lex.FunctionWord) && scan.MatchEnd(nounEnd, Lex.AnyOrgHead | Lex.InitiativeHead) < 0 &&
                    scan.GazetteerAt(nounEnd) is not { Kind: GazetteerKind.Organization or GazetteerKind.Demonym })
                {
                    scan.TryClaim(new Candidate
                    {
                        Type = type,
                        Evidence = Evidence.Noun,
                        First = nounEnd,
                        End = runEnd,
                        NameFirst = nounEnd,
                        NameEnd = runEnd,
                    });
                    k = runEnd - 1;
                    continue;
                }
            }

            // "the Power Grid initiative": a lowercase initiative noun closing a capitalised name.
            if (!headFirst && IsExactly(scan, k, Lex.InitiativeNoun) && k > 0)
            {
                var before = scan.ClaimOf(k - 1);
                if (before is { Type: EntityType.Initiative, Target: null } && before.End == k)
                {
                    if (scan.TryGrow(before, before.First, k + 1))
                    {
                        before.NameEnd = k + 1;
                    }

                    continue;
                }

                var runStart = CapRunBackward(scan, k, 6);
                if (runStart < k && !scan[runStart].Is(UnitFlags.Headline) && !IsKnownPlace(scan, runStart, k) &&
                    scan.GazetteerAt(runStart) is not { Kind: GazetteerKind.Organization or GazetteerKind.Demonym } &&
                    !IsExactly(scan, runStart, Lex.FunctionWord | Lex.Determiner) &&
                    !(scan[runStart].Is(UnitFlags.SentenceStart) && scan.SeenLowercase(runStart)))
                {
                    scan.TryClaim(new Candidate
                    {
                        Type = EntityType.Initiative,
                        Evidence = Evidence.Noun,
                        First = runStart,
                        End = k + 1,
                        NameFirst = runStart,
                        NameEnd = k + 1,
                    });
                }
            }
        }
    }

    // "initiatives such as regional digital payments, the ASEAN Single Window, and the Smart Cities Network": every
    // example of a list whose noun names initiatives is one, capitalised or not.
    private static void FindLists(DocumentScan scan)
    {
        for (var t = 0; t < scan.Count; t++)
        {
            if (!scan.IsLower(t) || !scan.Has(t, Lex.ListTrigger))
            {
                continue;
            }

            var triggerEnd = scan.MatchEnd(t, Lex.ListTrigger);
            if (triggerEnd < 0 || !HasListNounBefore(scan, t, out var close))
            {
                continue;
            }

            var pos = triggerEnd;
            if (scan.IsPunct(pos, ':'))
            {
                pos++;
            }

            for (var items = 0; items < 10 && pos < scan.Count; items++)
            {
                var after = ParseListItem(scan, pos, close);
                if (after <= pos)
                {
                    break;
                }

                pos = SkipToSeparator(scan, after);
                if (pos < 0)
                {
                    break;
                }
            }

            t = Math.Max(t, pos - 1);
        }
    }

    // Whether a noun naming initiatives governs the list opened at the trigger; "close" when it stands right before the
    // trigger or a relative clause ties it to it ("projects that the association joins such as …"), the only cases where
    // lowercase examples are taken too.
    private static bool HasListNounBefore(DocumentScan scan, int trigger, out bool close)
    {
        close = false;
        var words = 0;
        var relative = false;
        for (var j = trigger - 1; j >= 0 && words < 16; j--)
        {
            if (scan.IsWord(j))
            {
                words++;
                if (scan.IsPlain(j) && scan.Has(j, Lex.Relative))
                {
                    relative = true;
                }

                if (scan.Has(j, Lex.ListNoun) && scan.MatchEnd(j, Lex.ListNoun) > 0)
                {
                    close = words <= 3 || (relative && scan.IsPlain(scan.MatchEnd(j, Lex.ListNoun)) && scan.Has(scan.MatchEnd(j, Lex.ListNoun), Lex.Relative)) ||
                            (relative && words <= 12);
                    return true;
                }

                if (scan[j].Is(UnitFlags.SentenceStart))
                {
                    return false;
                }
            }
            else if (IsSentenceEnd(scan, j))
            {
                return false;
            }
        }

        return false;
    }

    // Returns the unit after the item, or pos when nothing there is an item.
    private static int ParseListItem(DocumentScan scan, int pos, bool lowercaseItems)
    {
        if (scan.IsLower(pos) && IsExactly(scan, pos, Lex.Determiner))
        {
            pos++;
        }

        if (IsOpeningQuote(scan, pos))
        {
            var quoted = scan.ClaimOf(pos + 1);
            if (quoted is not null && quoted.First == pos + 1)
            {
                BecomeInitiative(quoted);
                return quoted.End + 1;
            }
        }

        var claimed = scan.ClaimOf(pos);
        if (claimed is not null && (claimed.First == pos || claimed.NameFirst == pos))
        {
            BecomeInitiative(claimed);
            if (claimed.Type == EntityType.Initiative && claimed.Target is null)
            {
                var complementEnd = Complement(scan, claimed.End);
                if (complementEnd > claimed.End && scan.TryGrow(claimed, claimed.First, complementEnd))
                {
                    claimed.NameEnd = complementEnd;
                }
            }

            return claimed.End;
        }

        if (scan.IsCap(pos) && !scan.IsClaimed(pos) && scan.Lexicon.HeadFirst && scan.MatchEnd(pos, Lex.AnyOrgHead | Lex.InitiativeHead) > 0)
        {
            // "Mạng lưới phòng thí nghiệm chung": a head-first example runs on over its lowercase words.
            var end = DescriptiveEnd(scan, pos);
            if (end > pos)
            {
                scan.TryClaim(new Candidate
                {
                    Type = TypeOfPhrase(scan, pos, end) ?? EntityType.Initiative,
                    Evidence = Evidence.List,
                    First = pos,
                    End = end,
                    NameFirst = pos,
                    NameEnd = end,
                });
                return end;
            }
        }

        if (scan.IsCap(pos) && !scan.IsClaimed(pos))
        {
            var runEnd = CapRun(scan, pos, 8);
            if (runEnd <= pos || IsKnownPlace(scan, pos, runEnd) || scan.GazetteerAt(pos) is { Kind: GazetteerKind.Organization } ||
                IsExactly(scan, pos, Lex.FunctionWord))
            {
                return runEnd > pos ? runEnd : pos;
            }

            var end = Complement(scan, runEnd);
            scan.TryClaim(new Candidate
            {
                Type = EntityType.Initiative,
                Evidence = Evidence.List,
                First = pos,
                End = end,
                NameFirst = pos,
                NameEnd = end,
            });
            return end;
        }

        if (lowercaseItems && scan.IsLower(pos) && !scan.Has(pos, Lex.Stopper))
        {
            var end = DescriptiveEnd(scan, pos);
            var words = 0;
            for (var i = pos; i < end; i++)
            {
                if (scan.IsWord(i))
                {
                    words++;
                }
            }

            if (words is >= 2 and <= 8)
            {
                scan.TryClaim(new Candidate
                {
                    Type = EntityType.Initiative,
                    Evidence = Evidence.List,
                    First = pos,
                    End = end,
                    NameFirst = pos,
                    NameEnd = end,
                });
                return end;
            }
        }

        return pos;
    }

    // An example in a list of projects or initiatives is one, even when its head usually names a body ("Virtual Learning
    // Centre", "Trung tâm học tập ảo"); names known as bodies (gazetteer, agencies) stay what they are.
    private static void BecomeInitiative(Candidate c)
    {
        if (c.Type == EntityType.Organization && c.Target is null && c.Evidence is Evidence.Head or Evidence.Quote or Evidence.Acronym)
        {
            c.Type = EntityType.Initiative;
        }
    }

    // "… Centre for Italy and ASEAN on cultural heritage and sustainable development": a list example's name goes on
    // over a complement that opens with a connector, up to the next separator.
    private static int Complement(DocumentScan scan, int end)
    {
        if (!scan.IsLower(end) || !scan.Has(end, Lex.Connector) || scan.Has(end, Lex.Conjunction | Lex.Determiner | Lex.Stopper))
        {
            return end;
        }

        var connectorEnd = scan.MatchEnd(end, Lex.Connector);
        if (connectorEnd < 0)
        {
            return end;
        }

        var descriptive = DescriptiveEnd(scan, connectorEnd);
        return descriptive > connectorEnd ? descriptive : end;
    }

    // A run of lowercase (or capitalised) words forming a descriptive name: stops at punctuation, dates, numbers,
    // stop words, a conjunction that starts a new item, and trailing connectors are dropped.
    private static int DescriptiveEnd(DocumentScan scan, int pos)
    {
        var end = pos;
        var words = 0;
        var i = pos;
        while (i < scan.Count && words < 10 && scan.SameLine(pos, i))
        {
            if (!scan.IsWord(i))
            {
                if (scan.IsJoiner(i) && scan.IsWord(i + 1))
                {
                    i++;
                    continue;
                }

                break;
            }

            if (scan[i].Is(UnitFlags.Number | UnitFlags.HasDigit) || scan.InDate(i) || scan.Has(i, Lex.Stopper) && IsExactly(scan, i, Lex.Stopper))
            {
                break;
            }

            if (scan.IsClaimed(i) && scan.ClaimOf(i) is { } other && other.Type != EntityType.Location)
            {
                // Another name is a list item of its own unless a connector led to it ("on ASEAN").
                if (!(i > pos && scan.IsLower(i - 1) && scan.Has(i - 1, Lex.Connector)))
                {
                    break;
                }
            }

            if (scan.IsLower(i) && scan.Has(i, Lex.Conjunction) && IsExactly(scan, i, Lex.Conjunction))
            {
                var next = i + 1;
                if (!scan.IsLower(next) || IsExactly(scan, next, Lex.Determiner) || scan.Has(next, Lex.Stopper))
                {
                    break;
                }
            }

            words++;
            i++;
            if (!(scan.IsLower(i - 1) && scan.Has(i - 1, Lex.Connector | Lex.Conjunction)))
            {
                end = i;
            }
        }

        return end;
    }

    // After an item: a comma, a conjunction, or both lead to the next item; a few words ("in 2023") may come first.
    private static int SkipToSeparator(DocumentScan scan, int pos)
    {
        for (var skipped = 0; pos < scan.Count && skipped < 6; skipped++)
        {
            if (IsClosingQuote(scan, pos))
            {
                pos++;
                continue;
            }

            if (scan.IsPunct(pos, ',') || scan.IsPunct(pos, ';'))
            {
                pos++;
                if (scan.IsLower(pos) && IsExactly(scan, pos, Lex.Conjunction))
                {
                    pos++;
                }

                return pos;
            }

            if (scan.IsLower(pos) && IsExactly(scan, pos, Lex.Conjunction))
            {
                return pos + 1;
            }

            if (!scan.IsWord(pos) || IsSentenceEnd(scan, pos) || scan[pos].Is(UnitFlags.LineBefore))
            {
                return -1;
            }

            pos++;
        }

        return -1;
    }

    private static void BindPendingAcronyms(DocumentScan scan)
    {
        foreach (var unit in scan.PendingAcronyms)
        {
            var end = Math.Max(unit + 1, AcronymEnd(scan, unit));
            var acronym = scan.Slice(unit, end);
            var inside = scan.ClaimOf(unit);
            if (inside is not null)
            {
                if (inside.Type is EntityType.Organization or EntityType.Initiative && inside.Target is null)
                {
                    scan.DefineShortName(inside, acronym);
                }

                continue;
            }

            var before = scan.ClaimOf(unit - 2);
            if (before is null)
            {
                before = GrowOverPlace(scan, unit - 1);
            }

            if (before is { Type: EntityType.Organization or EntityType.Initiative, Target: null } && before.End == unit - 1 &&
                !scan.Has(unit, Lex.Agency))
            {
                scan.DefineShortName(before, acronym);
                scan.TryClaim(new Candidate
                {
                    Type = before.Type,
                    Evidence = Evidence.Acronym,
                    First = unit,
                    End = end,
                    NameFirst = unit,
                    NameEnd = end,
                    Target = before,
                });
            }
        }
    }

    // "Ủy ban ASEAN tại Rome (ACR)", "Phòng Thương mại Italy tại Việt Nam (ICHAM)": the bracketed acronym closes a name that
    // went on with "in <place>" after its head phrase; the place belongs to the name.
    private static Candidate? GrowOverPlace(DocumentScan scan, int paren)
    {
        var placeStart = -1;
        for (var s = paren - 1; s >= 0 && s >= paren - 5; s--)
        {
            if (scan.GazetteerAt(s) is { Kind: GazetteerKind.Place or GazetteerKind.Organization } hit && hit.End == paren)
            {
                placeStart = s;
                break;
            }
        }

        if (placeStart < 1 || !scan.IsFree(placeStart, paren))
        {
            return null;
        }

        var cueStart = scan.MatchEndingAt(placeStart, Lex.LocationCue | Lex.RoleLink, 3);
        if (cueStart < 1 || !scan.IsLower(cueStart) || scan.ClaimOf(cueStart - 1) is not { Type: EntityType.Organization, Target: null } org ||
            org.End != cueStart || !scan.TryGrow(org, org.First, paren))
        {
            return null;
        }

        org.NameEnd = paren;
        return org;
    }

    private static void FindAgencies(DocumentScan scan)
    {
        for (var i = 0; i < scan.Count; i++)
        {
            if (!scan.IsCap(i) || scan.IsClaimed(i) || !scan.Has(i, Lex.Agency))
            {
                continue;
            }

            var end = scan.MatchEnd(i, Lex.Agency, out var node);
            if (end < 0 || !scan.IsFree(i, end))
            {
                continue;
            }

            // Outlet names are often ordinary words ("antara" is "between", "Repubblica", "Nova"): trust capitals, brackets,
            // credits, a verb of telling before it, or a name of several words.
            var credited = scan[i].Is(UnitFlags.AllCaps) || scan.IsPunct(i - 1, '(') || scan.IsPunct(i - 1, ':') ||
                           scan.IsPunct(i - 1, '/') || scan.IsPunct(i - 1, '-') || scan.IsPunct(i - 1, '\u2013') || scan.IsPunct(i - 1, '\u2014') ||
                           (!scan[i].Is(UnitFlags.SentenceStart) && !scan.SeenLowercase(i) &&
                            (PersonFinder.CountWords(scan, i, end) >= 2 || scan.MatchEndingAt(i, Lex.SpeechVerb, 3) >= 0));
            if (!credited)
            {
                continue;
            }

            scan.TryClaim(new Candidate
            {
                Type = EntityType.Organization,
                Evidence = Evidence.Agency,
                First = i,
                End = end,
                NameFirst = i,
                NameEnd = end,
                Canonical = node?.Canonical,
            });
            i = end - 1;
        }
    }

    private static void FindGazetteerOrganizations(DocumentScan scan)
    {
        for (var i = 0; i < scan.Count; i++)
        {
            if (!scan.IsWord(i) || scan.IsClaimed(i) ||
                scan.GazetteerAt(i) is not { Kind: GazetteerKind.Organization or GazetteerKind.Agreement } hit || !scan.IsFree(i, hit.End))
            {
                continue;
            }

            scan.TryClaim(new Candidate
            {
                Type = hit.Kind == GazetteerKind.Agreement ? EntityType.Initiative : EntityType.Organization,
                Evidence = Evidence.Gazetteer,
                First = i,
                End = hit.End,
                NameFirst = i,
                NameEnd = hit.End,
                Canonical = hit.Name,
            });
            i = hit.End - 1;
        }
    }
}
