namespace Ponte.Core.Model;

/// <summary>The four kinds of entity the output contract knows.</summary>
public enum EntityType
{
    Person,
    Organization,
    Location,
    Initiative,
}

/// <summary>One occurrence of a name in the text.</summary>
public sealed record Mention(string Text, TextSpan Span);

/// <summary>
/// An entity found in one document: its best name, a language-neutral key, roles the text gives it, other names it goes by
/// in the same text, and every mention.
/// </summary>
public sealed record Entity
{
    public required EntityType Type { get; init; }
    public required string Name { get; init; }
    public required string Key { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public IReadOnlyList<RoleMention> RoleMentions { get; init; } = [];
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<Mention> Mentions { get; init; } = [];
}

/// <summary>A role the text gives a person, with the organisation it belongs to when the text says so.</summary>
public sealed record RoleMention(string Role, string? Organization, TextSpan Span);

/// <summary>A date expression and the partial date it means.</summary>
public sealed record DateMention(string Text, TextSpan Span, PartialDate Value);

/// <summary>What a figure measures.</summary>
public enum FigureKind
{
    Money,
    Count,
    Percent,
    Quantity,
}

/// <summary>A number the text reports: money, a count of things, a percentage or a quantity.</summary>
public sealed record Figure
{
    public required string Text { get; init; }
    public required TextSpan Span { get; init; }
    public required FigureKind Kind { get; init; }
    public required decimal Value { get; init; }
    public string? Currency { get; init; }
    public string? Unit { get; init; }
    public string? Qualifier { get; init; }
    public int? Year { get; init; }
    public string? About { get; init; }

    /// <summary>"increase" or "decrease" when the figure is a change ("up 14 per cent"), not a level; null for a level.</summary>
    public string? Change { get; init; }

    /// <summary>The span of the figure this change changes, when the sentence gives it ("USD 9.2 billion…, up 14 per cent").</summary>
    public TextSpan? ChangeOf { get; init; }
}

/// <summary>A direct quote and who said it.</summary>
public sealed record Quote(string? Speaker, string Text, TextSpan Span);

/// <summary>The kinds of event the output contract knows.</summary>
public enum EventType
{
    Meeting,
    Dialogue,
    Visit,
    Agreement,
    Founding,
    Membership,
    Other,
}

/// <summary>Something that happened (or is planned): type, date, place and participants, with its span.</summary>
public sealed record Event
{
    public required EventType Type { get; init; }
    public required string What { get; init; }
    public PartialDate? Date { get; init; }
    public string? Place { get; init; }
    public IReadOnlyList<string> Participants { get; init; } = [];
    public required TextSpan Span { get; init; }
}

/// <summary>A sentence of the document text.</summary>
public readonly record struct Sentence(TextSpan Span);

/// <summary>Token classes the segmenter distinguishes.</summary>
public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token of the document text.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind);

/// <summary>Everything the document pipeline found in one document.</summary>
public sealed record DocumentAnalysis
{
    public required Document Document { get; init; }
    public IReadOnlyList<Sentence> Sentences { get; init; } = [];
    public IReadOnlyList<Entity> Entities { get; init; } = [];
    public IReadOnlyList<DateMention> Dates { get; init; } = [];
    public IReadOnlyList<Figure> Figures { get; init; } = [];
    public IReadOnlyList<Quote> Quotes { get; init; } = [];
    public IReadOnlyList<Event> Events { get; init; } = [];
    public IReadOnlyList<Problem> Problems { get; init; } = [];
}
