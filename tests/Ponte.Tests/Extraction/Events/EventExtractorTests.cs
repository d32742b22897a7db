using Ponte.Core.Model;
using Ponte.Pipeline.Extraction.Events;
using Ponte.Pipeline.Extraction.Quotes;
using Ponte.Tests.Extraction.Quotes;

namespace Ponte.Tests.Extraction.Events;

public class EventExtractorTests
{
    private static List<Event> Events(DocBuilder builder)
    {
        var context = builder.Build();
        new EventExtractor().Extract(context);
        if (Environment.GetEnvironmentVariable("PONTE_DUMP") is { } dump)
        {
            File.AppendAllLines(dump, context.Events.Select(Describe).Append("--"));
        }

        foreach (var e in context.Events)
        {
            Assert.InRange(e.Span.Start, 0, context.Text.Length);
            Assert.InRange(e.Span.End, e.Span.Start, context.Text.Length);
            Assert.False(string.IsNullOrWhiteSpace(e.What));
        }

        return context.Events;
    }

    private static Event One(List<Event> events, EventType type)
    {
        var matching = events.Where(e => e.Type == type).ToList();
        Assert.True(matching.Count == 1, $"expected one {type}, got: {string.Join(" | ", events.Select(Describe))}");
        return matching[0];
    }

    private static string Describe(Event e) =>
        $"{e.Type} '{e.What}' {e.Date} @{e.Place} [{string.Join(", ", e.Participants)}]";

    [Fact]
    public void English_named_dialogue_takes_date_place_and_the_pronoun_speaker()
    {
        const string text = "Foreign minister Elena Varga opened the session.\n“Trade between our regions keeps growing,” she said at the 4th Ministerial Dialogue on Maritime Cooperation in Manila, Philippines, on Tuesday.";
        var events = Events(new DocBuilder("en", text)
            .Person("Elena Varga").Location("Manila").Location("Philippines")
            .Date("on Tuesday", "2024-03-12"));
        var e = One(events, EventType.Dialogue);
        Assert.Equal("4th Ministerial Dialogue on Maritime Cooperation", e.What);
        Assert.Equal("2024-03-12", e.Date?.ToString());
        Assert.Equal("Manila, Philippines", e.Place);
        Assert.Equal(["Elena Varga"], e.Participants);
    }

    private const string EnglishReport =
        "Hanoi (XNA) – Ambassador Tomas Reyes, head of the Nordic Trade Council (NTC), on March 4 chaired meetings with business partners.\n"
        + "At a meeting with leaders of the Hanoi Exporters Club, including its chair Le Minh Chau, the two sides reviewed cooperation since Norway became a Sectoral Partner of the council in June 2019.\n"
        + "The club also briefed the council on the Nordic-Vietnam Investment Dialogue scheduled to take place in Da Nang, Vietnam, in November.\n"
        + "The same day, the NTC held a working session with Anna Berg, an adviser to Polar Cargo.";

    private static DocBuilder EnglishReportBuilder() => new DocBuilder("en", EnglishReport)
        .Person("Tomas Reyes").Person("Le Minh Chau").Person("Anna Berg")
        .Org("Nordic Trade Council", "Nordic Trade Council", "NTC").Org("Hanoi Exporters Club").Org("Polar Cargo")
        .Location("Hanoi").Location("Norway").Location("Da Nang").Location("Vietnam")
        .Date("March 4", "2024-03-04", inferred: true).Date("June 2019", "2019-06").Date("November", "2023-11", inferred: true)
        .Published("2024-03-04").Dateline("Hanoi", "XNA");

    [Fact]
    public void English_report_merges_the_meeting_and_keeps_the_others_apart()
    {
        var events = Events(EnglishReportBuilder());
        var meeting = events.Single(e => e.Type == EventType.Meeting && e.What.StartsWith("meeting", StringComparison.Ordinal));
        Assert.Equal("meeting with leaders of the Hanoi Exporters Club", meeting.What);
        Assert.Equal("2024-03-04", meeting.Date?.ToString());
        Assert.Equal("Hanoi", meeting.Place);
        Assert.Equal(["Tomas Reyes", "Le Minh Chau"], meeting.Participants);

        var session = events.Single(e => e.What.StartsWith("working session", StringComparison.Ordinal));
        Assert.Equal(EventType.Meeting, session.Type);
        Assert.Equal("working session with Anna Berg", session.What);
        Assert.Equal("2024-03-04", session.Date?.ToString());
        Assert.Equal(["Anna Berg"], session.Participants);

        var membership = One(events, EventType.Membership);
        Assert.Equal("Norway became a Sectoral Partner of the council", membership.What);
        Assert.Equal("2019-06", membership.Date?.ToString());
        Assert.Null(membership.Place);
        Assert.Empty(membership.Participants);

        var dialogue = One(events, EventType.Dialogue);
        Assert.Equal("Nordic-Vietnam Investment Dialogue (planned)", dialogue.What);
        Assert.Equal("2024-11", dialogue.Date?.ToString());
        Assert.Equal("Da Nang, Vietnam", dialogue.Place);
        Assert.Equal(2, events.Count(e => e.Type == EventType.Meeting));
        Assert.Equal(4, events.Count);
    }

    [Fact]
    public void English_verbs_visit_sign_and_found()
    {
        const string text = "Prime Minister Arjun Rao visited Rome on 12 May 2024 and signed a memorandum of understanding on renewable energy with Italian officials.\n"
            + "The Polar Cargo group, founded in 1998, employs 400 people.";
        var events = Events(new DocBuilder("en", text)
            .Person("Arjun Rao").Location("Rome").Org("Polar Cargo")
            .Date("12 May 2024", "2024-05-12").Date("1998", "1998"));
        var visit = One(events, EventType.Visit);
        Assert.Equal("Arjun Rao visited Rome", visit.What);
        Assert.Equal("Rome", visit.Place);
        Assert.Equal("2024-05-12", visit.Date?.ToString());
        Assert.Equal(["Arjun Rao"], visit.Participants);
        var agreement = One(events, EventType.Agreement);
        Assert.Equal("memorandum of understanding on renewable energy with Italian officials", agreement.What);
        Assert.Equal(["Arjun Rao"], agreement.Participants);
        var founding = One(events, EventType.Founding);
        Assert.Equal("Polar Cargo founded", founding.What);
        Assert.Equal("1998", founding.Date?.ToString());
    }

    [Fact]
    public void Vietnamese_report()
    {
        const string text = "Đại sứ Lê Văn Thành chủ trì cuộc họp với Ban điều hành Hội Doanh nhân Á - Âu.\n"
            + "Tại cuộc họp, ông Thành và bà Ngô Thu Hà đã trao đổi về kế hoạch năm 2024.\n"
            + "Đối thoại Kinh tế Việt - Đức dự kiến sẽ được tổ chức tại Hà Nội vào tháng 11/2024.\n"
            + "Cùng ngày, Đại sứ quán đã có cuộc làm việc với ông Karl Weber, Giám đốc công ty Nordlicht.\n"
            + "Nordlicht là công ty công nghệ được thành lập năm 2005 có trụ sở tại Munich, Đức.\n"
            + "Hà Lan trở thành Đối tác Chiến lược của hiệp hội vào tháng 3/2021.\n"
            + "Các chuyên gia đánh giá cao hợp tác thăm dò và khai thác, theo Tổng Thư ký ký hiệp định.";
        var events = Events(new DocBuilder("vi", text)
            .Person("Lê Văn Thành", "Lê Văn Thành", "Thành").Person("Ngô Thu Hà").Person("Karl Weber")
            .Org("Hội Doanh nhân Á - Âu").Org("Nordlicht")
            .Location("Hà Nội").Location("Munich").Location("Đức").Location("Hà Lan")
            .Date("năm 2024", "2024").Date("tháng 11/2024", "2024-11").Date("năm 2005", "2005").Date("tháng 3/2021", "2021-03")
            .Published("2024-05"));

        var meeting = events.Single(e => e.What.StartsWith("cuộc họp", StringComparison.Ordinal));
        Assert.Equal("cuộc họp với Ban điều hành Hội Doanh nhân Á - Âu", meeting.What);
        Assert.Equal("2024-05", meeting.Date?.ToString());
        Assert.Equal(["Lê Văn Thành", "Ngô Thu Hà"], meeting.Participants);

        var session = events.Single(e => e.What.StartsWith("cuộc làm việc", StringComparison.Ordinal));
        Assert.Equal("2024-05", session.Date?.ToString());
        Assert.Equal(["Karl Weber"], session.Participants);

        var dialogue = One(events, EventType.Dialogue);
        Assert.Equal("Đối thoại Kinh tế Việt - Đức (dự kiến)", dialogue.What);
        Assert.Equal("2024-11", dialogue.Date?.ToString());
        Assert.Equal("Hà Nội", dialogue.Place);

        var founding = One(events, EventType.Founding);
        Assert.Equal("Nordlicht được thành lập", founding.What);
        Assert.Equal("2005", founding.Date?.ToString());
        Assert.Equal("Munich, Đức", founding.Place);

        var membership = One(events, EventType.Membership);
        Assert.Equal("Hà Lan trở thành Đối tác Chiến lược của hiệp hội", membership.What);
        Assert.Equal("2021-03", membership.Date?.ToString());

        // "thăm dò" (explore) and "Thư ký" (secretary) are not a visit or a signing; "ký hiệp định" is.
        Assert.DoesNotContain(events, e => e.Type == EventType.Visit);
        Assert.Single(events, e => e.Type == EventType.Agreement);
    }

    [Fact]
    public void Italian_report()
    {
        const string text = "ROMA – Il ministro Marco Bellini ha incontrato lunedì a Roma l'ambasciatrice Sofia Lindqvist.\n"
            + "Durante l'incontro, i due hanno firmato un accordo sulla ricerca spaziale.\n"
            + "La Svezia è diventata membro osservatore del consorzio nel marzo 2022.\n"
            + "Il prossimo vertice si terrà a Napoli in ottobre.";
        var events = Events(new DocBuilder("it", text)
            .Person("Marco Bellini").Person("Sofia Lindqvist").Location("Roma").Location("Svezia").Location("Napoli")
            .Date("lunedì", "2024-06-10").Date("marzo 2022", "2022-03").Date("ottobre", "2023-10", inferred: true)
            .Published("2024-06-10"));
        var meetings = events.Where(e => e.Type == EventType.Meeting).ToList();
        Assert.Equal(2, meetings.Count);
        Assert.Equal("Marco Bellini ha incontrato Sofia Lindqvist", meetings[0].What);
        Assert.Equal("2024-06-10", meetings[0].Date?.ToString());
        Assert.Equal("Roma", meetings[0].Place);
        Assert.Equal(["Marco Bellini", "Sofia Lindqvist"], meetings[0].Participants);
        Assert.Equal("vertice (previsto)", meetings[1].What);
        Assert.Equal("2024-10", meetings[1].Date?.ToString());
        Assert.Equal("Napoli", meetings[1].Place);
        Assert.Equal("accordo sulla ricerca spaziale", One(events, EventType.Agreement).What);
        var membership = One(events, EventType.Membership);
        Assert.Equal("Svezia è diventata membro osservatore del consorzio", membership.What);
        Assert.Equal("2022-03", membership.Date?.ToString());
    }

    [Fact]
    public void Malay_report()
    {
        const string text = "KUALA LUMPUR, 5 Jun (Bernama) -- Menteri Luar Negeri Aminah Yusof bertemu dengan Duta Besar Itali Paolo Greco di Wisma Putra hari ini.\n"
            + "Kedua-dua pihak turut menandatangani memorandum persefahaman mengenai pendidikan tinggi.\n"
            + "Malaysia menjadi Rakan Dialog Sektoral kumpulan itu pada tahun 2015.\n"
            + "Sidang kemuncak seterusnya dijadual diadakan di Bangkok, Thailand pada bulan Oktober.";
        var events = Events(new DocBuilder("ms", text)
            .Person("Aminah Yusof").Person("Paolo Greco").Location("Kuala Lumpur").Location("Malaysia").Location("Bangkok").Location("Thailand")
            .Date("5 Jun", "2024-06-05", inferred: true).Date("hari ini", "2024-06-05").Date("tahun 2015", "2015").Date("Oktober", "2023-10", inferred: true)
            .Published("2024-06-05").Dateline("Kuala Lumpur", "Bernama"));
        var meeting = events.First(e => e.Type == EventType.Meeting);
        Assert.Equal("Aminah Yusof bertemu dengan Duta Besar Itali Paolo Greco", meeting.What);
        Assert.Equal("2024-06-05", meeting.Date?.ToString());
        Assert.Equal("Kuala Lumpur", meeting.Place);
        Assert.Equal(["Aminah Yusof", "Paolo Greco"], meeting.Participants);
        Assert.Equal("memorandum persefahaman mengenai pendidikan tinggi", One(events, EventType.Agreement).What);
        var membership = One(events, EventType.Membership);
        Assert.Equal("Malaysia menjadi Rakan Dialog Sektoral kumpulan itu", membership.What);
        Assert.Equal("2015", membership.Date?.ToString());
        Assert.DoesNotContain(events, e => e.Type == EventType.Dialogue);
        var summit = events.Single(e => e.Type == EventType.Meeting && e.What.EndsWith("(dirancang)", StringComparison.Ordinal));
        Assert.Equal("2024-10", summit.Date?.ToString());
        Assert.Equal("Bangkok, Thailand", summit.Place);
    }

    [Fact]
    public void Indonesian_report()
    {
        const string text = "JAKARTA – Menteri Perdagangan Budi Santoso mengunjungi Milan, Italia, pada 3 Juli 2024.\n"
            + "Dalam kunjungan itu, Budi bertemu dengan pengusaha mode Italia.\n"
            + "Kedua negara menandatangani nota kesepahaman tentang industri kreatif.\n"
            + "Asosiasi Tekstil Nusantara didirikan pada tahun 1987 di Turin.";
        var events = Events(new DocBuilder("id", text)
            .Person("Budi Santoso", "Budi Santoso", "Budi").Location("Milan").Location("Italia").Location("Turin").Location("Jakarta", "JAKARTA")
            .Org("Asosiasi Tekstil Nusantara")
            .Date("3 Juli 2024", "2024-07-03").Date("tahun 1987", "1987")
            .Published("2024-07-03"));
        var visit = One(events, EventType.Visit);
        Assert.Equal("Budi Santoso mengunjungi Milan", visit.What);
        Assert.Equal("Milan, Italia", visit.Place);
        Assert.Equal("2024-07-03", visit.Date?.ToString());
        Assert.Equal(["Budi Santoso"], visit.Participants);
        Assert.Equal("nota kesepahaman tentang industri kreatif", One(events, EventType.Agreement).What);
        var founding = One(events, EventType.Founding);
        Assert.Equal("Asosiasi Tekstil Nusantara didirikan", founding.What);
        Assert.Equal("1987", founding.Date?.ToString());
        Assert.Equal("Turin", founding.Place);
    }

    [Fact]
    public void Tagalog_meeting_and_agreement()
    {
        const string text = "Nakipagpulong si Kalihim Maria Santos kay Ambasador Luca Ferri sa Maynila noong Lunes.\nLumagda ang dalawang panig sa isang kasunduan sa kalakalan.";
        var events = Events(new DocBuilder("tl", text)
            .Person("Maria Santos").Person("Luca Ferri").Location("Maynila").Date("noong Lunes", "2024-06-10").Published("2024-06-11"));
        var meeting = One(events, EventType.Meeting);
        Assert.Equal("Nakipagpulong si Kalihim Maria Santos kay Ambasador Luca Ferri", meeting.What);
        Assert.Equal("Maynila", meeting.Place);
        Assert.Equal("2024-06-10", meeting.Date?.ToString());
        Assert.Equal(["Maria Santos", "Luca Ferri"], meeting.Participants);
        Assert.Equal("kasunduan", One(events, EventType.Agreement).What);
    }

    [Fact]
    public void Thai_visit_and_signing()
    {
        const string text = "นายสมชาย ใจดี เดินทางเยือนกรุงโรม เมื่อวันที่ 5 มีนาคม 2567\nทั้งสองฝ่ายลงนามบันทึกความเข้าใจด้านพลังงาน";
        var events = Events(new DocBuilder("th", text)
            .Person("สมชาย ใจดี").Location("กรุงโรม").Date("5 มีนาคม 2567", "2024-03-05"));
        var visit = One(events, EventType.Visit);
        Assert.Equal("กรุงโรม", visit.Place);
        Assert.Equal("2024-03-05", visit.Date?.ToString());
        Assert.Equal(["สมชาย ใจดี"], visit.Participants);
        Assert.StartsWith("ลงนาม", One(events, EventType.Agreement).What, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_without_event_data_finds_nothing()
    {
        Assert.Empty(Events(new DocBuilder("xx", "The leaders met and signed an agreement in Rome.")));
    }

    [Fact]
    public void Triggers_inside_quotes_are_not_events_and_far_places_are_not_venues()
    {
        const string text = "Elena Varga spoke to reporters.\n“We signed an agreement that changes everything,” Varga said.\n"
            + "Varga later held a working session with Anna Berg, an adviser to a shipping company headquartered in Oslo, Norway.";
        var context = new DocBuilder("en", text).Person("Elena Varga", "Elena Varga", "Varga").Person("Anna Berg").Location("Oslo").Location("Norway").Build();
        new QuoteExtractor().Extract(context);
        new EventExtractor().Extract(context);
        var e = Assert.Single(context.Events);
        Assert.Equal("working session with Anna Berg", e.What);
        Assert.Null(e.Place);
    }

    [Fact]
    public void An_undated_mention_joins_the_planned_event()
    {
        const string text = "Officials prepared the agenda of the 3rd Senior Officials Dialogue on Digital Trade.\n"
            + "The dialogue is scheduled to be held in Kuala Lumpur, Malaysia, in September.";
        var events = Events(new DocBuilder("en", text).Location("Kuala Lumpur").Location("Malaysia")
            .Date("September", "2024-09", inferred: true).Published("2024-06-01"));
        var e = Assert.Single(events);
        Assert.Equal("3rd Senior Officials Dialogue on Digital Trade (planned)", e.What);
        Assert.Equal("2024-09", e.Date?.ToString());
        Assert.Equal("Kuala Lumpur, Malaysia", e.Place);
    }

    [Fact]
    public void A_planned_edition_somewhere_else_stays_apart_from_the_one_told()
    {
        const string text = "Si è aperto a Milano il terzo Forum economico Italia-Corea.\n"
            + "La prossima edizione del Forum si terrà a Seul nel marzo 2026.";
        var events = Events(new DocBuilder("it", text).Location("Milano").Location("Seul")
            .Date("marzo 2026", "2026-03").Published("2025-10-09"));
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Place == "Milano" && e.Date?.ToString() == "2025-10-09");
        Assert.Contains(events, e => e.Place == "Seul" && e.Date?.ToString() == "2026-03");
    }

    [Theory]
    [InlineData("id", "Menteri Luar Negeri Sugiono menerima kunjungan Wakil Menteri Luar Negeri Italia Maria Tripodi di Jakarta pada Rabu.", "Italia", "Jakarta")]
    [InlineData("en", "The talks followed a visit by the Minister for Made in Finland Aino Laine on Monday.", "Finland", null)]
    public void A_place_that_ends_a_title_before_a_name_is_not_the_event_place(string language, string text, string titlePlace, string? place)
    {
        var builder = new DocBuilder(language, text).Person("Sugiono").Person("Maria Tripodi").Person("Aino Laine").Location(titlePlace);
        var events = Events((place is null ? builder : builder.Location(place)).Published("2025-02-05"));
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(place, e.Place));
    }

    [Fact]
    public void A_place_named_inside_a_quote_is_not_where_the_event_took_place()
    {
        const string text = "Sugiono met Maria Tripodi on Wednesday.\n\"Italy is our key partner in Europe,\" Sugiono said after the meeting.";
        var context = new DocBuilder("en", text).Person("Sugiono").Person("Maria Tripodi").Location("Italy").Location("Europe")
            .Date("Wednesday", "2025-02-05").Published("2025-02-05").Build();
        new QuoteExtractor().Extract(context);
        new EventExtractor().Extract(context);

        Assert.NotEmpty(context.Quotes);
        Assert.All(context.Events, e => Assert.NotEqual("Europe", e.Place));
    }
}
