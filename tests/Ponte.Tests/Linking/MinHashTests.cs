using CsCheck;
using Ponte.Pipeline.Linking.Stories;

namespace Ponte.Tests.Linking;

/// <summary>
/// The text-similarity keys are stored (the band window of the knowledge index), so the vector code that computes them must give
/// exactly what the one-function-at-a-time definition gives: a key written before matches a key computed now.
/// </summary>
public sealed class MinHashTests
{
    [Fact]
    public void The_minimum_of_every_hash_function_is_the_one_the_scalar_definition_gives()
    {
        Gen.Select(Gen.ULong.Array[1, 40], Gen.Int[1, 30]).Sample((shingles, functions) =>
        {
            Span<ulong> fast = stackalloc ulong[functions];
            var slow = new ulong[functions];
            fast.Fill(ulong.MaxValue);
            Array.Fill(slow, ulong.MaxValue);
            foreach (var h in shingles)
            {
                StoryClusterer.MinOfHashes(h, fast);
                for (var k = 0; k < functions; k++)
                {
                    slow[k] = Math.Min(slow[k], StoryClusterer.Mix(h + (ulong)k * StoryClusterer.Golden));
                }
            }

            Assert.Equal(slow, fast.ToArray());
        }, iter: 500);
    }
}
