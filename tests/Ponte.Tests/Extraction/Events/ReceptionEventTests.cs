using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;

namespace Ponte.Tests.Extraction.Events;

/// <summary>
/// Diplomatic news tells a meeting as a reception: a minister "received" an ambassador. Receiving is a meeting when a person's
/// role follows it, and nothing when things are received.
/// </summary>
public sealed class ReceptionEventTests
{
    private static readonly Ponte.Pipeline.DocumentPipeline Pipeline = Composition.CreatePipeline();

    [Theory]
    [InlineData("BANGKOK, 12 March 2025 - Foreign Minister Anan Wongsakul received Italian Ambassador Paolo Ferri at the ministry on Tuesday.", "Anan Wongsakul", "Paolo Ferri")]
    [InlineData("ROMA, 12 marzo 2025 – Il ministro Marco Bellini ha ricevuto l'ambasciatore thailandese Anan Wongsakul alla Farnesina martedì.", "Marco Bellini", "Anan Wongsakul")]
    [InlineData("กรุงเทพฯ 12 มีนาคม 2568 - นายอนันต์ วงศ์สกุล รัฐมนตรีว่าการกระทรวงการต่างประเทศ ได้ให้การต้อนรับนายเปาโล แฟร์รี เอกอัครราชทูตอิตาลีประจำประเทศไทย เมื่อวันที่ 11 มีนาคม 2568", "อนันต์ วงศ์สกุล", "เปาโล แฟร์รี")]
    public void Receiving_a_person_in_a_role_is_a_meeting_with_both(string text, string host, string guest)
    {
        var analysis = Pipeline.Analyze(new RawDocument { Text = text, Origin = new Origin("report.txt", Origin.FileKind) });

        var meeting = Assert.Single(analysis.Events, e => e.Type == EventType.Meeting);
        Assert.Contains(host, meeting.Participants);
        Assert.Contains(guest, meeting.Participants);
        Assert.Equal("2025-03-11", meeting.Date?.ToString());
    }

    [Theory]
    [InlineData("ROME, 12 March 2025 - The university received 40 applications from ASEAN students.")]
    [InlineData("ROMA, 12 marzo 2025 – L'ateneo ha ricevuto 40 domande da studenti dell'ASEAN.")]
    public void Receiving_things_is_no_event(string text)
    {
        var analysis = Pipeline.Analyze(new RawDocument { Text = text, Origin = new Origin("report.txt", Origin.FileKind) });

        Assert.Empty(analysis.Events);
    }
}
