using Ponte.Core.Model;

namespace Ponte.Pipeline.Language;

/// <summary>Tells which language a text is written in, with a confidence; "und" when unsure. Never throws.</summary>
public interface ILanguageIdentifier
{
    /// <summary>Identifies the language of <paramref name="text"/>.</summary>
    LanguageTag Identify(string text);
}
