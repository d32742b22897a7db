using Ponte.Core.Model;
using Ponte.Core.Text;
using Ponte.Languages;
using Ponte.Pipeline.Extraction;

namespace Ponte.Tests.Extraction.Quotes;

/// <summary>
/// Builds an <see cref="ExtractionContext"/> by hand so the quote and event stages are tested on their own: sentences from a
/// simple splitter, entities and dates from strings found in the text.
/// </summary>
internal sealed class DocBuilder(string language, string text)
{
    private readonly List<Entity> _entities = [];
    private readonly List<DateMention> _dates = [];
    private PartialDate? _published;
    private Dateline? _dateline;

    public DocBuilder Person(string name, params string[] surfaces) => Add(EntityType.Person, name, [], surfaces);

    public DocBuilder PersonWithRoles(string name, string[] roles, params string[] surfaces) => Add(EntityType.Person, name, roles, surfaces);

    public DocBuilder Org(string name, params string[] surfaces) => Add(EntityType.Organization, name, [], surfaces);

    public DocBuilder Location(string name, params string[] surfaces) => Add(EntityType.Location, name, [], surfaces);

    public DocBuilder Initiative(string name, params string[] surfaces) => Add(EntityType.Initiative, name, [], surfaces);

    /// <summary>A date mention for the given occurrence of <paramref name="surface"/>; <paramref name="inferred"/> marks a guessed year.</summary>
    public DocBuilder Date(string surface, string value, int occurrence = 0, bool inferred = false)
    {
        var at = -1;
        for (var n = 0; n <= occurrence; n++)
        {
            at = text.IndexOf(surface, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{surface}' not in the text");
        }

        var parsed = (PartialDate.TryParse(value) ?? throw new ArgumentException(value)) with { Inferred = inferred };
        _dates.Add(new DateMention(surface, TextSpan.FromLength(at, surface.Length), parsed));
        return this;
    }

    public DocBuilder Published(string value)
    {
        _published = PartialDate.TryParse(value);
        return this;
    }

    public DocBuilder Dateline(string? place, string? source = null)
    {
        _dateline = new Dateline(place, source, null, new TextSpan(0, 0));
        return this;
    }

    public ExtractionContext Build()
    {
        var document = new Document
        {
            Id = "test",
            Text = text,
            Language = new LanguageTag(language, 1),
            Published = _published,
            Dateline = _dateline,
        };
        var context = new ExtractionContext(document, LanguagePacks.Get(language), SplitSentences(text), [])
        {
            Published = _published,
        };
        context.Entities.AddRange(_entities);
        context.Dates.AddRange(_dates.OrderBy(d => d.Span.Start));
        return context;
    }

    private DocBuilder Add(EntityType type, string name, string[] roles, string[] surfaces)
    {
        var mentions = new List<Mention>();
        foreach (var surface in surfaces.Length == 0 ? [name] : surfaces)
        {
            for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                var end = at + surface.Length;
                var bounded = (at == 0 || !IsSpacedLetter(text[at - 1])) && (end == text.Length || !IsSpacedLetter(text[end]));
                if (bounded && !mentions.Any(m => m.Span.Overlaps(new TextSpan(at, end))))
                {
                    mentions.Add(new Mention(surface, new TextSpan(at, end)));
                }
            }
        }

        _entities.Add(new Entity
        {
            Type = type,
            Name = name,
            Key = NameFolder.Fold(name),
            Roles = roles,
            Aliases = surfaces.Where(s => s != name).Distinct().ToArray(),
            Mentions = mentions.OrderBy(m => m.Span.Start).ToArray(),
        });
        return this;
    }

    // Thai is written without spaces: a name may touch its title ("นาย") or the next word.
    private static bool IsSpacedLetter(char c) => char.IsLetterOrDigit(c) && c is not (>= '\u0E00' and <= '\u0E7F');

    /// <summary>Sentences end at . ! ? (and any closing quote after them) followed by white space, and at line breaks.</summary>
    internal static IReadOnlyList<Sentence> SplitSentences(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = -1;
            if (text[i] == '\n')
            {
                end = i;
            }
            else if (text[i] is '.' or '!' or '?')
            {
                var j = i + 1;
                while (j < text.Length && text[j] is '”' or '"' or '»' or '’')
                {
                    j++;
                }

                if (j == text.Length || char.IsWhiteSpace(text[j]))
                {
                    end = j;
                    i = j - 1;
                }
            }

            if (end >= 0)
            {
                AddTrimmed(text, start, end, sentences);
                start = end;
            }
        }

        AddTrimmed(text, start, text.Length, sentences);
        return sentences;
    }

    private static void AddTrimmed(string text, int start, int end, List<Sentence> into)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            into.Add(new Sentence(new TextSpan(start, end)));
        }
    }
}
