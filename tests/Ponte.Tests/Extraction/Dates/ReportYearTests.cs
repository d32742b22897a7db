using Ponte.Pipeline.Extraction.Dates;

namespace Ponte.Tests.Extraction.Dates;

/// <summary>
/// A report that never prints its own year: the years it does print are weighed by what they say about it (a statistic's year
/// is usually last year, an announced year lies ahead, "since" opens the past).
/// </summary>
public sealed class ReportYearTests
{
    private static string Published(string text, string language)
    {
        var context = DateTestContext.Figures(text, language);
        new ReportYear().Extract(context);
        return context.Published?.ToString() ?? "none";
    }

    [Fact]
    public void A_statistics_year_is_last_year()
    {
        Assert.Equal(
            "2025-03-04",
            Published("HANOI, March 4 -- Officials met on March 4. Two-way trade reached US$6.1 billion in 2024, up from 2020, the ministry said.", "en"));
    }

    [Fact]
    public void An_announced_year_lies_ahead_of_the_report()
    {
        Assert.Equal(
            "2024-09-20",
            Published("Hue (VNA) – The course began on September 20. The partners met first in 2001. A second course is planned for 2025 in Cambodia.", "en"));
    }

    [Fact]
    public void An_italian_future_verb_announces_its_year()
    {
        Assert.Equal(
            "2025-11-13",
            Published("Ho Chi Minh City, 13 nov (Nova) - Il dialogo si è aperto oggi. Nel 2024 l'interscambio ha raggiunto 28 miliardi di euro. Le agenzie organizzeranno nel 2026 una missione.", "it"));
    }

    [Fact]
    public void The_end_of_a_period_counts_with_its_start()
    {
        Assert.Equal(
            "2025-03-19",
            Published("JAKARTA (TTXVN) - Ngày 19/3, hai bên ký dự án trị giá 2 triệu euro, thực hiện trong giai đoạn 2025-2027. Cơn bão hồi tháng 9/2024 đã gây thiệt hại.", "vi"));
    }

    [Fact]
    public void A_printed_year_is_never_moved()
    {
        Assert.StartsWith("2019", Published("ROME, 2 June 2019 -- Trade reached 5 billion euros in 2018, and more is planned for 2021.", "en"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_range_ends_on_a_date_of_the_report()
    {
        Assert.Equal(
            "2025-09-20",
            Published("กรุงเทพฯ 20 ก.ย. - งานจะจัดขึ้นระหว่างวันที่ 1-31 ตุลาคม 2568 ที่กรุงเทพฯ\nนักท่องเที่ยวจำนวน 310,000 คนในปี 2567 เพิ่มขึ้นร้อยละ 14\nการค้าในปี 2567 อยู่ที่ 4.6 พันล้านดอลลาร์สหรัฐ เพิ่มขึ้นเมื่อเทียบกับปี 2566\nสมาคมจะจัดอบรมเชฟจำนวน 50 คนในเดือนมีนาคม 2569\nอิตาลีเป็นหุ้นส่วนเมื่อปี 2563", "th"));
    }

    [Fact]
    public void Plan_periods_and_months_are_no_statistics()
    {
        Assert.Equal(
            "2025-03-05",
            Published("Hà Nội, ngày 5/3 - Hai trường ký thỏa thuận trị giá 2,5 triệu euro trong giai đoạn 2025-2030. Italy cấp 50 suất học bổng trong năm học 2025-2026. Kim ngạch năm 2024 đạt 6,8 tỷ USD. Khóa học khai giảng vào tháng 9/2025 với 40 học viên.", "vi"));
    }

    [Fact]
    public void An_italian_expected_start_lies_ahead()
    {
        Assert.Equal(
            "2025",
            Published("ROMA – Il gruppo investirà nel Paese. Nel 2024 l'interscambio ha raggiunto 6,8 miliardi di dollari. I lavori dovrebbero iniziare nel secondo semestre del 2026 e il parco sarà pronto entro la fine del 2028.", "it"));
    }

    [Theory]
    [InlineData("The fund will be ready by 2030.", true)]
    [InlineData("Trade grew by 5% in 2030.", false)]
    [InlineData("Il progetto sarà pronto entro il 2030.", true)]
    public void Cues_stand_right_before_their_date(string text, bool ahead)
    {
        var language = text.StartsWith("Il", StringComparison.Ordinal) ? "it" : "en";
        var data = Ponte.Languages.LanguagePacks.Get(language).Dates;
        var fillers = new HashSet<string>(data.Contexts.Concat(data.Connectors), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(ahead, ReportYear.HasCue(text, text.IndexOf("2030", StringComparison.Ordinal), data.FutureCues, fillers));
    }
}
