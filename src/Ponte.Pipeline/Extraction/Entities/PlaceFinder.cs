using Ponte.Core.Model;
using Ponte.Core.Text;

namespace Ponte.Pipeline.Extraction.Entities;

/// <summary>
/// Finds places: gazetteer entries not inside another name, the dateline's place, and — only where the text says a
/// place comes ("headquartered in Houson, Texas", "tại X") — unknown or misspelt names the gazetteer nearly knows.
/// </summary>
internal static class PlaceFinder
{
    public static void Find(DocumentScan scan, Dateline? dateline)
    {
        for (var i = 0; i < scan.Count; i++)
        {
            if (!scan.IsWord(i) || scan.IsClaimed(i) || scan.IsCue(i) ||
                scan.GazetteerAt(i) is not { Kind: GazetteerKind.Place } hit || !scan.IsFree(i, hit.End) ||
                (hit.Weak && !PlaceIsMeant(scan, i, hit.End)))
            {
                continue;
            }

            scan.TryClaim(new Candidate
            {
                Type = EntityType.Location,
                Evidence = Evidence.Place,
                First = i,
                End = hit.End,
                NameFirst = i,
                NameEnd = hit.End,
                Canonical = hit.Name,
            });
            i = hit.End - 1;
        }

        FindDatelinePlace(scan, dateline);
        FindCuedPlaces(scan);
    }

    // A name that is also a common word or personal name ("Mỹ", "Đức", "Nice") is a place only where the text says so: after
    // a word that leads to a place or a role ("tại Mỹ", "Đại sứ Mỹ"), or in a list of places ("Houston, Texas, Mỹ").
    private static bool PlaceIsMeant(DocumentScan scan, int first, int end)
    {
        var before = first - 1;
        if (scan.IsLower(before) && (scan.MatchEndingAt(first, Lex.LocationCue | Lex.RoleLink, 3) >= 0 ||
                                     NamePhraseFinder.IsExactly(scan, before, Lex.Connector)))
        {
            return true;
        }

        if (scan.MatchEndingAt(first, Lex.Role, 4) >= 0)
        {
            return true;
        }

        var listed = (scan.IsPunct(before, ',') || (scan.IsLower(before) && NamePhraseFinder.IsExactly(scan, before, Lex.Conjunction))) &&
                     EndsWithPlace(scan, before);
        return listed || ((scan.IsPunct(end, ',') || (scan.IsLower(end) && NamePhraseFinder.IsExactly(scan, end, Lex.Conjunction))) &&
                          scan.StrongGazetteerAt(end + 1) is { Kind: GazetteerKind.Place });
    }

    private static bool EndsWithPlace(DocumentScan scan, int end)
    {
        for (var start = end - 1; start >= 0 && start >= end - 5; start--)
        {
            if (scan.GazetteerAt(start) is { Kind: GazetteerKind.Place } hit && hit.End == end)
            {
                return true;
            }

            if (scan.ClaimOf(start) is { Type: EntityType.Location } place && place.End == end)
            {
                return true;
            }
        }

        return false;
    }

    private static void FindDatelinePlace(DocumentScan scan, Dateline? dateline)
    {
        if (dateline?.Place is not { Length: > 0 } place)
        {
            return;
        }

        var key = NameFolder.Fold(place);
        for (var i = 0; i < scan.Count && scan[i].Start <= dateline.Span.End + place.Length; i++)
        {
            if (!scan.IsCap(i) || scan.IsClaimed(i))
            {
                continue;
            }

            var end = NamePhraseFinder.CapRun(scan, i, 4);
            for (var e = end; e > i; e--)
            {
                if (NameFolder.Fold(scan.Slice(i, e)) == key)
                {
                    scan.TryClaim(new Candidate
                    {
                        Type = EntityType.Location,
                        Evidence = Evidence.Place,
                        First = i,
                        End = e,
                        NameFirst = i,
                        NameEnd = e,
                    });
                    return;
                }
            }
        }
    }

    private static void FindCuedPlaces(DocumentScan scan)
    {
        for (var i = 1; i < scan.Count; i++)
        {
            if (!scan.IsCap(i) || scan.IsClaimed(i) || scan[i].Is(UnitFlags.Headline | UnitFlags.AllCaps | UnitFlags.SentenceStart))
            {
                continue;
            }

            var cue = scan.MatchEndingAt(i, Lex.LocationCue, 3);
            if (cue < 0 || !scan.IsLower(cue))
            {
                continue;
            }

            var end = NamePhraseFinder.CapRun(scan, i, 3);
            if (end <= i || NamePhraseFinder.IsExactly(scan, i, Lex.FunctionWord) || scan.InDate(i) ||
                scan.MatchEnd(i, Lex.PersonCue | Lex.AnyOrgHead | Lex.InitiativeHead) > 0)
            {
                continue;
            }

            // "in X, Texas": a known place after a comma says X is a place too.
            var followedByPlace = scan.IsPunct(end, ',') && scan.GazetteerAt(end + 1) is { Kind: GazetteerKind.Place };
            var strongCue = PersonFinder.CountWords(scan, cue, i) >= 2;
            if (!followedByPlace && !strongCue)
            {
                continue;
            }

            var name = scan.Slice(i, end);
            var similar = name.Length >= 4 ? scan.Gazetteer.FindSimilarPlace(name) : null;
            if (similar is null && !followedByPlace)
            {
                continue;
            }

            scan.TryClaim(new Candidate
            {
                Type = EntityType.Location,
                Evidence = Evidence.Place,
                First = i,
                End = end,
                NameFirst = i,
                NameEnd = end,
                Canonical = similar,
            });
            i = end - 1;
        }
    }
}
