using Lingua;

namespace Ponte.Pipeline.Language;

/// <summary>How the <see cref="LanguageIdentifier"/> decides. Validated when the identifier is built.</summary>
public sealed record LanguageIdentifierOptions
{
    /// <summary>The languages of Ponte's corpus: English, Vietnamese, Italian, Malay, Indonesian, Tagalog, Thai.</summary>
    public static IReadOnlyList<string> DefaultLanguages { get; } = ["en", "vi", "it", "ms", "id", "tl", "th"];

    /// <summary>ISO 639-1 codes of the languages to choose among; anything else is reported as one of them or "und".</summary>
    public IReadOnlyList<string> Languages { get; init; } = DefaultLanguages;

    /// <summary>Below this confidence (0–1) the answer is "und".</summary>
    public double MinimumConfidence { get; init; } = 0.5;

    /// <summary>Texts with fewer letters than this are "und": a number, a name or a word says too little.</summary>
    public int MinimumLetters { get; init; } = 16;

    /// <summary>
    /// How many characters from the start of the text are examined. A news story's language is plain from its first
    /// paragraphs, and the statistical model costs time in proportion to what it reads.
    /// </summary>
    public int SampleLength { get; init; } = 3000;

    /// <summary>Throws <see cref="ArgumentException"/> listing every invalid field.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        if (Languages is null || Languages.Count == 0)
        {
            errors.Add("Languages must name at least one language.");
        }
        else
        {
            var known = LanguageInfo.All().Select(l => l.IsoCode6391().ToString().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            foreach (var code in Languages)
            {
                if (string.IsNullOrWhiteSpace(code) || !known.Contains(code))
                {
                    errors.Add($"Languages: '{code}' is not an ISO 639-1 code the identifier knows (lower case, e.g. \"en\").");
                }
            }

            var duplicates = Languages.Where(c => c is not null).GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            if (duplicates.Count > 0)
            {
                errors.Add($"Languages: listed more than once: {string.Join(", ", duplicates)}.");
            }
        }

        if (double.IsNaN(MinimumConfidence) || MinimumConfidence is < 0 or > 1)
        {
            errors.Add($"MinimumConfidence must be between 0 and 1 (was {MinimumConfidence}).");
        }

        if (MinimumLetters < 1)
        {
            errors.Add($"MinimumLetters must be at least 1 (was {MinimumLetters}).");
        }

        if (SampleLength is < 100 or > 1_000_000)
        {
            errors.Add($"SampleLength must be between 100 and 1000000 (was {SampleLength}).");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid language identifier options: " + string.Join(" ", errors));
        }
    }
}
