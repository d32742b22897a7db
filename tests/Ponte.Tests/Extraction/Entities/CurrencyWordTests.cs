using Ponte.Core.Model;
using static Ponte.Tests.Extraction.Entities.EntityTestKit;

namespace Ponte.Tests.Extraction.Entities;

/// <summary>A currency written before its amount ("Rp 15 triliun", "RM250 juta") is never the last word of a name.</summary>
public sealed class CurrencyWordTests
{
    [Theory]
    [InlineData("id", "Pemerintah menyiapkan dana Rp 20 triliun untuk pelabuhan itu.")]
    [InlineData("id", "Pemerintah daerah mengalokasikan Rp 3 miliar bagi nelayan.")]
    public void An_organisation_word_does_not_run_on_to_a_currency(string language, string text)
    {
        var entities = Extract(text, language);

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organization && e.Name.Contains("Rp", StringComparison.Ordinal));
    }
}
