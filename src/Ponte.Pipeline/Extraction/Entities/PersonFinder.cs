using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Entities;

/// <summary>
/// Finds people the way a careful reader does without a model: a title or role before a name ("Vietnamese Ambassador to
/// Italy Duong Hai Hung", "Đại sứ Dương Hải Hưng"), roles in apposition after one ("Manlio Di Stefano, former Deputy
/// Foreign Minister of Italy and now senior advisor of Axiom Space"), names sharing a role ("hai Phó Chủ tịch là A và B"),
/// and bylines. <see cref="FindWeak"/> adds, after places are known, names next to a verb of saying and names shaped
/// like a family-first or given-name-first personal name.
/// </summary>
internal static class PersonFinder
{
    private const int MaxNameWords = 6;

    public static void FindStrong(DocumentScan scan)
    {
        for (var i = 0; i < scan.Count; i++)
        {
            if (!scan.IsWord(i) || scan.IsClaimed(i))
            {
                continue;
            }

            if (scan.Has(i, Lex.Role))
            {
                var role = ParseRole(scan, i);
                if (role is not null)
                {
                    i = Math.Max(i, HandleRole(scan, role) - 1);
                    continue;
                }
            }

            // A byline opens a line, or a credit in brackets: "(Reporting by …; Editing by …)".
            // Italian writes it in lowercase: "di Mario Rossi" alone on its line.
            if (scan.Has(i, Lex.Byline) &&
                (scan.IsCap(i) ? i == 0 || scan[i].Is(UnitFlags.LineBefore) || scan.IsPunct(i - 1, '(') || scan.IsPunct(i - 1, ';')
                               : scan.IsLower(i) && (i == 0 || scan[i].Is(UnitFlags.LineBefore))))
            {
                var after = Byline(scan, i);
                if (after > i)
                {
                    i = after - 1;
                    continue;
                }
            }

            if (scan.Has(i, Lex.Honorific))
            {
                var honorificEnd = scan.MatchEnd(i, Lex.Honorific);
                if (honorificEnd > i)
                {
                    var k = SkipTitles(scan, honorificEnd);
                    var nameEnd = ScanName(scan, k, allowSingle: true);
                    if (nameEnd > k)
                    {
                        var person = AddPerson(scan, k, nameEnd, Evidence.Title);
                        if (person is not null)
                        {
                            i = nameEnd - 1;
                        }
                    }
                }
            }
        }
    }

    public static void FindWeak(DocumentScan scan)
    {
        for (var i = 0; i < scan.Count; i++)
        {
            if (!scan.IsWord(i) || scan.IsClaimed(i))
            {
                continue;
            }

            if (scan[i].Is(UnitFlags.Headline))
            {
                HeadlineSpeaker(scan, i);
                continue;
            }

            // "…, Lena Hartmann said" / "said Lena Hartmann" (but "… of Bruni Legal said" names a body); "According to Lena
            // Hartmann, …" opens its sentence.
            if ((scan.IsLower(i) || OpensAttribution(scan, i)) && scan.Has(i, Lex.SpeechVerb) && NamePrefixEnd(scan, i) is var verbEnd and > 0)
            {
                var start = NamePhraseFinder.CapRunBackward(scan, i, 5);
                var nameStart = AfterDemonyms(scan, start, i);
                if (nameStart < i && LooksLikeName(scan, nameStart, i, 2) &&
                    !(scan.IsPlain(start - 1) && scan.Has(start - 1, Lex.Connector | Lex.RoleLink | Lex.LocationCue | Lex.Determiner)))
                {
                    AddPerson(scan, nameStart, i, Evidence.Speech);
                }

                // "said Lena Hartmann.", "ujar Ratna Dewi Lestari di Jakarta": the name ends the clause or a small word follows
                // (not a noun: "said Southeast Asian officials").
                var end = NamePhraseFinder.CapRun(scan, verbEnd, 5);
                if (end > verbEnd && LooksLikeName(scan, verbEnd, end, 2) &&
                    (end >= scan.Count || scan.IsPunct(end) ||
                     (scan.IsLower(end) && scan.Has(end, Lex.Stopper | Lex.LocationCue | Lex.RoleLink | Lex.Connector))))
                {
                    AddPerson(scan, verbEnd, end, Evidence.Speech);
                }

                continue;
            }

            // "si Davide Giglio", "kay Davide Giglio": a word that only ever stands before a person's name, where no title
            // already took the name ("ni Health Secretary Mario Santos").
            if (scan.Has(i, Lex.PersonMarker) && (scan.IsLower(i) || scan[i].Is(UnitFlags.SentenceStart)) &&
                scan.MatchEnd(i, Lex.PersonMarker) is var markerEnd and > 0 && !scan.IsClaimed(markerEnd) && !RoleStartsAt(scan, markerEnd))
            {
                var markedEnd = ScanName(scan, markerEnd, allowSingle: true);
                if (markedEnd > markerEnd && LooksLikeName(scan, markerEnd, markedEnd, 1))
                {
                    AddPerson(scan, markerEnd, markedEnd, Evidence.Title);
                    i = markedEnd - 1;
                    continue;
                }
            }

            // "l'italiano Davide Giglio": a country adjective written in lowercase after an article is a person's nationality.
            if (scan.IsLower(i) && scan.StrongGazetteerAt(i) is { Kind: GazetteerKind.Demonym, End: var demonymEnd } &&
                ArticleBefore(scan, i) && NamePhraseFinder.CapRun(scan, demonymEnd, MaxNameWords) is var nationalEnd &&
                nationalEnd > demonymEnd && LooksLikeName(scan, demonymEnd, nationalEnd, 2))
            {
                AddPerson(scan, demonymEnd, nationalEnd, Evidence.NamePattern);
                i = nationalEnd - 1;
                continue;
            }

            if (!scan.IsCap(i) || scan[i].Is(UnitFlags.Caseless) || !scan.Has(i, Lex.FamilyName | Lex.GivenName))
            {
                continue;
            }

            var isFamily = NamePhraseFinder.IsExactly(scan, i, Lex.FamilyName);
            var isGiven = NamePhraseFinder.IsExactly(scan, i, Lex.GivenName);
            if (!isFamily && !isGiven)
            {
                continue;
            }

            var runEnd = ScanName(scan, i, allowSingle: false);

            // "The plan, Bopha Kim Sovann said, …": a known name inside a longer run before a verb of saying is not where the
            // name starts; the verb's own rule takes the whole run.
            if (scan.IsCap(i - 1) && !scan.IsClaimed(i - 1) && scan.SameLine(i - 1, i) && !scan[i - 1].Is(UnitFlags.Caseless) &&
                !NamePhraseFinder.IsExactly(scan, i - 1, Lex.FunctionWord | Lex.Determiner) && scan.IsLower(runEnd) && scan.Has(runEnd, Lex.SpeechVerb))
            {
                continue;
            }

            var words = CountWords(scan, i, runEnd);
            if (isFamily && words is >= 2 and <= 4 && SyllableShaped(scan, i, runEnd) && LooksLikeName(scan, i, runEnd, 2))
            {
                AddPerson(scan, i, runEnd, Evidence.NamePattern);
                i = runEnd - 1;
            }
            else if (isGiven && words is >= 2 and <= 5 && LooksLikeName(scan, i, runEnd, 2))
            {
                AddPerson(scan, i, runEnd, Evidence.NamePattern);
                i = runEnd - 1;
            }
        }
    }

    /// <summary>Parses the role phrase whose head word starts at <paramref name="i"/>, with its qualifiers and complement.</summary>
    public static RolePhrase? ParseRole(DocumentScan scan, int i)
    {
        var headEnd = scan.MatchEnd(i, Lex.Role);
        if (headEnd < 0 || !scan.IsFree(i, headEnd))
        {
            return null;
        }

        Candidate? organization = null;
        var referenceAt = -1;
        var first = i;

        // Leftwards: "former", "Deputy", "Vietnamese", "ASEAN", "Indonesia's", "its".
        for (var guard = 0; guard < 6 && first > 0; guard++)
        {
            var j = first - 1;
            if (scan.ClaimOf(j) is { Type: EntityType.Organization } org && org.End == first && scan.SameLine(j, i))
            {
                organization ??= org;
                first = org.First;
                continue;
            }

            // "MITI secretary-general": an acronym before a role is the body it belongs to.
            if (NamePhraseFinder.IsAcronym(scan, j) && !scan.IsClaimed(j) && scan.GazetteerAt(j) is null && scan.SameLine(j, i) &&
                !scan[j].Is(UnitFlags.Headline))
            {
                var body = new Candidate
                {
                    Type = EntityType.Organization,
                    Evidence = Evidence.Acronym,
                    First = j,
                    End = j + 1,
                    NameFirst = j,
                    NameEnd = j + 1,
                    Target = scan.DefinedShortName(j),
                };
                if (scan.TryClaim(body))
                {
                    organization ??= body.Root;
                    first = j;
                    continue;
                }
            }

            var possessiveAt = PossessiveBefore(scan, first);
            if (possessiveAt >= 0)
            {
                first = possessiveAt;
                continue;
            }

            var modifier = scan.MatchEndingAt(first, Lex.RoleModifier | Lex.Portfolio, 3);
            if (modifier >= 0)
            {
                first = modifier;
                continue;
            }

            var gazetteerStart = GazetteerEndingAt(scan, first);
            if (gazetteerStart >= 0 && scan.IsFree(gazetteerStart, first))
            {
                first = gazetteerStart;
                continue;
            }

            if (scan.IsWord(j) && scan.Has(j, Lex.Possessive) && scan.MatchEnd(j, Lex.Possessive) == first)
            {
                // "its president": the body is the last one named before.
                organization = scan.LastBefore(j, c => c.Type == EntityType.Organization);
                referenceAt = -2;
            }

            break;
        }

        // Rightwards, a few steps of: qualifiers ("chiến lược cao cấp", "Bidang"), a portfolio, a country adjective
        // ("vietnamita"), or a complement with or without a link word ("to Italy", "of the ACR", "Thủ tướng Italy").
        var end = headEnd;
        var complements = 0;
        for (var step = 0; step < 8; step++)
        {
            var qualifier = scan.MatchEnd(end, Lex.RoleModifier | Lex.Portfolio);
            if (qualifier > end && scan.IsFree(end, qualifier) && (scan.IsPlain(end) || scan.MatchEnd(end, Lex.Portfolio) == qualifier ||
                                                                   scan.Lexicon.HeadFirst))
            {
                if (scan.MatchEnd(end, Lex.Portfolio) == qualifier)
                {
                    scan.MarkCue(end, qualifier);
                }

                end = qualifier;
                continue;
            }

            // "il presidente vietnamita", "viceministro degli Esteri vietnamita": a country adjective after the role.
            if (scan.DemonymAt(end) is { } adjective && scan.IsFree(end, adjective.End) &&
                (scan.IsPlain(end) || scan.Lexicon.HeadFirst))
            {
                end = adjective.End;
                continue;
            }

            if (complements >= 2)
            {
                break;
            }

            var complement = Complement(scan, i, end, ref organization, ref referenceAt);
            if (complement <= end)
            {
                break;
            }

            complements++;
            end = complement;

            // "Wakil Ketua Umum Kamar Dagang dan Industri (KADIN) Indonesia Bidang …": the role goes on past the acronym.
            if (scan.IsPunct(end, '(') && scan.ClaimOf(end + 1) is { } acronym && acronym.Root == organization?.Root &&
                scan.IsPunct(acronym.End, ')') && (scan.GazetteerAt(acronym.End + 1) is not null || scan.Has(acronym.End + 1, Lex.RoleModifier | Lex.Portfolio)))
            {
                end = acronym.End + 1;
            }
        }

        var phrase = new RolePhrase
        {
            First = first,
            End = end,
            HeadFirst = i,
            HeadEnd = headEnd,
            Organization = organization,
            ReferenceAt = referenceAt == -2 ? end : referenceAt,
        };
        scan.AddRole(phrase);
        scan.MarkCue(i, headEnd);
        return phrase;
    }

    // One complement of a role starting at unit k: the unit after it, or k when there is none.
    private static int Complement(DocumentScan scan, int head, int k, ref Candidate? organization, ref int referenceAt)
    {
        var start = k;
        var linked = false;
        var locative = false;
        if (scan.IsPlain(k) && scan.Has(k, Lex.RoleLink))
        {
            var linkEnd = scan.MatchEnd(k, Lex.RoleLink);
            if (linkEnd > k)
            {
                locative = scan.MatchEnd(k, Lex.LocationCue) == linkEnd;
                k = NamePhraseFinder.SkipElision(scan, linkEnd);
                linked = true;
            }
        }

        if (scan.IsPlain(k) && NamePhraseFinder.IsExactly(scan, k, Lex.Determiner))
        {
            k = NamePhraseFinder.SkipElision(scan, k + 1);
        }

        if (scan.IsLower(k) && scan.Has(k, Lex.OrgNoun) && scan.MatchEnd(k, Lex.OrgNoun) is var nounEnd and > 0 &&
            scan.ClaimOf(nounEnd) is { Type: EntityType.Organization })
        {
            k = nounEnd;
        }

        if (scan.ClaimOf(k) is { Hidden: false } claimed && claimed.First == k && claimed.Type is EntityType.Organization or EntityType.Initiative)
        {
            organization = claimed;
            return claimed.End;
        }

        var portfolio = scan.MatchEnd(k, Lex.Portfolio);
        if (portfolio > k && (linked || scan.IsCap(k)))
        {
            scan.MarkCue(k, portfolio);
            return portfolio;
        }

        // "Wakil Tetap Republik Indonesia": a state's formal name is the country the role belongs to.
        if (scan.IsCap(k) && scan.Has(k, Lex.NotPlace))
        {
            var next = scan.IsPlain(k + 1) && scan.Has(k + 1, Lex.Connector) ? scan.MatchEnd(k + 1, Lex.Connector) : k + 1;
            if (scan.GazetteerAt(next) is { Kind: GazetteerKind.Place } state && scan.IsFree(next, state.End))
            {
                return state.End;
            }
        }

        // Without a link word, a place after a role is its country ("Thủ tướng Italy"); a city or province there is more
        // likely a name ("Giám đốc Trung tâm AHA Rizal Santoso").
        if (scan.GazetteerAt(k) is { Kind: GazetteerKind.Place } place && scan.IsFree(k, place.End) && scan.SameLine(head, k) &&
            (linked || place.Country || place.End - k >= 2 || !scan.IsCap(place.End) || scan.IsCap(place.End + 1)))
        {
            return place.End;
        }

        if (scan.BareHeadAt(k) is { } bare)
        {
            var referent = scan.LastBefore(k, c => c.Type == bare.Type && c.Target is null && NameHasHead(scan, c, bare));
            if (referent is not null)
            {
                organization = referent;
                referenceAt = start;
                return bare.End;
            }
        }

        if (scan.IsCap(k) && !scan.IsClaimed(k) && (scan.DefinedShortName(k) ?? BodyNamedBy(scan, k)) is { Type: EntityType.Organization } body)
        {
            // "Giám đốc điều hành Vinamilk": the body's short name.
            var shortName = new Candidate
            {
                Type = body.Type,
                Evidence = Evidence.Coreference,
                First = k,
                End = k + 1,
                NameFirst = k,
                NameEnd = k + 1,
                Target = body,
            };
            if (scan.TryClaim(shortName))
            {
                organization = body;
                return k + 1;
            }
        }

        if (!linked && scan.IsWord(k) && scan[k].Is(UnitFlags.AllCaps) && NamePhraseFinder.IsExactly(scan, k, Lex.NotName))
        {
            // "Duta Besar RI": a known abbreviation that names no body stays in the role.
            return k + 1;
        }

        if (!linked && NamePhraseFinder.IsAcronym(scan, k) && !scan.IsClaimed(k) && scan.GazetteerAt(k) is null)
        {
            // "các Đại sứ ACR": an acronym after a role is the body the role belongs to.
            var acronym = new Candidate
            {
                Type = EntityType.Organization,
                Evidence = Evidence.Acronym,
                First = k,
                End = k + 1,
                NameFirst = k,
                NameEnd = k + 1,
                Target = scan.DefinedShortName(k),
            };
            if (scan.TryClaim(acronym))
            {
                organization = acronym.Root;
                return k + 1;
            }
        }

        if (linked && !locative && scan.IsCap(k) && !scan.IsClaimed(k) && !scan[k].Is(UnitFlags.Caseless) &&
            scan.MatchEnd(k, Lex.AnyOrgHead | Lex.InitiativeHead | Lex.PersonCue) < 0 && !NamePhraseFinder.IsExactly(scan, k, Lex.FunctionWord))
        {
            // "senior advisor of Axiom Space": what a role belongs to is a body, when it looks like a name.
            var runEnd = NamePhraseFinder.CapRun(scan, k, 6);
            var namedAfter = runEnd == k + 1 && scan.IsPunct(runEnd, ',') &&
                             ScanName(scan, SkipTitles(scan, runEnd + 1), allowSingle: false) > SkipTitles(scan, runEnd + 1);
            if (runEnd > k && (CountWords(scan, k, runEnd) >= 2 || NamePhraseFinder.IsAcronym(scan, k) || namedAfter))
            {
                var org = new Candidate
                {
                    Type = EntityType.Organization,
                    Evidence = Evidence.Apposition,
                    First = k,
                    End = runEnd,
                    NameFirst = k,
                    NameEnd = runEnd,
                };
                if (scan.TryClaim(org))
                {
                    organization = org;
                    return runEnd;
                }
            }
        }

        return start;
    }

    /// <summary>The role as the text says it, with a body it only refers to spelled out ("president of the IAA").</summary>
    public static RoleMention Mention(DocumentScan scan, RolePhrase role)
    {
        var span = new TextSpan(scan[role.First].Start, scan[role.End - 1].End);
        var organization = role.Organization?.Root;
        var organizationName = organization is null ? null : organization.Canonical ?? scan.NameOf(organization);
        var text = scan.Slice(role.First, role.End);
        if (role.ReferenceAt >= 0 && organizationName is not null)
        {
            var roleWords = scan.Slice(role.First, Math.Min(role.ReferenceAt, role.End));
            text = scan.Lexicon.RoleWithOrganization.Replace("{role}", roleWords, StringComparison.Ordinal)
                .Replace("{organization}", organizationName, StringComparison.Ordinal);
        }

        return new RoleMention(text, organizationName, span);
    }

    private static int HandleRole(DocumentScan scan, RolePhrase role)
    {
        // "Luca Vignati, direttore Upstream di Eni": after "NAME," a role is that person's, whatever capitals follow it.
        if (scan.IsPunct(role.First - 1, ',') && scan.IsCap(role.First - 2) && AppositionTarget(scan, role.First) is { } described)
        {
            Attach(scan, described, role);
            return role.End;
        }

        var k = SkipTitles(scan, role.End);
        if (k < scan.Count && !scan.SameLine(role.End - 1, k))
        {
            k = scan.Count;
        }

        // "Minister of Investment, Trade and Industry (MITI), Zafrul Aziz,": the acronym of the role's body stands between
        // the role and its comma.
        var aside = k == role.End ? AsideEnd(scan, k) : k;
        if (aside > k && scan.IsPunct(aside, ','))
        {
            k = aside;
        }

        if (scan.IsPunct(k, ',') && (role.End == k || aside == k))
        {
            // "the secretary-general, Kao Kim Hourn, said", "Đại sứ Indonesia tại Italy, bà Junimart Girsang,": a role, a
            // comma and a name closed by punctuation.
            var nameStart = SkipTitles(scan, k + 1);
            var second = scan.Has(nameStart, Lex.Role) ? ParseRole(scan, nameStart) : null;
            if (second is not null)
            {
                // "Wakil Tetap Republik Indonesia untuk ASEAN, Duta Besar Rahmat Hidayat": two roles, one person.
                nameStart = SkipTitles(scan, second.End);
            }

            var titled = nameStart > k + 1;
            var after = ScanName(scan, nameStart, allowSingle: titled);
            if (after > nameStart && (titled || CountWords(scan, nameStart, after) >= 2) && scan.IsPunct(after) && !scan.IsPunct(after, '-'))
            {
                var named = AddPerson(scan, nameStart, after, Evidence.Title);
                if (named is not null)
                {
                    Attach(scan, named, role);
                    AttachChainedRole(scan, named, role);
                    if (second is not null)
                    {
                        Attach(scan, named, second);
                    }

                    return after;
                }
            }
        }

        // Unspaced scripts: a name follows a role only after a space or a courtesy title.
        var nameEnd = scan[k < scan.Count ? k : role.End - 1].Is(UnitFlags.Caseless) && k < scan.Count && k == role.End &&
                      !scan[k].Is(UnitFlags.SpaceBefore)
            ? k
            : ScanName(scan, k, allowSingle: true);

        // "Direktur Jenderal Industri Logam, Mesin, Alat Transportasi, dan …": the first of a list of capitalised words is
        // part of the role, not a name.
        if (nameEnd > k && scan.IsPunct(nameEnd, ',') && scan.IsCap(nameEnd + 1) &&
            (scan.IsPunct(nameEnd + 2, ',') || (scan.IsPlain(nameEnd + 2) && NamePhraseFinder.IsExactly(scan, nameEnd + 2, Lex.Conjunction))))
        {
            nameEnd = k;
        }
        if (nameEnd > k)
        {
            var person = AddPerson(scan, k, nameEnd, Evidence.Title);
            if (person is not null)
            {
                Attach(scan, person, role);
                AttachChainedRole(scan, person, role);
                return nameEnd;
            }
        }

        if (scan.Has(role.End, Lex.Copula) || scan.IsPunct(role.End, ':'))
        {
            var listEnd = SharedRoleList(scan, role);
            if (listEnd > role.End)
            {
                return listEnd;
            }
        }

        var target = AppositionTarget(scan, role.First);
        if (target is not null)
        {
            Attach(scan, target, role);
        }

        return role.End;
    }

    // The end of a short parenthesis at k ("(MITI)", "(Kemendag)"): words only, on one line; k itself when there is none.
    private static int AsideEnd(DocumentScan scan, int k)
    {
        if (!scan.IsPunct(k, '('))
        {
            return k;
        }

        for (var j = k + 1; j < scan.Count && j <= k + 5 && scan.SameLine(k, j); j++)
        {
            if (scan.IsPunct(j))
            {
                return scan.IsPunct(j, ')') && j > k + 1 ? j + 1 : k;
            }
        }

        return k;
    }

    // "ROLE1, ROLE2 NAME", "ROLE1 e ROLE2, NAME": a role that named nobody, right before this one and a comma or a
    // conjunction, is the same person's.
    private static void AttachChainedRole(DocumentScan scan, Candidate person, RolePhrase role)
    {
        var before = role.First - 1;
        if (!scan.IsPunct(before, ',') && !(scan.IsPlain(before) && NamePhraseFinder.IsExactly(scan, before, Lex.Conjunction)))
        {
            return;
        }

        if (scan.RoleEndingAt(before) is { Attached: false } earlier && earlier != role)
        {
            Attach(scan, person, earlier);
            AttachChainedRole(scan, person, earlier);
        }
    }

    // "… Phó Chủ tịch là Đại sứ A và Giáo sư B": every name of the list has the role (and its own title).
    private static int SharedRoleList(DocumentScan scan, RolePhrase role)
    {
        var k = scan.IsPunct(role.End, ':') ? role.End + 1 : scan.MatchEnd(role.End, Lex.Copula);
        var last = role.End;
        for (var items = 0; items < 8 && k > 0 && k < scan.Count; items++)
        {
            RolePhrase? own = null;
            if (scan.Has(k, Lex.Role))
            {
                own = ParseRole(scan, k);
                if (own is not null)
                {
                    k = own.End;
                }
            }

            k = SkipTitles(scan, k);
            var nameEnd = ScanName(scan, k, allowSingle: own is not null);
            if (nameEnd <= k)
            {
                break;
            }

            var person = AddPerson(scan, k, nameEnd, Evidence.Title);
            if (person is null)
            {
                break;
            }

            Attach(scan, person, role);
            if (own is not null)
            {
                Attach(scan, person, own);
            }

            last = nameEnd;
            k = nameEnd;
            if (scan.IsPunct(k, ','))
            {
                k++;
            }

            if (scan.IsLower(k) && scan.Has(k, Lex.Conjunction))
            {
                k = scan.MatchEnd(k, Lex.Conjunction);
            }
            else if (!scan.IsPunct(k - 1, ','))
            {
                break;
            }
        }

        return last;
    }

    // The person a role stands in apposition to: "NAME, ROLE", "NAME, who is ROLE", "ROLE1 and now ROLE2".
    private static Candidate? AppositionTarget(DocumentScan scan, int roleFirst)
    {
        var k = roleFirst;
        if (scan.IsLower(k - 1) && NamePhraseFinder.IsExactly(scan, k - 1, Lex.Determiner))
        {
            // "…, who is a former senator".
            k--;
        }

        var linked = false;
        var linkStart = scan.MatchEndingAt(k, Lex.AppositionLink, 4);
        if (linkStart >= 0 && scan.IsLower(linkStart))
        {
            k = linkStart;
            linked = true;
        }

        var conjunction = false;
        if (scan.IsLower(k - 1) && NamePhraseFinder.IsExactly(scan, k - 1, Lex.Conjunction))
        {
            k--;
            conjunction = true;
        }

        var comma = false;
        if (scan.IsPunct(k - 1, ','))
        {
            k--;
            comma = true;
        }

        // Thai sets a name and its role side by side: "นายชัยวัฒน์ ศรีสุวรรณ รัฐมนตรีช่วยว่าการกระทรวงพาณิชย์".
        if (!linked && !comma && !conjunction && scan[roleFirst].Is(UnitFlags.Caseless) && scan[roleFirst].Is(UnitFlags.SpaceBefore) &&
            scan.ClaimOf(roleFirst - 1) is { Type: EntityType.Person } beside && beside.End == roleFirst)
        {
            return beside.Root;
        }

        if (!linked && !comma && !conjunction)
        {
            return null;
        }

        // A role chained to one already given ("… of Italy and now senior advisor …").
        if (scan.RoleEndingAt(k) is { Attached: true, Person: { } holder })
        {
            return holder;
        }

        if (!comma || conjunction)
        {
            return null;
        }

        if (scan.ClaimOf(k - 1) is { Type: EntityType.Person } person && person.End == k)
        {
            return person.Root;
        }

        var start = NamePhraseFinder.CapRunBackward(scan, k, MaxNameWords);
        while (start < k && (NamePhraseFinder.IsExactly(scan, start, Lex.FunctionWord | Lex.Determiner) ||
                             (scan[start].Is(UnitFlags.SentenceStart) && scan.SeenLowercase(start))))
        {
            start++;
        }

        var nameEnd = start < k ? ScanName(scan, start, allowSingle: false) : start;
        if (nameEnd == k && LooksLikeName(scan, start, k, 2))
        {
            return AddPerson(scan, start, k, Evidence.Apposition);
        }

        return null;
    }

    private static void Attach(DocumentScan scan, Candidate person, RolePhrase role)
    {
        person = person.Root;
        role.Attached = true;
        role.Person = person;
        person.AddRole(Mention(scan, role));
    }

    private static int Byline(DocumentScan scan, int i)
    {
        var k = scan.MatchEnd(i, Lex.Byline);
        if (k < 0)
        {
            return i;
        }

        if (scan.IsPunct(k, ':'))
        {
            k++;
        }

        var last = i;
        for (var names = 0; names < 4; names++)
        {
            k = SkipTitles(scan, k);
            var nameEnd = ScanName(scan, k, allowSingle: false);
            if (nameEnd <= k || !scan.SameLine(i, k))
            {
                break;
            }

            var closes = nameEnd >= scan.Count || scan[nameEnd].Is(UnitFlags.LineBefore) || scan.IsPunct(nameEnd, ',') ||
                         scan.IsPunct(nameEnd, ';') || scan.IsPunct(nameEnd, ')') ||
                         scan.IsPunct(nameEnd, '|') || (scan.IsLower(nameEnd) && scan.Has(nameEnd, Lex.Conjunction));
            if (!closes)
            {
                break;
            }

            var person = AddPerson(scan, k, nameEnd, Evidence.Byline);
            if (person is null)
            {
                break;
            }

            person.AddRole(new RoleMention("author", null, new TextSpan(scan[i].Start, scan[nameEnd - 1].End)));
            last = nameEnd;
            k = nameEnd;
            if (scan.IsPunct(k, ','))
            {
                k++;
            }

            if (scan.IsLower(k) && scan.Has(k, Lex.Conjunction))
            {
                k = scan.MatchEnd(k, Lex.Conjunction);
            }

            if (k < 0 || k >= scan.Count || scan[k].Is(UnitFlags.LineBefore))
            {
                break;
            }
        }

        return last;
    }

    /// <summary>The unit after any honorifics (and their dots) starting at <paramref name="k"/>.</summary>
    public static int SkipTitles(DocumentScan scan, int k)
    {
        k = SkipDot(scan, k);
        for (var guard = 0; guard < 3; guard++)
        {
            var end = scan.MatchEnd(k, Lex.Honorific);
            if (end <= k)
            {
                break;
            }

            scan.MarkCue(k, end);
            k = SkipDot(scan, end);
        }

        return k;
    }

    // "Dr.", "Prof.", "TS.", "Dato'": the dot or apostrophe of a short title, with the name going on on the same line.
    private static int SkipDot(DocumentScan scan, int k) =>
        (scan.IsPunct(k, '.') || scan.IsPunct(k, '\'') || scan.IsPunct(k, '’')) && !scan[k].Is(UnitFlags.SpaceBefore) && k > 0 && scan.IsWord(k - 1) && scan[k - 1].Length <= 4 &&
        k + 1 < scan.Count && !scan[k + 1].Is(UnitFlags.LineBefore)
            ? k + 1
            : k;

    /// <summary>
    /// The end of the personal name starting at <paramref name="k"/>, or <paramref name="k"/> when none starts there:
    /// capitalised words, particles between them ("Di", "van", "bin", "a/l"), glued hyphens, and a suffix ("Jr").
    /// </summary>
    public static int ScanName(DocumentScan scan, int k, bool allowSingle)
    {
        if (!scan.IsCap(k) || scan.IsClaimed(k))
        {
            return k;
        }

        // "Do Hung Viet": a word that is also a function word opens a name only as a family name with more to come.
        if (NamePhraseFinder.IsExactly(scan, k, Lex.FunctionWord | Lex.Determiner | Lex.Pronoun) &&
            !(scan.Has(k, Lex.FamilyName | Lex.GivenName) && scan.IsCap(k + 1) && !scan.IsClaimed(k + 1)))
        {
            return k;
        }

        if (scan.StrongGazetteerAt(k) is { Kind: GazetteerKind.Demonym } || scan.DefinedShortName(k) is not null || scan.Has(k, Lex.NotPlace) ||
            (scan.MatchEnd(k, Lex.Role) > 0 && !scan.Has(k, Lex.FamilyName | Lex.GivenName)))
        {
            return k;
        }

        if (scan[k].Is(UnitFlags.Caseless))
        {
            return ScanCaselessName(scan, k);
        }

        // An acronym is a body's name, not a person's (unless the whole line shouts).
        if (scan[k].Is(UnitFlags.AllCaps) && !scan[k].Is(UnitFlags.Headline))
        {
            return k;
        }

        if (scan.StrongGazetteerAt(k) is { } hit && (hit.Kind is GazetteerKind.Organization or GazetteerKind.Agreement || hit.End - k >= 2 ||
                                                      !scan.IsCap(hit.End) || scan.StrongGazetteerAt(hit.End) is not null))
        {
            return k;
        }

        if (scan.MatchEnd(k, Lex.AnyOrgHead | Lex.InitiativeHead) > 0 && !scan.Has(k, Lex.FamilyName | Lex.GivenName))
        {
            return k;
        }

        var e = k;
        var words = 0;
        while (words < MaxNameWords && e < scan.Count && scan.SameLine(k, e))
        {
            // Inside a family-first name a syllable may look like a function word ("Nguyen Van An", "Tran Le Do").
            if (scan.IsCap(e) && !scan.IsClaimed(e) && !scan[e].Is(UnitFlags.Caseless) &&
                (words == 0
                    ? !CommonWordInHeadline(scan, e)
                    : !StopsName(scan, e) || (scan.Has(k, Lex.FamilyName) && scan[e].Length <= 3 &&
                                              NamePhraseFinder.IsExactly(scan, e, Lex.FunctionWord | Lex.Determiner))))
            {
                words++;
                e++;
                if (scan.IsJoiner(e) && scan.Text[scan[e].Start] is not ('.' or '/') && scan.IsCap(e + 1))
                {
                    e++;
                }
                else if (scan[e - 1].Length == 1 && scan.IsPunct(e, '.') && !scan[e].Is(UnitFlags.SpaceBefore) && scan.IsCap(e + 1) &&
                         scan.SameLine(e - 1, e + 1))
                {
                    // An initial: "M. Saravanan", "John F. Kennedy".
                    e++;
                }

                continue;
            }

            if (words > 0 && scan.Has(e, Lex.Particle))
            {
                var particleEnd = scan.MatchEnd(e, Lex.Particle);
                particleEnd = SkipDot(scan, particleEnd);
                if (particleEnd > e && scan.IsCap(particleEnd) && !scan.IsClaimed(particleEnd))
                {
                    e = particleEnd;
                    continue;
                }
            }

            if (words > 0 && scan.Has(e, Lex.NameSuffix) && scan.MatchEnd(e, Lex.NameSuffix) is var suffixEnd and > 0 &&
                scan.IsCap(e))
            {
                e = SkipDot(scan, suffixEnd);
            }

            break;
        }

        // A glued joiner at the very end ("Dato'") is not part of the name.
        while (e > k && scan.IsPunct(e - 1) && !scan.IsPunct(e - 1, '.'))
        {
            e--;
        }

        if (words == 0 || (words == 1 && (!allowSingle || (scan[k].Is(UnitFlags.Headline) && !EndsHeadlineName(scan, k, e)) || scan.InDate(k) ||
                                          NamesABody(scan, k))))
        {
            return k;
        }

        return e;
    }

    // In a headline every word is capitalised, so one word after a title is a name only where the line shows its end: a
    // word read as lowercase ("President Prabowo Meets …"), punctuation, or the end of the line.
    private static bool EndsHeadlineName(DocumentScan scan, int k, int e) =>
        e >= scan.Count || !scan.SameLine(k, e) || scan.IsLower(e) || (scan.IsPunct(e) && !scan.IsJoiner(e));

    /// <summary>The organisation or initiative found so far whose name has the word of unit <paramref name="k"/> ("Vinamilk").</summary>
    public static Candidate? BodyNamedBy(DocumentScan scan, int k) =>
        scan.IsWord(k) && scan[k].Length >= 3 ? scan.BodyWithWord(k) : null;

    private static bool NamesABody(DocumentScan scan, int k) => BodyNamedBy(scan, k) is not null;

    // Thai writes the given name and the family name as two space-separated runs after the title.
    private static int ScanCaselessName(DocumentScan scan, int k)
    {
        if (scan.MatchEnd(k, Lex.Role | Lex.Honorific | Lex.SpeechVerb | Lex.Stopper | Lex.AnyOrgHead | Lex.RoleLink | Lex.LocationCue) > 0)
        {
            return k;
        }

        var e = k + 1;
        var runs = 1;
        while (e < scan.Count && scan.IsWord(e) && scan[e].Is(UnitFlags.Caseless) && !scan.IsClaimed(e) && scan.SameLine(k, e) &&
               scan.MatchEnd(e, Lex.Role | Lex.Honorific | Lex.SpeechVerb | Lex.Stopper | Lex.AnyOrgHead | Lex.RoleLink | Lex.LocationCue) < 0)
        {
            if (scan[e].Is(UnitFlags.SpaceBefore))
            {
                if (runs == 2)
                {
                    break;
                }

                runs++;
            }

            e++;
        }

        return e;
    }

    // A title or head word ends a name, except a one-word role between two parts of it ("Lokman Hakim Ali": Hakim is
    // also "judge").
    private static bool StopsName(DocumentScan scan, int e) =>
        NamePhraseFinder.IsExactly(scan, e, Lex.FunctionWord | Lex.Determiner) ||
        (scan.MatchEnd(e, Lex.Honorific | Lex.AnyOrgHead | Lex.InitiativeHead) > 0 && !scan.Has(e, Lex.FamilyName | Lex.GivenName)) ||
        (scan.MatchEnd(e, Lex.Role) is var roleEnd and > 0 && !scan.Has(e, Lex.FamilyName | Lex.GivenName) &&
         !(roleEnd == e + 1 && scan.IsCap(e + 1) && !scan.IsClaimed(e + 1) && scan.MatchEnd(e + 1, Lex.Role | Lex.RoleLink) < 0)) ||
        scan.StrongGazetteerAt(e) is { End: var end } hit && (end - e >= 2 || hit.Country) ||
        (scan[e].Is(UnitFlags.Headline) && scan.SeenLowercase(e));

    // A headline capitalises the common words the text writes in lowercase elsewhere ("Pledges" after "pledged").
    private static bool CommonWordInHeadline(DocumentScan scan, int e) =>
        scan[e].Is(UnitFlags.Headline) && scan.SeenLowercase(e) && !scan.Has(e, Lex.FamilyName | Lex.GivenName);

    private static Candidate? AddPerson(DocumentScan scan, int first, int end, Evidence evidence)
    {
        if (scan.ClaimOf(first) is { Type: EntityType.Person } existing && existing.First == first && existing.End == end)
        {
            return existing;
        }

        var person = new Candidate
        {
            Type = EntityType.Person,
            Evidence = evidence,
            First = first,
            End = end,
            NameFirst = first,
            NameEnd = end,
        };
        return scan.TryClaim(person) ? person : null;
    }

    private static int PossessiveBefore(DocumentScan scan, int first)
    {
        // "Indonesia's Foreign Minister", "Laos' Foreign Minister": a place or body, an apostrophe and "s".
        int end;
        if (first >= 3 && scan.IsPunct(first - 2) && scan.Text[scan[first - 2].Start] is '\'' or '\u2019' &&
            scan.Units.Folded(first - 1).SequenceEqual("s"))
        {
            end = first - 2;
        }
        else if (first >= 2 && scan.IsPunct(first - 1) && scan.Text[scan[first - 1].Start] is '\'' or '\u2019' &&
                 scan.Units.Folded(first - 2).EndsWith("s"))
        {
            end = first - 1;
        }
        else
        {
            return -1;
        }

        if (scan.ClaimOf(end - 1) is { Type: EntityType.Organization } org && org.End == end)
        {
            return org.First;
        }

        var start = GazetteerEndingAt(scan, end);
        return start >= 0 ? start : -1;
    }

    private static int GazetteerEndingAt(DocumentScan scan, int end)
    {
        for (var start = end - 1; start >= 0 && start >= end - 5; start--)
        {
            if (scan.GazetteerAt(start) is { } hit && hit.End == end)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>Whether the candidate's name contains the bare head's words ("Hiệp hội" in "Hiệp hội Italy-ASEAN").</summary>
    public static bool NameHasHead(DocumentScan scan, Candidate c, BareHead head)
    {
        var length = head.End - head.First;
        for (var i = c.NameFirst; i + length <= c.NameEnd; i++)
        {
            var same = true;
            for (var d = 0; d < length && same; d++)
            {
                same = scan.Units.Folded(i + d).SequenceEqual(scan.Units.Folded(head.First + d));
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    private static int NamePrefixEnd(DocumentScan scan, int verb) => scan.MatchEnd(verb, Lex.SpeechVerb);

    private static bool RoleStartsAt(DocumentScan scan, int k)
    {
        foreach (var role in scan.Roles)
        {
            if (role.First == k)
            {
                return true;
            }
        }

        return false;
    }

    // A sentence opened by an attribution ("According to", "Secondo", "Menurut", "Ayon kay") rather than by a name.
    private static bool OpensAttribution(DocumentScan scan, int i) =>
        scan[i].Is(UnitFlags.SentenceStart) && scan.IsCap(i) &&
        (scan.MatchEnd(i, Lex.SpeechVerb) > i + 1 || NamePhraseFinder.IsExactly(scan, i, Lex.FunctionWord));

    // "Italian Davide Giglio said": the country adjectives opening a run of capitalised words are not part of the name.
    private static int AfterDemonyms(DocumentScan scan, int start, int end)
    {
        while (start < end && scan.StrongGazetteerAt(start) is { Kind: GazetteerKind.Demonym, End: var next } && next <= end)
        {
            start = next;
        }

        return start;
    }

    // An article right before unit i, elided or not: "l'italiano", "il vietnamita", "the".
    private static bool ArticleBefore(DocumentScan scan, int i)
    {
        var j = i - 1;
        if (scan.IsJoiner(j) && scan.Text[scan[j].Start] is '\'' or '\u2019')
        {
            j--;
        }

        return scan.IsWord(j) && NamePhraseFinder.IsExactly(scan, j, Lex.Determiner);
    }

    /// <summary>
    /// "Dewi Anggraini Putri Says Fund Will Open": a title-case headline opened by a name and a verb of saying (read in lowercase,
    /// as the line is read in sentence case). Only the words that open the line, and none the body writes in lowercase.
    /// </summary>
    private static void HeadlineSpeaker(DocumentScan scan, int verb)
    {
        if (!scan.IsLower(verb) || !scan.Has(verb, Lex.SpeechVerb))
        {
            return;
        }

        var start = NamePhraseFinder.CapRunBackward(scan, verb, 5);
        var opensLine = start == 0 || !scan[start - 1].Is(UnitFlags.Headline) || !scan.SameLine(start - 1, start);
        if (start < verb && opensLine && LooksLikeName(scan, start, verb, 2, inHeadline: true))
        {
            AddPerson(scan, start, verb, Evidence.Speech);
        }
    }

    /// <summary>
    /// Whether [first, end) reads as a personal name found without a title; a headline's words only when
    /// <paramref name="inHeadline"/> says the caller read the line as a headline.
    /// </summary>
    public static bool LooksLikeName(DocumentScan scan, int first, int end, int minWords, bool inHeadline = false)
    {
        var words = CountWords(scan, first, end);
        if (words < minWords || words > MaxNameWords || !scan.IsFree(first, end))
        {
            return false;
        }

        for (var i = first; i < end; i++)
        {
            if (!scan.IsWord(i))
            {
                continue;
            }

            if (scan[i].Is(UnitFlags.HasDigit | UnitFlags.Caseless) || (!inHeadline && scan[i].Is(UnitFlags.Headline)) ||
                (scan[i].Is(UnitFlags.AllCaps) && scan[i].Length > 1) ||
                (scan.IsCap(i) && scan.SeenLowercase(i) && !scan.Has(i, Lex.Particle)) ||
                NamePhraseFinder.IsExactly(scan, i, Lex.FunctionWord | Lex.Determiner | Lex.Pronoun) ||
                scan.MatchEnd(i, Lex.Role | Lex.Honorific | Lex.AnyOrgHead | Lex.InitiativeHead | Lex.Portfolio) > 0 ||
                scan.StrongGazetteerAt(i) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The number of word units in [first, end).</summary>
    public static int CountWords(DocumentScan scan, int first, int end)
    {
        var words = 0;
        for (var i = first; i < end; i++)
        {
            if (scan.IsWord(i))
            {
                words++;
            }
        }

        return words;
    }

    // Vietnamese names are short syllables; this keeps "Le Monde Diplomatique"-like runs out.
    private static bool SyllableShaped(DocumentScan scan, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (scan.IsWord(i) && (scan[i].Length > 7 || scan[i].Is(UnitFlags.HasDigit)))
            {
                return false;
            }
        }

        return true;
    }
}
