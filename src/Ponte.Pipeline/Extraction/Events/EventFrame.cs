using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Events;

/// <summary>One event as a sentence tells it, before frames of the same event are merged.</summary>
internal sealed class EventFrame
{
    public required EventType Type { get; init; }
    public required string Group { get; init; }
    public required bool Planned { get; set; }

    /// <summary>Whether the date was read from the text rather than taken from the publication date.</summary>
    public bool DateFromText { get; set; }

    /// <summary>Whether that date was a day named without digits ("on Friday"), which a planned event puts in the week to come.</summary>
    public bool DateByWeekday { get; init; }
    public required string What { get; set; }
    public required TextSpan Span { get; init; }

    /// <summary>Where the description was read from (before a verb's subject was put in front).</summary>
    public required TextSpan WhatSpan { get; init; }

    /// <summary>The trigger word itself.</summary>
    public required TextSpan Trigger { get; init; }

    /// <summary>The part of the sentence that belongs to this frame's trigger.</summary>
    public required TextSpan Region { get; init; }

    /// <summary>Whether this kind of event is reported as happening with people on a day (meetings, visits, signings).</summary>
    public bool Reportable => TakesParticipants(Type);

    /// <summary>1 when the description names an organisation, person or initiative: it says more than "meetings with partners".</summary>
    public int WhatScore { get; set; }

    public PartialDate? Date { get; set; }
    public string? Place { get; set; }

    /// <summary>Whether the place was read from the event's own sentence rather than taken from the dateline or the event before.</summary>
    public bool PlaceFromText { get; set; }

    /// <summary>Whether the frame was read from the headline: it tells again an event of the body, if the body tells one.</summary>
    public bool Headline { get; init; }

    /// <summary>The event this one took place on the sidelines of ("on the sidelines of the forum, X met Y").</summary>
    public EventFrame? Host { get; set; }

    /// <summary>Whether an additive word stands by the verb ("also met"): another event than the ones told before.</summary>
    public bool Also { get; init; }

    /// <summary>The frame this one was folded or merged into, once it has been.</summary>
    public EventFrame? Into { get; set; }
    public List<Entity> Participants { get; } = [];

    /// <summary>
    /// The people the description sets the event with ("talks with the governor, Pramono Anung"): named after the trigger of a
    /// description that says more than the trigger. Two frames whose counterparts the other never names are two events.
    /// </summary>
    public HashSet<Entity> Counterparts { get; } = [];

    /// <summary>
    /// Whether the frame only points back to an event already told ("said after the meeting", "usai pertemuan"): an event
    /// noun after a referring word, with no date, place or name of its own.
    /// </summary>
    public bool Refers { get; init; }

    /// <summary>Whether the event is recalled to set another of its sentence in time: "follows the meeting held in July".</summary>
    public bool Recalled { get; set; }
    public HashSet<Entity> Anchors { get; } = [];

    /// <summary>Types whose participants are people: a founding or a membership has none.</summary>
    public static bool TakesParticipants(EventType type) => type is not (EventType.Founding or EventType.Membership);
}
