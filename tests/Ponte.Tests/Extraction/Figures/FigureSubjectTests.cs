using Ponte.Core.Model;
using Ponte.Tests.Extraction.Dates;

namespace Ponte.Tests.Extraction.Figures;

/// <summary>What a figure measures: never the person who gives it, the same subject for a change as for what it changes.</summary>
public sealed class FigureSubjectTests
{
    private static readonly PartialDate Published = PartialDate.OfDay(2025, 3, 10);

    // The subject of the one figure whose text is `figureText`.
    private static string? AboutOf(string language, string text, string figureText) =>
        Assert.Single(DateTestContext.Figures(text, language, Published).Figures, f => f.Text == figureText).About;

    [Theory]
    [InlineData("en", "Japanese Foreign Minister Kenji Sato on Monday pledged USD 10 million for the regional vaccine programme.", "USD 10 million", "regional vaccine programme")]
    [InlineData("en", "Malaysian Trade Minister Aziz Rahman announced RM50 million to a new export fund, officials said.", "RM50 million", "new export fund")]
    [InlineData("en", "Australia's foreign minister committed AUD 15 million in development aid to the Mekong countries.", "AUD 15 million", "development aid")]
    [InlineData("en", "The European Commissioner for Trade pledged EUR 8 million.", "EUR 8 million", "funding")]
    [InlineData("en", "Deputy Prime Minister Anna Ferri pledged EUR 2 million to Cambodia.", "EUR 2 million", "funding")]
    [InlineData("it", "Il viceministro degli Esteri Marco Bellini ha stanziato 4 milioni di euro per il programma di borse di studio.", "4 milioni di euro", "programma di borse di studio")]
    [InlineData("it", "La ministra Giulia Conti ha annunciato 3 milioni di euro.", "3 milioni di euro", "funding")]
    [InlineData("vi", "Bộ trưởng Ngoại giao Kenji Sato cam kết tài trợ 5 triệu USD cho chương trình phòng chống thiên tai.", "5 triệu USD", "chương trình phòng chống thiên tai")]
    [InlineData("vi", "Đại sứ Marco Bellini tài trợ 2 triệu euro.", "2 triệu euro", "funding")]
    [InlineData("id", "Menteri Luar Negeri Kenji Sato menjanjikan dana sebesar 10 juta dolar AS untuk program beasiswa.", "10 juta dolar AS", "program beasiswa")]
    [InlineData("id", "Duta Besar Marco Bellini mengucurkan 2 juta euro.", "2 juta euro", "funding")]
    [InlineData("ms", "Menteri Luar Kenji Sato menyumbang RM20 juta kepada tabung bantuan bencana.", "RM20 juta", "tabung bantuan bencana")]
    [InlineData("ms", "Sektor kraf tempatan mencatat jualan RM1.3 bilion pada 2024.", "RM1.3 bilion", "jualan")]
    [InlineData("tl", "Nangako si Kalihim Juan Cruz ng ₱500 milyon para sa programang pangkalusugan.", "₱500 milyon", "programang pangkalusugan")]
    public void The_giver_of_money_is_not_its_subject(string language, string text, string figureText, string subject)
    {
        Assert.Equal(subject, AboutOf(language, text, figureText));
    }

    [Theory]
    [InlineData("it", "Il ministro ha ricordato come l'interscambio tra l'Italia e i dieci Paesi dell'ASEAN abbia superato i 40 miliardi di euro nel 2024.", "40 miliardi di euro", "l'interscambio tra l'Italia e i dieci Paesi dell'ASEAN")]
    [InlineData("en", "Trade between Italy and the ten Member States of ASEAN reached EUR 40 billion in 2024.", "EUR 40 billion", "Trade between Italy and the ten Member States of ASEAN")]
    public void A_count_its_words_complement_stays_in_the_subject_after_a_clause_opener(string language, string text, string figureText, string subject)
    {
        Assert.Equal(subject, AboutOf(language, text, figureText));
    }

    [Fact]
    public void A_converted_amount_shares_the_subject_of_the_amount_it_converts()
    {
        const string text = "Foreign Minister Kenji Sato pledged 3 million euros (about USD 3.3 million) to a regional climate fund.";
        var context = DateTestContext.Figures(text, "en", Published);
        Assert.Equal(["regional climate fund", "regional climate fund"], context.Figures.Select(f => f.About));
    }

    [Theory]
    [InlineData("id", "Ekspor mencapai 3 miliar dolar AS, dengan surplus di pihak Vietnam sebesar 900 juta dolar AS.", "900 juta dolar AS", "surplus di pihak Vietnam")]
    [InlineData("tl", "Ayon sa ulat, inaprubahan ng BOI (Board of Investments) ng mga proyektong pang-enerhiya na nagkakahalaga ng ₱2 bilyon.", "₱2 bilyon", "mga proyektong pang-enerhiya")]
    [InlineData("en", "Services accounted for 40 percent of output.", "40 percent", "Services")]
    [InlineData("vi", "Phần thực hành chiếm khoảng 60% thời lượng.", "khoảng 60%", "Phần thực hành")]
    [InlineData("ms", "Sektor perkhidmatan mewakili 55 peratus ekonomi.", "55 peratus", "Sektor perkhidmatan")]
    [InlineData("th", "ภาคบริการคิดเป็นร้อยละ 58 ของเศรษฐกิจ", "ร้อยละ 58", "ภาคบริการ")]
    public void Links_and_shares_do_not_begin_a_subject(string language, string text, string figureText, string subject)
    {
        Assert.Equal(subject, AboutOf(language, text, figureText));
    }

    [Theory]
    [InlineData("it", "Nel 2023 l'interscambio tra la Spagna e i Paesi del Golfo ha superato i 9 miliardi di euro.", "l'interscambio tra la Spagna e i Paesi del Golfo")]
    [InlineData("it", "L'interscambio tra il Portogallo e l'ASEAN ha toccato 2 miliardi di euro.", "L'interscambio tra il Portogallo e l'ASEAN")]
    [InlineData("en", "Registered capital of Japanese projects reached USD 3 billion.", "Registered capital of Japanese projects")]
    public void A_pair_of_names_joined_after_an_article_stays_in_the_subject(string language, string text, string subject)
    {
        Assert.Equal(subject, Assert.Single(DateTestContext.Figures(text, language, Published).Figures, f => f.Kind == FigureKind.Money).About);
    }

    [Theory]
    [InlineData("en", "Two-way trade reached USD 9.2 billion in 2024, an increase of 14 per cent from 2023.", "14 per cent", "Two-way trade", "increase", 2024)]
    [InlineData("en", "Exports to Italy fell to USD 2.1 billion in 2023, down 6 percent from 2022.", "6 percent", "Exports to Italy", "decrease", 2023)]
    [InlineData("vi", "Kim ngạch xuất khẩu sang Italy năm 2024 đạt 3,1 tỷ USD, tăng 8,5% so với năm 2023.", "8,5%", "Kim ngạch xuất khẩu sang Italy", "increase", 2024)]
    [InlineData("it", "Le esportazioni verso la Thailandia hanno raggiunto 1,4 miliardi di euro nel 2023, in calo del 3% rispetto al 2022.", "3%", "Le esportazioni verso la Thailandia", "decrease", 2023)]
    [InlineData("it", "Nel 2024 l'export verso il Vietnam ha toccato 2 miliardi di euro, con un aumento del 5% sul 2023.", "5%", "l'export verso il Vietnam", "increase", 2024)]
    [InlineData("ms", "Eksport Malaysia ke Itali mencecah RM9.5 bilion pada 2024, meningkat 7.2 peratus berbanding 2023.", "7.2 peratus", "Eksport Malaysia ke Itali", "increase", 2024)]
    [InlineData("id", "Ekspor Indonesia ke Italia mencapai 2,9 miliar dolar AS pada 2024, naik 11 persen dibandingkan 2023.", "11 persen", "Ekspor Indonesia ke Italia", "increase", 2024)]
    [InlineData("tl", "Umabot sa US$2.4 bilyon ang kalakalan noong 2024, tumaas ng 9 porsiyento mula noong 2023.", "9 porsiyento", "kalakalan", "increase", 2024)]
    [InlineData("th", "ปี 2567 มูลค่าการส่งออกไปอิตาลีอยู่ที่ 2,100 ล้านดอลลาร์สหรัฐ ลดลงร้อยละ 4 จากปีก่อน", "ร้อยละ 4", "มูลค่าการส่งออกไปอิตาลี", "decrease", 2024)]
    public void A_change_belongs_to_the_figure_it_changes(string language, string text, string changeText, string subject, string direction, int year)
    {
        var context = DateTestContext.Figures(text, language, Published);
        var changed = Assert.Single(context.Figures, f => f.Kind == FigureKind.Money);
        var change = Assert.Single(context.Figures, f => f.Text == changeText);
        Assert.Equal(subject, changed.About);
        Assert.Null(changed.Change);
        Assert.Equal(subject, change.About);
        Assert.Equal(direction, change.Change);
        Assert.Equal(changed.Span, change.ChangeOf);
        Assert.Equal(year, change.Year);
    }

    [Theory]
    [InlineData("en", "Exports rose 4.5 percent last year.", "Exports", "increase")]
    [InlineData("id", "Pemerintah menargetkan ekspor ke Italia tumbuh 7 persen.", "ekspor ke Italia", "increase")]
    [InlineData("vi", "Xuất khẩu rau quả giảm 3%.", "Xuất khẩu rau quả", "decrease")]
    public void A_change_alone_keeps_its_own_subject(string language, string text, string subject, string direction)
    {
        var change = Assert.Single(DateTestContext.Figures(text, language, Published).Figures);
        Assert.Equal(subject, change.About);
        Assert.Equal(direction, change.Change);
        Assert.Null(change.ChangeOf);
    }

    [Theory]
    [InlineData("en", "The share of services stood at 40 percent.")]
    [InlineData("vi", "Phần thực hành chiếm khoảng 70% thời lượng.")]
    public void A_share_is_not_a_change(string language, string text)
    {
        Assert.Null(Assert.Single(DateTestContext.Figures(text, language, Published).Figures).Change);
    }

    [Theory]
    [InlineData("en", "Italian investment in Vietnam topped USD 700 million in 2024.", "Italian investment in Vietnam")]
    [InlineData("en", "Two-way trade neared USD 30 billion last year.", "Two-way trade")]
    [InlineData("en", "Tourism receipts approached USD 4 billion.", "Tourism receipts")]
    [InlineData("en", "Rice shipments amounted to USD 900 million.", "Rice shipments")]
    [InlineData("en", "Bilateral trade crossed USD 5 billion for the first time.", "Bilateral trade")]
    [InlineData("en", "Coffee exports came to USD 300 million.", "Coffee exports")]
    [InlineData("vi", "Kim ngạch thương mại hai chiều vượt 7 tỷ USD.", "Kim ngạch thương mại hai chiều")]
    [InlineData("vi", "Vốn đầu tư của Italy đạt gần 600 triệu USD.", "Vốn đầu tư của Italy")]
    [InlineData("vi", "Xuất khẩu cà phê cán mốc 5 tỷ USD.", "Xuất khẩu cà phê")]
    [InlineData("vi", "Doanh thu du lịch lên tới 2 tỷ USD.", "Doanh thu du lịch")]
    [InlineData("vi", "Giá trị hợp đồng ước đạt 40 triệu USD.", "Giá trị hợp đồng")]
    [InlineData("id", "Nilai investasi Italia hampir mencapai 500 juta dolar AS.", "Nilai investasi Italia")]
    [InlineData("id", "Nilai ekspor kopi menembus 1 miliar dolar AS.", "Nilai ekspor kopi")]
    [InlineData("id", "Nilai kontrak melebihi Rp2 triliun.", "Nilai kontrak")]
    [InlineData("id", "Total transaksi sebesar 12 juta dolar AS.", "Total transaksi")]
    [InlineData("ms", "Jumlah dagangan dua hala hampir mencecah RM20 bilion.", "Jumlah dagangan dua hala")]
    [InlineData("ms", "Nilai eksport sawit melepasi RM3 bilion.", "Nilai eksport sawit")]
    [InlineData("ms", "Pelaburan asing berjumlah RM800 juta.", "Pelaburan asing")]
    [InlineData("tl", "Halos umabot sa US$3 bilyon ang kalakalan.", "kalakalan")]
    [InlineData("tl", "Lumampas sa US$1 bilyon ang pamumuhunan.", "pamumuhunan")]
    [InlineData("tl", "Pumalo sa ₱2 bilyon ang benta.", "benta")]
    [InlineData("th", "มูลค่าการค้าสูงถึง 5,000 ล้านบาท", "มูลค่าการค้า")]
    [InlineData("th", "การลงทุนจากอิตาลีมีมูลค่า 800 ล้านบาท", "การลงทุนจากอิตาลี")]
    [InlineData("th", "การส่งออกข้าวเกือบ 900 ล้านบาท", "การส่งออกข้าว")]
    [InlineData("th", "การนำเข้าแตะระดับ 700 ล้านบาท", "การนำเข้า")]
    public void Verbs_of_reaching_and_approaching_lead_to_the_subject(string language, string text, string subject)
    {
        var figure = Assert.Single(DateTestContext.Figures(text, language, Published).Figures, f => f.Kind == FigureKind.Money);
        Assert.Equal(subject, figure.About);
    }

    [Theory]
    [InlineData("vi", "Đến nay Italy có 150 dự án còn hiệu lực tại Việt Nam với tổng vốn đăng ký 1,2 tỷ USD.", "1,2 tỷ USD", "tổng vốn đăng ký")]
    [InlineData("vi", "Các doanh nghiệp Italy đã đầu tư vào 40 tỉnh thành với tổng số vốn khoảng 700 triệu USD.", "khoảng 700 triệu USD", "tổng số vốn")]
    [InlineData("vi", "Hội chợ thu hút 120 doanh nghiệp tham gia với tổng giá trị giao dịch ước đạt 15 triệu USD.", "15 triệu USD", "tổng giá trị giao dịch")]
    [InlineData("id", "Saat ini terdapat 150 proyek Italia yang beroperasi di Indonesia dengan total nilai investasi 1,2 miliar dolar AS.", "1,2 miliar dolar AS", "total nilai investasi")]
    [InlineData("id", "Pameran itu diikuti 120 perusahaan dengan nilai transaksi mencapai 15 juta dolar AS.", "15 juta dolar AS", "nilai transaksi")]
    [InlineData("ms", "Sebanyak 150 syarikat Itali beroperasi di Malaysia dengan jumlah pelaburan RM5 bilion.", "RM5 bilion", "jumlah pelaburan")]
    [InlineData("tl", "Mayroong 150 kompanyang Italyano na nag-ooperate sa bansa na may kabuuang puhunan na US$1.2 bilyon.", "US$1.2 bilyon", "kabuuang puhunan")]
    [InlineData("en", "The trade mission generated potential transactions of USD 25 million, the ministry said.", "USD 25 million", "potential transactions")]
    [InlineData("tl", "Nakapagtala ang trade mission ng potensiyal na benta na nagkakahalaga ng US$20 milyon.", "US$20 milyon", "potensiyal na benta")]
    [InlineData("tl", "Nangako ang mga mamumuhunan ng ₱500 milyon.", "₱500 milyon", "funding")]
    [InlineData("th", "คณะผู้แทนการค้าสร้างมูลค่าการซื้อขายที่คาดว่าจะเกิดขึ้น 20 ล้านดอลลาร์สหรัฐ", "20 ล้านดอลลาร์สหรัฐ", "การซื้อขายที่คาดว่าจะเกิดขึ้น")]
    [InlineData("th", "ภาคบริการขยายตัวต่อเนื่อง การลงทุนจากอิตาลีมีมูลค่า 800 ล้านบาท", "800 ล้านบาท", "การลงทุนจากอิตาลี")]
    public void The_clause_before_the_measured_phrase_is_not_its_subject(string language, string text, string figureText, string subject)
    {
        Assert.Equal(subject, AboutOf(language, text, figureText));
    }

    [Theory]
    [InlineData("en", "Vietnam's trade with Italy reached USD 6.8 billion in 2024.", "USD 6.8 billion", "Vietnam's trade with Italy")]
    [InlineData("vi", "Kim ngạch thương mại Việt Nam với Italy năm 2024 đạt 6,8 tỷ USD.", "6,8 tỷ USD", "Kim ngạch thương mại Việt Nam với Italy")]
    [InlineData("vi", "Năm 2024, kim ngạch thương mại song phương ASEAN – Italy đạt 28,5 tỷ USD.", "28,5 tỷ USD", "kim ngạch thương mại song phương ASEAN – Italy")]
    [InlineData("id", "Perdagangan Indonesia dengan Italia mencapai 4,5 miliar dolar AS pada 2024.", "4,5 miliar dolar AS", "Perdagangan Indonesia dengan Italia")]
    [InlineData("ms", "Perdagangan Malaysia dengan Itali mencecah RM30 bilion pada 2024.", "RM30 bilion", "Perdagangan Malaysia dengan Itali")]
    [InlineData("th", "การค้าทวิภาคีระหว่างไทยกับอิตาลีในปี 2567 มีมูลค่า 4,500 ล้านดอลลาร์สหรัฐ", "4,500 ล้านดอลลาร์สหรัฐ", "การค้าทวิภาคีระหว่างไทยกับอิตาลี")]
    public void A_party_named_after_with_stays_in_the_subject(string language, string text, string figureText, string subject)
    {
        Assert.Equal(subject, AboutOf(language, text, figureText));
    }

    [Theory]
    [InlineData("th", "กรุงเทพฯ 12 มีนาคม 2568 - การค้าทวิภาคีระหว่างไทยกับอิตาลีในปี 2567 มีมูลค่า 4,500 ล้านดอลลาร์สหรัฐ", 2024)]
    [InlineData("it", "ROMA, 12 marzo 2025 - Nel 2024 l'interscambio tra l'Italia e l'ASEAN ha raggiunto i 28,5 miliardi di dollari.", 2024)]
    [InlineData("en", "HANOI, March 12, 2025 - Italian investment in Vietnam topped USD 700 million, the ministry said.", 2025)]
    public void The_dateline_day_is_not_the_year_of_the_figures_after_it(string language, string text, int year)
    {
        var figure = Assert.Single(DateTestContext.Figures(text, language, PartialDate.OfDay(2025, 3, 12)).Figures);
        Assert.Equal(year, figure.Year);
    }
}
