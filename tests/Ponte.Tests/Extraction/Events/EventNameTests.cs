using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;

namespace Ponte.Tests.Extraction.Events;

/// <summary>A named event is described by its whole name, however long, with the edition written after it.</summary>
public sealed class EventNameTests
{
    private static readonly Ponte.Pipeline.DocumentPipeline Pipeline = Composition.CreatePipeline();

    private static IReadOnlyList<Event> Events(string text) =>
        Pipeline.Analyze(new RawDocument { Text = text, Origin = new Origin("report.txt", Origin.FileKind) }).Events;

    [Theory]
    [InlineData("Khai mạc Diễn đàn Hợp tác Kinh tế và Đầu tư giữa các Địa phương Ven biển Việt Nam và Italy lần thứ 3 tại Đà Nẵng\n\nĐÀ NẴNG, ngày 12 tháng 3 năm 2025 - Sáng nay, hơn 300 doanh nghiệp đã tham dự sự kiện.",
        "Diễn đàn Hợp tác Kinh tế và Đầu tư giữa các Địa phương Ven biển Việt Nam và Italy lần thứ 3")]
    [InlineData("Forum Kerjasama Ekonomi dan Pelaburan Wilayah Pesisir Asia Tenggara dan Mediterranean ke-3 dibuka di Melaka\n\nMELAKA, 12 Mac 2025 - Lebih 300 syarikat menghadiri acara itu semalam.",
        "Forum Kerjasama Ekonomi dan Pelaburan Wilayah Pesisir Asia Tenggara dan Mediterranean ke-3")]
    [InlineData("ROME, 12 March 2025 - The Sixth Joint Conference of Italian and Southeast Asian Port Authorities on Sustainable Maritime Trade opened in Naples on Tuesday.",
        "Sixth Joint Conference of Italian and Southeast Asian Port Authorities on Sustainable Maritime Trade")]
    public void A_long_event_name_is_kept_whole(string text, string name)
    {
        var named = Assert.Single(Events(text));
        Assert.Equal(name, named.What);
    }

    [Fact]
    public void A_long_name_still_ends_where_the_capitals_end()
    {
        var named = Assert.Single(Events("ROME, 12 March 2025 - The Joint Conference of Port Authorities opened in Naples on Tuesday with 40 delegates."));
        Assert.Equal("Joint Conference of Port Authorities", named.What);
    }
}
