using Ponte.Core.Model;
using Ponte.Pipeline.Linking.Stories;

namespace Ponte.Tests.Linking;

/// <summary>Versions of one story complete each other's vague dates, marked inferred; other stories and contradictions never do.</summary>
public sealed class VersionDatesTests
{
    private static DocumentAnalysis Version(string id, PartialDate? published, params Event[] events) => new()
    {
        Document = new Document { Id = id, Text = "text", Published = published },
        Events = events,
    };

    private static Event Meeting(PartialDate? date, params string[] participants) => new()
    {
        Type = EventType.Meeting,
        What = "meeting",
        Date = date,
        Participants = participants,
        Span = new TextSpan(0, 4),
    };

    [Fact]
    public void A_vague_version_takes_the_day_and_month_its_sister_gives()
    {
        var english = Version("en", PartialDate.OfDay(2023, 2, 20, inferred: true), Meeting(PartialDate.OfDay(2023, 2, 20), "Duong Hai Hung"));
        var vietnamese = Version("vi", PartialDate.OfYear(2023, inferred: true), Meeting(PartialDate.OfYear(2023), "Dương Hải Hưng"));

        var completed = VersionDates.Complete([english, vietnamese], ["s1", "s1"]);

        Assert.Same(english, completed[0]);
        Assert.Equal(PartialDate.OfMonth(2023, 2, inferred: true), completed[1].Document.Published);
        Assert.Equal(PartialDate.OfDay(2023, 2, 20, inferred: true), completed[1].Events[0].Date);
    }

    [Fact]
    public void Other_stories_and_contradicting_dates_are_left_alone()
    {
        var dated = Version("a", PartialDate.OfDay(2024, 5, 2), Meeting(PartialDate.OfDay(2024, 5, 2), "Anna Berg"));
        var otherStory = Version("b", PartialDate.OfYear(2024, inferred: true), Meeting(null, "Anna Berg"));
        var contradicting = Version("c", PartialDate.OfYear(2023, inferred: true), Meeting(PartialDate.OfYear(2023), "Anna Berg"));

        var completed = VersionDates.Complete([dated, otherStory, contradicting], ["s1", "s2", "s1"]);

        Assert.Same(otherStory, completed[1]);
        Assert.Same(contradicting, completed[2]);
    }

    [Fact]
    public void An_undated_event_needs_a_shared_participant()
    {
        var dated = Version("a", PartialDate.OfDay(2024, 5, 2), Meeting(PartialDate.OfDay(2024, 5, 2), "Anna Berg"));
        var undated = Version("b", null, Meeting(null, "Lars Holm"), Meeting(null, "anna berg"));

        var completed = VersionDates.Complete([dated, undated], ["s1", "s1"]);

        Assert.Null(completed[1].Events[0].Date);
        Assert.Equal(PartialDate.OfDay(2024, 5, 2, inferred: true), completed[1].Events[1].Date);
    }
}
