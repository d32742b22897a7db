using Ponte.Core.Model;
using Ponte.Languages.Gazetteer;

namespace Ponte.Pipeline.Extraction.Events;

/// <summary>
/// Merges frames that tell the same event: same type and group, same planned-ness, dates that agree (one may be missing or
/// coarser), and something in common — a participant, a named organisation or initiative, the same day for a summary — or
/// nothing to tell them apart.
/// </summary>
internal static class FrameMerger
{
    public static List<EventFrame> Merge(List<EventFrame> frames)
    {
        var merged = new List<EventFrame>();
        foreach (var frame in FoldHeadlines(FoldReferences(frames)))
        {
            EventFrame? target = null;
            foreach (var m in merged)
            {
                if (SameEvent(m, frame))
                {
                    target = m;
                    break;
                }
            }

            if (target is null)
            {
                merged.Add(frame);
                continue;
            }

            Absorb(target, frame);
            frame.Into = target;
        }

        foreach (var frame in merged)
        {
            TakeFromHost(frame);
        }

        return merged;
    }

    /// <summary>
    /// Folds each frame of the headline into the body's telling of its event, which keeps its own description; a headline
    /// event the body does not tell stays.
    /// </summary>
    private static List<EventFrame> FoldHeadlines(List<EventFrame> frames)
    {
        if (!frames.Exists(f => f.Headline))
        {
            return frames;
        }

        var kept = new List<EventFrame>(frames.Count);
        foreach (var frame in frames)
        {
            if (frame.Headline && HeadlineTarget(frames, frame) is { } target)
            {
                FoldHeadline(target, frame);
                frame.Into = target;
                continue;
            }

            kept.Add(frame);
        }

        return kept;
    }

    /// <summary>
    /// The body's event a headline frame tells: of its type and group and planned-ness, with a date, a place and people that
    /// agree; the first such, unless a later one shares a person or a name with the headline.
    /// </summary>
    private static EventFrame? HeadlineTarget(List<EventFrame> frames, EventFrame headline)
    {
        EventFrame? first = null;
        foreach (var m in frames)
        {
            if (m.Headline || m.Type != headline.Type || m.Group != headline.Group || m.Planned != headline.Planned || m.Recalled
                || !DatesAgree(DateFor(m, headline), DateFor(headline, m))
                || (m.PlaceFromText && headline.PlaceFromText && !PlacesAgree(m.Place, headline.Place)))
            {
                continue;
            }

            var shares = m.Anchors.Overlaps(headline.Anchors) || ShareParticipant(m, headline);
            if (!shares && m.Participants.Count > 0 && headline.Participants.Count > 0)
            {
                continue;
            }

            if (shares)
            {
                return m;
            }

            first ??= m;
        }

        return first;
    }

    /// <summary>
    /// Whether two places the text gives are two different cities the gazetteer knows. A city and its country, a venue, or a
    /// place the gazetteer does not know may still be where one event was held.
    /// </summary>
    private static bool InTwoCities(string? a, string? b)
    {
        if (PlacesAgree(a, b))
        {
            return false;
        }

        var gazetteer = Gazetteer.Default;
        return gazetteer.Lookup(a!) is { Kind: PlaceKind.City or PlaceKind.Capital } one
            && gazetteer.Lookup(b!) is { Kind: PlaceKind.City or PlaceKind.Capital } other
            && one.Id != other.Id;
    }

    /// <summary>Places agree when one is missing or one names the other ("Milan" and "Milan, Italy").</summary>
    private static bool PlacesAgree(string? a, string? b) =>
        a is null || b is null || a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase);

    /// <summary>The body's telling keeps its description; the headline brings a finer date, a place or people it lacks.</summary>
    private static void FoldHeadline(EventFrame into, EventFrame headline)
    {
        var what = into.What;
        var score = into.WhatScore;
        Absorb(into, headline);
        into.What = what;
        into.WhatScore = score;
    }

    /// <summary>An event on the sidelines of another, with no date or place read from its own words, takes the other's.</summary>
    private static void TakeFromHost(EventFrame frame)
    {
        if (frame.Host is not { } host)
        {
            return;
        }

        for (var hops = 0; host.Into is { } into && hops < 8; hops++)
        {
            host = into;
        }

        if (host == frame)
        {
            return;
        }

        if (!frame.DateFromText && host.Date is not null)
        {
            frame.Date = host.Date;
            frame.DateFromText = host.DateFromText;
        }

        if (!frame.PlaceFromText && host.Place is not null)
        {
            frame.Place = host.Place;
            frame.PlaceFromText = host.PlaceFromText;
        }
    }

    /// <summary>
    /// Folds each frame that only points back to an event ("Sugiono said after the meeting") into the frame it points to,
    /// bringing its people and nothing else; one that points to no frame of its kind is the only telling and stays.
    /// </summary>
    private static List<EventFrame> FoldReferences(List<EventFrame> frames)
    {
        if (!frames.Exists(f => f.Refers))
        {
            return frames;
        }

        var kept = new List<EventFrame>(frames.Count);
        var folded = new bool[frames.Count];
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            if (!frame.Refers || Referent(frames, folded, i) is not { } target)
            {
                kept.Add(frame);
                continue;
            }

            folded[i] = true;
            frame.Into = target;

            foreach (var p in frame.Participants)
            {
                if (!target.Participants.Contains(p))
                {
                    target.Participants.Add(p);
                }
            }

            target.Anchors.UnionWith(frame.Participants);
        }

        return kept;
    }

    /// <summary>
    /// The told event the <paramref name="at"/>-th frame points back to: of its kind and not planned, one its people took part
    /// in first ("Tripodi told reporters after the meeting" is Tripodi's meeting, not the one in July the report recalled),
    /// else the nearest before it, else the first after it. A reference before it that pointed to nothing ("after talks of the
    /// two sides" as the first telling) was the event told.
    /// </summary>
    private static EventFrame? Referent(List<EventFrame> frames, bool[] folded, int at)
    {
        var reference = frames[at];
        EventFrame? sharing = null, before = null, after = null;
        for (var i = 0; i < frames.Count; i++)
        {
            var f = frames[i];
            if (i == at || folded[i] || (f.Refers && i > at) || f.Planned || f.Type != reference.Type || f.Group != reference.Group)
            {
                continue;
            }

            if (sharing is null && ShareParticipant(f, reference))
            {
                sharing = f;
            }

            if (i < at)
            {
                before = f;
            }
            else
            {
                after ??= f;
            }
        }

        return sharing ?? before ?? after;
    }

    /// <summary>Whether <paramref name="b"/> tells the event of the earlier <paramref name="a"/> again.</summary>
    private static bool SameEvent(EventFrame a, EventFrame b)
    {
        if (a.Type != b.Type || a.Group != b.Group)
        {
            return false;
        }

        // The builder keeps two frames of one group in one sentence only when they tell two events ("visited the university …
        // and then visited the port").
        if (a.Span == b.Span)
        {
            return false;
        }

        // "prepared the agenda of the Dialogue … The dialogue is scheduled for September": an undated mention of an event
        // joins its planned telling; one with a date of its own or its own people is another event.
        if (a.Planned != b.Planned && (a.Planned ? b : a) is { } told && (told.DateFromText || told.Participants.Count > 0))
        {
            return false;
        }

        // "The third Forum opened today in Milan… the next edition will be held in Singapore": a planned event somewhere
        // else is the next one, not this one told again.
        if (a.Planned != b.Planned && a.Place is not null && b.Place is not null && !string.Equals(a.Place, b.Place, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!DatesAgree(DateFor(a, b), DateFor(b, a)))
        {
            return false;
        }

        // "Sáng 5/3, tại Hà Nội, một cuộc họp … Chiều cùng ngày, một hội nghị … tại Đà Nẵng": one event is held in one city.
        if (a.PlaceFromText && b.PlaceFromText && InTwoCities(a.Place, b.Place))
        {
            return false;
        }

        // "Tripodi met Sugiono … Tripodi later held talks with the governor, Pramono Anung": each says whom it was with, not the
        // same people, and each has someone the other lacks, so they are two meetings even with a participant in common.
        if (a.Counterparts.Count > 0 && b.Counterparts.Count > 0 && !a.Counterparts.Overlaps(b.Counterparts)
            && HasSomeoneElse(a, b) && HasSomeoneElse(b, a))
        {
            return false;
        }

        // "Castelli juga bertemu dengan Wakil Menteri …": one more meeting, not the one told before, unless with the same people.
        if (b.Also && !a.Counterparts.Overlaps(b.Counterparts))
        {
            return false;
        }

        // An event recalled to set another in time ("follows a meeting held in Kuala Lumpur in July") may have nothing to tell
        // it apart and yet is not the one the report tells: it is the same as another only by a name or a person in common.
        if (a.Recalled || b.Recalled)
        {
            return a.Anchors.Overlaps(b.Anchors) || ShareParticipant(a, b);
        }

        var aBare = a.Participants.Count == 0 && a.Anchors.Count == 0;
        var bBare = b.Participants.Count == 0 && b.Anchors.Count == 0;

        // A summary ("chaired meetings with partners") and a detail ("a meeting with the club's leaders") of one day are one event.
        // Not an event on the sidelines of another and one that is not: "Bên lề diễn đàn, X đã tiếp Y" is a meeting of its own.
        var summaryOfTheDay = (a.WhatScore == 0 || b.WhatScore == 0) && (a.Host is null) == (b.Host is null)
            && a.Date is not null && b.Date is not null
            && a.Date.Start == b.Date.Start && a.Date.End == b.Date.End;
        return aBare || bBare || summaryOfTheDay || a.Anchors.Overlaps(b.Anchors) || ShareParticipant(a, b);
    }

    private static bool ShareParticipant(EventFrame a, EventFrame b)
    {
        foreach (var p in a.Participants)
        {
            if (b.Participants.Contains(p))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSomeoneElse(EventFrame frame, EventFrame other)
    {
        foreach (var p in frame.Participants)
        {
            if (!other.Participants.Contains(p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The date a frame brings to the comparison: a publication date taken for want of one in the text says nothing against a
    /// date the text gives ("signed on Tuesday" … "it was signed by …" in a report of Wednesday), nor about a planned event.
    /// </summary>
    private static PartialDate? DateFor(EventFrame frame, EventFrame other) =>
        !frame.DateFromText && (other.DateFromText || (frame.Planned != other.Planned && !frame.Planned)) ? null : frame.Date;

    private static bool DatesAgree(PartialDate? a, PartialDate? b) =>
        a is null || b is null || (a.Start <= b.Start && b.End <= a.End) || (b.Start <= a.Start && a.End <= b.End);

    private static int Width(PartialDate date) => date.End.DayNumber - date.Start.DayNumber;

    /// <summary>Brings what <paramref name="from"/> adds into <paramref name="into"/>: the finer date (the text's over the
    /// publication's when as fine), a place, people and a description that names more.</summary>
    private static void Absorb(EventFrame into, EventFrame from)
    {
        if (from.Planned != into.Planned)
        {
            // The planned telling carries the date.
            if (from.Planned)
            {
                into.Date = from.Date ?? (into.DateFromText ? into.Date : null);
                into.DateFromText = from.DateFromText;
                into.Planned = true;
            }
        }
        else if (from.Date is not null && (into.Date is null || Width(from.Date) < Width(into.Date)
                     || (Width(from.Date) == Width(into.Date) && from.DateFromText && !into.DateFromText)))
        {
            into.Date = from.Date;
            into.DateFromText |= from.DateFromText;
        }

        if (into.Place is null)
        {
            into.Place = from.Place;
            into.PlaceFromText = from.PlaceFromText;
        }

        into.Host ??= from.Host;
        foreach (var p in from.Participants)
        {
            if (!into.Participants.Contains(p))
            {
                into.Participants.Add(p);
            }
        }

        into.Anchors.UnionWith(from.Anchors);
        into.Counterparts.UnionWith(from.Counterparts);
        if (from.WhatScore > into.WhatScore)
        {
            into.What = from.What;
            into.WhatScore = from.WhatScore;
        }
    }
}
