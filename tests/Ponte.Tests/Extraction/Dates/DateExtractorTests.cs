using Ponte.Core.Model;

namespace Ponte.Tests.Extraction.Dates;

/// <summary>Date expressions per language: what each means and how precise it is.</summary>
public sealed class DateExtractorTests
{
    private static readonly PartialDate Published = PartialDate.OfDay(2023, 2, 22);

    [Theory]
    // English
    [InlineData("en", "The meeting took place on February 20.", "February 20", "2023-02-20")]
    [InlineData("en", "Talks resumed on Nov 13 in Jakarta.", "Nov 13", "2023-11-13")]
    [InlineData("en", "It was signed on 20 February 2023 in Rome.", "20 February 2023", "2023-02-20")]
    [InlineData("en", "It was signed on the 5th of July 2021.", "5th of July 2021", "2021-07-05")]
    [InlineData("en", "Italy became a partner in September 2020.", "September 2020", "2020-09")]
    [InlineData("en", "The dialogue is slated for October.", "October", "2023-10")]
    [InlineData("en", "Exports grew in the first half of 2023.", "first half of 2023", "2023-H1")]
    [InlineData("en", "Revenue fell in Q3 2024.", "Q3 2024", "2024-Q3")]
    [InlineData("en", "Revenue fell in the third quarter of 2024.", "third quarter of 2024", "2024-Q3")]
    [InlineData("en", "The deadline is 2025-11-13.", "2025-11-13", "2025-11-13")]
    [InlineData("en", "The deadline is 13/11/2025.", "13/11/2025", "2025-11-13")]
    [InlineData("en", "The deadline is 11/13/2025.", "11/13/2025", "2025-11-13")]
    [InlineData("en", "The deal was agreed on November 13, 2025.", "November 13, 2025", "2025-11-13")]
    [InlineData("en", "The ministers met on Monday.", "Monday", "2023-02-20")]
    [InlineData("en", "The ministers met yesterday.", "yesterday", "2023-02-21")]
    [InlineData("en", "Trade doubled between 2017 and 2024.", "2017", "2017")]
    [InlineData("en", "Trade doubled between 2017 and 2024.", "2024", "2024")]
    [InlineData("en", "Trade doubled in 2017-2024.", "2024", "2024")]
    // Vietnamese
    [InlineData("vi", "Italy trở thành Đối tác Phát triển của ASEAN vào tháng 9/2020.", "tháng 9/2020", "2020-09")]
    [InlineData("vi", "Đối thoại sẽ được tổ chức vào tháng 10/2023.", "tháng 10/2023", "2023-10")]
    [InlineData("vi", "Cuộc họp diễn ra ngày 20/2.", "ngày 20/2", "2023-02-20")]
    [InlineData("vi", "Cuộc họp diễn ra ngày 20 tháng 2 năm 2023 tại Rome.", "ngày 20 tháng 2 năm 2023", "2023-02-20")]
    [InlineData("vi", "Chủ tịch nhiệm kỳ 6 tháng đầu năm 2023 của ACR.", "6 tháng đầu năm 2023", "2023-H1")]
    [InlineData("vi", "Công ty thành lập năm 2016 tại Houston.", "năm 2016", "2016")]
    [InlineData("vi", "Doanh thu quý III/2024 tăng mạnh.", "quý III/2024", "2024-Q3")]
    [InlineData("vi", "Hội nghị khai mạc vào thứ Hai.", "thứ Hai", "2023-02-20")]
    [InlineData("vi", "Hạn chót là ngày 13/11/2025.", "ngày 13/11/2025", "2025-11-13")]
    [InlineData("vi", "Đối thoại diễn ra vào tháng 10.", "tháng 10", "2023-10")]
    // Italian
    [InlineData("it", "L'Italia è diventata partner nel settembre 2020.", "settembre 2020", "2020-09")]
    [InlineData("it", "L'incontro si è svolto il 5 luglio.", "5 luglio", "2023-07-05")]
    [InlineData("it", "L'accordo è stato firmato il 5 luglio 2023.", "5 luglio 2023", "2023-07-05")]
    [InlineData("it", "Le esportazioni sono cresciute nel primo semestre 2023.", "primo semestre 2023", "2023-H1")]
    [InlineData("it", "Il fatturato è salito nel terzo trimestre del 2024.", "terzo trimestre del 2024", "2024-Q3")]
    [InlineData("it", "La riunione si è tenuta il 1° luglio 2023.", "1° luglio 2023", "2023-07-01")]
    [InlineData("it", "I ministri si sono incontrati lunedì 20 febbraio.", "lunedì 20 febbraio", "2023-02-20")]
    [InlineData("it", "Il dialogo si terrà a ottobre.", "ottobre", "2023-10")]
    // Malay
    [InlineData("ms", "Mesyuarat itu diadakan pada 13 November 2025.", "13 November 2025", "2025-11-13")]
    [InlineData("ms", "Beliau tiba di Rom pada 13 Nov.", "13 Nov", "2023-11-13")]
    [InlineData("ms", "Syarikat itu ditubuhkan pada tahun 2016.", "tahun 2016", "2016")]
    [InlineData("ms", "Eksport meningkat pada separuh pertama 2023.", "separuh pertama 2023", "2023-H1")]
    [InlineData("ms", "Dagangan meningkat pada suku ketiga 2024.", "suku ketiga 2024", "2024-Q3")]
    [InlineData("ms", "Mesyuarat diadakan pada Isnin.", "Isnin", "2023-02-20")]
    [InlineData("ms", "Itali menjadi rakan pada September 2020.", "September 2020", "2020-09")]
    // Indonesian
    [InlineData("id", "Pertemuan berlangsung pada 13 November 2025 di Jakarta.", "13 November 2025", "2025-11-13")]
    [InlineData("id", "Nilai ekspor naik pada kuartal III 2024.", "kuartal III 2024", "2024-Q3")]
    [InlineData("id", "Ekspor tumbuh pada semester pertama 2023.", "semester pertama 2023", "2023-H1")]
    [InlineData("id", "Perusahaan itu didirikan tahun 2016.", "tahun 2016", "2016")]
    [InlineData("id", "Rapat digelar pada Senin, 20 Februari.", "Senin, 20 Februari", "2023-02-20")]
    [InlineData("id", "Batas waktunya 13/11/2025.", "13/11/2025", "2025-11-13")]
    // Tagalog
    [InlineData("tl", "Nilagdaan ang kasunduan noong Nobyembre 13, 2025.", "Nobyembre 13, 2025", "2025-11-13")]
    [InlineData("tl", "Idinaos ang pulong noong ika-13 ng Nobyembre.", "ika-13 ng Nobyembre", "2023-11-13")]
    [InlineData("tl", "Naging partner ang Italya noong Setyembre 2020.", "Setyembre 2020", "2020-09")]
    [InlineData("tl", "Nagkita sila noong Lunes.", "Lunes", "2023-02-20")]
    [InlineData("tl", "Lumago ang kalakalan noong 2024.", "2024", "2024")]
    // Thai (Buddhist era)
    [InlineData("th", "การประชุมจัดขึ้นเมื่อวันที่ 13 พฤศจิกายน 2568 ที่กรุงเทพฯ", "วันที่ 13 พฤศจิกายน 2568", "2025-11-13")]
    [InlineData("th", "ก่อตั้งขึ้นในปี 2559", "ปี 2559", "2016")]
    [InlineData("th", "ลงนามเมื่อ 5 ก.ค. 2566", "5 ก.ค. 2566", "2023-07-05")]
    [InlineData("th", "การค้าเติบโตใน ไตรมาส 3 ปี 2567", "ไตรมาส 3 ปี 2567", "2024-Q3")]
    [InlineData("th", "ประชุมเมื่อ พ.ศ. 2566", "พ.ศ. 2566", "2023")]
    [InlineData("th", "ในครึ่งปีแรก 2567 การค้าขยายตัว", "ครึ่งปีแรก 2567", "2024-H1")]
    [InlineData("en", "Talks resumed on Nov. 13, 2025 in Jakarta.", "Nov. 13, 2025", "2025-11-13")]
    [InlineData("en", "The plan runs from mid-2024.", "2024", "2024")]
    [InlineData("en", "The plan covers 2021-2025.", "2021", "2021")]
    [InlineData("vi", "Kế hoạch giai đoạn 2021-2025 được thông qua.", "2021", "2021")]
    [InlineData("it", "Il ministro ha incontrato giovedì gli ambasciatori.", "giovedì", "2023-02-16")]
    public void Finds_the_date_and_its_meaning(string language, string text, string expectedText, string expectedValue)
    {
        var context = DateTestContext.Dates(text, language, Published);
        var found = DateTestContext.Found(context);
        Assert.True(found.Contains($"{expectedText}={expectedValue}"), $"found: {string.Join(" | ", found)}");
    }

    [Theory]
    [InlineData("en", "Exports to Italy doubled last year.", "last year", "2022")]
    [InlineData("en", "The office will open next month.", "next month", "2023-03")]
    [InlineData("id", "Ekspor kopi naik tajam tahun lalu.", "tahun lalu", "2022")]
    [InlineData("id", "Pelatihan dimulai bulan depan.", "bulan depan", "2023-03")]
    [InlineData("ms", "Dagangan mencecah RM14 bilion tahun lepas.", "tahun lepas", "2022")]
    [InlineData("it", "Gli arrivi sono aumentati l'anno scorso.", "l'anno scorso", "2022")]
    [InlineData("it", "Il cantiere aprirà il mese prossimo.", "il mese prossimo", "2023-03")]
    [InlineData("vi", "Xuất khẩu tăng mạnh trong năm ngoái.", "năm ngoái", "2022")]
    [InlineData("vi", "Số du khách năm nay dự kiến tăng.", "năm nay", "2023")]
    [InlineData("tl", "Tumaas ang kalakalan noong nakaraang taon.", "nakaraang taon", "2022")]
    [InlineData("th", "การส่งออกเพิ่มขึ้นในปีที่แล้ว", "ปีที่แล้ว", "2022")]
    [InlineData("th", "งานจะจัดขึ้นในเดือนหน้า", "เดือนหน้า", "2023-03")]
    public void Reads_years_and_months_counted_from_the_report(string language, string text, string expectedText, string expectedValue)
    {
        var context = DateTestContext.Dates(text, language, Published);
        var found = DateTestContext.Found(context);
        Assert.True(found.Contains($"{expectedText}={expectedValue}"), $"found: {string.Join(" | ", found)}");
        Assert.True(context.Dates.Single(d => d.Text == expectedText).Value.Inferred);
    }

    [Theory]
    [InlineData("vi", "Con số này sẽ tăng gấp đôi trong 5 năm tới.")]
    [InlineData("id", "Pabrik itu dibangun dua tahun lalu.")]
    [InlineData("th", "บริษัทก่อตั้งเมื่อ 3 ปีที่แล้ว")]
    public void A_length_of_time_is_no_relative_year(string language, string text)
    {
        var context = DateTestContext.Dates(text, language, Published);
        Assert.Empty(DateTestContext.Found(context));
    }

    [Theory]
    [InlineData("en", "More than 600 companies attended.")]
    [InlineData("en", "The fund holds 2000 tonnes of rice.")]
    [InlineData("en", "Trade reached US$2025 million.")]
    [InlineData("en", "The Vision 2045 plan was adopted.")]
    [InlineData("en", "Call +39 2025 1234 for details.")]
    [InlineData("en", "It may rain, he said.")]
    [InlineData("en", "Version 10.11.2025.1 was released.")]
    [InlineData("vi", "Hội nghị lần thứ 9 diễn ra tại Hà Nội.")]
    [InlineData("vi", "Có 2000 sinh viên tham dự.")]
    [InlineData("it", "Oltre 2000 aziende italiane.")]
    [InlineData("id", "Sebanyak 1500 peserta hadir.")]
    [InlineData("tl", "May 2 bagong proyekto ang Italya.")]
    [InlineData("vi", "Đây là lần thứ hai hội nghị được tổ chức.")]
    [InlineData("en", "Growth in the 1990s was fast.")]
    public void Finds_no_date_in_numbers_that_are_not_dates(string language, string text)
    {
        var context = DateTestContext.Dates(text, language, Published);
        Assert.Empty(DateTestContext.Found(context));
    }

    [Fact]
    public void Missing_year_near_publication_is_inferred_and_marked()
    {
        var context = DateTestContext.Dates("The ministers met on February 20.", "en", Published);
        var date = Assert.Single(context.Dates);
        Assert.True(date.Value.Inferred);
        Assert.Equal(DatePrecision.Day, date.Value.Precision);
    }

    [Fact]
    public void Printed_year_is_not_marked_inferred()
    {
        var context = DateTestContext.Dates("Signed on 20 February 2023.", "en", Published);
        Assert.False(Assert.Single(context.Dates).Value.Inferred);
    }

    [Fact]
    public void December_read_in_early_January_is_last_year()
    {
        var context = DateTestContext.Dates("The forum closed on December 28.", "en", PartialDate.OfDay(2024, 1, 3));
        Assert.Equal("2023-12-28", Assert.Single(context.Dates).Value.ToString());
    }

    [Fact]
    public void A_planned_month_later_in_the_year_stays_in_the_publication_year()
    {
        var context = DateTestContext.Dates("The dialogue will be held in October.", "en", PartialDate.OfDay(2023, 2, 20));
        Assert.Equal("2023-10", Assert.Single(context.Dates).Value.ToString());
    }

    [Theory]
    [InlineData("en", "The committee met in Jakarta last November.", "2024-11")]
    [InlineData("en", "The committee met this past November in Jakarta.", "2024-11")]
    [InlineData("en", "The next meeting is set for next February.", "2026-02")]
    [InlineData("it", "Il comitato si è riunito a Giacarta lo scorso novembre.", "2024-11")]
    [InlineData("it", "La riunione si è tenuta il 12 novembre scorso.", "2024-11-12")]
    [InlineData("it", "Il vertice si terrà a febbraio prossimo.", "2026-02")]
    [InlineData("id", "Komite itu bertemu di Jakarta pada November lalu.", "2024-11")]
    [InlineData("ms", "Jawatankuasa itu bersidang di Jakarta pada November lepas.", "2024-11")]
    [InlineData("vi", "Ủy ban đã họp tại Jakarta vào tháng 11 vừa qua.", "2024-11")]
    [InlineData("tl", "Nagpulong ang komite sa Jakarta noong nakaraang Nobyembre.", "2024-11")]
    [InlineData("th", "คณะกรรมการประชุมที่จาการ์ตาเมื่อเดือนพฤศจิกายนที่ผ่านมา", "2024-11")]
    public void A_marker_beside_a_date_without_a_year_puts_it_on_its_side_of_the_report(string language, string text, string expected)
    {
        // Read in March: November lies four months back and eight ahead, February eleven ahead and one back.
        var context = DateTestContext.Dates(text, language, PartialDate.OfDay(2025, 3, 14));
        Assert.Equal(expected, Assert.Single(context.Dates).Value.ToString());
    }

    [Theory]
    [InlineData("id", "Ia dijadwalkan bertemu Sekretaris Jenderal ASEAN pada Kamis (6/2).", "Kamis (6/2)=2025-02-06")]
    [InlineData("ms", "Beliau akan ke Putrajaya pada Khamis (6/2) untuk rundingan.", "Khamis (6/2)=2025-02-06")]
    [InlineData("id", "Pertemuan digelar pada Rabu (5/2) di Jakarta.", "Rabu (5/2)=2025-02-05")]
    public void A_day_and_month_in_brackets_after_a_weekday_is_that_day(string language, string text, string expected)
    {
        // Published on Wednesday 5 February 2025: the Thursday in brackets is the next day, not the Thursday before.
        var context = DateTestContext.Dates(text, language, PartialDate.OfDay(2025, 2, 5));
        Assert.Equal([expected], DateTestContext.Found(context));
    }

    [Theory]
    [InlineData("en", "The committee met in Jakarta in November.", "2025-11")]
    [InlineData("vi", "Hội chợ diễn ra từ tháng 11 tới tháng 12.", "2025-11")]
    public void Without_a_marker_nearness_decides_as_before(string language, string text, string expectedFirst)
    {
        var context = DateTestContext.Dates(text, language, PartialDate.OfDay(2025, 3, 14));
        Assert.Equal(expectedFirst, context.Dates[0].Value.ToString());
    }

    [Fact]
    public void Without_publication_the_year_comes_from_the_years_the_text_prints()
    {
        var context = DateTestContext.Dates("Rome – The envoys met on February 20. They set priorities for 2023 and reviewed 2022.", "en");
        Assert.Contains("February 20=2023-02-20", DateTestContext.Found(context));
        Assert.Equal("2023-02-20", context.Published?.ToString());
        Assert.True(context.Published!.Inferred);
    }

    [Fact]
    public void A_weekday_picks_the_year_among_those_near_the_printed_years()
    {
        // 13 November is a Thursday in 2025 only, among 2016–2027.
        const string text = "JAKARTA, Nov 13 -- He spoke on Thursday. Trade grew from 2017 to 2024 and will change from 2026.";
        var context = DateTestContext.Dates(text, "en");
        Assert.Equal("2025-11-13", context.Published?.ToString());
        Assert.Contains("Thursday=2025-11-13", DateTestContext.Found(context));
    }

    [Fact]
    public void Dateline_date_sets_publication()
    {
        var context = DateTestContext.Dates("Ministers met. Trade rose in 2024.", "en", datelineDate: "Nov 13");
        Assert.Equal("2024-11-13", context.Published?.ToString());
    }

    [Fact]
    public void Publication_from_metadata_is_kept()
    {
        var context = DateTestContext.Dates("They met on March 3, 2020.", "en", Published);
        Assert.Same(Published, context.Published);
    }

    [Fact]
    public void Text_without_day_gets_its_most_printed_year_as_publication()
    {
        var context = DateTestContext.Dates("Ưu tiên của ASEAN trong năm 2023, hoạt động năm 2022 và năm 2023.", "vi");
        Assert.Equal("2023", context.Published?.ToString());
        Assert.Equal(DatePrecision.Year, context.Published!.Precision);
    }

    [Fact]
    public void Spans_point_at_the_date_text()
    {
        const string text = "Italy became a partner in September 2020, he said.";
        var context = DateTestContext.Dates(text, "en", Published);
        var date = Assert.Single(context.Dates);
        Assert.Equal("September 2020", text[date.Span.Start..date.Span.End]);
    }

    [Fact]
    public void Unknown_language_reads_iso_dates()
    {
        var context = DateTestContext.Dates("Termin: 2025-11-13.", "xx");
        Assert.Contains("2025-11-13=2025-11-13", DateTestContext.Found(context));
    }
}
