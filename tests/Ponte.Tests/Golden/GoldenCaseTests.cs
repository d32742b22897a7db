using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Core.Serialization;
using Ponte.Pipeline.Ingest;
using Xunit.Abstractions;

namespace Ponte.Tests.Golden;

/// <summary>
/// Markdig-spec style golden files: each <c>cases/&lt;lang&gt;/&lt;name&gt;.txt</c> runs through the whole document pipeline
/// and must print exactly <c>&lt;name&gt;.expected.json</c>. <c>UPDATE_GOLDEN=1 dotnet test</c> re-blesses; read the diff.
/// </summary>
public sealed class GoldenCaseTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Every case file, as (language, name).</summary>
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(CasesRoot, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(Path.GetDirectoryName(file)!), Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    internal static string CasesRoot => Path.Combine(TestPaths.RepositoryRoot, "tests", "Ponte.Tests", "cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_matches_its_expected_output(string language, string name)
    {
        var input = Path.Combine(CasesRoot, language, name + ".txt");
        var expectedPath = Path.Combine(CasesRoot, language, name + ".expected.json");
        var actual = Render(language, input);

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run UPDATE_GOLDEN=1 dotnet test and read the diff.");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            output.WriteLine("input:\n" + File.ReadAllText(input));
            output.WriteLine("actual:\n" + actual);
            output.WriteLine("expected:\n" + expected);
        }

        Assert.Equal(expected, actual);
    }

    /// <summary>Runs one case through the pipeline with its folder's language, as pretty JSON without the text.</summary>
    internal static string Render(string language, string path)
    {
        var raw = new RawDocument
        {
            Text = File.ReadAllText(path),
            Origin = new Origin(Path.GetFileName(path), Origin.FileKind),
            Language = language,
        };
        var analysis = Composition.CreatePipeline().Analyze(raw);
        var node = JsonNode.Parse(ContractJson.Document(analysis, Path.GetFileName(path)))!.AsObject();
        node.Remove("text");
        node.Remove("id");
        node.Remove("origins");
        return node.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";
    }
}
