using Ponte.Core.Model;
using Ponte.Languages;

namespace Ponte.Pipeline.Segmentation;

/// <summary>Sentences and tokens of a text, with offsets into it.</summary>
public sealed record Segmentation(IReadOnlyList<Sentence> Sentences, IReadOnlyList<Token> Tokens);

/// <summary>Splits a normalised text into sentences and tokens following the language's rules. Never throws.</summary>
public interface ISegmenter
{
    /// <summary>Segments <paramref name="text"/>.</summary>
    Segmentation Segment(string text, LanguagePack rules);
}
