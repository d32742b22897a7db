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
    private const int MaxModifierWords = 3;
    private const int MaxParticipants = 12;
    private const int MaxPlaceGap = 9;
    private const int MaxAsideWords = 14;

    private readonly ExtractionContext _context;
    private readonly string _text;
    private readonly EventRules _rules;
    private readonly MentionIndex _mentions;
    private readonly List<DateMention> _dates;
    private readonly PartialDate? _published;
    private readonly List<Word> _words = [];
    private readonly List<PhraseHit<Trigger>> _sentenceHits = [];
    private readonly List<EntityMention> _locations = [];

    public FrameBuilder(ExtractionContext context, EventRules rules)
    {
        _context = context;
        _text = context.Text;
        _rules = rules;
        _mentions = MentionIndex.For(context);
        _dates = DatesInTextOrder(context.Dates, _text.Length);
        _published = context.Published ?? context.Document.Published ?? DatelineDate(context, _dates);
    }

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
            var sentence = sentences[si];
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

            var chosen = ChooseOnePerGroup(_sentenceHits, sentence.Start);
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
            for (var c = 0; c < chosen.Count; c++)
            {
                var hit = chosen[c];
                if (!InsideAnother(whats, c, hit))
                {
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
                    frame.Date = NotBeforePublication(frame.Date);
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
        _rules.Sequence.Count > 0 && hit.End < region.End && _rules.Sequence.TryFindFirst(_text, hit.End, region.End, out var word)
            ? new TextSpan(region.Start, word.Start)
            : region;

    /// <summary>Whether a word of sequence ("follows", "sau", "menyusul") stands between the triggers of two frames.</summary>
    private bool Sequenced(EventFrame a, EventFrame b)
    {
        var (lo, hi) = a.Trigger.Start < b.Trigger.Start ? (a.Trigger.End, b.Trigger.Start) : (b.Trigger.End, a.Trigger.Start);
        return hi > lo && _rules.Sequence.Count > 0 && _rules.Sequence.TryFindFirst(_text, lo, hi, out _);
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
        if (trigger.IsVerb && Subject(hit, region) is { } subject)
        {
            what = subject.Name + " " + what;
        }

        var planned = _rules.Planned.TryFindFirst(_text, Math.Max(region.Start, hit.Start - 40), Math.Min(region.End, whatEnd + 60), out _);
        var reportable = EventFrame.TakesParticipants(trigger.Type);
        var date = PickDate(whatStart, region);
        var place = Place(hit, region, whatEnd);

        var frame = new EventFrame
        {
            Refers = !trigger.IsVerb && date is null && place is null && !NamesAnything(ownStart, whatEnd) && AfterReferringWord(whatStart),
            Trigger = new TextSpan(hit.Start, hit.End),
            DateFromText = date is not null,
            Type = trigger.Type,
            Group = trigger.Group,
            Planned = planned,
            What = what,
            Span = sentence,
            WhatSpan = whatSpan,
            Region = region,
            Date = date,
            Place = place,
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

        var p = whatStart;
        while (p > 0 && char.IsWhiteSpace(_text[p - 1]))
        {
            p--;
        }

        return _rules.Referring.EndsAt(_text, p, out _);
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

    /// <summary>One trigger per type group and sentence: a named event beats a noun, a noun beats a verb.</summary>
    /// <remarks>A sentence has a handful of triggers: the groups are found by a linear search, in the order they first appear.</remarks>
    private List<PhraseHit<Trigger>> ChooseOnePerGroup(List<PhraseHit<Trigger>> hits, int sentenceStart)
    {
        var best = new List<PhraseHit<Trigger>>(hits.Count);
        foreach (var hit in hits)
        {
            var g = best.Count - 1;
            while (g >= 0 && !(best[g].Value.Type == hit.Value.Type && string.Equals(best[g].Value.Group, hit.Value.Group, StringComparison.Ordinal)))
            {
                g--;
            }

            if (g < 0)
            {
                best.Add(hit);
            }
            else if (Rank(hit, sentenceStart) > Rank(best[g], sentenceStart))
            {
                best[g] = hit;
            }
        }

        // Triggers do not overlap, so no two share a start and the order is the same for any sort.
        best.Sort((a, b) => a.Start.CompareTo(b.Start));
        return best;
    }

    private int Rank(PhraseHit<Trigger> hit, int sentenceStart)
    {
        var capitalisedInside = Chars.IsUpper(_text[hit.Start]) && PreviousWord(hit.Start, sentenceStart) is not null;
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
        if (_rules.Sequence.Count > 0 && _rules.Sequence.TryFindFirst(_text, lo, hi, out var sequence))
        {
            return sequence.Start;
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
            return (s, s, Math.Min(region.End, Math.Max(hit.End, name.End)));
        }

        if (Chars.IsUnspacedScript(_text[hit.Start]))
        {
            return (hit.Start, hit.Start, UnspacedObjectEnd(hit, region.End));
        }

        var start = hit.Start;
        if (Chars.IsUpper(_text[hit.Start]))
        {
            start = CapitalisedLeft(hit.Start, region.Start);

            // A capitalised first word of a sentence is not yet a name.
            var isName = start < hit.Start || PreviousWord(hit.Start, sentenceStart) is not null;
            if (isName && _rules.TitleCaseNames)
            {
                return (start, start, CapitalisedRight(hit.End, region.End));
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
        for (var k = 0; k < _words.Count && k < MaxNameWords; k++)
        {
            var w = _words[k];
            if (w.IsPunctuation)
            {
                break;
            }

            if (Words.IsCapitalised(_text, w) || Words.StartsWithDigit(_text, w))
            {
                end = w.End;
                continue;
            }

            if (_rules.IsConnector(_text.AsSpan(w.Start, w.Length)) && k + 1 < _words.Count && Words.IsCapitalised(_text, _words[k + 1]))
            {
                continue;
            }

            break;
        }

        return end;
    }

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

            if (++count > MaxObjectWords || StartsDate(w) || _rules.Planned.TryMatchAt(_text, w.Start, limit, out _))
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

        // A name inside a longer one ("Italy" in "Italy-ASEAN Association") is not the subject; the longer one is.
        return _mentions.At(subject.Start, subject.End, _ => true)?.Entity ?? subject.Entity;
    }

    /// <summary>The date mention of the trigger's clause: the nearest after the description's start, else the nearest before.</summary>
    private PartialDate? PickDate(int whatStart, TextSpan region)
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
                return d.Value;
            }

            before = d;
        }

        return before?.Value;
    }

    /// <summary>A planned event is not in the past: "in October" read in February means this October, not last year's.</summary>
    private PartialDate NotBeforePublication(PartialDate date)
    {
        if (_published is null || !date.Inferred || date.End >= _published.Start)
        {
            return date;
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

    private string Chain(EntityMention first, List<EntityMention> locations)
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

        return Collapse(_text.AsSpan(first.Start, end - first.Start));
    }

    private bool HasPlacePreposition(int start)
    {
        var p = start;
        while (p > 0 && char.IsWhiteSpace(_text[p - 1]))
        {
            p--;
        }

        if (_rules.PlacePrepositions.EndsAt(_text, p, out _))
        {
            return true;
        }

        // One short word between: "in the Philippines", "a la Valletta".
        var q = p;
        while (q > 0 && Chars.IsSpacedWordChar(_text[q - 1]))
        {
            q--;
        }

        if (p - q is < 1 or > 3)
        {
            return false;
        }

        var r = q;
        while (r > 0 && char.IsWhiteSpace(_text[r - 1]))
        {
            r--;
        }

        return r < q && _rules.PlacePrepositions.EndsAt(_text, r, out _);
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

        // Only a description that says more than its trigger sets the event with someone: in "also attending the meeting was
        // X" the name after "meeting" is one more participant, in "talks with the governor, X" it is whom the talks were with.
        var describesWhom = frame.WhatSpan.End > hit.End;
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

    /// <summary>Index of the last sentence of the lead: the first sentences, and the one the dateline opens.</summary>
    private int LeadEnd(IReadOnlyList<TextSpan> sentences)
    {
        var end = LeadSentences - 1;
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
