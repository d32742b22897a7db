using System.Text.Json.Nodes;
using Ponte.Languages;

namespace Ponte.Tests.Golden;

/// <summary>
/// The convention of STYLE.md and issue #3: every language folder has at least 15 golden cases, each with its expected
/// output, and together a folder's expected outputs exercise every field of the contract.
/// </summary>
public sealed class LanguageCoverageTests
{
    private const int MinimumCases = 15;

    public static TheoryData<string> Languages() =>
        new(LanguagePacks.Available.Where(l => l != LanguagePacks.Neutral));

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_language_folder_has_enough_golden_cases_with_expected_output(string language)
    {
        var cases = CaseFiles(language);
        Assert.True(cases.Length >= MinimumCases, $"cases/{language} has {cases.Length} golden cases; at least {MinimumCases} are needed.");
        Assert.All(cases, c => Assert.True(File.Exists(ExpectedPath(c)), $"{c} has no expected output."));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_language_folders_expected_outputs_exercise_every_field(string language)
    {
        var outputs = CaseFiles(language).Where(c => File.Exists(ExpectedPath(c)))
            .Select(c => JsonNode.Parse(File.ReadAllText(ExpectedPath(c)))!.AsObject())
            .ToArray();
        var entities = outputs.SelectMany(o => o["entities"]!.AsArray()).Select(e => e!.AsObject()).ToArray();

        var missing = new List<string>();
        foreach (var type in new[] { "person", "organization", "location" })
        {
            if (!entities.Any(e => (string?)e["type"] == type))
            {
                missing.Add(type);
            }
        }

        if (!entities.Any(e => e["roles"]!.AsArray().Count > 0))
        {
            missing.Add("roles");
        }

        foreach (var field in new[] { "dates", "figures", "quotes", "events" })
        {
            if (!outputs.Any(o => o[field]!.AsArray().Count > 0))
            {
                missing.Add(field);
            }
        }

        // A quote nobody is credited with says little about attribution: at least one must name its speaker.
        if (!outputs.SelectMany(o => o["quotes"]!.AsArray()).Any(q => q!["speaker"] is JsonValue))
        {
            missing.Add("quotes with a speaker");
        }

        Assert.True(missing.Count == 0, $"no golden case of cases/{language} shows: {string.Join(", ", missing)}.");
    }

    private static string[] CaseFiles(string language)
    {
        var folder = Path.Combine(GoldenCaseTests.CasesRoot, language);
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray() : [];
    }

    private static string ExpectedPath(string casePath) => Path.ChangeExtension(casePath, null) + ".expected.json";
}
