using Ponte.Storage.Knowledge;

namespace Ponte.Tests.Knowledge;

/// <summary>The knowledge index's cache keeps what is used again and drops what was used once, within a fixed bound.</summary>
public sealed class GenerationCacheTests
{
    [Fact]
    public void What_is_read_again_survives_and_what_was_read_once_goes_and_the_size_stays_bounded()
    {
        var cache = new GenerationCache<int>(capacity: 100);
        cache.Set("hot", 1);
        for (var i = 0; i < 10_000; i++)
        {
            cache.Set("once-" + i, i);
            Assert.True(cache.TryGetValue("hot", out var hot));
            Assert.Equal(1, hot);
            cache.Age();
            Assert.InRange(cache.Count, 1, 201);
        }

        Assert.False(cache.TryGetValue("once-0", out _));
        Assert.True(cache.TryGetValue("once-9999", out _));
    }
}
