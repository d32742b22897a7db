using Ponte.Core.Model;
using Ponte.Pipeline.Extraction.Quotes;

namespace Ponte.Tests.Extraction.Quotes;

public class QuoteExtractorTests
{
    private static List<Quote> Quotes(DocBuilder builder)
    {
        var context = builder.Build();
        new QuoteExtractor().Extract(context);
        foreach (var q in context.Quotes)
        {
            Assert.InRange(q.Span.Start, 0, context.Text.Length);
            Assert.InRange(q.Span.End, q.Span.Start, context.Text.Length);
        }

        return context.Quotes;
    }

    private static void Single(List<Quote> quotes, string? speaker, string startsWith)
    {
        var quote = Assert.Single(quotes);
        Assert.Equal(speaker, quote.Speaker);
        Assert.StartsWith(startsWith, quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void English_pronoun_after_the_quote_is_the_last_person_named()
    {
        const string text = "Trade minister Siti Rahmawati spoke in Jakarta on Monday.\n“We will open three new trade offices next year,” she said at the forum.";
        var quotes = Quotes(new DocBuilder("en", text).Person("Siti Rahmawati"));
        Single(quotes, "Siti Rahmawati", "We will open three");
        var q = quotes[0];
        Assert.Equal("We will open three new trade offices next year", q.Span.Slice(text));
        Assert.Equal(q.Span.Slice(text), q.Text);
    }

    [Fact]
    public void English_surname_attribution_maps_to_the_full_name()
    {
        const string text = "Foreign minister Elena Varga met investors in Hanoi. “Our ports are ready for the next decade,” Varga said.";
        Single(Quotes(new DocBuilder("en", text).Person("Elena Varga")), "Elena Varga", "Our ports are ready");
    }

    [Fact]
    public void English_verb_before_the_speaker_and_attribution_before_the_quote()
    {
        const string text = "Elena Varga and Tomas Reyes toured the port.\n“Trade has doubled since 2019,” said Varga.\nReyes told reporters: “The corridor will carry twice the cargo by 2030.”";
        var quotes = Quotes(new DocBuilder("en", text).Person("Elena Varga").Person("Tomas Reyes"));
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Elena Varga", quotes[0].Speaker);
        Assert.Equal("Tomas Reyes", quotes[1].Speaker);
        Assert.Equal("The corridor will carry twice the cargo by 2030.", quotes[1].Text);
    }

    [Fact]
    public void English_according_to_names_the_source()
    {
        const string text = "Elena Varga and Tomas Reyes spoke.\nAccording to Reyes, “the corridor is on schedule and on budget.”";
        Single(Quotes(new DocBuilder("en", text).Person("Elena Varga").Person("Tomas Reyes")), "Tomas Reyes", "the corridor is on schedule");
    }

    [Fact]
    public void English_quote_split_by_its_attribution_is_joined()
    {
        const string text = "Elena Varga opened the session. “This is a beginning,” Varga said, “and not the end of our work.”";
        var quotes = Quotes(new DocBuilder("en", text).Person("Elena Varga"));
        var q = Assert.Single(quotes);
        Assert.Equal("Elena Varga", q.Speaker);
        Assert.Equal("This is a beginning, and not the end of our work.", q.Text);
        Assert.StartsWith("This is a beginning", q.Span.Slice(text), StringComparison.Ordinal);
        Assert.EndsWith("end of our work.", q.Span.Slice(text), StringComparison.Ordinal);
    }

    [Fact]
    public void English_scare_quotes_titles_and_apostrophes_are_not_quotes()
    {
        const string text = "Officials called the plan a “game changer” for the region. He praised the “Blue Economy Framework for Coastal States” in his speech. "
            + "The region’s ministers said the bloc’s ‘open door’ policy works.";
        Assert.Empty(Quotes(new DocBuilder("en", text)));
    }

    [Fact]
    public void English_second_quote_in_the_paragraph_keeps_the_speaker()
    {
        const string text = "Elena Varga and Tomas Reyes spoke.\n“We are ready,” Reyes said. “The ships are already waiting in port.”";
        var quotes = Quotes(new DocBuilder("en", text).Person("Elena Varga").Person("Tomas Reyes"));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Tomas Reyes", q.Speaker));
    }

    [Fact]
    public void English_straight_double_quotes_work_too()
    {
        const string text = "Elena Varga arrived on Monday. \"We expect a record season for exporters,\" she said. \"Yes,\" she added.";
        var quotes = Quotes(new DocBuilder("en", text).Person("Elena Varga"));
        Assert.Equal(["We expect a record season for exporters", "Yes"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Elena Varga", q.Speaker));
    }

    [Fact]
    public void Vietnamese_pronoun_and_name_attributions()
    {
        const string text = "Bộ trưởng Nguyễn Văn An phát biểu tại hội nghị.\n“Chúng tôi sẽ mở rộng hợp tác với các đối tác châu Âu”, ông nói.\n"
            + "Ông An nhấn mạnh: “Việt Nam luôn coi trọng quan hệ với các nước trong khu vực.”";
        var quotes = Quotes(new DocBuilder("vi", text).Person("Nguyễn Văn An"));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Nguyễn Văn An", q.Speaker));
        Assert.StartsWith("Việt Nam luôn", quotes[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Vietnamese_theo_names_the_source_and_titles_are_not_quotes()
    {
        const string text = "Bà Trần Thị Mai và ông Lê Quang Huy dự lễ khởi động.\nTheo bà Mai, “hai bên đã đạt được nhiều kết quả cụ thể”.\n"
            + "Dự án \"Trung tâm đổi mới sáng tạo về năng lượng sạch cho khu vực” đã khởi động.";
        var quotes = Quotes(new DocBuilder("vi", text).Person("Trần Thị Mai").Person("Lê Quang Huy"));
        Single(quotes, "Trần Thị Mai", "hai bên đã đạt");
    }

    [Fact]
    public void Italian_dropped_subject_and_split_quote_with_dashes()
    {
        const string text = "Il ministro Marco Bellini ha incontrato gli ambasciatori a Roma.\n«Vogliamo rafforzare i legami con il Sud-est asiatico», ha detto.\n"
            + "«Questo accordo — ha detto Bellini — apre una nuova fase per le nostre imprese».";
        var quotes = Quotes(new DocBuilder("it", text).Person("Marco Bellini"));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Marco Bellini", q.Speaker));
        Assert.Equal("Questo accordo apre una nuova fase per le nostre imprese", quotes[1].Text);
        Assert.StartsWith("Questo accordo", quotes[1].Span.Slice(text), StringComparison.Ordinal);
        Assert.EndsWith("nostre imprese", quotes[1].Span.Slice(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Italian_role_and_secondo()
    {
        const string text = "Il ministro degli Esteri Marco Bellini ha ricevuto la presidente Giulia Conti.\n«È un passo storico per entrambi i paesi», ha sottolineato il ministro.\n"
            + "Secondo Conti, «l'Italia è pronta a investire nella regione».";
        var quotes = Quotes(new DocBuilder("it", text)
            .PersonWithRoles("Marco Bellini", ["ministro degli Esteri"], "Marco Bellini")
            .PersonWithRoles("Giulia Conti", ["presidente"], "Giulia Conti"));
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Marco Bellini", quotes[0].Speaker);
        Assert.Equal("Giulia Conti", quotes[1].Speaker);
    }

    [Fact]
    public void Malay_katanya_kata_and_menurut_beliau()
    {
        const string text = "Menteri Luar Negeri Aminah Yusof berucap di Kuala Lumpur.\n\"Kerjasama ini akan membuka peluang baharu kepada usahawan kita,\" katanya.\n"
            + "\"Kita perlu bergerak pantas,\" kata Aminah.\nMenurut beliau, \"perdagangan dua hala meningkat sebanyak 12 peratus tahun lalu.\"";
        var quotes = Quotes(new DocBuilder("ms", text).Person("Aminah Yusof"));
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Aminah Yusof", q.Speaker));
    }

    [Fact]
    public void Indonesian_mengatakan_ujar_and_tambahnya()
    {
        const string text = "Menteri Perdagangan Budi Santoso mengatakan, \"Ekspor kita ke Eropa terus tumbuh tahun ini.\"\n"
            + "\"Kami siap bekerja sama dengan semua mitra,\" ujar Budi.\n\"Ini langkah penting bagi kawasan,\" tambahnya.";
        var quotes = Quotes(new DocBuilder("id", text).Person("Budi Santoso"));
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Budi Santoso", q.Speaker));
    }

    [Fact]
    public void Tagalog_sabi_ni_and_ayon_kay()
    {
        const string text = "Dumalo si Kalihim Maria Santos sa pulong.\n\"Handa kaming makipagtulungan sa lahat ng bansa sa rehiyon,\" sabi ni Santos.\n"
            + "Ayon kay Santos, \"malaki ang maitutulong ng kasunduan sa ating mga magsasaka.\"";
        var quotes = Quotes(new DocBuilder("tl", text).Person("Maria Santos"));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Maria Santos", q.Speaker));
    }

    [Fact]
    public void Thai_name_before_the_verb_and_pronoun_after_the_quote()
    {
        const string text = "นายสมชาย ใจดี กล่าวว่า “ไทยพร้อมร่วมมือกับอิตาลีในด้านพลังงานสะอาด”\n“การค้าระหว่างสองประเทศเติบโตอย่างต่อเนื่อง” เขากล่าว";
        var quotes = Quotes(new DocBuilder("th", text).Person("สมชาย ใจดี"));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("สมชาย ใจดี", q.Speaker));
    }

    [Fact]
    public void Unknown_language_still_pairs_marks_but_names_no_speaker()
    {
        const string text = "Someone spoke. “This sentence is a complete quote.” Then nothing else.";
        var q = Assert.Single(Quotes(new DocBuilder("xx", text)));
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void A_short_name_the_entity_stage_left_apart_is_the_full_name()
    {
        const string text = "Bộ trưởng Nguyễn Văn An phát biểu tại hội nghị.\nÔng An nhấn mạnh: “Việt Nam luôn coi trọng quan hệ với các nước trong khu vực.”";
        var quotes = Quotes(new DocBuilder("vi", text).Person("Nguyễn Văn An").Person("An", "Ông An"));
        Single(quotes, "Nguyễn Văn An", "Việt Nam luôn");
    }

    [Fact]
    public void A_pronoun_with_no_person_named_is_the_last_speaker()
    {
        const string text = "Para investor hadir di Surabaya.\n\"Kami siap bekerja sama dengan semua mitra,\" ujar Rina.\n\"Ini langkah penting bagi kawasan timur,\" tambahnya.";
        var quotes = Quotes(new DocBuilder("id", text));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Rina", q.Speaker));
    }

    [Fact]
    public void Italian_role_after_an_elided_article_stands_for_the_person_who_holds_it()
    {
        const string text = "L'ambasciatore d'Italia in Vietnam Marco Della Seta ha incontrato la ministra Lucia Ferri.\n"
            + "«Vogliamo più aziende vietnamite al forum», ha detto l'ambasciatore.";
        var quotes = Quotes(new DocBuilder("it", text)
            .PersonWithRoles("Marco Della Seta", ["ambasciatore d'Italia in Vietnam"], "Marco Della Seta")
            .PersonWithRoles("Lucia Ferri", ["ministra"], "Lucia Ferri"));
        Single(quotes, "Marco Della Seta", "Vogliamo più aziende");
    }

    [Fact]
    public void Vietnamese_role_of_two_short_syllables_stands_for_the_person_who_holds_it()
    {
        const string text = "Thứ trưởng Lê Minh Hải đã tiếp Đại sứ Italy tại Việt Nam Marco Della Seta.\n"
            + "\"Chúng tôi mong muốn nhiều doanh nghiệp Việt Nam tham gia diễn đàn\", Đại sứ nhấn mạnh.";
        var quotes = Quotes(new DocBuilder("vi", text)
            .PersonWithRoles("Lê Minh Hải", ["Thứ trưởng"], "Lê Minh Hải")
            .PersonWithRoles("Marco Della Seta", ["Đại sứ Italy tại Việt Nam"], "Marco Della Seta"));
        Single(quotes, "Marco Della Seta", "Chúng tôi mong muốn");
    }

    [Theory]
    [InlineData("Dubes", "Duta Besar Italia untuk Indonesia", "Benedetto Latteri")]
    [InlineData("Menlu", "Menteri Luar Negeri", "Sari Wulandari")]
    [InlineData("Konjen", "Konsul Jenderal Italia di Surabaya", "Paolo Greco")]
    public void Indonesian_abbreviated_role_stands_for_the_person_whose_role_it_shortens(string abbreviation, string role, string holder)
    {
        var text = $"{role} {holder} bertemu Gubernur Budi Santoso di Jakarta.\n\"Kami ingin lebih banyak perusahaan hadir,\" ujar {abbreviation}.";
        var quotes = Quotes(new DocBuilder("id", text)
            .PersonWithRoles(holder, [role], holder)
            .PersonWithRoles("Budi Santoso", ["Gubernur"], "Budi Santoso"));
        Single(quotes, holder, "Kami ingin");
    }
}
