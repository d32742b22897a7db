using System.Text.Json;
using Ponte.Core.Model;
using Ponte.Core.Text;
using Xunit.Abstractions;

namespace Ponte.Tests.Extraction.Entities;

/// <summary>
/// Runs the extractor over the shared seed articles and checks every gold person, organisation, place and initiative is
/// found (matched by folded name, alias or mention, as the scorer does); prints what was found beyond the gold.
/// </summary>
public sealed class SeedRecallTests(ITestOutputHelper output)
{
    private static readonly (string Field, EntityType Type)[] Fields =
    [
        ("persons", EntityType.Person), ("organizations", EntityType.Organization), ("locations", EntityType.Location),
        ("initiatives", EntityType.Initiative),
    ];

    [Fact]
    public void Every_gold_entity_of_the_seeds_is_found()
    {
        var shared = TestPaths.Shared;
        if (shared is null || !File.Exists(Path.Combine(shared, "gold", "seeds.gold.json")))
        {
            output.WriteLine("SKIPPED: ../shared/seeds is not beside this checkout.");
            return;
        }

        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared, "gold", "seeds.gold.json")));
        var missed = new List<string>();
        int goldCount = 0, found = 0, extra = 0;
        foreach (var doc in gold.RootElement.GetProperty("documents").EnumerateObject())
        {
            var path = Path.Combine(shared, "seeds", doc.Name);
            if (!File.Exists(path))
            {
                continue;
            }

            var language = doc.Value.GetProperty("language").GetString() ?? "und";
            var entities = EntityTestKit.Extract(File.ReadAllText(path), language);
            output.WriteLine($"== {doc.Name} ({language})");
            foreach (var e in entities)
            {
                output.WriteLine("   " + EntityTestKit.Describe(e));
            }

            foreach (var (field, type) in Fields)
            {
                if (!doc.Value.TryGetProperty(field, out var items))
                {
                    continue;
                }

                var predicted = entities.Where(e => e.Type == type).ToList();
                var used = new HashSet<Entity>(ReferenceEqualityComparer.Instance);
                foreach (var item in items.EnumerateArray())
                {
                    goldCount++;
                    var names = GoldNames(item);
                    var hit = predicted.FirstOrDefault(p => !used.Contains(p) && EntityTestKit.NamesOf(p).Overlaps(names));
                    if (hit is null)
                    {
                        missed.Add($"{doc.Name} {field}: {string.Join(" / ", names)}");
                    }
                    else
                    {
                        used.Add(hit);
                        found++;
                    }
                }

                foreach (var p in predicted.Where(p => !used.Contains(p)))
                {
                    extra++;
                    output.WriteLine($"   false positive: {EntityTestKit.Describe(p)}");
                }
            }
        }

        output.WriteLine($"recall {found}/{goldCount}, false positives {extra}");
        Assert.True(missed.Count == 0, "missed:\n" + string.Join("\n", missed));
    }

    private static HashSet<string> GoldNames(JsonElement item)
    {
        if (item.ValueKind == JsonValueKind.String)
        {
            return [NameFolder.Fold(item.GetString())];
        }

        var names = new HashSet<string>(StringComparer.Ordinal) { NameFolder.Fold(item.GetProperty("name").GetString()) };
        if (item.TryGetProperty("aliases", out var aliases))
        {
            foreach (var a in aliases.EnumerateArray())
            {
                names.Add(NameFolder.Fold(a.GetString()));
            }
        }

        return names;
    }
}
