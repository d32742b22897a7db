using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;
using Ponte.Pipeline.Linking;

namespace Ponte.Tests.Linking;

/// <summary>
/// A day is shared by many events: reports of different meetings held the same day and published the same morning share
/// their days and a country, and are still different stories; the same meeting told in two languages is one.
/// </summary>
public sealed class SameDayStoryTests
{
    private const string HanoiMeeting = """
        HANOI, 12 March 2025 - On 11 March, at the Ministry of Industry and Trade, Deputy Minister Le Van Thanh received Italian Ambassador Marco Rinaldi.
        The two sides reviewed bilateral trade, which reached 6.8 billion USD in 2024, and prepared a business forum planned in Milan in June 2025.
        """;

    private const string ManilaMeeting = """
        MANILA, 12 March 2025 - Trade Secretary Cristina Santos met Italian Ambassador Paolo Ferri in Makati on 11 March to discuss wider trade.
        Trade between the Philippines and Italy reached 1.2 billion USD in 2024. An ASEAN-Italy business forum is planned in June 2025.
        """;

    private const string ManilaMeetingItalian = """
        MANILA, 12 marzo 2025 – La segretaria al Commercio Cristina Santos ha incontrato l'ambasciatore d'Italia Paolo Ferri a Makati l'11 marzo.
        Nel 2024 l'interscambio tra le Filippine e l'Italia ha raggiunto 1,2 miliardi di dollari.
        """;

    [Fact]
    public void Reports_of_two_meetings_held_the_same_day_in_two_countries_are_two_stories()
    {
        var stories = Link(HanoiMeeting, ManilaMeeting);

        Assert.NotEqual(stories[0], stories[1]);
    }

    [Fact]
    public void The_same_meeting_told_in_two_languages_is_one_story()
    {
        var stories = Link(ManilaMeeting, ManilaMeetingItalian);

        Assert.Equal(stories[0], stories[1]);
    }

    private static string[] Link(params string[] texts)
    {
        var pipeline = Composition.CreatePipeline();
        var linker = Composition.CreateLinker();
        var index = new InMemoryKnowledgeIndex();
        return texts
            .Select((text, i) => pipeline.Analyze(new RawDocument { Text = text, Origin = new Origin($"report-{i}.txt", Origin.FileKind) }))
            .Select(analysis => linker.Link(analysis, index).StoryId)
            .ToArray();
    }
}
