using Ponte.Core.Model;
using Ponte.Pipeline.Extraction;
using Ponte.Pipeline.Extraction.Events;
using Ponte.Tests.Extraction.Quotes;

namespace Ponte.Tests.Extraction.Events;

/// <summary>
/// Where an event sits in the document and its sentence: told again by the headline, placed by a phrase fronting the
/// sentence, set on the sidelines of another event, or told twice over by one sentence with two verbs.
/// </summary>
public class EventPlacementTests
{
    private static List<Event> Events(DocBuilder builder, string? title = null)
    {
        var context = builder.Build();
        if (title is not null)
        {
            // A plain-text article carries its title as its first line, and the document keeps it as its title too.
            var titled = new ExtractionContext(context.Document with { Title = title }, context.Rules, context.Sentences, context.Tokens)
            {
                Published = context.Published,
            };
            titled.Entities.AddRange(context.Entities);
            titled.Dates.AddRange(context.Dates);
            context = titled;
        }

        new EventExtractor().Extract(context);
        return context.Events;
    }

    private static string Describe(List<Event> events) =>
        string.Join(" | ", events.Select(e => $"{e.Type} '{e.What}' {e.Date} @{e.Place} [{string.Join(", ", e.Participants)}] {e.Span}"));

    private static string FirstLine(string text) => text[..text.IndexOf('\n', StringComparison.Ordinal)];

    // The headline and the body told one signing; the signing came out with the headline as its description (and span).
    [Theory]
    [InlineData("en", "Italy, Vietnam Sign Agreement On Clean Energy Research\n"
        + "HANOI -- Italy and Vietnam signed an agreement on clean energy research in Hanoi on Tuesday.", "agreement on clean energy research")]
    [InlineData("ms", "Itali Meterai MoU Kerjasama Pendidikan Tinggi Dengan Malaysia\n"
        + "KUALA LUMPUR -- Malaysia dan Itali pada Selasa memeterai memorandum persefahaman mengenai kerjasama pendidikan tinggi di Hanoi.",
        "memorandum persefahaman mengenai kerjasama pendidikan tinggi")]
    [InlineData("vi", "Việt Nam và Italy ký kết bản ghi nhớ hợp tác về năng lượng sạch\n"
        + "Hà Nội (TTXVN) - Ngày 4/11, tại Hanoi, hai Bộ trưởng đã ký kết bản ghi nhớ hợp tác nghiên cứu năng lượng sạch giai đoạn mới.",
        "bản ghi nhớ hợp tác nghiên cứu năng lượng sạch giai đoạn mới")]
    public void The_headline_folds_into_the_body_s_telling_of_its_event(string language, string text, string what)
    {
        var day = language switch { "en" => "on Tuesday", "ms" => "pada Selasa", _ => "Ngày 4/11" };
        var title = FirstLine(text);
        var events = Events(new DocBuilder(language, text).Location("Italy").Location("Itali").Location("Vietnam").Location("Malaysia")
            .Location("Hanoi").Date(day, "2025-11-04").Published("2025-11-05"), title);

        var signing = Assert.Single(events, e => e.Type == EventType.Agreement);
        Assert.True(signing.What == what && signing.Span.Start > title.Length, Describe(events));
        Assert.Equal("2025-11-04", signing.Date?.ToString());
        Assert.Equal("Hanoi", signing.Place);
    }

    // The body tells no forum of its own: the headline's forum stays, described by its name and not by the whole headline.
    [Theory]
    [InlineData("en", "ASEAN-Italy Business Forum Opens In Milan\nMILAN -- More than 300 companies gathered in Milan on Thursday to discuss supply chains.",
        "ASEAN-Italy Business Forum")]
    [InlineData("ms", "Forum Perniagaan ASEAN-Itali Jana Potensi Dagangan RM1.2 Bilion\nKUALA LUMPUR -- Lebih 300 syarikat berhimpun di ibu negara hari ini.",
        "Forum Perniagaan ASEAN-Itali")]
    public void A_headline_event_the_body_does_not_tell_keeps_a_clean_description(string language, string text, string what)
    {
        var events = Events(new DocBuilder(language, text).Org("ASEAN").Location("Milan").Published("2025-06-05"), FirstLine(text));

        var forum = Assert.Single(events);
        Assert.True(forum.What == what, Describe(events));
    }

    [Fact]
    public void A_sentence_case_headline_keeps_its_names()
    {
        const string text = "Khai mạc Đối thoại chính sách nông nghiệp Việt Nam - Thái Lan lần thứ 3\nCần Thơ (TTXVN) - Hơn 200 đại biểu đã tham dự.";
        var events = Events(new DocBuilder("vi", text).Location("Việt Nam").Location("Thái Lan").Published("2025-11-13"), FirstLine(text));

        var dialogue = Assert.Single(events);
        Assert.True(dialogue.What == "Đối thoại chính sách nông nghiệp Việt Nam - Thái Lan lần thứ 3", Describe(events));
    }

    // More than nine words stand between the fronted place and the trigger: the place was lost.
    [Theory]
    [InlineData("vi", "Chiều 5/11, tại Hà Nội, Bộ trưởng Khoa học và Công nghệ Nguyễn Mạnh Hùng đã hội đàm với Bộ trưởng Đại học Italy Anna Maria Bernini.",
        "Hà Nội")]
    [InlineData("en", "In Manila, Italian Deputy Foreign Minister Maria Tripodi and Philippine Foreign Affairs Secretary Enrique Manalo held talks on maritime security.",
        "Manila")]
    [InlineData("id", "Di Jakarta, Menteri Luar Negeri Sugiono dan Wakil Menteri Luar Negeri Italia Maria Tripodi menggelar pertemuan bilateral.",
        "Jakarta")]
    [InlineData("it", "A Roma, il ministro degli Esteri Antonio Tajani e il ministro vietnamita degli Esteri Bui Thanh Son hanno firmato un accordo.",
        "Roma")]
    public void A_place_fronting_the_sentence_is_its_event_s_place(string language, string text, string place)
    {
        var lead = language switch
        {
            "vi" => "Hai nước kỷ niệm 50 năm quan hệ ngoại giao.\nNhiều hoạt động đã diễn ra.\nCác doanh nghiệp cũng tham gia.\n",
            "id" => "Kedua negara merayakan 75 tahun hubungan diplomatik.\nBanyak acara digelar.\nPara pengusaha juga hadir.\n",
            "it" => "I due Paesi celebrano 50 anni di relazioni diplomatiche.\nMolte iniziative si sono svolte.\nAnche le imprese hanno partecipato.\n",
            _ => "The two countries mark 78 years of diplomatic ties.\nSeveral events took place.\nBusinesses also took part.\n",
        };
        var events = Events(new DocBuilder(language, lead + text)
            .Person("Nguyễn Mạnh Hùng").Person("Anna Maria Bernini").Person("Maria Tripodi").Person("Enrique Manalo").Person("Sugiono")
            .Person("Antonio Tajani").Person("Bui Thanh Son").Location("Hà Nội").Location("Manila").Location("Jakarta").Location("Roma")
            .Location("Italia").Published("2025-11-05"));

        var e = Assert.Single(events, e => e.Type is EventType.Meeting or EventType.Agreement);
        Assert.True(e.Place == place, Describe(events));
    }

    [Fact]
    public void A_place_inside_the_sentence_far_from_the_trigger_is_not_fronted()
    {
        const string text = "The two countries mark 78 years of ties.\nSeveral events took place.\nBusinesses took part.\n"
            + "Officials who studied in Manila, Italian Deputy Foreign Minister Maria Tripodi and Philippine Foreign Affairs Secretary Enrique Manalo held talks.";
        var events = Events(new DocBuilder("en", text).Person("Maria Tripodi").Person("Enrique Manalo").Location("Manila").Published("2025-11-05"));

        var talks = Assert.Single(events);
        Assert.True(talks.Place is null, Describe(events));
    }

    // The meeting on the sidelines took the report's day and no place.
    [Theory]
    [InlineData("en", "The ASEAN-Italy Business Forum opened in Milan on Thursday.\n"
        + "On the sidelines of the forum, Malaysian minister Tengku Zafrul Aziz met Italian minister Adolfo Urso.", "on Thursday", "Milan")]
    [InlineData("it", "Il Forum d'affari ASEAN-Italia si è aperto giovedì a Milano.\n"
        + "A margine del forum, il ministro Adolfo Urso ha incontrato il ministro malese Tengku Zafrul Aziz.", "giovedì", "Milano")]
    [InlineData("vi", "Diễn đàn Doanh nghiệp ASEAN - Italy khai mạc ngày 5/6 tại Milano.\n"
        + "Bên lề diễn đàn, Bộ trưởng Tengku Zafrul Aziz đã có cuộc hội kiến với Bộ trưởng Adolfo Urso.", "ngày 5/6", "Milano")]
    [InlineData("id", "Forum Bisnis ASEAN-Italia dibuka di Milan pada Kamis.\n"
        + "Di sela-sela forum tersebut, Menteri Tengku Zafrul Aziz bertemu dengan Menteri Adolfo Urso.", "pada Kamis", "Milan")]
    [InlineData("tl", "Binuksan ang ASEAN-Italy Business Forum sa Milan noong Huwebes.\n"
        + "Sa gilid ng forum, nakipagpulong si Ministro Tengku Zafrul Aziz kay Ministro Adolfo Urso.", "noong Huwebes", "Milan")]
    public void A_meeting_on_the_sidelines_of_an_event_takes_its_date_and_place(string language, string text, string day, string place)
    {
        var events = Events(new DocBuilder(language, text).Person("Tengku Zafrul Aziz").Person("Adolfo Urso").Location(place)
            .Date(day, "2025-06-05").Published("2025-06-07"));

        var meeting = Assert.Single(events, e => e.Type == EventType.Meeting);
        Assert.True(meeting.Date?.ToString() == "2025-06-05" && meeting.Place == place, Describe(events));
        Assert.Contains("Adolfo Urso", meeting.Participants);
    }

    [Fact]
    public void A_meeting_on_the_sidelines_with_its_own_day_keeps_it()
    {
        const string text = "The ASEAN-Italy Business Forum opened in Milan on Thursday.\n"
            + "On the sidelines of the forum, Tengku Zafrul Aziz met Adolfo Urso in Bergamo on Friday.";
        var events = Events(new DocBuilder("en", text).Person("Tengku Zafrul Aziz").Person("Adolfo Urso").Location("Milan").Location("Bergamo")
            .Date("on Thursday", "2025-06-05").Date("on Friday", "2025-06-06").Published("2025-06-07"));

        var meeting = Assert.Single(events, e => e.Type == EventType.Meeting);
        Assert.True(meeting.Date?.ToString() == "2025-06-06" && meeting.Place == "Bergamo", Describe(events));
    }

    // One visit per sentence: the second visit and its place were lost.
    [Theory]
    [InlineData("en", "Minister Anna Maria Bernini visited the University of Malaya, where she met the vice-chancellor, and then visited the port of Klang.")]
    [InlineData("it", "La ministra Anna Maria Bernini ha visitato l'Università di Malaya e poi ha visitato il porto di Klang.")]
    [InlineData("vi", "Bộ trưởng Anna Maria Bernini đã thăm Đại học Malaya, rồi thăm cảng Klang.")]
    [InlineData("id", "Menteri Anna Maria Bernini mengunjungi Universitas Malaya dan kemudian mengunjungi pelabuhan Klang.")]
    public void Two_visits_with_their_own_objects_in_one_sentence_are_two_events(string language, string text)
    {
        var events = Events(new DocBuilder(language, text).Person("Anna Maria Bernini").Org("University of Malaya").Org("Università di Malaya")
            .Org("Đại học Malaya").Org("Universitas Malaya").Location("Klang").Published("2025-05-20"));

        var visits = events.Where(e => e.Type == EventType.Visit).ToList();
        Assert.True(visits.Count == 2, Describe(events));
        Assert.Null(visits[0].Place);
        Assert.Equal("Klang", visits[1].Place);
        Assert.All(visits, v => Assert.Contains("Anna Maria Bernini", v.Participants));
    }

    [Fact]
    public void Talks_with_one_person_and_a_later_meeting_with_others_are_two_meetings_with_their_own_people()
    {
        const string text = "Lorenzo Castelli held talks with Deputy Secretary-General Nguyen Hoang Long and later met members of the permanent committee.";
        var events = Events(new DocBuilder("en", text).Person("Lorenzo Castelli").Person("Nguyen Hoang Long").Published("2024-06-05"));

        var meetings = events.Where(e => e.Type == EventType.Meeting).ToList();
        Assert.True(meetings.Count == 2, Describe(events));
        Assert.Equal(["Lorenzo Castelli", "Nguyen Hoang Long"], meetings[0].Participants);
        Assert.Equal(["Lorenzo Castelli"], meetings[1].Participants);
        Assert.Equal("met members of the permanent committee", meetings[1].What);
    }

    [Theory]
    [InlineData("en", "Tajani met Bui Thanh Son in Hanoi, where they met to discuss trade.")]
    [InlineData("en", "Bernini visited Hanoi on Monday, the first visit by an Italian minister this year.")]
    [InlineData("it", "Tajani ha incontrato Bui Thanh Son ad Hanoi, dove i due ministri si sono riuniti per discutere di commercio.")]
    public void One_event_told_twice_in_a_sentence_stays_one(string language, string text)
    {
        var events = Events(new DocBuilder(language, text).Person("Tajani").Person("Bernini").Person("Bui Thanh Son").Location("Hanoi")
            .Published("2025-05-20"));

        Assert.True(events.Count == 1, Describe(events));
    }

    // The second meeting, with someone the report names only by office, merged into the first one through their common subject.
    [Theory]
    [InlineData("en", "Lorenzo Castelli met the permanent representatives of the ASEAN member states.\nDuring his visit, Castelli also met the Deputy Foreign Minister at the ministry.")]
    [InlineData("id", "Lorenzo Castelli bertemu dengan para wakil tetap negara anggota ASEAN.\nDalam kunjungannya, Castelli juga bertemu dengan Wakil Menteri Luar Negeri RI di Gedung Pancasila.")]
    [InlineData("it", "Lorenzo Castelli ha incontrato i rappresentanti permanenti dei Paesi ASEAN.\nDurante la visita, Castelli ha incontrato anche il viceministro degli Esteri indonesiano.")]
    public void A_meeting_told_as_one_more_is_another_meeting(string language, string text)
    {
        var events = Events(new DocBuilder(language, text).Person("Lorenzo Castelli", "Lorenzo Castelli", "Castelli").Org("ASEAN").Published("2024-06-05"));

        Assert.True(events.Count(e => e.Type == EventType.Meeting) == 2, Describe(events));
    }

    [Fact]
    public void A_meeting_verb_whose_object_waits_after_the_day_and_place_names_whom()
    {
        const string text = "Il ministro Antonio Tajani ha incontrato oggi ad Hanoi il vice primo ministro Bui Thanh Son.";
        var events = Events(new DocBuilder("it", text).Person("Antonio Tajani").Person("Bui Thanh Son").Location("Hanoi")
            .Date("oggi", "2025-03-14").Published("2025-03-14"));

        var meeting = Assert.Single(events);
        Assert.Equal("Antonio Tajani ha incontrato Bui Thanh Son", meeting.What);
        Assert.Equal("Hanoi", meeting.Place);
    }

    // Tagalog puts the verb first: the place fronting the sentence stood right before the verb and was read as its subject.
    [Fact]
    public void A_fronted_place_is_not_the_subject_of_the_verb_after_it()
    {
        const string text = "Sa Maynila, nakipagpulong si Kalihim Enrique Manalo kay Deputy Foreign Minister Maria Tripodi noong Lunes.";
        var events = Events(new DocBuilder("tl", text).Person("Enrique Manalo").Person("Maria Tripodi").Location("Maynila")
            .Date("noong Lunes", "2025-09-15").Published("2025-09-16"));

        var meeting = Assert.Single(events);
        Assert.True(meeting.What.StartsWith("nakipagpulong", StringComparison.Ordinal) && meeting.Place == "Maynila", Describe(events));
    }

    // A weekday read back from the report's day was pushed a whole year ahead for a planned event.
    [Theory]
    [InlineData("en", "The ASEAN-Italy Business Forum will close on Friday in Milan.", "on Friday")]
    [InlineData("it", "La sessione finale del forum si terrà venerdì a Milano.", "venerdì")]
    public void A_planned_event_on_a_weekday_is_in_the_coming_week(string language, string text, string day)
    {
        var events = Events(new DocBuilder(language, text).Location("Milan").Location("Milano")
            .Date(day, "2025-05-30", inferred: true).Published("2025-06-05"));

        var forum = Assert.Single(events);
        Assert.True(forum.Date?.ToString() == "2025-06-06", Describe(events));
    }
}
