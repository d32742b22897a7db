using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;

namespace Ponte.Tests.Extraction.Events;

/// <summary>
/// Words that start like a word of sequence but join two events of one day ("sau đó", and then), and the Malay ceremony
/// ("majlis pelancaran", a launch ceremony) that is an event of its own unless it is a signing.
/// </summary>
public sealed class SequenceAndCeremonyTests
{
    private static readonly Ponte.Pipeline.DocumentPipeline Pipeline = Composition.CreatePipeline();

    private static IReadOnlyList<Event> Events(string text) =>
        Pipeline.Analyze(new RawDocument { Text = text, Origin = new Origin("report.txt", Origin.FileKind) }).Events;

    [Theory]
    [InlineData("sau đó")]
    [InlineData("rồi")]
    public void Vietnamese_and_then_joins_two_events_of_one_day(string then)
    {
        var events = Events($"HÀ NỘI, ngày 12 tháng 3 năm 2025 - Ngày 10/3, Bộ trưởng Trần Quốc Khánh đã hội đàm với Đại sứ Italy Paolo Ferri tại Hà Nội, {then} hai bên đã ký bản ghi nhớ về hợp tác giáo dục.");

        var signing = Assert.Single(events, e => e.Type == EventType.Agreement);
        Assert.Equal("2025-03-10", signing.Date?.ToString());
        Assert.Equal("Hà Nội", signing.Place);
    }

    [Fact]
    public void Vietnamese_after_the_meeting_still_recalls_it()
    {
        var events = Events("HÀ NỘI, ngày 12 tháng 3 năm 2025 - Bộ trưởng Trần Quốc Khánh đã ký bản ghi nhớ về hợp tác giáo dục với Italy sau cuộc hội đàm với Đại sứ Paolo Ferri diễn ra tại Đà Nẵng vào tháng 1 năm 2025.");

        var signing = Assert.Single(events, e => e.Type == EventType.Agreement);
        Assert.NotEqual("Đà Nẵng", signing.Place);
        Assert.NotEqual("2025-01", signing.Date?.ToString());
    }

    [Fact]
    public void Malay_launch_ceremony_is_an_event()
    {
        var events = Events("KUALA LUMPUR, 12 Mac 2025 - Majlis pelancaran program biasiswa Malaysia-Itali akan diadakan di Pulau Pinang pada bulan Oktober 2025.");

        var ceremony = Assert.Single(events);
        Assert.StartsWith("majlis pelancaran", ceremony.What, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Pulau Pinang", ceremony.Place);
        Assert.Equal("2025-10", ceremony.Date?.ToString());
    }

    [Fact]
    public void Malay_signing_ceremony_is_the_agreement()
    {
        var events = Events("KUALA LUMPUR, 12 Mac 2025 - Majlis menandatangani memorandum persefahaman antara dua universiti itu telah diadakan di Putrajaya semalam.");

        var signing = Assert.Single(events);
        Assert.Equal(EventType.Agreement, signing.Type);
        Assert.Equal("Putrajaya", signing.Place);
    }

    [Fact]
    public void Malay_council_is_no_ceremony()
    {
        var events = Events("KUALA LUMPUR, 12 Mac 2025 - Ahli majlis bandaraya itu berkata jalan baharu akan siap tahun ini.");

        Assert.Empty(events);
    }
}
