using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;

namespace Ponte.Tests.Extraction.Entities;

/// <summary>
/// Thai writes a title onto a name and the verb of saying onto the name again ("นายมาริสกล่าวว่า"); a dictionary word breaker
/// that does not know the name leaves name and verb as one word. The name stops before the verb, and the quote is the name's.
/// </summary>
public sealed class ThaiTitledNameTests
{
    private static readonly Ponte.Pipeline.DocumentPipeline Pipeline = Composition.CreatePipeline();

    [Theory]
    [InlineData("นายมาริสกล่าวว่า", "มาริส")]
    [InlineData("นางสาวสุนิสา ทองใบเปิดเผยว่า", "สุนิสา ทองใบ")]
    [InlineData("ดร.กิตติพัฒน์ระบุว่า", "กิตติพัฒน์")]
    public void A_titled_name_stops_before_the_verb_of_saying(string opening, string name)
    {
        var text = $"กรุงเทพฯ 12 มีนาคม 2568 - {opening} \"ความร่วมมือด้านการค้ากับอิตาลีจะเพิ่มขึ้นอย่างมากในปีนี้\" ระหว่างการแถลงข่าวที่กระทรวงการต่างประเทศ";
        var analysis = Pipeline.Analyze(new RawDocument { Text = text, Origin = new Origin("report.txt", Origin.FileKind) });

        var people = analysis.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).ToList();
        Assert.Equal([name], people);
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal(name, quote.Speaker);
    }

    [Fact]
    public void A_name_the_segmenter_splits_is_kept_whole()
    {
        const string text = "กรุงเทพฯ 12 มีนาคม 2568 - นายอนันต์ วงศ์สกุล รัฐมนตรีว่าการกระทรวงการต่างประเทศ กล่าวว่าไทยพร้อมขยายการค้ากับอิตาลี";
        var analysis = Pipeline.Analyze(new RawDocument { Text = text, Origin = new Origin("report.txt", Origin.FileKind) });

        Assert.Contains(analysis.Entities, e => e.Type == EntityType.Person && e.Name == "อนันต์ วงศ์สกุล");
    }
}
