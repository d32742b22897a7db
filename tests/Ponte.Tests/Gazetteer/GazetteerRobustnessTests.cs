using CsCheck;

namespace Ponte.Tests.Gazetteer;

public sealed class GazetteerRobustnessTests
{
    private static readonly Languages.Gazetteer.Gazetteer G = Languages.Gazetteer.Gazetteer.Default;

    // Letters from the scripts Ponte reads, separators, marks and surrogate halves, so odd mixtures are tried.
    private static readonly Gen<string> Text = Gen.String[Gen.OneOf(
        Gen.Char["ItalyRomeHàNộiTPHCM.-' \n"], Gen.Char['\u0E00', '\u0E7F'], Gen.Char['\u0300', '\u036F'],
        Gen.Char['\uD800', '\uDFFF'], Gen.Char)];

    [Fact]
    public void No_input_makes_any_lookup_throw() =>
        Text.Sample(text =>
        {
            var matches = G.FindAll(text);
            for (var i = 1; i < matches.Count; i++)
            {
                Assert.True(matches[i - 1].Span.End <= matches[i].Span.Start);
            }

            foreach (var m in matches)
            {
                Assert.InRange(m.Span.Start, 0, text.Length);
                Assert.InRange(m.Span.End, m.Span.Start + 1, text.Length);
            }

            G.FindOrganisations(text);
            G.FindDemonyms(text);
            G.Lookup(text);
            G.LookupFuzzy(text);
            G.LookupFuzzy(text, 2);
            G.CountryOfDemonym(text);
            G.LookupOrganisation(text);
            for (var i = -1; i <= text.Length; i++)
            {
                G.TryMatchAt(text, i, out _);
                G.TryMatchFuzzyAt(text, i, out _);
            }
        }, iter: 2000);

    [Fact]
    public void Concurrent_use_gives_the_same_answers()
    {
        const string text = "Italy, Vietnam, Thái Lan, châu Á, Roma and ASEAN met in Houston, Texas.";
        var expected = G.FindAll(text);
        var results = new IReadOnlyList<Languages.Gazetteer.PlaceMatch>[64];
        Parallel.For(0, results.Length, i => results[i] = Languages.Gazetteer.Gazetteer.Default.FindAll(text));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
