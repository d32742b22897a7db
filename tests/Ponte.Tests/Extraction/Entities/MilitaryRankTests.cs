using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;

namespace Ponte.Tests.Extraction.Entities;

/// <summary>Indonesian and Malay military ranks of two words are a role before the name, not a part of it.</summary>
public sealed class MilitaryRankTests
{
    private static readonly Ponte.Pipeline.DocumentPipeline Pipeline = Composition.CreatePipeline();

    [Theory]
    [InlineData("JAKARTA, 5 Maret 2025 - Laksamana Madya Hendra Kusuma mengatakan patroli bersama akan dimulai bulan depan.", "Hendra Kusuma", "Laksamana Madya")]
    [InlineData("JAKARTA, 5 Maret 2025 - Mayor Jenderal Agus Prasetyo menghadiri latihan bersama di Surabaya.", "Agus Prasetyo", "Mayor Jenderal")]
    [InlineData("KUALA LUMPUR, 5 Mac 2025 - Leftenan Jeneral Azman Ismail berkata latihan itu berjaya.", "Azman Ismail", "Leftenan Jeneral")]
    public void The_rank_is_the_role_and_the_rest_the_name(string text, string name, string rank)
    {
        var analysis = Pipeline.Analyze(new RawDocument { Text = text, Origin = new Origin("report.txt", Origin.FileKind) });

        var person = Assert.Single(analysis.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(name, person.Name);
        Assert.Contains(person.Roles, r => r.Contains(rank, StringComparison.Ordinal));
    }
}
