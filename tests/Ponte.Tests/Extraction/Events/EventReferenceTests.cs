using Ponte.Core.Model;
using Ponte.Pipeline.Extraction.Events;
using Ponte.Pipeline.Extraction.Quotes;
using Ponte.Tests.Extraction.Quotes;

namespace Ponte.Tests.Extraction.Events;

/// <summary>Events that a sentence sets against another one told before: "the visit follows the meeting…", "after the meeting".</summary>
public class EventReferenceTests
{
    private static List<Event> Events(DocBuilder builder, bool quotes = false)
    {
        var context = builder.Build();
        if (quotes)
        {
            new QuoteExtractor().Extract(context);
        }

        new EventExtractor().Extract(context);
        return context.Events;
    }

    private static string Describe(List<Event> events) =>
        string.Join(" | ", events.Select(e => $"{e.Type} '{e.What}' {e.Date} @{e.Place} [{string.Join(", ", e.Participants)}]"));

    [Theory]
    [InlineData("en", "Italian Deputy Foreign Minister Maria Tripodi arrived in Manila on Monday for a two-day visit.\n"
        + "The visit follows the ASEAN-Italy ministerial meeting held in Jakarta in July.", "on Monday", "in July", "ASEAN-Italy ministerial meeting")]
    [InlineData("it", "La viceministra degli Esteri Maria Tripodi è arrivata lunedì a Manila per una visita di due giorni.\n"
        + "La visita segue la riunione ministeriale ASEAN-Italia tenutasi a Jakarta a luglio.", "lunedì", "luglio", "riunione ministeriale ASEAN-Italia")]
    [InlineData("id", "Wakil Menteri Luar Negeri Italia Maria Tripodi tiba di Manila pada Senin untuk kunjungan dua hari.\n"
        + "Kunjungan ini menyusul pertemuan tingkat menteri ASEAN-Italia yang digelar di Jakarta pada Juli.", "pada Senin", "pada Juli", "pertemuan tingkat menteri ASEAN-Italia")]
    [InlineData("vi", "Thứ trưởng Ngoại giao Italy Maria Tripodi có mặt tại Manila ngày 16/9, bắt đầu chuyến thăm hai ngày.\n"
        + "Chuyến thăm diễn ra sau cuộc họp Bộ trưởng ASEAN - Italy tổ chức tại Jakarta vào tháng 7.", "ngày 16/9", "tháng 7", "cuộc họp Bộ trưởng ASEAN - Italy")]
    public void A_second_event_noun_is_its_own_event_and_keeps_its_place_and_date(string language, string text, string visitDay, string meetingMonth, string meetingWhat)
    {
        var events = Events(new DocBuilder(language, text)
            .Person("Maria Tripodi").Org("ASEAN").Location("Manila").Location("Jakarta")
            .Date(visitDay, "2024-09-16").Date(meetingMonth, "2024-07", inferred: true).Published("2024-09-16"));

        var visit = Assert.Single(events, e => e.Type == EventType.Visit);
        Assert.True(visit.Place == "Manila" && visit.Date?.ToString() == "2024-09-16", Describe(events));
        var meeting = Assert.Single(events, e => e.Type == EventType.Meeting);
        Assert.True(meeting.Place == "Jakarta" && meeting.Date?.ToString() == "2024-07", Describe(events));
        Assert.Equal(meetingWhat, meeting.What);
    }

    [Fact]
    public void The_visit_that_follows_another_takes_neither_its_people_nor_its_date()
    {
        const string text = "Il presidente Sergio Mattarella è arrivato oggi in Vietnam per una visita di Stato.\n"
            + "Mattarella sarà ricevuto dal presidente Luong Cuong. La visita segue quella del premier Giorgia Meloni a gennaio.";
        var events = Events(new DocBuilder("it", text)
            .Person("Sergio Mattarella", "Sergio Mattarella", "Mattarella").Person("Luong Cuong").Person("Giorgia Meloni").Location("Vietnam")
            .Date("oggi", "2025-11-03").Date("gennaio", "2025-01", inferred: true).Published("2025-11-03"));

        var visit = Assert.Single(events, e => e.Type == EventType.Visit);
        Assert.DoesNotContain("Giorgia Meloni", visit.Participants);
        Assert.Equal("2025-11-03", visit.Date?.ToString());
    }

    [Fact]
    public void Talks_that_followed_a_visit_and_the_visit_are_two_events()
    {
        const string text = "The talks followed a visit by the trade minister Aino Laine on Monday.";
        var events = Events(new DocBuilder("en", text).Person("Aino Laine").Date("on Monday", "2025-02-03").Published("2025-02-05"));

        var visit = Assert.Single(events, e => e.Type == EventType.Visit);
        Assert.Equal(["Aino Laine"], visit.Participants);
        Assert.Equal("2025-02-03", visit.Date?.ToString());
        var talks = Assert.Single(events, e => e.Type == EventType.Meeting);
        Assert.Empty(talks.Participants);
        Assert.NotEqual("2025-02-03", talks.Date?.ToString());
    }

    // Published the day after the meeting: a bare "after the meeting" in the lead took the publication day and stood apart as
    // an empty meeting of its own.
    [Theory]
    [InlineData("en", "Sugiono met Maria Tripodi in Jakarta on Wednesday.\nAfter the meeting, the two ministers issued a joint statement on trade.", "on Wednesday")]
    [InlineData("it", "Il ministro Sugiono ha incontrato mercoledì a Jakarta la viceministra Maria Tripodi.\nDopo l'incontro, i due ministri hanno diffuso una dichiarazione congiunta.", "mercoledì")]
    [InlineData("id", "Menteri Luar Negeri Sugiono bertemu Wakil Menteri Luar Negeri Italia Maria Tripodi di Jakarta pada Rabu.\nUsai pertemuan, kedua pihak mengeluarkan pernyataan bersama.", "pada Rabu")]
    [InlineData("vi", "Bộ trưởng Sugiono đã hội đàm với Thứ trưởng Maria Tripodi tại Jakarta ngày 18/9.\nSau cuộc gặp, hai bên ra tuyên bố chung về thương mại.", "ngày 18/9")]
    public void A_bare_event_noun_after_a_referring_word_is_the_event_told_before(string language, string text, string day)
    {
        var events = Events(new DocBuilder(language, text).Person("Sugiono").Person("Maria Tripodi").Location("Jakarta")
            .Date(day, "2024-09-18").Published("2024-09-19"));

        var meeting = Assert.Single(events);
        Assert.Equal("2024-09-18", meeting.Date?.ToString());
        Assert.Equal("Jakarta", meeting.Place);
        Assert.Equal(["Sugiono", "Maria Tripodi"], meeting.Participants);
    }

    [Fact]
    public void The_speaker_after_the_meeting_joins_the_meeting_told_before()
    {
        const string text = "Menteri Luar Negeri Sugiono bertemu Wakil Menteri Luar Negeri Italia Maria Tripodi di Jakarta pada Rabu.\n"
            + "\"Kami sepakat memperluas kerja sama energi,\" kata juru bicara Kementerian Luar Negeri Roy Soemirat usai pertemuan.";
        var events = Events(new DocBuilder("id", text).Person("Sugiono").Person("Maria Tripodi").Person("Roy Soemirat").Location("Jakarta")
            .Date("pada Rabu", "2024-09-18").Published("2024-09-19"), quotes: true);

        var meeting = Assert.Single(events);
        Assert.Equal("2024-09-18", meeting.Date?.ToString());
        Assert.Equal(["Sugiono", "Maria Tripodi", "Roy Soemirat"], meeting.Participants);
    }

    [Fact]
    public void Talks_held_later_with_someone_else_stay_a_meeting_of_their_own()
    {
        const string text = "Maria Tripodi met Indonesian Foreign Minister Sugiono in Jakarta on Wednesday.\n"
            + "The visit follows the ASEAN-Italy ministerial meeting held in Kuala Lumpur in July.\n"
            + "\"Italy sees Southeast Asia as a region of opportunity,\" Tripodi told reporters after the meeting.\n"
            + "Tripodi later held talks with the governor of Jakarta, Pramono Anung, on urban transport.";
        var events = Events(new DocBuilder("en", text)
            .Person("Maria Tripodi", "Maria Tripodi", "Tripodi").Person("Sugiono").Person("Pramono Anung").Org("ASEAN")
            .Location("Jakarta").Location("Kuala Lumpur").Location("Southeast Asia")
            .Date("on Wednesday", "2024-09-18").Date("in July", "2024-07", inferred: true).Published("2024-09-18"), quotes: true);

        var meetings = events.Where(e => e.Type == EventType.Meeting).ToList();
        Assert.True(meetings.Count == 3, Describe(events));
        Assert.Equal(["Maria Tripodi", "Sugiono"], meetings[0].Participants);
        Assert.Equal("2024-09-18", meetings[0].Date?.ToString());

        // The meeting recalled in passing is not the one Tripodi spoke after, nor the talks with the governor.
        Assert.Equal("ASEAN-Italy ministerial meeting", meetings[1].What);
        Assert.Empty(meetings[1].Participants);
        Assert.Equal("Kuala Lumpur", meetings[1].Place);

        Assert.Equal(["Maria Tripodi", "Pramono Anung"], meetings[2].Participants);
        Assert.Null(meetings[2].Date);
    }

    [Fact]
    public void A_bare_event_noun_with_nothing_told_before_stays_an_event()
    {
        const string text = "\"Italy sees Southeast Asia as a region of opportunity,\" Maria Tripodi told reporters after the meeting.";
        var events = Events(new DocBuilder("en", text).Person("Maria Tripodi").Location("Italy").Location("Southeast Asia")
            .Published("2024-09-18"), quotes: true);

        var meeting = Assert.Single(events);
        Assert.Equal(["Maria Tripodi"], meeting.Participants);
    }

    // The quote is joined across its attribution: the attribution is the report's own words, its place is the meeting's.
    [Theory]
    [InlineData("«L'Indonesia è un partner strategico – ha detto Tripodi dopo il colloquio a Giacarta – e la cooperazione crescerà».", "Giacarta")]
    [InlineData("«L'Indonesia è un partner strategico – ha detto Tripodi dopo il colloquio – e la cooperazione a Giacarta crescerà».", null)]
    public void A_place_in_the_attribution_of_a_split_quote_is_the_event_place(string quoteSentence, string? place)
    {
        var text = "La viceministra Maria Tripodi ha incontrato il ministro Sugiono.\n" + quoteSentence;
        var context = new DocBuilder("it", text).Person("Maria Tripodi", "Maria Tripodi", "Tripodi").Person("Sugiono")
            .Location("Giacarta").Location("Indonesia", "L'Indonesia").Published("2024-09-18").Build();
        new QuoteExtractor().Extract(context);
        new EventExtractor().Extract(context);

        var quote = Assert.Single(context.Quotes);
        Assert.DoesNotContain("ha detto", quote.Text, StringComparison.Ordinal);
        var meeting = Assert.Single(context.Events);
        Assert.Equal(place, meeting.Place);
    }

    [Fact]
    public void The_signers_named_before_the_talks_they_ended_are_the_agreement_s()
    {
        const string text = "Italia e Vietnam hanno firmato oggi ad Hanoi un accordo sulla formazione professionale.\n"
            + "L'intesa è stata sottoscritta dal ministro Anna Bernardi e dal ministro Nguyen Kim Son al termine di un colloquio bilaterale.\n"
            + "Bernardi ha poi visitato l'Università di Hanoi, dove ha incontrato il rettore.";
        var events = Events(new DocBuilder("it", text).Person("Anna Bernardi", "Anna Bernardi", "Bernardi").Person("Nguyen Kim Son")
            .Location("Hanoi").Org("Università di Hanoi").Location("Vietnam").Location("Italia").Date("oggi", "2024-11-05").Published("2024-11-05"));

        var agreement = Assert.Single(events, e => e.Type == EventType.Agreement);
        Assert.Equal(["Anna Bernardi", "Nguyen Kim Son"], agreement.Participants);

        // The talks the signing ended and the meeting with the rector later are two meetings.
        var meetings = events.Where(e => e.Type == EventType.Meeting).ToList();
        Assert.True(meetings.Count == 2, Describe(events));
        Assert.Equal("colloquio bilaterale", meetings[0].What);
        Assert.Equal(["Anna Bernardi"], meetings[1].Participants);
    }

    [Fact]
    public void The_signing_told_again_with_its_signers_is_the_one_told_first()
    {
        const string text = "Lumagda ang Pilipinas at Italya sa isang kasunduan sa agrikultura noong Martes sa Maynila.\n"
            + "Pinirmahan ito ni Kalihim Jose Ramos at ni Ambasador Davide Conti matapos ang pulong ng dalawang panig.\n"
            + "Sa pulong, tinalakay ng dalawang opisyal ang kalakalan ng bigas.";
        var events = Events(new DocBuilder("tl", text).Person("Jose Ramos").Person("Davide Conti").Location("Maynila")
            .Location("Pilipinas").Location("Italya").Date("noong Martes", "2024-10-08").Published("2024-10-09"));

        var agreement = Assert.Single(events, e => e.Type == EventType.Agreement);
        Assert.Equal("2024-10-08", agreement.Date?.ToString());
        Assert.Equal("Maynila", agreement.Place);
        Assert.Equal(["Jose Ramos", "Davide Conti"], agreement.Participants);

        // The talks the signing came after are recalled, not reported on the day of the report; "Sa pulong" points back to them.
        var talks = Assert.Single(events, e => e.Type == EventType.Meeting);
        Assert.Null(talks.Date);
    }

    [Theory]
    [InlineData("ms", "Malaysia dan Itali hari ini menandatangani memorandum persefahaman mengenai tenaga boleh baharu.\n"
        + "MoU itu dimeterai oleh Menteri Ekonomi Ahmad Zaki dan Duta Besar Itali Marco Ferri.", "memorandum persefahaman mengenai tenaga boleh baharu")]
    [InlineData("id", "Indonesia dan Italia hari ini menandatangani nota kesepahaman tentang energi terbarukan.\n"
        + "MoU itu diteken oleh Menteri Energi Ahmad Zaki dan Duta Besar Italia Marco Ferri.", "nota kesepahaman tentang energi terbarukan")]
    public void The_agent_of_a_passive_signing_is_not_part_of_its_description(string language, string text, string what)
    {
        var events = Events(new DocBuilder(language, text).Person("Ahmad Zaki").Person("Marco Ferri").Location("Malaysia").Location("Itali")
            .Location("Indonesia").Location("Italia").Date("hari ini", "2024-10-22").Published("2024-10-22"));

        var agreement = Assert.Single(events);
        Assert.Equal(what, agreement.What);
        Assert.Equal(["Ahmad Zaki", "Marco Ferri"], agreement.Participants);
    }
}
