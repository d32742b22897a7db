namespace Ponte.Languages;

/// <summary>Data of <c>events.json</c>: trigger words of event frames and the words that shape their description.</summary>
public sealed class EventsData
{
    /// <summary>Trigger words, each with the type of event it signals.</summary>
    public List<EventTriggerData> Triggers { get; set; } = [];

    /// <summary>Words that mark an event as planned rather than past: "will", "slated", "dự kiến", "akan".</summary>
    public List<string> Planned { get; set; } = [];

    /// <summary>Label appended to the description of a planned event: "planned", "dự kiến".</summary>
    public string PlannedLabel { get; set; } = string.Empty;

    /// <summary>Phrases that date an event by the previous one: "the same day", "cùng ngày".</summary>
    public List<string> SameDay { get; set; } = [];

    /// <summary>Prepositions that introduce the place of an event: "in", "at", "tại", "a", "di".</summary>
    public List<string> PlacePrepositions { get; set; } = [];

    /// <summary>Phrases that end right before the place where an event is held ("held in", "si terrà a", "được tổ chức tại",
    /// "diadakan di", "จัดขึ้นที่"): a place after one is the venue of the clause's event however far from the event's noun.</summary>
    public List<string> VenuePhrases { get; set; } = [];

    /// <summary>Words that end the object phrase of a trigger: "to", "which", "năm", "per".</summary>
    public List<string> ObjectStops { get; set; } = [];

    /// <summary>Words that set one event before or after another ("follows", "segue", "menyusul", "sau"): the events they join
    /// are told apart, and one does not lend its date to the other.</summary>
    public List<string> Sequence { get; set; } = [];

    /// <summary>Phrases that set an event on the sidelines of another ("on the sidelines of", "a margine di", "bên lề",
    /// "di sela-sela"): the event noun after one is the host, whose date and place the side event shares when it has none.</summary>
    public List<string> Sidelines { get; set; } = [];

    /// <summary>Words that join two predicates of one subject ("and", "and then", "e poi", "rồi", "lalu"): a name before one
    /// and a verb after it is the first predicate's object, not the second one's subject.</summary>
    public List<string> Coordinators { get; set; } = [];

    /// <summary>Words that add one more event next to a verb ("also met", "ha incontrato anche", "juga bertemu", "cũng đã
    /// gặp"): the event is another than those told before, unless it is with the same people.</summary>
    public List<string> Additive { get; set; } = [];

    /// <summary>Words right before an event noun that point back to an event already told ("after the", "dopo l'", "usai",
    /// "tại"): such a noun with nothing of its own is that event again, not a new one.</summary>
    public List<string> Referring { get; set; } = [];

    /// <summary>Words that open a noun phrase ("the", "a") in a language whose modifiers stand before the noun: the words
    /// between one and an event noun describe it ("the ASEAN-Italy ministerial meeting"). Empty where modifiers follow.</summary>
    public List<string> Determiners { get; set; } = [];

    /// <summary>True when names of events are written in title case ("High-Level Dialogue on Economic Relations"), so a
    /// capitalised trigger's description ends with the last capitalised word.</summary>
    public bool TitleCaseNames { get; set; }

    /// <summary>Words that give, with the number after them, the edition of a named event written after its name ("lần thứ 3",
    /// "ke-3", "ika-3"): the description keeps them.</summary>
    public List<string> EditionWords { get; set; } = [];

    /// <summary>Lower-case words that may join the capitalised words of a name: "of", "on", "for", "của", "di".</summary>
    public List<string> NameConnectors { get; set; } = [];
}

/// <summary>One group of trigger words and what they signal.</summary>
public sealed class EventTriggerData
{
    /// <summary>The trigger words or phrases ("held talks", "chuyến thăm").</summary>
    public List<string> Words { get; set; } = [];

    /// <summary>Event type name as the output contract spells it: meeting, dialogue, visit, agreement, founding, membership, other.</summary>
    public string Type { get; set; } = "other";

    /// <summary>Frames merge only within a group; defaults to the type ("session" keeps working sessions apart from meetings).</summary>
    public string? Group { get; set; }

    /// <summary>"noun" (the event itself, described with its object) or "verb" (described with its subject and object).</summary>
    public string Kind { get; set; } = "noun";

    /// <summary>Words one of which must follow within <see cref="Within"/> words for the trigger to count ("became … partner").</summary>
    public List<string> FollowedBy { get; set; } = [];

    /// <summary>How many words may separate the trigger from its <see cref="FollowedBy"/> word.</summary>
    public int Within { get; set; } = 3;

    /// <summary>Words that, right before the trigger, cancel it ("thư" before "ký" is "secretary").</summary>
    public List<string> NotAfter { get; set; } = [];

    /// <summary>Words that, right after the trigger, cancel it ("dò" after "thăm" is "to explore").</summary>
    public List<string> NotBefore { get; set; } = [];
}

public sealed partial class LanguagePack
{
    /// <summary>Event trigger words and description rules.</summary>
    public EventsData Events => Section<EventsData>("events");
}
