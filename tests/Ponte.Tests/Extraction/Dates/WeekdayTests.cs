using Ponte.Core.Model;
using static Ponte.Tests.Extraction.Dates.DateTestContext;

namespace Ponte.Tests.Extraction.Dates;

/// <summary>A weekday named alone is read against the report's day and the tense of its clause, in every language.</summary>
public sealed class WeekdayTests
{
    // Wednesday 12 March 2025.
    private static readonly PartialDate Wednesday = PartialDate.OfDay(2025, 3, 12);

    [Theory]
    [InlineData("en", "The minister visited Jakarta on Tuesday.", "Tuesday", "2025-03-11")]
    [InlineData("it", "Il ministro ha visitato Giacarta martedì.", "martedì", "2025-03-11")]
    [InlineData("vi", "Bộ trưởng đã thăm Hà Nội vào thứ Ba.", "thứ Ba", "2025-03-11")]
    [InlineData("id", "Menteri itu mengunjungi Jakarta pada Selasa.", "Selasa", "2025-03-11")]
    [InlineData("ms", "Menteri itu melawat Putrajaya pada Selasa.", "Selasa", "2025-03-11")]
    [InlineData("tl", "Bumisita ang ministro sa Cebu noong Martes.", "Martes", "2025-03-11")]
    [InlineData("th", "รัฐมนตรีเดินทางเยือนเชียงใหม่เมื่อวันอังคาร", "วันอังคาร", "2025-03-11")]
    [InlineData("en", "The minister visited Jakarta on Thursday.", "Thursday", "2025-03-06")]
    [InlineData("id", "Menteri itu mengunjungi Jakarta pada Kamis.", "Kamis", "2025-03-06")]
    public void A_weekday_told_in_the_past_is_the_latest_such_day_before_the_report(string language, string text, string weekday, string expected) =>
        Assert.Contains($"{weekday}={expected}", Found(DateTestContext.Dates(text, language, Wednesday)));

    [Theory]
    [InlineData("en", "The delegation will travel to Surabaya on Friday.", "Friday", "2025-03-14")]
    [InlineData("en", "On Friday, the delegation will travel to Surabaya.", "Friday", "2025-03-14")]
    [InlineData("it", "La delegazione sarà a Bangkok giovedì.", "giovedì", "2025-03-13")]
    [InlineData("it", "La missione partirà venerdì da Genova.", "venerdì", "2025-03-14")]
    [InlineData("vi", "Đoàn doanh nghiệp sẽ đến Đà Nẵng vào thứ Sáu.", "thứ Sáu", "2025-03-14")]
    [InlineData("id", "Misi dagang akan berkunjung ke Surabaya pada Jumat.", "Jumat", "2025-03-14")]
    [InlineData("ms", "Misi perdagangan akan ke Johor Bahru pada Jumaat.", "Jumaat", "2025-03-14")]
    [InlineData("tl", "Pupunta ang delegasyon sa Davao sa Biyernes.", "Biyernes", "2025-03-14")]
    [InlineData("th", "คณะผู้แทนจะเดินทางไปภูเก็ตในวันศุกร์", "วันศุกร์", "2025-03-14")]
    [InlineData("en", "The ministers will meet again on Wednesday.", "Wednesday", "2025-03-19")]
    public void A_weekday_in_a_future_clause_is_the_next_such_day_after_the_report(string language, string text, string weekday, string expected) =>
        Assert.Contains($"{weekday}={expected}", Found(DateTestContext.Dates(text, language, Wednesday)));

    [Fact]
    public void The_nearest_tense_word_decides_when_a_sentence_has_both()
    {
        var found = Found(DateTestContext.Dates("The minister said on Monday that the delegation will visit Bali on Friday.", "en", Wednesday));

        Assert.Contains("Monday=2025-03-10", found);
        Assert.Contains("Friday=2025-03-14", found);
    }

    [Theory]
    [InlineData("en", "The minister said on Wednesday that trade grew.", "Wednesday", "2025-03-12")]
    [InlineData("id", "Menteri itu mengatakan pada Rabu bahwa perdagangan tumbuh.", "Rabu", "2025-03-12")]
    [InlineData("it", "Il ministro ha parlato mercoledì a Roma.", "mercoledì", "2025-03-12")]
    [InlineData("en", "The minister spoke last Wednesday in Rome.", "Wednesday", "2025-03-05")]
    [InlineData("it", "Il ministro ha parlato mercoledì scorso a Roma.", "mercoledì", "2025-03-05")]
    [InlineData("id", "Menteri itu berbicara pada Rabu lalu di Roma.", "Rabu", "2025-03-05")]
    public void The_reports_own_weekday_is_its_day_unless_a_word_beside_it_puts_it_in_the_past(string language, string text, string weekday, string expected) =>
        Assert.Contains($"{weekday}={expected}", Found(DateTestContext.Dates(text, language, Wednesday)));

    [Fact]
    public void A_past_clause_before_a_comma_does_not_make_a_later_weekday_future()
    {
        var found = Found(DateTestContext.Dates("The delegation, which will return next month, met officials on Tuesday.", "en", Wednesday));

        Assert.Contains("Tuesday=2025-03-11", found);
    }
}
