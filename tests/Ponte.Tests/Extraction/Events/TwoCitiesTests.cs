using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;

namespace Ponte.Tests.Extraction.Events;

/// <summary>One event is held in one city: two tellings of one kind in two different cities are two events.</summary>
public sealed class TwoCitiesTests
{
    private static readonly Ponte.Pipeline.DocumentPipeline Pipeline = Composition.CreatePipeline();

    [Theory]
    [InlineData(
        "HÀ NỘI, ngày 5 tháng 3 năm 2025 - Sáng 5/3, tại Hà Nội, một cuộc họp về hợp tác du lịch đã diễn ra. Chiều cùng ngày, một hội nghị về logistics cảng biển được tổ chức tại Đà Nẵng.",
        "Hà Nội", "Đà Nẵng")]
    [InlineData(
        "ROME, 5 March 2025 - A meeting on tourism cooperation took place in Milan on Wednesday morning. In the afternoon a conference on port logistics was held in Naples.",
        "Milan", "Naples")]
    public void Meetings_in_two_cities_stay_two(string text, string first, string second)
    {
        var analysis = Pipeline.Analyze(new RawDocument { Text = text, Origin = new Origin("report.txt", Origin.FileKind) });

        var meetings = analysis.Events.Where(e => e.Type == EventType.Meeting).ToList();
        Assert.Equal<string?>([first, second], meetings.Select(m => m.Place).ToList());
    }

    [Fact]
    public void A_city_and_its_country_can_be_one_meeting()
    {
        var analysis = Pipeline.Analyze(new RawDocument
        {
            Text = "HANOI, 5 March 2025 - A meeting on tourism cooperation took place in Hanoi on Wednesday. The meeting in Vietnam was the first of its kind.",
            Origin = new Origin("report.txt", Origin.FileKind),
        });

        Assert.Single(analysis.Events, e => e.Type == EventType.Meeting);
    }
}
