using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;

namespace Ponte.Tests.Extraction.Events;

/// <summary>
/// "… will be held in Rome", "จะจัดขึ้นที่กรุงโรม": the verb of holding names the venue of the event the clause tells, however
/// many words the event's name or an aside puts between the event noun and the place.
/// </summary>
public sealed class VenueTests
{
    private static readonly Ponte.Pipeline.DocumentPipeline Pipeline = Composition.CreatePipeline();

    [Theory]
    [InlineData("กรุงเทพฯ 12 มีนาคม 2568 - การประชุมคณะกรรมการร่วมว่าด้วยความร่วมมือทางเศรษฐกิจไทย-อิตาลี ครั้งที่ 5 จะจัดขึ้นที่กรุงโรม ในเดือนตุลาคม 2568", "กรุงโรม")]
    [InlineData("BANGKOK, 12 March 2025 - The meeting, which will bring together ministers, business leaders and researchers from ten countries, will be held in Naples in October 2025.", "Naples")]
    [InlineData("ROMA, 12 marzo 2025 – L'incontro, che riunirà ministri, imprenditori e ricercatori di dieci paesi della regione, si terrà a Napoli nel mese di ottobre 2025.", "Napoli")]
    [InlineData("HÀ NỘI, ngày 12 tháng 3 năm 2025 - Cuộc họp, với sự tham gia của các bộ trưởng, doanh nhân và nhà nghiên cứu đến từ mười quốc gia, sẽ được tổ chức tại Đà Nẵng vào tháng 10 năm 2025.", "Đà Nẵng")]
    [InlineData("JAKARTA, 12 Maret 2025 - Pertemuan itu, yang akan mempertemukan para menteri, pengusaha dan peneliti dari sepuluh negara, akan diadakan di Surabaya pada bulan Oktober 2025.", "Surabaya")]
    [InlineData("KUALA LUMPUR, 12 Mac 2025 - Mesyuarat itu, yang akan menghimpunkan para menteri, usahawan dan penyelidik dari sepuluh negara, akan diadakan di Kuching pada bulan Oktober 2025.", "Kuching")]
    public void A_planned_meeting_is_held_where_the_verb_of_holding_says(string text, string place)
    {
        var analysis = Pipeline.Analyze(new RawDocument { Text = text, Origin = new Origin("report.txt", Origin.FileKind) });

        var meeting = Assert.Single(analysis.Events, e => e.Type == EventType.Meeting);
        Assert.Equal(place, meeting.Place);
        Assert.Equal("2025-10", meeting.Date?.ToString());
    }
}
