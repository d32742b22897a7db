using Ponte.Languages;

namespace Ponte.Tests.Golden;

/// <summary>The convention of STYLE.md: every language folder has golden cases, and enough of them.</summary>
public sealed class LanguageCoverageTests
{
    public static TheoryData<string> Languages() => new(LanguagePacks.Available);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_language_folder_has_at_least_fifteen_golden_cases(string language)
    {
        var folder = Path.Combine(GoldenCaseTests.CasesRoot, language);
        var count = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.txt").Count() : 0;
        Assert.True(count >= 15, $"cases/{language} has {count} golden cases; every language needs at least 15.");
    }
}
