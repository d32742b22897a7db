using Ponte.Core.Model;
using Ponte.Pipeline.Linking.Entities;

namespace Ponte.Tests.Linking;

/// <summary>Keys are remembered per name, and only where the name, its other names, its language and its spellings agree.</summary>
public sealed class EntityKeyMemoTests
{
    [Fact]
    public void An_entity_named_again_is_keyed_once()
    {
        var places = new CountingPlaces();
        var keyer = new EntityKeyer(places);
        var first = keyer.KeysOf(Place("Trieste", "Trieste"), "it");
        var lookups = places.Lookups;
        var again = keyer.KeysOf(Place("Trieste", "Trieste"), "it");

        Assert.Same(first, again);
        Assert.Equal(lookups, places.Lookups);
    }

    [Fact]
    public void A_full_memory_starts_over_and_keys_stay_right()
    {
        var places = new CountingPlaces();
        var keyer = new EntityKeyer(places);
        var first = keyer.KeysOf(Place("Trieste", "Trieste"), "it");
        for (var i = 0; i <= EntityKeyer.MemoCapacity; i++)
        {
            keyer.KeysOf(Place("Town " + i, "Town " + i), "it");
        }

        var lookups = places.Lookups;
        var again = keyer.KeysOf(Place("Trieste", "Trieste"), "it");

        Assert.NotSame(first, again);
        Assert.Equal(first.Strong, again.Strong);
        Assert.True(places.Lookups > lookups, "forgotten keys are computed again");
    }

    [Fact]
    public void Another_spelling_of_a_place_is_keyed_again()
    {
        var keyer = new EntityKeyer(new CountingPlaces());
        var one = keyer.KeysOf(Place("Trieste", "Trieste"), "it");
        var two = keyer.KeysOf(Place("Trieste", "Trieste", "Triest"), "it");

        Assert.DoesNotContain("place:triest", one.Strong);
        Assert.Contains("place:triest", two.Strong);
    }

    [Fact]
    public void An_acronym_given_as_another_name_is_keyed_again()
    {
        var keyer = new EntityKeyer(new CountingPlaces());
        var bare = keyer.KeysOf(Body("Maritime Research Council"), "en");
        var named = keyer.KeysOf(Body("Maritime Research Council", "MRC"), "en");

        Assert.DoesNotContain("org:acr:mrc", bare.Strong);
        Assert.Contains("org:acr:mrc", named.Strong);
    }

    [Fact]
    public void The_same_words_in_another_language_are_keyed_in_that_language()
    {
        // "Hiệp hội" is "association" in Vietnamese; in an English report the words stay as they are.
        var keyer = new EntityKeyer(new CountingPlaces());
        var vietnamese = keyer.KeysOf(Body("Hiệp hội Cảng biển"), "vi");
        var english = keyer.KeysOf(Body("Hiệp hội Cảng biển"), "en");

        Assert.Contains(vietnamese.Concepts, c => c.EndsWith(":c:association", StringComparison.Ordinal));
        Assert.DoesNotContain(english.Concepts, c => c.EndsWith(":c:association", StringComparison.Ordinal));
    }

    private static Entity Place(string name, params string[] spellings) => new()
    {
        Type = EntityType.Location,
        Name = name,
        Key = name.ToLowerInvariant(),
        Mentions = [.. spellings.Select((s, i) => new Mention(s, new TextSpan(i * 10, i * 10 + s.Length)))],
    };

    private static Entity Body(string name, params string[] aliases) => new()
    {
        Type = EntityType.Organization,
        Name = name,
        Key = name.ToLowerInvariant(),
        Aliases = aliases,
    };

    // Every name is its own place, so each spelling gives a key of its own.
    private sealed class CountingPlaces : IPlaceResolver
    {
        public int Lookups { get; private set; }

        public string? PlaceId(string name, bool allowTypos)
        {
            Lookups++;
            return name.ToLowerInvariant();
        }

        public string? OrganisationId(string name)
        {
            Lookups++;
            return null;
        }

        public bool IsBackground(Entity entity) => false;
    }
}
