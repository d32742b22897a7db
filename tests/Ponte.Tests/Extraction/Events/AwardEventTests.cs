using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;

namespace Ponte.Tests.Extraction.Events;

/// <summary>
/// An award handed over is an award ceremony: an event of its own (the contract's "other"), on the sentence's date, with the
/// giver and the winner; handing over or exchanging anything else is none.
/// </summary>
public sealed class AwardEventTests
{
    private static readonly Ponte.Pipeline.DocumentPipeline Pipeline = Composition.CreatePipeline();

    private static IReadOnlyList<Event> Events(string text) =>
        Pipeline.Analyze(new RawDocument { Text = text, Origin = new Origin("report.txt", Origin.FileKind) }).Events;

    [Theory]
    [InlineData("ROMA, 12 marzo 2025 – Il 10 marzo il presidente della Fondazione Arte Viva, Luca Martinelli, ha consegnato il Premio Ponte delle Culture a Nguyen Thi Hoa per il suo lavoro con le comunità del Mekong.", "Premio Ponte delle Culture")]
    [InlineData("ROME, 12 March 2025 - On 10 March, Foundation president Luca Martinelli presented the Bridge of Cultures Prize to Nguyen Thi Hoa for her work with Mekong communities.", "Bridge of Cultures Prize")]
    public void Handing_over_a_prize_is_a_dated_award_ceremony(string text, string prize)
    {
        var award = Assert.Single(Events(text));

        Assert.Equal(EventType.Other, award.Type);
        Assert.Contains(prize, award.What, StringComparison.Ordinal);
        Assert.Equal("2025-03-10", award.Date?.ToString());
        Assert.Contains("Luca Martinelli", award.Participants);
        Assert.Contains("Nguyen Thi Hoa", award.Participants);
    }

    [Theory]
    [InlineData("ROMA, 12 marzo 2025 – Il 10 marzo il sindaco ha consegnato le chiavi della nuova sede all'associazione.")]
    [InlineData("ROME, 12 March 2025 - On 10 March the mayor presented the budget to the city council.")]
    [InlineData("HÀ NỘI, ngày 12 tháng 3 năm 2025 - Ngày 10/3, hai bên đã trao đổi về giải pháp thúc đẩy thương mại.")]
    public void Handing_over_other_things_is_no_award(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.Type == EventType.Other);
    }
}
