using Ponte.Pipeline.Ingest;
using Xunit.Abstractions;

namespace Ponte.Tests.Ingest;

/// <summary>Header and outlet of the three seed articles in ../shared/seeds (skipped when that folder is absent).</summary>
public sealed class SeedHeaderTests(ITestOutputHelper output)
{
    private static string? SeedsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private string? Seed(string prefix)
    {
        var folder = SeedsFolder();
        if (folder is null)
        {
            output.WriteLine("Skipped: ../shared/seeds is not beside the repository.");
            return null;
        }

        var file = Directory.GetFiles(folder, prefix + "_*.txt").Single();
        return File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_000_has_headline_byline_dateline_and_source()
    {
        var text = Seed("000");
        if (text is null)
        {
            return;
        }

        var header = ArticleHeaderParser.Default.Parse(text);

        Assert.Equal(text[..text.IndexOf('\n', StringComparison.Ordinal)], header.Title?.Slice(text));
        Assert.Equal("Mohd Iswandi Kasan Anuar", header.Author);
        Assert.Equal("Jakarta", header.Dateline?.Place);
        Assert.Equal("Bernama", header.Dateline?.Source);
        Assert.Equal("Nov 13", header.Dateline?.DateText);
        Assert.Equal("Bernama", SourceOutlet.Default.Find(text, header.Dateline)?.Name);
    }

    [Fact]
    public void Seed_001_has_its_dateline_after_a_caption()
    {
        var text = Seed("001");
        if (text is null)
        {
            return;
        }

        var header = ArticleHeaderParser.Default.Parse(text);

        Assert.Equal("Rome", header.Dateline?.Place);
        Assert.Equal("VNA", header.Dateline?.Source);
        Assert.Null(header.Title);
        Assert.Equal("VNA", SourceOutlet.Default.Find(text, header.Dateline)?.Name);
    }

    [Fact]
    public void Seed_002_names_its_agency_in_a_reporter_credit()
    {
        var text = Seed("002");
        if (text is null)
        {
            return;
        }

        var header = ArticleHeaderParser.Default.Parse(text);

        Assert.Null(header.Title);
        Assert.Equal("TTXVN", SourceOutlet.Default.Find(text, header.Dateline)?.Name);
    }
}
