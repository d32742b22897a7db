using Ponte.Cli;
using Ponte.Pipeline.Ingest;
using Ponte.Pipeline.Linking;

namespace Ponte.Tests.Linking;

/// <summary>
/// The bundled samples tell several events in two or more languages (the story column of samples/README.md): each such
/// event must become one story, and distinct events — even editions of the same dialogue a year apart — never merge.
/// </summary>
public sealed class SampleStoryTests
{
    private static readonly Lazy<(Dictionary<string, string> Gold, Dictionary<string, string> Assigned)> Linked = new(LinkSamples);

    private static (Dictionary<string, string> Gold, Dictionary<string, string> Assigned) LinkSamples()
    {
        var gold = File.ReadLines(Path.Combine(TestPaths.Samples, "README.md"))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(c => c.Length >= 7 && (c[1].EndsWith(".txt", StringComparison.Ordinal) || c[1].EndsWith(".html", StringComparison.Ordinal)))
            .ToDictionary(c => c[1], c => c[5], StringComparer.Ordinal);
        var pipeline = Composition.CreatePipeline();
        var linker = Composition.CreateLinker();
        var index = new InMemoryKnowledgeIndex();
        var assigned = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in new InputReader().Read(new InputSource(TestPaths.Samples)).SelectMany(r => r.Documents))
        {
            var links = linker.Link(pipeline.Analyze(raw), index);
            assigned[Path.GetFileName(raw.Origin.Location)] = links.StoryId;
        }

        return (gold, assigned);
    }

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        var gold = LinkSamples().Gold;
        foreach (var a in gold.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var b in gold.Keys.Order(StringComparer.Ordinal).Where(b => string.CompareOrdinal(a, b) < 0))
            {
                data.Add(a, b);
            }
        }

        return data;
    }

    [Fact]
    public void The_samples_readme_lists_every_sample_with_a_story()
    {
        var (gold, assigned) = Linked.Value;
        Assert.Equal(assigned.Keys.Order(StringComparer.Ordinal), gold.Keys.Order(StringComparer.Ordinal));
        Assert.True(gold.Values.GroupBy(s => s).Count(g => g.Count() >= 2) >= 4, "at least four events are told in two languages");
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Two_samples_share_a_story_exactly_when_they_tell_the_same_event(string a, string b)
    {
        var (gold, assigned) = Linked.Value;
        var same = gold[a] == gold[b];
        Assert.True(
            same == (assigned[a] == assigned[b]),
            same ? $"{a} and {b} tell one event ({gold[a]}) but were put in different stories" : $"{a} ({gold[a]}) and {b} ({gold[b]}) are different events but were merged");
    }
}
