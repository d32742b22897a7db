using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;

namespace Ponte.Tests.Extraction.Events;

/// <summary>
/// A dateline opens the first sentence but tells where and when the report was filed: it is no part of an event's
/// description, and a verb-first sentence after it ("MAYNILA, … — Nakipagpulong si …") is described from its verb.
/// </summary>
public sealed class DatelineEventTests
{
    private static readonly Ponte.Pipeline.DocumentPipeline Pipeline = Composition.CreatePipeline();

    [Theory]
    [InlineData("MAYNILA, Marso 12, 2025 — Nakipagpulong si Kalihim ng Kalakalan Cristina Roque kay Embahador Paolo Ferri sa Makati noong Martes.", "Nakipagpulong si", "Cristina Roque")]
    [InlineData("KUALA LUMPUR, 12 Mac 2025 (Bernama) -- Menteri Luar Negeri Aminah Yusof bertemu rakan sejawatannya dari Itali di Putrajaya semalam.", "Aminah Yusof bertemu", "Aminah Yusof")]
    public void The_event_of_the_first_sentence_is_described_without_the_dateline(string text, string whatStarts, string participant)
    {
        var analysis = Pipeline.Analyze(new RawDocument { Text = text, Origin = new Origin("report.txt", Origin.FileKind) });

        var meeting = Assert.Single(analysis.Events, e => e.Type == EventType.Meeting);
        Assert.StartsWith(whatStarts, meeting.What, StringComparison.Ordinal);
        Assert.Contains(participant, meeting.Participants);
        Assert.True(meeting.Span.Start > text.IndexOf(',', StringComparison.Ordinal), $"the event's span {meeting.Span} starts inside the dateline");
    }
}
