using Ponte.Languages;

namespace Ponte.Tests.Golden;

/// <summary>The convention of STYLE.md: every language folder has golden cases, each with its expected output.</summary>
public sealed class LanguageCoverageTests
{
    public static TheoryData<string> Languages() => new(LanguagePacks.Available);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_language_folder_has_golden_cases_with_expected_output(string language)
    {
        var folder = Path.Combine(GoldenCaseTests.CasesRoot, language);
        var cases = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.txt").ToArray() : [];
        Assert.True(cases.Length > 0, $"cases/{language} has no golden cases.");
        Assert.All(cases, c => Assert.True(File.Exists(Path.ChangeExtension(c, null) + ".expected.json"), $"{c} has no expected output."));
    }
}
