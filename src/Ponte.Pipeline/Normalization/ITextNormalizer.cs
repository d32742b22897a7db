namespace Ponte.Pipeline.Normalization;

/// <summary>Brings text to the form Ponte stores and hashes: NFC, consistent whitespace and line breaks.</summary>
public interface ITextNormalizer
{
    /// <summary>Normalises <paramref name="text"/>.</summary>
    string Normalize(string text);
}
