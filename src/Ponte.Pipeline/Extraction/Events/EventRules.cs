using System.Runtime.CompilerServices;
using Ponte.Core.Model;
using Ponte.Languages;
using Ponte.Pipeline.Extraction.Quotes;

namespace Ponte.Pipeline.Extraction.Events;

/// <summary>What a trigger word signals, compiled from one entry of <c>events.json</c>.</summary>
internal sealed class Trigger
{
    public required EventType Type { get; init; }
    public required string Group { get; init; }
    public required bool IsVerb { get; init; }
    public PhraseSet<bool>? FollowedBy { get; init; }
    public int Within { get; init; }
    public HashSet<string>? NotAfter { get; init; }
    public HashSet<string>? NotBefore { get; init; }

    /// <summary>Whether the word right before the trigger cancels it.</summary>
    public bool CancelledAfter(ReadOnlySpan<char> word) => NotAfter is not null && NotAfter.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether the word right after the trigger cancels it.</summary>
    public bool CancelledBefore(ReadOnlySpan<char> word) => NotBefore is not null && NotBefore.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}

/// <summary>A language's event data compiled once for matching; shared by all documents of that language.</summary>
internal sealed class EventRules
{
    private static readonly ConditionalWeakTable<LanguagePack, EventRules> Cache = new();

    private readonly HashSet<string> _connectors;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _connectorLookup;
    private readonly HashSet<string> _determiners;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _determinerLookup;

    private EventRules(LanguagePack pack)
    {
        var data = pack.Events;
        var triggers = new List<(string, Trigger)>();
        foreach (var entry in data.Triggers)
        {
            var type = Enum.TryParse<EventType>(entry.Type, ignoreCase: true, out var t) ? t : EventType.Other;
            var trigger = new Trigger
            {
                Type = type,
                Group = string.IsNullOrWhiteSpace(entry.Group) ? type.ToString() : entry.Group,
                IsVerb = string.Equals(entry.Kind, "verb", StringComparison.OrdinalIgnoreCase),
                FollowedBy = entry.FollowedBy.Count > 0 ? Set(entry.FollowedBy) : null,
                Within = Math.Clamp(entry.Within, 1, 10),
                NotAfter = entry.NotAfter.Count > 0 ? new HashSet<string>(entry.NotAfter, StringComparer.OrdinalIgnoreCase) : null,
                NotBefore = entry.NotBefore.Count > 0 ? new HashSet<string>(entry.NotBefore, StringComparer.OrdinalIgnoreCase) : null,
            };
            triggers.AddRange(entry.Words.Select(w => (w, trigger)));
        }

        Triggers = new PhraseSet<Trigger>(triggers);
        Planned = Set(data.Planned);
        PlannedLabel = data.PlannedLabel.Trim();
        TitleCaseNames = data.TitleCaseNames;
        SameDay = Set(data.SameDay);
        PlacePrepositions = Set(data.PlacePrepositions);
        VenuePhrases = Set(data.VenuePhrases);
        ObjectStops = Set(data.ObjectStops.Concat(data.PlacePrepositions).Concat(data.Sequence).Concat(data.Sidelines));
        // A coordinator that opens with a word of sequence is no sequence: "sau đó" (and then) is not "sau" (after). They are in
        // the set as false, so the longer phrase is found and skipped.
        var sequence = new HashSet<string>(data.Sequence, StringComparer.OrdinalIgnoreCase);
        Sequence = new PhraseSet<bool>(data.Sequence.Select(p => (p, true))
            .Concat(data.Coordinators.Where(c => !sequence.Contains(c)).Select(c => (c, false))));
        HasSequence = sequence.Count > 0;
        Sidelines = Set(data.Sidelines);
        Coordinators = Set(data.Coordinators);
        Additive = Set(data.Additive);
        Referring = Set(data.Referring);
        Editions = Set(data.EditionWords);
        _determiners = new HashSet<string>(data.Determiners, StringComparer.OrdinalIgnoreCase);
        _determinerLookup = _determiners.GetAlternateLookup<ReadOnlySpan<char>>();
        _connectors = new HashSet<string>(data.NameConnectors, StringComparer.OrdinalIgnoreCase);
        _connectorLookup = _connectors.GetAlternateLookup<ReadOnlySpan<char>>();
        Pronouns = QuoteRules.For(pack);
    }

    /// <summary>Trigger words.</summary>
    public PhraseSet<Trigger> Triggers { get; }

    /// <summary>Markers of a planned event.</summary>
    public PhraseSet<bool> Planned { get; }

    /// <summary>Label for planned events, or empty.</summary>
    public string PlannedLabel { get; }

    /// <summary>Whether event names are written in title case.</summary>
    public bool TitleCaseNames { get; }

    /// <summary>"The same day" phrases.</summary>
    public PhraseSet<bool> SameDay { get; }

    /// <summary>Prepositions before a place.</summary>
    public PhraseSet<bool> PlacePrepositions { get; }

    /// <summary>Phrases right before the place an event is held in ("held in", "จัดขึ้นที่").</summary>
    public PhraseSet<bool> VenuePhrases { get; }

    /// <summary>Words that end an object phrase (place prepositions, sequence and sidelines words included).</summary>
    public PhraseSet<bool> ObjectStops { get; }

    /// <summary>Words that set one event before or after another (true), and the coordinators that start like one (false).</summary>
    private PhraseSet<bool> Sequence { get; }

    /// <summary>Whether the language has words of sequence.</summary>
    public bool HasSequence { get; }

    /// <summary>Phrases that set an event on the sidelines of the event named after them.</summary>
    public PhraseSet<bool> Sidelines { get; }

    /// <summary>Words that join two predicates of one subject ("and then").</summary>
    public PhraseSet<bool> Coordinators { get; }

    /// <summary>Words that add one more event next to a verb ("also").</summary>
    public PhraseSet<bool> Additive { get; }

    /// <summary>Words before an event noun that point back to an event already told.</summary>
    public PhraseSet<bool> Referring { get; }

    /// <summary>The first word of sequence in [<paramref name="start"/>, <paramref name="end"/>) that is not the start of a coordinator.</summary>
    public bool TryFindSequence(ReadOnlySpan<char> text, int start, int end, out PhraseHit<bool> hit)
    {
        var from = start;
        while (HasSequence && from < end && Sequence.TryFindFirst(text, from, end, out hit))
        {
            if (hit.Value)
            {
                return true;
            }

            from = hit.End;
        }

        hit = default;
        return false;
    }

    /// <summary>Words that give the edition of a named event after its name ("lần thứ", "ke").</summary>
    public PhraseSet<bool> Editions { get; }

    /// <summary>The language's quote rules, for their pronouns.</summary>
    public QuoteRules Pronouns { get; }

    /// <summary>Whether the word may join the capitalised words of a name ("of", "on", "của").</summary>
    public bool IsConnector(ReadOnlySpan<char> word) => _connectors.Count > 0 && _connectorLookup.Contains(word);

    /// <summary>Whether modifiers stand before an event noun, opened by a determiner.</summary>
    public bool ModifiersBefore => _determiners.Count > 0;

    /// <summary>Whether the word opens a noun phrase ("the", "a").</summary>
    public bool IsDeterminer(ReadOnlySpan<char> word) => _determiners.Count > 0 && _determinerLookup.Contains(word);

    /// <summary>The compiled rules of <paramref name="pack"/>.</summary>
    public static EventRules For(LanguagePack pack) => Cache.GetValue(pack, p => new EventRules(p));

    private static PhraseSet<bool> Set(IEnumerable<string> phrases) => new(phrases.Select(p => (p, true)));
}
