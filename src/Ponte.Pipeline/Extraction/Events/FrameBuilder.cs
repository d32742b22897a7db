using System.Buffers;
using Ponte.Core.Model;
using Ponte.Pipeline.Extraction.Quotes;

namespace Ponte.Pipeline.Extraction.Events;

/// <summary>Builds one frame per trigger group and sentence: description, date, place and participants.</summary>
internal sealed class FrameBuilder
{
    private const int LeadSentences = 3;
    private const int MaxObjectWords = 12;
    private const int MaxNameWords = 8;

    // A named event reads on to the end of its capitalised name: "Joint Conference of … Port Authorities on Sustainable
    // Maritime Trade" is longer than any phrase of modifiers.
    private const int MaxEventNameWords = 24;
    private const int MaxModifierWords = 3;
    private const int MaxParticipants = 12;
    private const int MaxPlaceGap = 9;
    private const int MaxAsideWords = 14;
    private const int MaxSidelinesGap = 6;
    private const int MaxFrontedWords = 6;
    private const int MaxHeadlineOffset = 400;
    private const int HeadlineModifierWords = 2;

    private readonly ExtractionContext _context;
    private readonly string _text;
    private readonly EventRules _rules;
    private readonly MentionIndex _mentions;
    private readonly List<DateMention> _dates;
    private readonly PartialDate? _published;
    private readonly List<Word> _words = [];
    private readonly List<PhraseHit<Trigger>> _sentenceHits = [];
    private readonly List<EntityMention> _locations = [];

    /// <summary>Where the document's title stands in the text (its first line, most often), or empty.</summary>
    private readonly TextSpan _headline;

    /// <summary>Whether that title capitalises its words, so that capitals there do not mark names.</summary>
    private readonly bool _titleCase;

    public FrameBuilder(ExtractionContext context, EventRules rules)
    {
        _context = context;
        _text = context.Text;
        _rules = rules;
        _mentions = MentionIndex.For(context);
        _dates = DatesInTextOrder(context.Dates, _text.Length);
        _published = context.Published ?? context.Document.Published ?? DatelineDate(context, _dates);
        _headline = HeadlineIn(_text, context.Document.Title);
        _titleCase = _headline.Length > 0 && TitleCase(_headline);
    }

    /// <summary>The title where a line of the text's opening starts with it: a plain-text article carries its title as its first line.</summary>
    private static TextSpan HeadlineIn(string text, string? title)
    {
        var trimmed = title.AsSpan().Trim();
        if (trimmed.Length < 2)
        {
            return default;
        }

        var opening = text.AsSpan(0, Math.Min(text.Length, trimmed.Length + MaxHeadlineOffset));
        var from = 0;
        while (from < opening.Length)
        {
            var at = opening[from..].IndexOf(trimmed, StringComparison.Ordinal);
            if (at < 0)
            {
                return default;
            }

            at += from;
            var lineStart = at;
            while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
            {
                lineStart--;
            }

            if (lineStart == 0 || text[lineStart - 1] is '\n' or '\r')
            {
                return new TextSpan(at, at + trimmed.Length);
            }

            from = at + 1;
        }

        return default;
    }

    /// <summary>Whether most longer words of the span start with a capital ("ASEAN-Italy Business Forum Opens In Milan").</summary>
    private bool TitleCase(TextSpan span)
    {
        _words.Clear();
        Words.Scan(_text, span.Start, span.End, _words);
        int words = 0, capitalised = 0;
        foreach (var w in _words)
        {
            if (!w.IsPunctuation && w.Length >= 4 && char.IsLetter(_text[w.Start]))
            {
                words++;
                capitalised += Words.IsCapitalised(_text, w) ? 1 : 0;
            }
        }

        return words >= 3 && capitalised * 4 >= words * 3;
    }

    /// <summary>Whether the trigger stands in a headline that capitalises its words.</summary>
    private bool InTitleCase(int start, int end) => _titleCase && _headline.Contains(new TextSpan(start, end));

    public List<EventFrame> Build(List<PhraseHit<Trigger>> hits)
    {
        var frames = new List<EventFrame>();
        var sentences = SentenceSpans.Of(_context);
        var leadEnd = LeadEnd(sentences);
        PartialDate? lastReported = null;
        string? lastPlace = null;
        var h = 0;
        for (var si = 0; si < sentences.Count && h < hits.Count; si++)
        {
            var sentence = AfterDateline(sentences[si]);
            _sentenceHits.Clear();
            for (; h < hits.Count && hits[h].Start < sentence.End; h++)
            {
                if (hits[h].Start >= sentence.Start && hits[h].End <= sentence.End && Accept(hits[h], sentence))
                {
                    _sentenceHits.Add(hits[h]);
                }
            }

            if (_sentenceHits.Count == 0)
            {
                continue;
            }

            var chosen = Choose(_sentenceHits, sentence);
            var whats = new List<TextSpan>(chosen.Count);
            var owns = new List<int>(chosen.Count);
            foreach (var c in chosen)
            {
                var (start, own, end) = WhatRange(c, sentence);
                whats.Add(new TextSpan(start, end));
                owns.Add(own);
            }

            // "became a Dialogue Partner": a trigger inside another frame's description is part of it.
            var survivors = new List<(PhraseHit<Trigger> Hit, TextSpan What, int Own)>(chosen.Count);
            var host = -1;
            for (var c = 0; c < chosen.Count; c++)
            {
                var hit = chosen[c];
                if (!InsideAnother(whats, c, hit))
                {
                    if (host < 0 && AfterSidelines(hit, sentence))
                    {
                        host = survivors.Count;
                    }

                    survivors.Add((hit, whats[c], owns[c]));
                }
            }

            var built = new List<EventFrame>(survivors.Count);
            for (var c = 0; c < survivors.Count; c++)
            {
                var region = UpToSequence(survivors[c].Hit, new TextSpan(
                    c == 0 ? sentence.Start : Boundary(survivors[c - 1].Hit, survivors[c].Hit),
                    c == survivors.Count - 1 ? sentence.End : Boundary(survivors[c].Hit, survivors[c + 1].Hit)));
                built.Add(Frame(survivors[c].Hit, survivors[c].What, survivors[c].Own, region, sentence, survivors[0].Hit.Start));
            }

            for (var c = 1; c < built.Count; c++)
            {
                built[c].Recalled = Sequenced(built[c - 1], built[c]);
            }

            // "On the sidelines of the forum, X met Y": the meeting happened where and when the forum did.
            for (var c = 0; c < built.Count && host >= 0; c++)
            {
                if (c != host && built[c].Reportable && !built[c].Recalled)
                {
                    built[c].Host = built[host];
                }
            }

            // "Chiều 5/11, tại Hà Nội, Bộ trưởng … đã hội đàm với …": a place set before the subject is the whole sentence's.
            if (FrontedPlace(sentence) is { } fronted)
            {
                foreach (var frame in built)
                {
                    if (frame.Place is null && !frame.Recalled && frame.Trigger.Start >= fronted.End)
                    {
                        frame.Place = fronted.Place;
                        frame.PlaceFromText = true;
                    }
                }
            }

            foreach (var frame in built)
            {
                if (frame.Date is null && frame.Reportable && !frame.Planned)
                {
                    // "visited Rome on 12 May and signed an agreement": one sentence, one day — unless told otherwise.
                    // Not across a word of sequence: in "the visit follows the meeting held in July" July is the meeting's.
                    frame.Date = built.FirstOrDefault(o => o.DateFromText && o.Reportable && !o.Planned && !Sequenced(o, frame))?.Date;
                    if (frame.Date is null && _rules.SameDay.TryFindFirst(_text, sentence.Start, frame.Region.End, out _))
                    {
                        frame.Date = lastReported;
                        frame.Place ??= lastPlace;
                    }

                    frame.DateFromText = frame.Date is not null;

                    // The lead's events happen on the day of the report; one recalled to set them in time does not.
                    if (frame.Date is null && si <= leadEnd && !frame.Recalled)
                    {
                        frame.Date = _published;
                    }
                }

                if (frame.Planned && frame.Date is not null)
                {
                    frame.Date = NotBeforePublication(frame.Date, frame.DateByWeekday);
                }

                if (frame.Place is null && si <= leadEnd && frame.Reportable && !frame.Planned && !frame.Recalled)
                {
                    frame.Place = _context.Document.Dateline?.Place;
                }

                // "The same day" means the day of the last event told, not the year a later sentence mentions in passing.
                if (frame.Date is { } d && frame.Reportable && !frame.Planned && !frame.Recalled && !(lastReported is not null && Contains(d, lastReported)))
                {
                    lastReported = d;
                    lastPlace = frame.Place;
                }

                frames.Add(frame);
            }
        }

        return frames;
    }

    /// <summary>
    /// The trigger's region up to the first word of sequence after it: in "La visita segue quella del premier Giorgia Meloni" the
    /// premier, her place and her date belong to the visit before, not to this one.
    /// </summary>
    private TextSpan UpToSequence(PhraseHit<Trigger> hit, TextSpan region) =>
        hit.End < region.End && _rules.TryFindSequence(_text, hit.End, region.End, out var word)
            ? new TextSpan(region.Start, word.Start)
            : region;

    /// <summary>Whether a word of sequence ("follows", "sau", "menyusul") stands between the triggers of two frames.</summary>
    private bool Sequenced(EventFrame a, EventFrame b)
    {
        var (lo, hi) = a.Trigger.Start < b.Trigger.Start ? (a.Trigger.End, b.Trigger.Start) : (b.Trigger.End, a.Trigger.Start);
        return hi > lo && _rules.TryFindSequence(_text, lo, hi, out _);
    }

    /// <summary>Whether the trigger lies inside the description of another trigger than the <paramref name="own"/>-th.</summary>
    private static bool InsideAnother(List<TextSpan> whats, int own, PhraseHit<Trigger> hit)
    {
        for (var o = 0; o < whats.Count; o++)
        {
            if (o != own && whats[o].Start <= hit.Start && hit.End <= whats[o].End)
            {
                return true;
            }
        }

        return false;
    }

    private EventFrame Frame(PhraseHit<Trigger> hit, TextSpan whatSpan, int ownStart, TextSpan region, TextSpan sentence, int firstTrigger)
    {
        var trigger = hit.Value;
        var (whatStart, whatEnd) = (whatSpan.Start, whatSpan.End);
        var what = Collapse(_text.AsSpan(whatStart, whatEnd - whatStart));

        // "ha incontrato oggi ad Hanoi il vice primo ministro Bui Thanh Son": the object stops at the day; whom is the person after it.
        if (trigger.IsVerb && trigger.Type == EventType.Meeting && whatEnd == hit.End && PersonAfter(hit.End, region.End) is { } whom)
        {
            what = what + " " + whom.Entity.Name;
        }

        if (trigger.IsVerb && Subject(hit, region) is { } subject)
        {
            what = subject.Name + " " + what;
        }

        var planned = _rules.Planned.TryFindFirst(_text, Math.Max(region.Start, hit.Start - 40), Math.Min(region.End, whatEnd + 60), out _);
        var reportable = EventFrame.TakesParticipants(trigger.Type);
        var mention = PickDate(whatStart, region);
        var date = mention?.Value;
        var place = Place(hit, region, whatEnd);

        var frame = new EventFrame
        {
            Refers = !trigger.IsVerb && date is null && place is null && !NamesAnything(ownStart, whatEnd) && AfterReferringWord(whatStart),
            Trigger = new TextSpan(hit.Start, hit.End),
            DateFromText = date is not null,
            DateByWeekday = mention is { Value.Precision: DatePrecision.Day } && !mention.Text.AsSpan().ContainsAnyInRange('0', '9'),
            Type = trigger.Type,
            Group = trigger.Group,
            Planned = planned,
            What = what,
            Span = sentence,
            WhatSpan = whatSpan,
            Region = region,
            Date = date,
            Place = place,
            PlaceFromText = place is not null,
            Headline = _headline.Length > 0 && _headline.Contains(new TextSpan(hit.Start, hit.End)),
            Also = trigger.IsVerb && Additive(hit, region),
        };

        foreach (var m in _mentions.Within(ownStart, whatEnd))
        {
            if (m.Type is EntityType.Person or EntityType.Organization or EntityType.Initiative)
            {
                frame.Anchors.Add(m.Entity);
                frame.WhatScore = 1;
            }
        }

        if (reportable)
        {
            AddParticipants(frame, hit, region, sentence, firstTrigger);
            frame.Anchors.UnionWith(frame.Participants);
        }

        return frame;
    }

    /// <summary>Whether an additive word stands within two words before the verb or right after it ("also met", "incontrato anche").</summary>
    private bool Additive(PhraseHit<Trigger> hit, TextSpan region)
    {
        if (_rules.Additive.Count == 0)
        {
            return false;
        }

        var from = Math.Max(region.Start, hit.Start - 30);
        while (from < hit.Start && _rules.Additive.TryFindFirst(_text, from, hit.Start, out var before))
        {
            if (Words.Count(_text, before.End, hit.Start) <= 1)
            {
                return true;
            }

            from = before.End;
        }

        var p = hit.End;
        while (p < region.End && char.IsWhiteSpace(_text[p]))
        {
            p++;
        }

        return _rules.Additive.TryMatchAt(_text, p, region.End, out _);
    }

    /// <summary>The first person named a few words after <paramref name="from"/> in the clause, if any.</summary>
    private EntityMention? PersonAfter(int from, int end)
    {
        foreach (var m in _mentions.Within(from, end))
        {
            if (Words.Count(_text, from, m.Start) > MaxPlaceGap)
            {
                break;
            }

            if (m.Type == EntityType.Person)
            {
                return m;
            }
        }

        return null;
    }

    private bool NamesAnything(int start, int end)
    {
        foreach (var _ in _mentions.Within(start, end))
        {
            return true;
        }

        return false;
    }

    /// <summary>Whether a referring word ("after the", "usai", "tại") stands right before the description.</summary>
    private bool AfterReferringWord(int whatStart)
    {
        if (_rules.Referring.Count == 0)
        {
            return false;
        }

        return _rules.Referring.EndsAt(_text, WordEndBefore(whatStart), out _);
    }

    /// <summary>Whether a trigger word counts here: not part of an organisation's name, not cancelled by its neighbours.</summary>
    private bool Accept(PhraseHit<Trigger> hit, TextSpan sentence)
    {
        var trigger = hit.Value;
        if (_mentions.At(hit.Start, hit.End, t => t == EntityType.Organization) is not null)
        {
            return false;
        }

        if (trigger.NotAfter is not null && PreviousWord(hit.Start, sentence.Start) is { } before
            && trigger.CancelledAfter(_text.AsSpan(before.Start, before.Length)))
        {
            return false;
        }

        if (trigger.NotBefore is null && trigger.FollowedBy is null)
        {
            return true;
        }

        _words.Clear();
        Words.Scan(_text, hit.End, Math.Min(sentence.End, hit.End + 200), _words);
        var next = default(Word);
        foreach (var w in _words)
        {
            if (!w.IsPunctuation)
            {
                next = w;
                break;
            }
        }

        if (trigger.NotBefore is not null && next.End > 0 && trigger.CancelledBefore(_text.AsSpan(next.Start, next.Length)))
        {
            return false;
        }

        if (trigger.FollowedBy is null)
        {
            return true;
        }

        var seen = 0;
        foreach (var w in _words)
        {
            if (w.IsPunctuation)
            {
                continue;
            }

            if (seen++ >= trigger.Within)
            {
                break;
            }

            if (trigger.FollowedBy.TryMatchAt(_text, w.Start, sentence.End, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The triggers of a sentence that tell events of their own: one per type group — a named event beats a noun, a noun beats
    /// a verb — except the event the sentence sets others on the sidelines of, and verbs of one group that each have an object
    /// of their own ("visited the university … and then visited the port").
    /// </summary>
    /// <remarks>A sentence has a handful of triggers: the groups are found by a linear search.</remarks>
    private List<PhraseHit<Trigger>> Choose(List<PhraseHit<Trigger>> hits, TextSpan sentence)
    {
        var ranked = new List<(PhraseHit<Trigger> Hit, int Rank)>(hits.Count);
        foreach (var hit in hits)
        {
            ranked.Add((hit, Rank(hit, sentence.Start)));
        }

        // Stable: of equal rank, the first told wins.
        ranked.Sort((a, b) => a.Rank != b.Rank ? b.Rank.CompareTo(a.Rank) : a.Hit.Start.CompareTo(b.Hit.Start));
        var chosen = new List<PhraseHit<Trigger>>(hits.Count);
        var hosts = 0;
        foreach (var (hit, _) in ranked)
        {
            if (hosts == 0 && AfterSidelines(hit, sentence))
            {
                hosts++;
                chosen.Add(hit);
                continue;
            }

            var apart = true;
            var any = false;
            foreach (var other in chosen)
            {
                if (other.Value.Type == hit.Value.Type && string.Equals(other.Value.Group, hit.Value.Group, StringComparison.Ordinal)
                    && !(hosts > 0 && AfterSidelines(other, sentence)))
                {
                    any = true;
                    apart &= hit.Value.IsVerb && other.Value.IsVerb && OwnObjects(other, hit, sentence.End);
                }
            }

            if (!any || apart)
            {
                chosen.Add(hit);
            }
        }

        // Triggers do not overlap, so no two share a start and the order is the same for any sort.
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    /// <summary>
    /// Whether two verbs tell two events: each has an object, the objects differ, and neither verb is inside the other's
    /// ("met the rector … met the mayor" are two meetings, "met in Rome … met to discuss" one).
    /// </summary>
    private bool OwnObjects(PhraseHit<Trigger> a, PhraseHit<Trigger> b, int limit)
    {
        var (first, second) = a.Start < b.Start ? (a, b) : (b, a);
        var firstEnd = ObjectEnd(first.End, limit);
        var secondEnd = ObjectEnd(second.End, limit);
        if (firstEnd <= first.End || secondEnd <= second.End || firstEnd > second.Start)
        {
            return false;
        }

        var one = _text.AsSpan(first.End, firstEnd - first.End).Trim();
        var two = _text.AsSpan(second.End, secondEnd - second.End).Trim();
        return !one.Equals(two, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a phrase of the sidelines ("on the sidelines of", "bên lề") opens the trigger's noun phrase.</summary>
    private bool AfterSidelines(PhraseHit<Trigger> hit, TextSpan sentence)
    {
        if (_rules.Sidelines.Count == 0 || hit.Value.IsVerb)
        {
            return false;
        }

        var from = Math.Max(sentence.Start, hit.Start - 80);
        var last = default(PhraseHit<bool>);
        var found = false;
        while (from < hit.Start && _rules.Sidelines.TryFindFirst(_text, from, hit.Start, out var phrase))
        {
            last = phrase;
            found = true;
            from = phrase.End;
        }

        if (!found || last.End > hit.Start)
        {
            return false;
        }

        var between = _text.AsSpan(last.End, hit.Start - last.End);
        return between.IndexOfAny(',', ';') < 0 && between.IndexOfAny('.', ':') < 0 && Words.Count(_text, last.End, hit.Start) <= MaxSidelinesGap;
    }

    /// <summary>
    /// A place phrase the sentence opens with, before its subject: a place after a place preposition at the start of the
    /// sentence or after a short fronted phrase ending in a comma ("Chiều 5/11, tại Hà Nội, …", "In Manila, …"), itself
    /// followed by a comma.
    /// </summary>
    private (string Place, int End)? FrontedPlace(TextSpan sentence)
    {
        foreach (var m in _mentions.Within(sentence.Start, Math.Min(sentence.End, sentence.Start + 160)))
        {
            if (m.Type != EntityType.Location || _mentions.InsideLonger(m.Start, m.End, t => t is EntityType.Organization or EntityType.Initiative))
            {
                continue;
            }

            if (PrepositionStart(m.Start) is not { } prep || Words.Count(_text, sentence.Start, prep) > MaxFrontedWords)
            {
                return null;
            }

            var before = _text.AsSpan(sentence.Start, prep - sentence.Start).TrimEnd();
            if (before.Length > 0 && before[^1] != ',')
            {
                return null;
            }

            _locations.Clear();
            foreach (var l in _mentions.Within(m.Start, sentence.End))
            {
                if (l.Type == EntityType.Location)
                {
                    _locations.Add(l);
                }
            }

            var (place, end) = ChainWithEnd(m, _locations);
            var after = _text.AsSpan(end, sentence.End - end).TrimStart();
            return after.Length > 0 && after[0] == ',' ? (place, end) : null;
        }

        return null;
    }

    private int Rank(PhraseHit<Trigger> hit, int sentenceStart)
    {
        var capitalisedInside = Chars.IsUpper(_text[hit.Start]) && PreviousWord(hit.Start, sentenceStart) is not null
            && !InTitleCase(hit.Start, hit.End);
        if (capitalisedInside || _mentions.At(hit.Start, hit.End, t => t == EntityType.Initiative) is not null)
        {
            return 2;
        }

        return hit.Value.IsVerb ? 0 : 1;
    }

    /// <summary>
    /// Where one trigger's clause ends and the next one's starts: a word of sequence between them, else the comma nearest the
    /// midpoint, else the midpoint.
    /// </summary>
    private int Boundary(PhraseHit<Trigger> left, PhraseHit<Trigger> right)
    {
        int lo = left.End, hi = right.Start;
        if (hi <= lo)
        {
            return lo;
        }

        // "sottoscritta dal ministro A e dal ministro B al termine di un colloquio": the signers are the agreement's.
        if (_rules.TryFindSequence(_text, lo, hi, out var sequence))
        {
            return sequence.Start;
        }

        // "held talks with Nguyen Hoang Long and later met members of …": the name is whom the talks were with.
        if (right.Value.IsVerb && CoordinatorBefore(lo, hi) is { } coordinator)
        {
            return coordinator;
        }

        var mid = (lo + hi) / 2;
        var best = -1;
        for (var i = lo; i < hi; i++)
        {
            if (_text[i] is ',' or ';' && (best < 0 || Math.Abs(i - mid) < Math.Abs(best - mid)))
            {
                best = i;
            }
        }

        if (best >= 0)
        {
            return best + 1;
        }

        // Do not cut a date or a name in two: what straddles the midpoint goes with the earlier trigger.
        foreach (var d in _dates)
        {
            if (d.Span.Start < mid && mid < d.Span.End)
            {
                mid = d.Span.End;
            }
        }

        if (_mentions.At(mid, mid + 1, _ => true) is { } m && m.Start < mid)
        {
            mid = m.End;
        }

        while (mid < hi && Chars.IsWordChar(_text[mid]) && mid > lo && Chars.IsWordChar(_text[mid - 1]))
        {
            mid++;
        }

        return Math.Min(mid, hi);
    }

    /// <summary>Where a coordinator ("and then", "e poi") right before <paramref name="hi"/> starts, if one stands there.</summary>
    private int? CoordinatorBefore(int lo, int hi)
    {
        if (_rules.Coordinators.Count == 0)
        {
            return null;
        }

        int? found = null;
        var from = Math.Max(lo, hi - 40);
        while (from < hi && _rules.Coordinators.TryFindFirst(_text, from, hi, out var c))
        {
            if (Words.Count(_text, c.End, hi) <= 1)
            {
                found = c.Start;
                break;
            }

            from = c.End;
        }

        return found;
    }

    /// <summary>
    /// The description: a named event ("9th High-Level Dialogue on …") or the trigger with its modifiers and object; and where
    /// the part that can name the event's own people and bodies starts (after the modifiers: "the ASEAN-Italy meeting" says
    /// what kind of meeting, not whose).
    /// </summary>
    private (int Start, int Own, int End) WhatRange(PhraseHit<Trigger> hit, TextSpan region)
    {
        var sentenceStart = region.Start;
        var initiative = _mentions.At(hit.Start, hit.End, t => t == EntityType.Initiative);
        if (initiative is { } name)
        {
            var s = OrdinalLeft(Math.Max(region.Start, Math.Min(hit.Start, name.Start)), region.Start);
            return (s, s, EditionRight(Math.Min(region.End, Math.Max(hit.End, name.End)), region.End));
        }

        if (Chars.IsUnspacedScript(_text[hit.Start]))
        {
            return (hit.Start, hit.Start, UnspacedObjectEnd(hit, region.End));
        }

        // "ASEAN-Italy Business Forum Opens In Milan": in a title-case headline a capital says nothing of a name.
        if (InTitleCase(hit.Start, hit.End))
        {
            if (!hit.Value.IsVerb && _rules.ModifiersBefore)
            {
                var left = HeadlineModifiersLeft(hit.Start, region.Start);
                return (left, hit.Start, HeadlineObjectEnd(hit.End, region.End));
            }

            return (hit.Start, hit.Start, hit.Value.IsVerb ? ObjectEnd(hit.End, region.End) : HeadlineModifiersRight(hit.End, region.End));
        }

        var start = hit.Start;
        if (Chars.IsUpper(_text[hit.Start]))
        {
            start = CapitalisedLeft(hit.Start, region.Start);

            // A capitalised first word of a sentence is not yet a name.
            var isName = start < hit.Start || PreviousWord(hit.Start, sentenceStart) is not null;
            if (isName && _rules.TitleCaseNames)
            {
                return (start, start, EditionRight(CapitalisedRight(hit.End, region.End), region.End));
            }
        }

        var own = start;
        if (!hit.Value.IsVerb && start == hit.Start && _rules.ModifiersBefore)
        {
            start = ModifiersLeft(hit.Start, region.Start);
        }

        return (start, own, ObjectEnd(hit.End, region.End));
    }

    /// <summary>
    /// Where the modifiers of an event noun start: after a determiner at most three words before it, with only words between
    /// ("the ASEAN-Italy ministerial meeting"); the noun itself when no determiner opens its phrase ("chaired meetings").
    /// </summary>
    private int ModifiersLeft(int start, int limit)
    {
        _words.Clear();
        Words.Scan(_text, Math.Max(limit, start - 80), start, _words);
        var result = start;
        for (var k = _words.Count - 1; k >= 0 && _words.Count - k <= MaxModifierWords + 1; k--)
        {
            var w = _words[k];
            if (w.IsPunctuation || _rules.ObjectStops.TryMatchAt(_text, w.Start, start, out _))
            {
                return start;
            }

            if (_rules.IsDeterminer(_text.AsSpan(w.Start, w.Length)))
            {
                return result;
            }

            result = w.Start;
        }

        return start;
    }

    /// <summary>
    /// The object of a trigger in a script without spaces: up to a stop word, a place preposition, a date, a name or a space,
    /// and at most 60 characters, ending on a word boundary of the segmenter's tokens when there are any.
    /// </summary>
    private int UnspacedObjectEnd(PhraseHit<Trigger> hit, int limit)
    {
        var end = hit.End;
        var cap = Math.Min(limit, hit.End + 60);
        while (end < cap && Chars.IsWordChar(_text[end]))
        {
            end++;
        }

        if (_rules.ObjectStops.TryFindFirst(_text, hit.End, end, out var stop))
        {
            end = stop.Start;
        }

        if (_rules.Planned.TryFindFirst(_text, hit.End, end, out var planned))
        {
            end = planned.Start;
        }

        foreach (var d in _dates)
        {
            if (d.Span.Start >= hit.End && d.Span.Start < end)
            {
                end = d.Span.Start;
                break;
            }
        }

        var tokens = _context.Tokens;
        if (end > hit.End && tokens.Count > 0)
        {
            // Snap back to the end of the last whole token.
            int lo = 0, hi = tokens.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (tokens[mid].Span.End <= end)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            var snapped = lo > 0 ? tokens[lo - 1].Span.End : hit.End;
            end = Math.Max(hit.End, Math.Min(end, snapped));
        }

        return end;
    }

    /// <summary>
    /// The modifiers of an event noun in a title-case headline: the few capitalised words right before it, up to a
    /// punctuation mark, a preposition, a connector or another trigger ("At Bangkok Economic Dialogue" → "Bangkok Economic").
    /// </summary>
    private int HeadlineModifiersLeft(int start, int limit)
    {
        _words.Clear();
        Words.Scan(_text, limit, start, _words);
        var result = start;
        for (var k = _words.Count - 1; k >= 0 && _words.Count - k <= MaxModifierWords; k--)
        {
            var w = _words[k];
            if (w.IsPunctuation || !(Words.IsCapitalised(_text, w) || Words.StartsWithDigit(_text, w))
                || _rules.IsConnector(_text.AsSpan(w.Start, w.Length)) || _rules.ObjectStops.TryMatchAt(_text, w.Start, start, out _)
                || _rules.Triggers.TryMatchAt(_text, w.Start, start, out _))
            {
                break;
            }

            result = w.Start;
        }

        return result;
    }

    /// <summary>
    /// The object of an event noun in a title-case headline: only a phrase a connector opens ("MoU On Creative Industries"),
    /// up to a preposition or punctuation; the word after the noun is otherwise the headline's verb ("Forum Opens").
    /// </summary>
    private int HeadlineObjectEnd(int start, int limit)
    {
        _words.Clear();
        Words.Scan(_text, start, limit, _words);
        if (_words.Count < 2 || _words[0].IsPunctuation || !_rules.IsConnector(_text.AsSpan(_words[0].Start, _words[0].Length)))
        {
            return start;
        }

        var end = start;
        for (var k = 1; k < _words.Count && k <= MaxModifierWords + 1; k++)
        {
            var w = _words[k];
            if (w.IsPunctuation || _rules.ObjectStops.TryMatchAt(_text, w.Start, limit, out _) || _rules.Triggers.TryMatchAt(_text, w.Start, limit, out _))
            {
                break;
            }

            end = w.End;
        }

        return end;
    }

    /// <summary>
    /// The modifiers after an event noun in a title-case headline of a language that puts them after the noun: two words, or
    /// up to the end of a name the second one is in ("Forum Perniagaan ASEAN-Itali Jana …" → "Forum Perniagaan ASEAN-Itali"),
    /// never across punctuation, a stop word or a figure.
    /// </summary>
    private int HeadlineModifiersRight(int start, int limit)
    {
        _words.Clear();
        Words.Scan(_text, start, limit, _words);
        var end = start;
        for (var k = 0; k < _words.Count && k < HeadlineModifierWords; k++)
        {
            var w = _words[k];
            if (w.IsPunctuation || Words.StartsWithDigit(_text, w) || _rules.ObjectStops.TryMatchAt(_text, w.Start, limit, out _)
                || _rules.Triggers.TryMatchAt(_text, w.Start, limit, out _))
            {
                break;
            }

            end = w.End;
        }

        if (end > start && _mentions.At(end - 1, end, _ => true) is { } name && name.End > end && name.End <= limit)
        {
            end = name.End;
        }

        return end;
    }

    /// <summary>
    /// The end of an edition written after a name ("… Địa Trung Hải lần thứ 3", "… ke-3"): an edition word and a number in
    /// digits or Roman numerals; <paramref name="end"/> when none follows.
    /// </summary>
    private int EditionRight(int end, int limit)
    {
        if (_rules.Editions.Count == 0)
        {
            return end;
        }

        var p = end;
        while (p < limit && char.IsWhiteSpace(_text[p]))
        {
            p++;
        }

        if (p == end || !_rules.Editions.TryMatchAt(_text, p, limit, out var edition))
        {
            return end;
        }

        var q = edition.End;
        while (q < limit && (char.IsWhiteSpace(_text[q]) || _text[q] is '-' or '–'))
        {
            q++;
        }

        var numberEnd = q;
        while (numberEnd < limit && (char.IsAsciiDigit(_text[numberEnd]) || _text[numberEnd] is 'I' or 'V' or 'X' or 'L'))
        {
            numberEnd++;
        }

        var whole = numberEnd > q && (numberEnd == _text.Length || !Chars.IsWordChar(_text[numberEnd]));
        return whole ? numberEnd : end;
    }

    private int OrdinalLeft(int start, int limit)
    {
        if (PreviousWord(start, limit) is { } w && char.IsDigit(_text[w.Start]))
        {
            return w.Start;
        }

        return start;
    }

    private int CapitalisedLeft(int start, int limit)
    {
        _words.Clear();
        Words.Scan(_text, limit, start, _words);
        var result = start;
        for (var k = _words.Count - 1; k >= 0 && _words.Count - k <= MaxNameWords; k--)
        {
            var w = _words[k];
            var span = _text.AsSpan(w.Start, w.Length);
            if (w.IsPunctuation || !(Words.IsCapitalised(_text, w) || Words.StartsWithDigit(_text, w)) || _rules.IsConnector(span))
            {
                break;
            }

            result = w.Start;
        }

        return result;
    }

    private int CapitalisedRight(int start, int limit)
    {
        _words.Clear();
        Words.Scan(_text, start, limit, _words);
        var end = start;
        var inList = false;
        for (var k = 0; k < _words.Count && k < MaxEventNameWords; k++)
        {
            var w = _words[k];
            if (w.IsPunctuation)
            {
                // "Conference on Economic, Cultural and Scientific Cooperation": a comma inside a list the name goes on with.
                if (_text[w.Start] == ',' && ListGoesOn(k + 1, limit, inList))
                {
                    inList = true;
                    continue;
                }

                break;
            }

            if (Words.IsCapitalised(_text, w) || Words.StartsWithDigit(_text, w))
            {
                end = w.End;
                continue;
            }

            // "Forum sa Milan": a connector that also introduces a place ends the name before the place.
            if (_rules.IsConnector(_text.AsSpan(w.Start, w.Length)) && k + 1 < _words.Count && Words.IsCapitalised(_text, _words[k + 1])
                && !(_rules.PlacePrepositions.TryMatchAt(_text, w.Start, limit, out _)
                     && _mentions.At(_words[k + 1].Start, _words[k + 1].End, t => t == EntityType.Location) is { } place
                     && place.Start == _words[k + 1].Start))
            {
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>
    /// Whether the words of <see cref="_words"/> from <paramref name="k"/> on are the rest of a list inside a name: capitalised
    /// words that name nobody and no place, more of them after commas, then a connector ("and", "e", "dan") and one more.
    /// </summary>
    private bool ListGoesOn(int k, int limit, bool inList)
    {
        // "Trade, Tourism, and Maritime Affairs": the list's last comma, once a comma before it was the list's.
        if (inList && k < _words.Count && ConnectorThenCapital(k, limit))
        {
            return true;
        }

        var items = 0;
        while (k < _words.Count)
        {
            var item = k;
            while (k < _words.Count && Words.IsCapitalised(_text, _words[k]))
            {
                if (_mentions.At(_words[k].Start, _words[k].End, t => t is EntityType.Person or EntityType.Location) is { } named
                    && named.Start == _words[k].Start)
                {
                    return false;
                }

                k++;
            }

            if (k == item || k >= _words.Count || k - item > MaxModifierWords)
            {
                return false;
            }

            items++;
            if (!_words[k].IsPunctuation || _text[_words[k].Start] != ',')
            {
                return ConnectorThenCapital(k, limit) && items <= MaxModifierWords;
            }

            // "Economic, Cultural, and Scientific": the last comma may stand before the connector.
            k++;
            if (k < _words.Count && ConnectorThenCapital(k, limit))
            {
                return items <= MaxModifierWords;
            }
        }

        return false;
    }

    private bool ConnectorThenCapital(int k, int limit) =>
        _rules.IsConnector(_text.AsSpan(_words[k].Start, _words[k].Length)) && k + 1 < _words.Count && _words[k].End < limit
        && Words.IsCapitalised(_text, _words[k + 1]);

    /// <summary>End of the object phrase after a trigger: up to punctuation, a stop word, a date or a planned marker.</summary>
    private int ObjectEnd(int start, int limit)
    {
        _words.Clear();
        Words.Scan(_text, start, limit, _words);
        var end = start;
        var lastContent = start;
        var count = 0;
        for (var k = 0; k < _words.Count; k++)
        {
            var w = _words[k];
            if (w.IsPunctuation)
            {
                if (_text[w.Start] is '-' or '–' or '&' or '/' && k + 1 < _words.Count && !_words[k + 1].IsPunctuation)
                {
                    continue;
                }

                break;
            }

            if (++count > MaxObjectWords || StartsDate(w) || _rules.Planned.TryMatchAt(_text, w.Start, limit, out _)
                || CoordinatesVerb(w.Start, limit))
            {
                break;
            }

            if (_rules.ObjectStops.TryMatchAt(_text, w.Start, limit, out var stop))
            {
                // "visit to Italy" reads on; "meeting in Rome" and "cuộc họp tổ chức tại Jakarta" stop before the place.
                var after = _words.FindIndex(k + 1, x => x.Start >= stop.End);
                var entityNext = after >= 0 && _mentions.At(_words[after].Start, _words[after].End, _ => true) is not null;
                if (!entityNext || _rules.PlacePrepositions.TryMatchAt(_text, w.Start, limit, out _) || _rules.PlacePrepositions.EndsAt(_text, stop.End, out _))
                {
                    break;
                }
            }

            end = w.End;
            if (!_rules.IsConnector(_text.AsSpan(w.Start, w.Length)))
            {
                lastContent = w.End;
            }
        }

        end = lastContent;

        // Never cut a name in two.
        if (end > start && _mentions.At(end - 1, end, _ => true) is { } inside && inside.End > end && inside.End <= limit)
        {
            end = inside.End;
        }

        return end;
    }

    /// <summary>Whether a coordinator at <paramref name="at"/> joins a second event verb ("… and later met", "e poi ha visitato").</summary>
    private bool CoordinatesVerb(int at, int limit)
    {
        if (_rules.Coordinators.Count == 0 || !_rules.Coordinators.TryMatchAt(_text, at, limit, out var coordinator))
        {
            return false;
        }

        // The verb right after the coordinator, or after one more word ("và đã ký", "and also visited").
        var p = coordinator.End;
        for (var k = 0; k < 2 && p < limit; k++)
        {
            while (p < limit && char.IsWhiteSpace(_text[p]))
            {
                p++;
            }

            if (_rules.Triggers.TryMatchAt(_text, p, limit, out var verb) && verb.Value.IsVerb)
            {
                return true;
            }

            while (p < limit && Chars.IsWordChar(_text[p]))
            {
                p++;
            }
        }

        return false;
    }

    private bool StartsDate(Word w)
    {
        foreach (var d in _dates)
        {
            if (d.Span.Start >= w.End)
            {
                break;
            }

            if (d.Span.End > w.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Who does it, for verbs: the entity named right before the trigger ("Italy became …", "Axiom … thành lập").</summary>
    private Entity? Subject(PhraseHit<Trigger> hit, TextSpan region)
    {
        var anyDistance = hit.Value.Type is EventType.Founding or EventType.Membership;
        EntityMention? best = null;
        foreach (var m in _mentions.Within(region.Start, hit.Start))
        {
            if (best is null || m.End >= best.Value.End)
            {
                best = m;
            }
        }

        if (best is not { } subject || (!anyDistance && Words.Count(_text, subject.End, hit.Start) > 3))
        {
            return null;
        }

        // "Sa Maynila, nakipagpulong si …": a place after its preposition is where, not who.
        if (subject.Type == EntityType.Location && HasPlacePreposition(subject.Start))
        {
            return null;
        }

        // A name inside a longer one ("Italy" in "Italy-ASEAN Association") is not the subject; the longer one is.
        return _mentions.At(subject.Start, subject.End, _ => true)?.Entity ?? subject.Entity;
    }

    /// <summary>The date mention of the trigger's clause: the nearest after the description's start, else the nearest before.</summary>
    private DateMention? PickDate(int whatStart, TextSpan region)
    {
        DateMention? before = null;
        foreach (var d in _dates)
        {
            if (d.Span.Start < region.Start || d.Span.End > region.End)
            {
                if (d.Span.Start >= region.End)
                {
                    break;
                }

                continue;
            }

            if (d.Span.Start >= whatStart)
            {
                return d;
            }

            before = d;
        }

        return before;
    }

    /// <summary>
    /// A planned event is not in the past: "in October" read in February means this October, not last year's; "on Friday" read
    /// on a Thursday means the Friday to come, not the one before.
    /// </summary>
    private PartialDate NotBeforePublication(PartialDate date, bool weekday)
    {
        if (_published is null || !date.Inferred || date.End >= _published.Start)
        {
            return date;
        }

        if (weekday && _published.Start.DayNumber - date.Start.DayNumber < 7)
        {
            var next = date.Start.AddDays(7);
            return PartialDate.TryOfDay(next.Year, next.Month, next.Day, inferred: true) ?? date;
        }

        var year = date.Year + 1;
        return date.Precision switch
        {
            DatePrecision.Day => PartialDate.TryOfDay(year, date.Month, date.Day, inferred: true) ?? date,
            DatePrecision.Month => PartialDate.OfMonth(year, date.Month, inferred: true),
            DatePrecision.Quarter => PartialDate.OfQuarter(year, date.Part, inferred: true),
            DatePrecision.Half => PartialDate.OfHalf(year, date.Part, inferred: true),
            _ => PartialDate.OfYear(year, inferred: true),
        };
    }

    /// <summary>The place: locations introduced by a place preposition, after the trigger first ("in Bangkok, Thailand").</summary>
    private string? Place(PhraseHit<Trigger> hit, TextSpan region, int whatEnd)
    {
        var locations = _locations;
        locations.Clear();
        // "«Italy is a key partner in Europe», Sugiono said after the meeting": a place someone names is not where the report's
        // event took place; a place in the attribution of a quote joined across it ("«A – ha detto X a Giacarta – B»") may be.
        foreach (var m in _mentions.Within(region.Start, region.End))
        {
            if (m.Type == EntityType.Location
                && !_mentions.InsideLonger(m.Start, m.End, t => t is EntityType.Organization or EntityType.Initiative)
                && !Quoted.ByAny(_context.Quotes, m.Start, m.End, _text))
            {
                locations.Add(m);
            }
        }

        // Near the event's words only: "a developer headquartered in Houston" far down the clause is someone else's place.
        foreach (var loc in locations)
        {
            if (loc.Start >= hit.Start && NearAfter(Math.Max(hit.End, whatEnd), loc.Start) && HasPlacePreposition(loc.Start) && !TitlesAPerson(loc.End))
            {
                return Chain(loc, locations);
            }
        }

        // "การประชุม … ครั้งที่ 5 จะจัดขึ้นที่กรุงโรม", "the forum, which brings … together, will be held in Milan": the verb of
        // holding says whose place it is, however long the event's name before it.
        foreach (var loc in locations)
        {
            if (loc.Start >= hit.End && AfterVenuePhrase(loc.Start) && !TitlesAPerson(loc.End))
            {
                return Chain(loc, locations);
            }
        }

        for (var i = locations.Count - 1; i >= 0; i--)
        {
            if (locations[i].Start < hit.Start && Words.Count(_text, locations[i].End, hit.Start) <= MaxPlaceGap && HasPlacePreposition(locations[i].Start))
            {
                return Chain(locations[i], locations);
            }
        }

        // "thăm Italy", "visited Jakarta": the place visited is the object. Not, here or above, a place that ends a title
        // right before a name ("kunjungan Wakil Menteri Luar Negeri Italia Maria Tripodi", "Minister of … Made in Italy
        // Adolfo Urso").
        if (hit.Value.Type == EventType.Visit)
        {
            foreach (var loc in locations)
            {
                if (loc.Start >= hit.End && loc.End <= Math.Max(whatEnd, hit.End + 40) && !TitlesAPerson(loc.End))
                {
                    return Chain(loc, locations);
                }
            }
        }

        return null;
    }

    // A person's name starts right after the place, with only a space between.
    private bool TitlesAPerson(int placeEnd)
    {
        var at = placeEnd;
        while (at < _text.Length && _text[at] == ' ')
        {
            at++;
        }

        if (at == placeEnd || at >= _text.Length)
        {
            return false;
        }

        foreach (var m in _mentions.Within(at, _text.Length))
        {
            if (m.Start > at)
            {
                break;
            }

            if (m.Start == at && m.Type == EntityType.Person)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a place at <paramref name="place"/> still belongs to the event described up to <paramref name="from"/>: a few
    /// words away, and not inside an aside opened by a comma ("with Anna Berg, an adviser to a firm based in Oslo").
    /// </summary>
    /// <remarks>
    /// An aside closed by a second comma is skipped: in "met Antonio Tajani, Italy's foreign minister, in Rome" the place
    /// belongs to the meeting.
    /// </remarks>
    private bool NearAfter(int from, int place)
    {
        if (place < from)
        {
            return false;
        }

        var between = _text.AsSpan(from, place - from);
        var first = between.IndexOf(',');
        if (first < 0)
        {
            return Words.Count(_text, from, place) <= MaxPlaceGap;
        }

        var last = between.LastIndexOf(',');
        var outside = Words.Count(_text, from, from + first) + Words.Count(_text, from + last + 1, place);
        if (last > first)
        {
            var aside = Words.Count(_text, from + first + 1, from + last);
            return aside <= MaxAsideWords && outside <= MaxPlaceGap && Words.Count(_text, from + last + 1, place) <= 2;
        }

        return outside <= MaxPlaceGap && Words.Count(_text, from + first + 1, place) <= 4;
    }

    private string Chain(EntityMention first, List<EntityMention> locations) => ChainWithEnd(first, locations).Place;

    private (string Place, int End) ChainWithEnd(EntityMention first, List<EntityMention> locations)
    {
        var end = first.End;
        foreach (var next in locations)
        {
            if (next.Start < end)
            {
                continue;
            }

            var between = _text.AsSpan(end, next.Start - end).Trim();
            if (between.Length > 1 || (between.Length == 1 && between[0] is not (',' or '-' or '–')))
            {
                break;
            }

            end = next.End;
        }

        return (Collapse(_text.AsSpan(first.Start, end - first.Start)), end);
    }

    private bool HasPlacePreposition(int start) => PrepositionStart(start) is not null;

    /// <summary>Whether a venue phrase ("held in", "จัดขึ้นที่") ends right before a place at <paramref name="start"/>.</summary>
    private bool AfterVenuePhrase(int start) =>
        _rules.VenuePhrases.Count > 0 && _rules.VenuePhrases.EndsAt(_text, WordEndBefore(start), out _);

    // Where the word before <paramref name="start"/> ends, over the white space between.
    private int WordEndBefore(int start)
    {
        var p = start;
        while (p > 0 && char.IsWhiteSpace(_text[p - 1]))
        {
            p--;
        }

        return p;
    }

    /// <summary>Where the place preposition before a place at <paramref name="start"/> starts, if one stands there.</summary>
    private int? PrepositionStart(int start)
    {
        var p = WordEndBefore(start);

        if (_rules.PlacePrepositions.EndsAt(_text, p, out var prep))
        {
            return prep.Start;
        }

        // One short word between: "in the Philippines", "a la Valletta".
        var q = p;
        while (q > 0 && Chars.IsSpacedWordChar(_text[q - 1]))
        {
            q--;
        }

        if (p - q is < 1 or > 3)
        {
            return null;
        }

        var r = q;
        while (r > 0 && char.IsWhiteSpace(_text[r - 1]))
        {
            r--;
        }

        return r < q && _rules.PlacePrepositions.EndsAt(_text, r, out var before) ? before.Start : null;
    }

    private void AddParticipants(EventFrame frame, PhraseHit<Trigger> hit, TextSpan region, TextSpan sentence, int firstTrigger)
    {
        // The subject of the sentence takes part in every event of it: "X met Y and signed …".
        foreach (var m in _mentions.Within(sentence.Start, firstTrigger))
        {
            if (m.Type == EntityType.Person)
            {
                frame.Participants.Add(m.Entity);
                break;
            }
        }

        // Only a verb or a description that says more than its trigger sets the event with someone: in "also attending the
        // meeting was X" the name after "meeting" is one more participant, in "talks with the governor, X" and "met X" it is
        // whom the talks were with.
        var describesWhom = frame.WhatSpan.End > hit.End || hit.Value.IsVerb;
        var personBefore = false;
        foreach (var m in _mentions.Within(region.Start, region.End))
        {
            if (m.Type != EntityType.Person)
            {
                continue;
            }

            personBefore |= m.Start < hit.Start;
            if (describesWhom && m.Start >= hit.End)
            {
                frame.Counterparts.Add(m.Entity);
            }

            if (!frame.Participants.Contains(m.Entity) && frame.Participants.Count < MaxParticipants)
            {
                frame.Participants.Add(m.Entity);
            }
        }

        if (frame.Participants.Count > 0 && personBefore)
        {
            return;
        }

        // "he said at the summit": the pronoun stands for the last person named.
        _words.Clear();
        Words.Scan(_text, sentence.Start, hit.Start, _words);
        foreach (var w in _words)
        {
            if (!w.IsPunctuation && _rules.Pronouns.IsPronoun(_text.AsSpan(w.Start, w.Length)))
            {
                if (_mentions.LastPersonBefore(w.Start) is { } person && !frame.Participants.Contains(person))
                {
                    frame.Participants.Insert(0, person);
                }

                break;
            }
        }
    }

    private Word? PreviousWord(int offset, int limit)
    {
        var e = offset;
        while (e > limit && char.IsWhiteSpace(_text[e - 1]))
        {
            e--;
        }

        var s = e;
        while (s > limit && Chars.IsWordChar(_text[s - 1]))
        {
            s--;
        }

        return s < e ? new Word(s, e, false) : null;
    }

    /// <summary>
    /// The sentence without the dateline that opens it ("MAYNILA, Marso 12, 2025 — Nakipagpulong si …"): the dateline tells
    /// where and when the report was filed, and is no part of what an event's description or subject says.
    /// </summary>
    private TextSpan AfterDateline(TextSpan sentence)
    {
        if (_context.Document.Dateline is not { } dateline || dateline.Span.Length == 0 || dateline.Span.End <= sentence.Start
            || dateline.Span.End >= sentence.End || dateline.Span.Start > sentence.Start)
        {
            return sentence;
        }

        var start = dateline.Span.End;
        while (start < sentence.End && (char.IsWhiteSpace(_text[start]) || _text[start] is '-' or '–' or '—' or ':' or ','))
        {
            start++;
        }

        return start < sentence.End ? new TextSpan(start, sentence.End) : sentence;
    }

    /// <summary>
    /// Index of the last sentence of the lead: the first sentences after the headline, and the one the dateline opens.
    /// </summary>
    private int LeadEnd(IReadOnlyList<TextSpan> sentences)
    {
        var headline = 0;
        while (_headline.Length > 0 && headline < sentences.Count && sentences[headline].Start < _headline.End)
        {
            headline++;
        }

        var end = LeadSentences - 1 + headline;
        if (_context.Document.Dateline is { } dateline && dateline.Span.End > 0)
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                if (sentences[i].End >= dateline.Span.End)
                {
                    end = Math.Max(end, i);
                    break;
                }
            }
        }

        return end;
    }

    /// <summary>The dates with a span inside the text, ordered by start as a stable sort orders them (most often they already are).</summary>
    private static List<DateMention> DatesInTextOrder(List<DateMention> dates, int textLength)
    {
        var valid = new List<DateMention>(dates.Count);
        var sorted = true;
        foreach (var d in dates)
        {
            if (d.Span.Start >= 0 && d.Span.End <= textLength && d.Span.Start < d.Span.End)
            {
                sorted &= valid.Count == 0 || valid[^1].Span.Start <= d.Span.Start;
                valid.Add(d);
            }
        }

        return sorted ? valid : valid.OrderBy(d => d.Span.Start).ToList();
    }

    private static PartialDate? DatelineDate(ExtractionContext context, List<DateMention> dates)
    {
        if (context.Document.Dateline is not { } dateline || dateline.Span.Length == 0)
        {
            return null;
        }

        return dates.FirstOrDefault(d => d.Span.Overlaps(dateline.Span))?.Value;
    }

    private static bool Contains(PartialDate outer, PartialDate inner) => outer.Start <= inner.Start && inner.End <= outer.End;

    private static string Collapse(ReadOnlySpan<char> span)
    {
        span = span.Trim();

        // The collapsed text is never longer than the span: it is written into a buffer on the stack, or a rented one.
        char[]? rented = null;
        var buffer = span.Length <= 256 ? stackalloc char[span.Length] : (rented = ArrayPool<char>.Shared.Rent(span.Length));
        var n = 0;
        var space = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                buffer[n++] = ' ';
                space = false;
            }

            buffer[n++] = c;
        }

        var collapsed = new string(buffer[..n]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return collapsed;
    }
}
