using Ponte.Core.Model;
using Ponte.Languages;

namespace Ponte.Pipeline.Extraction;

/// <summary>
/// The working state of one document's analysis. Stages run in order and each adds its findings here; later stages read
/// what earlier ones found (figures read dates, quotes and events read entities). Not shared between documents.
/// </summary>
public sealed class ExtractionContext
{
    public ExtractionContext(Document document, LanguagePack rules, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rules);
        Document = document;
        Rules = rules;
        Sentences = sentences;
        Tokens = tokens;
    }

    /// <summary>The document under analysis; <see cref="Document.Text"/> is what every span points into.</summary>
    public Document Document { get; }

    /// <summary>Shortcut for the document text.</summary>
    public string Text => Document.Text;

    /// <summary>The language's rules (its pack, falling back to the neutral pack).</summary>
    public LanguagePack Rules { get; }

    /// <summary>Sentences in text order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Tokens in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The publication date when known from metadata or the dateline; the date stage may set an inferred one.</summary>
    public PartialDate? Published { get; set; }

    /// <summary>
    /// The year the date stage gave the report by counting the years it prints, with no firmer evidence (no metadata, printed
    /// year or weekday); 0 otherwise. <see cref="Dates.ReportYear"/> weighs those years once figures are known.
    /// </summary>
    public int GuessedYear { get; set; }

    public List<Entity> Entities { get; } = [];
    public List<DateMention> Dates { get; } = [];
    public List<Figure> Figures { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<Event> Events { get; } = [];
    public List<Problem> Problems { get; } = [];

    /// <summary>The text's atoms as the date stage lexed them, kept so the figure stage does not lex the text again.</summary>
    internal Dates.LexedText? Atoms { get; set; }

    /// <summary>The entities' mentions indexed by position, kept so the event stage does not index them again.</summary>
    internal Quotes.MentionIndex? Mentions { get; set; }

    /// <summary>Index of the sentence that contains <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var span = Sentences[mid].Span;
            if (offset < span.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}

/// <summary>One extraction stage: reads the context, adds what it finds. Must not throw on any text.</summary>
public interface IExtractor
{
    /// <summary>A short stable name used in problem reports ("dates", "figures").</summary>
    string Name { get; }

    /// <summary>Adds this stage's findings to <paramref name="context"/>.</summary>
    void Extract(ExtractionContext context);
}
