using Ponte.Core.Model;

namespace Ponte.Tests.Extraction.Dates;

/// <summary>The seed articles in ../shared/seeds: the dates and figures the gold standard expects. Skipped when absent.</summary>
public sealed class SeedDateTests
{
    private static string Seed(string prefix)
    {
        var folder = TestPaths.Seeds ?? throw new InvalidOperationException("seeds vanished");
        var file = Directory.GetFiles(folder, prefix + "_*.txt").Single();
        return File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [SeedFact]
    public void Seed000_publication_is_the_Thursday_Nov_13_near_the_printed_years()
    {
        var text = Seed("000");
        var context = DateTestContext.Figures(text, "en");
        Assert.Equal("2025-11-13", context.Published?.ToString());
        Assert.True(context.Published!.Inferred);
        Assert.Contains(context.Dates, d => d.Text == "Thursday" && d.Value.ToString() == "2025-11-13");
    }

    [SeedFact]
    public void Seed000_publication_from_dateline_text()
    {
        var text = Seed("000");
        var context = DateTestContext.Dates(text, "en", datelineDate: "Nov 13");
        Assert.Equal("2025-11-13", context.Published?.ToString());
    }

    [SeedFact]
    public void Seed000_trade_figures_take_their_years_pairwise()
    {
        var text = Seed("000");
        var context = DateTestContext.Figures(text, "en");
        var money = context.Figures.Where(f => f.Kind == FigureKind.Money).Select(f => (f.Value, f.Currency, f.Year)).ToList();
        Assert.Equal(
            [(28_100_000_000m, "USD", 2024), (20_400_000_000m, "USD", 2017), (205_700_000m, "USD", 2024), (123_300_000m, "USD", 2017)],
            money.Select(m => (m.Value, m.Currency!, m.Year ?? 0)).ToList());
        Assert.Equal("two-way merchandise flows between ASEAN and Italy", context.Figures[0].About);
        Assert.Equal("Italy’s foreign direct investment in the region", context.Figures[2].About);
        Assert.DoesNotContain(context.Figures, f => f.Text.Contains("9th", StringComparison.Ordinal));
    }

    [SeedFact]
    public void Seed001_dates_and_the_600_companies()
    {
        var text = Seed("001");
        var context = DateTestContext.Figures(text, "en");
        var values = context.Dates.Select(d => d.Value.ToString()).ToList();
        Assert.Contains("2023-02-20", values);
        Assert.Contains("2020-09", values);
        Assert.Contains("2023-10", values);
        Assert.Equal("2023-02-20", context.Published?.ToString());
        var companies = Assert.Single(context.Figures);
        Assert.Equal((600m, "companies", "more than", 2023), (companies.Value, companies.Unit, companies.Qualifier, companies.Year));
        Assert.Equal("more than 600 Italian companies", companies.Text);
    }

    [SeedFact]
    public void Seed002_vietnamese_dates_and_the_600_companies()
    {
        var text = Seed("002");
        var context = DateTestContext.Figures(text, "vi");
        var values = context.Dates.Select(d => d.Value.ToString()).ToList();
        Assert.Contains("2020-09", values);
        Assert.Contains("2023-10", values);
        Assert.Contains("2016", values);
        Assert.Contains("2023-H1", values);
        Assert.Equal("2023", context.Published?.ToString());
        var companies = Assert.Single(context.Figures);
        Assert.Equal((600m, "companies", "more than", 2023), (companies.Value, companies.Unit, companies.Qualifier, companies.Year));
    }
}

/// <summary>A fact that is skipped, with a message, when ../shared/seeds is not beside the repository.</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (TestPaths.Seeds is null)
        {
            Skip = "shared/seeds not present";
        }
    }
}
