using Ponte.Core.Model;
using Ponte.Tests.Extraction.Dates;

namespace Ponte.Tests.Extraction.Figures;

/// <summary>Figures per language: value, currency or unit, qualifier and year.</summary>
public sealed class FigureExtractorTests
{
    private static readonly PartialDate Published = PartialDate.OfDay(2023, 2, 20);

    [Theory]
    // English
    [InlineData("en", "Trade reached US$28.1 billion in 2024.", "US$28.1 billion", "28100000000", "USD", 2024)]
    [InlineData("en", "The fund is worth USD 5 million.", "USD 5 million", "5000000", "USD", 2023)]
    [InlineData("en", "Italy pledged $3bn last year.", "$3bn", "3000000000", "USD", 2022)]
    [InlineData("en", "The budget is €1,234.5 million.", "€1,234.5 million", "1234500000", "EUR", 2023)]
    [InlineData("en", "Sales rose to 5 million euros in 2022.", "5 million euros", "5000000", "EUR", 2022)]
    [InlineData("en", "Investment stood at RM1.2 billion.", "RM1.2 billion", "1200000000", "MYR", 2023)]
    [InlineData("en", "Exports hit S$400 million in 2021.", "S$400 million", "400000000", "SGD", 2021)]
    // Vietnamese
    [InlineData("vi", "Kim ngạch thương mại đạt 28,1 tỷ USD năm 2024.", "28,1 tỷ USD", "28100000000", "USD", 2024)]
    [InlineData("vi", "Vốn đầu tư đạt 3,5 tỷ đô la Mỹ.", "3,5 tỷ đô la Mỹ", "3500000000", "USD", 2023)]
    [InlineData("vi", "Dự án trị giá 200 triệu USD.", "200 triệu USD", "200000000", "USD", 2023)]
    [InlineData("vi", "Ngân sách 1.000 tỷ đồng cho năm 2024.", "1.000 tỷ đồng", "1000000000000", "VND", 2024)]
    [InlineData("vi", "Tổng vốn khoảng 2 nghìn tỷ đồng.", "khoảng 2 nghìn tỷ đồng", "2000000000000", "VND", 2023)]
    // Italian
    [InlineData("it", "Gli scambi valgono €3.000 miliardi.", "€3.000 miliardi", "3000000000000", "EUR", 2023)]
    [InlineData("it", "L'interscambio ha raggiunto 5 miliardi di euro nel 2022.", "5 miliardi di euro", "5000000000", "EUR", 2022)]
    [InlineData("it", "Gli investimenti sono pari a 28,1 miliardi di dollari.", "28,1 miliardi di dollari", "28100000000", "USD", 2023)]
    [InlineData("it", "Un fondo di 1,5 milioni di euro.", "1,5 milioni di euro", "1500000", "EUR", 2023)]
    // Malay
    [InlineData("ms", "Pelaburan mencecah RM1.2 bilion pada 2024.", "RM1.2 bilion", "1200000000", "MYR", 2024)]
    [InlineData("ms", "Kerajaan memperuntukkan RM500 juta.", "RM500 juta", "500000000", "MYR", 2023)]
    [InlineData("ms", "Dagangan bernilai 28.1 bilion dolar AS.", "28.1 bilion dolar AS", "28100000000", "USD", 2023)]
    // Indonesian
    [InlineData("id", "Investasi mencapai Rp 15 triliun.", "Rp 15 triliun", "15000000000000", "IDR", 2023)]
    [InlineData("id", "Dana sebesar Rp15 miliar disiapkan.", "Rp15 miliar", "15000000000", "IDR", 2023)]
    [InlineData("id", "Ekspor naik menjadi 2 miliar dolar AS pada 2024.", "2 miliar dolar AS", "2000000000", "USD", 2024)]
    [InlineData("id", "Nilai proyek Rp 1.500 triliun.", "Rp 1.500 triliun", "1500000000000000", "IDR", 2023)]
    [InlineData("id", "Nilai ekspor 2,5 miliar dolar AS.", "2,5 miliar dolar AS", "2500000000", "USD", 2023)]
    // Tagalog
    [InlineData("tl", "Umabot sa ₱1.5 billion ang puhunan.", "₱1.5 billion", "1500000000", "PHP", 2023)]
    [InlineData("tl", "Naglaan ng 1.5 bilyong piso ang gobyerno.", "1.5 bilyong piso", "1500000000", "PHP", 2023)]
    [InlineData("tl", "Umabot sa US$2 bilyon ang kalakalan noong 2024.", "US$2 bilyon", "2000000000", "USD", 2024)]
    // Thai
    [InlineData("th", "มูลค่าการลงทุน ฿5 พันล้านบาท", "฿5 พันล้านบาท", "5000000000", "THB", 2023)]
    [InlineData("th", "มูลค่าการค้า 5,000 ล้านบาท", "5,000 ล้านบาท", "5000000000", "THB", 2023)]
    [InlineData("th", "มูลค่า 28.1 พันล้านดอลลาร์สหรัฐ", "28.1 พันล้านดอลลาร์สหรัฐ", "28100000000", "USD", 2023)]
    public void Reads_money(string language, string text, string expectedText, string value, string currency, int year)
    {
        var figure = Single(text, language, expectedText);
        Assert.Equal(FigureKind.Money, figure.Kind);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), figure.Value);
        Assert.Equal(currency, figure.Currency);
        Assert.Equal(year, figure.Year);
    }

    [Theory]
    [InlineData("en", "with the presence of more than 600 Italian companies in the region.", "more than 600 Italian companies", "600", "companies", "more than")]
    [InlineData("en", "About 1,200 students joined the programme.", "About 1,200 students", "1200", "students", "about")]
    [InlineData("en", "At least 40 delegates attended.", "At least 40 delegates", "40", "delegates", "at least")]
    [InlineData("en", "Up to 15 projects will be funded.", "Up to 15 projects", "15", "projects", "up to")]
    [InlineData("en", "Nearly 300 participants came.", "Nearly 300 participants", "300", "participants", "nearly")]
    [InlineData("en", "Over 50 firms exhibited.", "Over 50 firms", "50", "companies", "more than")]
    [InlineData("en", "Three countries signed.", "Three countries", "3", "countries", null)]
    [InlineData("vi", "sự hiện diện của hơn 600 công ty Italy tại khu vực này.", "hơn 600 công ty", "600", "companies", "more than")]
    [InlineData("vi", "Khoảng 200 doanh nghiệp tham gia.", "Khoảng 200 doanh nghiệp", "200", "companies", "about")]
    [InlineData("vi", "Gần 1.500 sinh viên nhận học bổng.", "Gần 1.500 sinh viên", "1500", "students", "nearly")]
    [InlineData("vi", "Ít nhất 30 dự án được triển khai.", "Ít nhất 30 dự án", "30", "projects", "at least")]
    [InlineData("it", "Oltre 600 aziende italiane operano nella regione.", "Oltre 600 aziende", "600", "companies", "more than")]
    [InlineData("it", "Circa 2.000 studenti hanno partecipato.", "Circa 2.000 studenti", "2000", "students", "about")]
    [InlineData("it", "Almeno 12 progetti sono stati avviati.", "Almeno 12 progetti", "12", "projects", "at least")]
    [InlineData("it", "Quasi 300 imprese hanno aderito.", "Quasi 300 imprese", "300", "companies", "nearly")]
    [InlineData("ms", "Lebih daripada 600 syarikat Itali beroperasi di rantau ini.", "Lebih daripada 600 syarikat", "600", "companies", "more than")]
    [InlineData("ms", "Kira-kira 500 pelajar menyertai program itu.", "Kira-kira 500 pelajar", "500", "students", "about")]
    [InlineData("ms", "Sekurang-kurangnya 10 projek dilaksanakan.", "Sekurang-kurangnya 10 projek", "10", "projects", "at least")]
    [InlineData("id", "Lebih dari 600 perusahaan Italia beroperasi di kawasan ini.", "Lebih dari 600 perusahaan", "600", "companies", "more than")]
    [InlineData("id", "Sekitar 1.200 peserta hadir.", "Sekitar 1.200 peserta", "1200", "participants", "about")]
    [InlineData("id", "Setidaknya 25 proyek disetujui.", "Setidaknya 25 proyek", "25", "projects", "at least")]
    [InlineData("tl", "Mahigit 600 kompanya ang nasa rehiyon.", "Mahigit 600 kompanya", "600", "companies", "more than")]
    [InlineData("tl", "Halos 300 estudyante ang dumalo.", "Halos 300 estudyante", "300", "students", "nearly")]
    [InlineData("th", "มีบริษัทอิตาลี มากกว่า 600 บริษัท ในภูมิภาค", "มากกว่า 600 บริษัท", "600", "companies", "more than")]
    [InlineData("id", "Lebih dari 90.000 kapal melintasi selat itu setiap tahun.", "Lebih dari 90.000 kapal", "90000", "ships", "more than")]
    [InlineData("id", "Sebanyak 200 personel akan dilatih di Roma.", "200 personel", "200", "personnel", null)]
    [InlineData("ms", "Kedutaan akan membawa 60 pengimport ke sesi padanan perniagaan.", "60 pengimport", "60", "importers", null)]
    [InlineData("en", "Italian firms have supplied more than 20 aircraft since 2014.", "more than 20 aircraft", "20", "aircraft", "more than")]
    [InlineData("it", "Il porto accoglie circa 400 navi all'anno.", "circa 400 navi", "400", "ships", "about")]
    [InlineData("vi", "Mỗi năm có 30 giảng viên sang Italy.", "30 giảng viên", "30", "lecturers", null)]
    [InlineData("tl", "Mahigit 300 magsasaka ang sinanay.", "Mahigit 300 magsasaka", "300", "farmers", "more than")]
    public void Reads_counts(string language, string text, string expectedText, string value, string unit, string? qualifier)
    {
        var figure = Single(text, language, expectedText);
        Assert.Equal(FigureKind.Count, figure.Kind);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), figure.Value);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(qualifier, figure.Qualifier);
    }

    [Theory]
    [InlineData("en", "Growth slowed to 5% in 2023.", "5%", "5", 2023)]
    [InlineData("en", "Exports rose 4.5 percent.", "4.5 percent", "4.5", 2023)]
    [InlineData("en", "Tariffs fell by 12.5 per cent in 2021.", "12.5 per cent", "12.5", 2021)]
    [InlineData("vi", "Kim ngạch tăng 5 phần trăm.", "5 phần trăm", "5", 2023)]
    [InlineData("vi", "Xuất khẩu tăng 6,5% năm 2022.", "6,5%", "6.5", 2022)]
    [InlineData("it", "Le esportazioni sono cresciute del 5 per cento.", "5 per cento", "5", 2023)]
    [InlineData("it", "Una crescita del 3,2% nel 2022.", "3,2%", "3.2", 2022)]
    [InlineData("ms", "Eksport meningkat 5 peratus.", "5 peratus", "5", 2023)]
    [InlineData("id", "Ekspor tumbuh 5 persen pada 2024.", "5 persen", "5", 2024)]
    [InlineData("id", "Inflasi 2,5% tahun ini.", "2,5%", "2.5", 2023)]
    [InlineData("tl", "Tumaas ng 5 porsiyento ang kalakalan.", "5 porsiyento", "5", 2023)]
    [InlineData("th", "การส่งออกเพิ่มขึ้นร้อยละ 5", "ร้อยละ 5", "5", 2023)]
    public void Reads_percentages(string language, string text, string expectedText, string value, int year)
    {
        var figure = Single(text, language, expectedText);
        Assert.Equal(FigureKind.Percent, figure.Kind);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), figure.Value);
        Assert.Equal(year, figure.Year);
    }

    [Theory]
    [InlineData("en", "He spoke at the 9th High-Level Dialogue in 2025.")]
    [InlineData("en", "The G20 summit and COP28 were held in 2023.")]
    [InlineData("en", "Call 0912-345-678 or +84 24 3825 1234.")]
    [InlineData("en", "Italy became a partner in September 2020.")]
    [InlineData("en", "Trade grew from 2017 to 2024.")]
    [InlineData("en", "The two sides looked back at developments.")]
    [InlineData("en", "More COVID-19 cases were reported.")]
    [InlineData("en", "Growth of 5-7% is expected.")]
    [InlineData("en", "Version 2.5 ships on 13/11/2025.")]
    [InlineData("vi", "Hội nghị lần thứ 9 diễn ra ngày 20/2/2023.")]
    [InlineData("vi", "Chủ tịch nhiệm kỳ 6 tháng đầu năm 2023.")]
    [InlineData("vi", "Kỷ niệm 10 năm quan hệ Đối tác chiến lược.")]
    [InlineData("it", "Il 5 luglio 2023 si è tenuta la 3ª edizione.")]
    [InlineData("id", "Ini adalah pertemuan ke-9 pada 13 November 2025.")]
    [InlineData("tl", "Ito ang ika-9 na pulong noong Nobyembre 13, 2025.")]
    public void Finds_no_figure_in_dates_ordinals_codes_and_phone_numbers(string language, string text)
    {
        var context = DateTestContext.Figures(text, language, Published);
        Assert.True(context.Figures.Count == 0, $"found: {string.Join(" | ", context.Figures.Select(f => f.Text))}");
    }

    [Theory]
    [InlineData("vi", "Số sinh viên Việt Nam tại Italy tăng 15% so với năm 2021.", "15%")]
    [InlineData("en", "The number of visitors rose 9 percent compared with 2021.", "9 percent")]
    [InlineData("it", "Gli arrivi sono cresciuti del 7% rispetto al 2021.", "7%")]
    public void The_base_year_of_a_comparison_is_not_the_figures_year(string language, string text, string expectedText)
    {
        var figure = Single(text, language, expectedText);
        Assert.Equal(2023, figure.Year);
    }

    [Theory]
    [InlineData("โครงการได้รับงบประมาณ 2 ล้านยูโร จากรัฐบาลอิตาลี", "2 ล้านยูโร", null)]
    [InlineData("เทศกาลสร้างรายได้ประมาณ 3 ล้านบาท", "ประมาณ 3 ล้านบาท", "about")]
    public void A_thai_compound_that_holds_a_qualifier_is_no_qualifier(string text, string expectedText, string? qualifier)
    {
        var figure = Single(text, "th", expectedText);
        Assert.Equal(qualifier, figure.Qualifier);
    }

    [Theory]
    [InlineData("en", "Arrivals reached 300,000 visitors, a 17-percent increase on the year before.", "17-percent", "17", "increase")]
    [InlineData("en", "Exports fell to US$2 billion, a 4% drop.", "4%", "4", "decrease")]
    [InlineData("it", "L'interscambio ha raggiunto 6,8 miliardi di dollari, in crescita dell'11,2% rispetto all'anno precedente.", "11,2%", "11.2", "increase")]
    [InlineData("tl", "Gumastos ang mga turista ng ₱3 bilyon, mas mataas ng 22 porsiyento kumpara sa nakaraang taon.", "22 porsiyento", "22", "increase")]
    public void Reads_a_percentage_change_however_it_is_worded(string language, string text, string expectedText, string value, string change)
    {
        var figure = Single(text, language, expectedText);
        Assert.Equal(FigureKind.Percent, figure.Kind);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), figure.Value);
        Assert.Equal(change, figure.Change);
    }

    [Fact]
    public void Same_period_pairs_take_the_years_of_the_earlier_pair()
    {
        const string text = "Trade had grown to US$28.1 billion in 2024 from US$20.4 billion in 2017, while investment rose to US$205.7 million from US$123.3 million over the same period.";
        var context = DateTestContext.Figures(text, "en", Published);
        Assert.Equal([2024, 2017, 2024, 2017], context.Figures.Select(f => f.Year ?? 0));
        Assert.Equal(["Trade", "Trade", "investment", "investment"], context.Figures.Select(f => f.About));
    }

    [Fact]
    public void Same_period_pairs_follow_from_and_to_when_the_order_flips()
    {
        const string text = "Exports grew to US$5 billion in 2024 from US$3 billion in 2017. Imports rose from US$1 billion to US$2 billion over the same period.";
        var context = DateTestContext.Figures(text, "en", Published);
        Assert.Equal([2024, 2017, 2017, 2024], context.Figures.Select(f => f.Year ?? 0));
    }

    [Fact]
    public void A_sentence_with_one_year_gives_it_to_its_figures()
    {
        var context = DateTestContext.Figures("In 2022, the fund disbursed US$40 million to farmers.", "en", Published);
        Assert.Equal(2022, Assert.Single(context.Figures).Year);
    }

    [Fact]
    public void Vietnamese_pair_with_from_and_to()
    {
        const string text = "Kim ngạch thương mại tăng từ 20,4 tỷ USD năm 2017 lên 28,1 tỷ USD năm 2024.";
        var context = DateTestContext.Figures(text, "vi", Published);
        Assert.Equal([(20_400_000_000m, 2017), (28_100_000_000m, 2024)], context.Figures.Select(f => (f.Value, f.Year ?? 0)));
        Assert.Equal("Kim ngạch thương mại", context.Figures[0].About);
    }

    [Fact]
    public void Count_subject_is_the_counted_noun_phrase()
    {
        var context = DateTestContext.Figures("ASEAN is a market with more than 600 Italian companies in the region, he said.", "en", Published);
        Assert.Equal("Italian companies in the region", Assert.Single(context.Figures).About);
    }

    [Fact]
    public void Money_subject_is_the_phrase_before_the_verb()
    {
        var context = DateTestContext.Figures("He said two-way trade between the blocs had grown to US$28.1 billion in 2024.", "en", Published);
        Assert.Equal("two-way trade between the blocs", Assert.Single(context.Figures).About);
    }

    [Theory]
    [InlineData("en", "Trade between the two countries reached US$6 billion in 2023.", "Trade between the two countries")]
    [InlineData("it", "L'interscambio tra i due Paesi ha sfiorato nel 2023 i 6 miliardi di dollari.", "L'interscambio tra i due Paesi")]
    public void A_count_inside_the_subject_of_a_sum_stays_in_it(string language, string text, string subject)
    {
        var context = DateTestContext.Figures(text, language, Published);
        Assert.Equal(subject, Assert.Single(context.Figures, f => f.Kind == FigureKind.Money).About);
    }

    [Theory]
    [InlineData("th", "ปีนี้มีโครงการยื่นขอ 25 โครงการ มูลค่าเงินลงทุนรวม 4,000 ล้านบาท", "มูลค่าเงินลงทุนรวม")]
    [InlineData("en", "Investors filed 25 projects with a combined value reaching USD 400 million.", "a combined value")]
    public void A_count_before_the_subject_of_a_sum_is_not_part_of_it(string language, string text, string subject)
    {
        var context = DateTestContext.Figures(text, language, Published);
        Assert.Equal(subject, Assert.Single(context.Figures, f => f.Kind == FigureKind.Money).About);
    }

    [Fact]
    public void Spans_cover_the_figure_text()
    {
        const string text = "Trade reached US$28.1 billion in 2024.";
        var figure = Assert.Single(DateTestContext.Figures(text, "en", Published).Figures);
        Assert.Equal("US$28.1 billion", text[figure.Span.Start..figure.Span.End]);
        Assert.Equal(figure.Text, text[figure.Span.Start..figure.Span.End]);
    }

    [Fact]
    public void Values_print_without_trailing_zeros()
    {
        var figure = Assert.Single(DateTestContext.Figures("Trade reached US$28.1 billion.", "en", Published).Figures);
        Assert.Equal("28100000000", figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Figure Single(string text, string language, string expectedText)
    {
        var context = DateTestContext.Figures(text, language, Published);
        var found = context.Figures.Where(f => f.Text == expectedText).ToList();
        Assert.True(found.Count == 1, $"found: {string.Join(" | ", context.Figures.Select(f => $"{f.Text}={f.Value} {f.Currency}{f.Unit} {f.Year}"))}");
        return found[0];
    }
}
