using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;

namespace Ponte.Tests.Ingest;

public sealed class ArticleHeaderParserTests
{
    private static readonly ArticleHeaderParser Parser = ArticleHeaderParser.Default;

    public static TheoryData<string, string, string?, string?, string> Datelines() => new()
    {
        // text, place, source, date text, span text
        { "SINGAPORE, March 4 (Bernama) -- Port operators signed a new pact on shipping lanes.", "Singapore", "Bernama", "March 4", "SINGAPORE, March 4 (Bernama) --" },
        { "Hanoi (VNA) – The trade ministry opened a fair for farm exporters on Monday.", "Hanoi", "VNA", null, "Hanoi (VNA) –" },
        { "ĐÀ NẴNG (TTXVN) - Thành phố khai mạc lễ hội pháo hoa quốc tế tối qua.", "Đà Nẵng", "TTXVN", null, "ĐÀ NẴNG (TTXVN) -" },
        { "MILANO, 12 marzo (ANSA) - La fiera del mobile ha aperto i battenti con un record di visitatori.", "Milano", "ANSA", "12 marzo", "MILANO, 12 marzo (ANSA) -" },
        { "CEBU CITY (PNA) — Local officials inspected the new ferry terminal on Friday.", "Cebu City", "PNA", null, "CEBU CITY (PNA) —" },
        { "KOTA KINABALU: The state government will upgrade rural clinics next year.", "Kota Kinabalu", null, null, "KOTA KINABALU:" },
        { "Huế, ngày 3/9 (TTXVN) - Tỉnh tổ chức hội thảo về bảo tồn di sản.", "Huế", "TTXVN", "ngày 3/9", "Huế, ngày 3/9 (TTXVN) -" },
        { "BANDAR SERI BEGAWAN, 7 June (Xinhua) -- Officials met to review the flood plan.", "Bandar Seri Begawan", "Xinhua", "7 June", "BANDAR SERI BEGAWAN, 7 June (Xinhua) --" },
        { "SURABAYA (ANTARA) - Pemerintah kota membuka jalur sepeda baru.", "Surabaya", "ANTARA", null, "SURABAYA (ANTARA) -" },
    };

    [Theory]
    [MemberData(nameof(Datelines))]
    public void Dateline_forms_are_recognised_with_place_source_date_and_span(string text, string place, string? source, string? date, string spanText)
    {
        var dateline = Parser.Parse(text).Dateline;

        Assert.NotNull(dateline);
        Assert.Equal(place, dateline.Place);
        Assert.Equal(source, dateline.Source);
        Assert.Equal(date, dateline.DateText);
        Assert.Equal(spanText, dateline.Span.Slice(text));
    }

    [Theory]
    [InlineData("The minister said on Monday - and repeated later - that talks would go on.")]
    [InlineData("UPDATE: the meeting has been moved to Thursday afternoon.")]
    [InlineData("Note: figures are provisional and may change.")]
    [InlineData("Meanwhile, the delegation (led by the deputy minister) - visited the port.")]
    public void Ordinary_sentences_are_not_datelines(string text) => Assert.Null(Parser.Parse(text).Dateline);

    [Fact]
    public void Headline_byline_and_dateline_are_found_in_order()
    {
        const string text = "Port City Unveils Green Shipping Corridor\nBy Siti Nurhaliza binti Ahmad\nPENANG, Jan 9 (Bernama) -- The state launched a corridor for low-emission ships.\nMore text follows here.";

        var header = Parser.Parse(text);

        Assert.Equal("Port City Unveils Green Shipping Corridor", header.Title?.Slice(text));
        Assert.Equal("Siti Nurhaliza binti Ahmad", header.Author);
        Assert.Equal("Penang", header.Dateline?.Place);
        Assert.Equal("Jan 9", header.Dateline?.DateText);
    }

    [Theory]
    [InlineData("Oleh Ahmad Fauzi", "Ahmad Fauzi")]
    [InlineData("di Giulia Bianchi", "Giulia Bianchi")]
    [InlineData("Bởi Nguyễn Văn An", "Nguyễn Văn An")]
    [InlineData("Por María López", "María López")]
    [InlineData("Maria Santos - Reuters", "Maria Santos")]
    public void Bylines_in_several_languages_give_the_author(string byline, string author)
    {
        var text = "A Short Headline Here\n" + byline + "\nThe story starts here and goes on for a while.";

        Assert.Equal(author, Parser.Parse(text).Author);
    }

    [Theory]
    [InlineData("Di Maio visits the northern provinces")]
    [InlineData("By the end of the year the plant will be finished.")]
    public void Sentences_starting_with_a_byline_word_are_not_bylines(string line) =>
        Assert.Null(Parser.Parse(line + "\nSecond line of the story.").Author);

    [Fact]
    public void Dateline_after_a_caption_line_is_found_and_the_caption_is_no_headline()
    {
        const string text = "Delegates pose for a group photo after the meeting (Photo: VNA)\n\nHanoi (VNA) – Delegates agreed on a plan for river transport.\n\nThe plan runs to 2030.";

        var header = Parser.Parse(text);

        Assert.Null(header.Title);
        Assert.Equal("Hanoi", header.Dateline?.Place);
        Assert.Equal("VNA", header.Dateline?.Source);
    }

    [Fact]
    public void A_first_line_ending_with_a_period_is_not_a_headline()
    {
        const string text = "The council approved the budget on Monday.\nIt will take effect in April.";

        Assert.Null(Parser.Parse(text).Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    [InlineData("(((((((((((")]
    [InlineData("A")]
    public void Odd_input_gives_an_empty_header(string text)
    {
        var header = Parser.Parse(text);

        Assert.Null(header.Dateline);
        Assert.Null(header.Author);
    }
}

public sealed class SourceOutletTests
{
    private static readonly SourceOutlet Outlets = SourceOutlet.Default;

    [Fact]
    public void Dateline_agency_comes_first()
    {
        var dateline = new Dateline("Penang", "BERNAMA", null, new TextSpan(0, 10));

        Assert.Equal("Bernama", Outlets.Find("Text ending with -- Reuters", dateline)?.Name);
    }

    [Theory]
    [InlineData("The port opened.\n-- BERNAMA", "Bernama")]
    [InlineData("The port opened.\n— Reuters", "Reuters")]
    [InlineData("The port opened.\n(ANTARA)", "Antara")]
    [InlineData("Delegates at the forum (Photo: VNA)\nThe forum opened.", "VNA")]
    [InlineData("Theo phóng viên TTXVN tại Jakarta, hội nghị đã khai mạc.", "TTXVN")]
    [InlineData("Il vertice si è aperto a Bangkok (Foto: ANSA).", "ANSA")]
    public void Sign_offs_and_credits_name_the_outlet(string text, string outlet) =>
        Assert.Equal(outlet, Outlets.Find(text)?.Name);

    [Theory]
    [InlineData("The committee (ACR) met in Rome.")]
    [InlineData("According to officials, the port opened.\n-- The End")]
    public void Text_without_a_known_outlet_has_none(string text) => Assert.Null(Outlets.Find(text));

    [Fact]
    public void Lookup_knows_aliases_and_countries()
    {
        Assert.Equal(new Outlet("VNA", "VN"), Outlets.Lookup("Vietnam News Agency"));
        Assert.Equal("PNA", Outlets.Lookup("Philippine News Agency")?.Name);
        Assert.Null(Outlets.Lookup("Nobody Daily"));
    }
}
