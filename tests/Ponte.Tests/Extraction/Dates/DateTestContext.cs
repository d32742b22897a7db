using Ponte.Core.Model;
using Ponte.Languages;
using Ponte.Pipeline.Extraction;
using Ponte.Pipeline.Extraction.Dates;
using Ponte.Pipeline.Extraction.Figures;

namespace Ponte.Tests.Extraction.Dates;

/// <summary>Builds extraction contexts by hand (no segmenter: the extractors split sentences themselves when given none).</summary>
internal static class DateTestContext
{
    /// <summary>A context for <paramref name="text"/> in <paramref name="language"/>.</summary>
    public static ExtractionContext For(string text, string language, PartialDate? published = null, string? datelineDate = null)
    {
        var document = new Document
        {
            Id = "test",
            Text = text,
            Language = new LanguageTag(language, 1),
            Published = published,
            Dateline = datelineDate is null ? null : new Dateline(null, null, datelineDate, new TextSpan(0, 0)),
        };
        return new ExtractionContext(document, LanguagePacks.Get(language), [], []) { Published = published };
    }

    /// <summary>Runs the date extractor and returns the context.</summary>
    public static ExtractionContext Dates(string text, string language, PartialDate? published = null, string? datelineDate = null)
    {
        var context = For(text, language, published, datelineDate);
        new DateExtractor().Extract(context);
        return context;
    }

    /// <summary>Runs the date and figure extractors and returns the context.</summary>
    public static ExtractionContext Figures(string text, string language, PartialDate? published = null)
    {
        var context = Dates(text, language, published);
        new FigureExtractor().Extract(context);
        return context;
    }

    /// <summary>"text=value" for every date found, in order.</summary>
    public static string[] Found(ExtractionContext context) =>
        context.Dates.Select(d => $"{d.Text}={d.Value}").ToArray();
}
