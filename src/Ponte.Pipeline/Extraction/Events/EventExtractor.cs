using Ponte.Core.Model;
using Ponte.Pipeline.Extraction.Quotes;

namespace Ponte.Pipeline.Extraction.Events;

/// <summary>
/// Finds events (meetings, dialogues, visits, agreements, foundings, memberships) as frames around the language's trigger
/// words: a short description built from the sentence, the date mention of the trigger's clause, a place introduced by a
/// place preposition, and the people taking part. Frames that tell the same event twice in one document are merged.
/// Runs after the date and entity stages.
/// </summary>
public sealed class EventExtractor : IExtractor
{
    private const int MaxEvents = 500;

    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrEmpty(context.Text))
        {
            return;
        }

        var rules = EventRules.For(context.Rules);
        if (rules.Triggers.Count == 0)
        {
            return;
        }

        var hits = new List<PhraseHit<Trigger>>();
        rules.Triggers.FindAll(context.Text, 0, context.Text.Length, hits);
        OutsideQuotes(hits, context.Quotes, context.Text);
        if (hits.Count == 0)
        {
            return;
        }

        var frames = new FrameBuilder(context, rules).Build(hits);
        foreach (var frame in FrameMerger.Merge(frames))
        {
            if (context.Events.Count >= MaxEvents)
            {
                break;
            }

            var what = frame.Planned && rules.PlannedLabel.Length > 0 ? $"{frame.What} ({rules.PlannedLabel})" : frame.What;
            context.Events.Add(new Event
            {
                Type = frame.Type,
                What = what,
                Date = frame.Date,
                Place = frame.Place,
                Participants = frame.Participants.Select(p => p.Name).Distinct(StringComparer.Ordinal).ToArray(),
                Span = frame.Span,
            });
        }
    }

    /// <summary>Drops triggers inside direct quotes: what people say they did is theirs to tell, the report's events are told outside.</summary>
    private static void OutsideQuotes(List<PhraseHit<Trigger>> hits, List<Quote> quotes, string text)
    {
        if (quotes.Count == 0)
        {
            return;
        }

        hits.RemoveAll(h => Quoted.ByAny(quotes, h.Start, h.End, text));
    }
}
