using System.Reflection;
using System.Text.Json;
using Ponte.Languages;

// Not Ponte.Tests.Languages: that namespace would shadow Ponte.Languages in every test that writes "Languages.X".
namespace Ponte.Tests.Conventions;

/// <summary>
/// The conventions of the language folders: every data file is valid JSON whose keys are fields of its section
/// (keys starting with "_" or "$" are comments), every section loads, every language has segmentation data, and an
/// unknown language falls back to the neutral pack.
/// </summary>
public sealed class ConventionTests
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    // Each section is a public property of LanguagePack named after its file: segmentation.json ↔ Segmentation.
    private static readonly PropertyInfo[] Sections = typeof(LanguagePack)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType.IsClass && p.PropertyType != typeof(string) && p.PropertyType != typeof(LanguagePack))
        .ToArray();

    public static TheoryData<string> Folders()
    {
        var data = new TheoryData<string>();
        foreach (var code in LanguagePacks.Available.Append(LanguagePacks.Neutral))
        {
            data.Add(code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_data_file_is_valid_and_names_only_known_fields(string code)
    {
        var pack = LanguagePacks.Get(code);
        foreach (var file in pack.DataFiles().Where(f => f.EndsWith(".json", StringComparison.Ordinal)))
        {
            var section = Sections.SingleOrDefault(p => string.Equals(p.Name, Path.GetFileNameWithoutExtension(file), StringComparison.OrdinalIgnoreCase));
            Assert.True(section is not null, $"{code}/{file} has no section property on LanguagePack (expected one named {Path.GetFileNameWithoutExtension(file)}).");

            using var stream = typeof(LanguagePack).Assembly.GetManifestResourceStream($"Ponte.Languages/{code}/{file}");
            Assert.NotNull(stream);
            using var json = JsonDocument.Parse(stream, DocumentOptions);
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);

            var fields = section.PropertyType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => p.Name)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var key in json.RootElement.EnumerateObject().Select(p => p.Name))
            {
                Assert.True(
                    key.StartsWith('_') || key.StartsWith('$') || fields.Contains(key),
                    $"{code}/{file}: '{key}' is not a field of {section.PropertyType.Name} (a typo would be silently ignored).");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_section_loads(string code)
    {
        var pack = LanguagePacks.Get(code);
        foreach (var section in Sections)
        {
            var value = section.GetValue(pack);
            Assert.True(value is not null, $"{code}: section {section.Name} loaded as null");
        }
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_language_has_segmentation_data(string code)
    {
        var pack = LanguagePacks.Get(code);

        Assert.Contains("segmentation.json", pack.DataFiles());
        Assert.Contains(pack.Segmentation.DecimalSeparator, new[] { ".", "," });
        Assert.All(pack.Segmentation.Abbreviations, a => Assert.True(a.Length > 1 && a.EndsWith('.') || a.Contains('.', StringComparison.Ordinal), $"{code}: abbreviation '{a}' has no dot"));
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("EN-gb")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_codes_fall_back_to_the_neutral_pack(string? code)
    {
        var pack = LanguagePacks.Get(code);

        Assert.Equal(LanguagePacks.Neutral, pack.Code);
        Assert.NotNull(pack.Segmentation);
        Assert.All(Sections, s => Assert.NotNull(s.GetValue(pack)));
    }

    [Fact]
    public void A_known_code_is_found_whatever_its_case()
    {
        Assert.Equal("vi", LanguagePacks.Get(" VI ").Code);
    }

    [Fact]
    public void The_corpus_languages_all_have_folders()
    {
        Assert.Superset(new HashSet<string> { "en", "vi", "it", "ms", "id", "tl", "th" }, LanguagePacks.Available.ToHashSet());
    }
}
