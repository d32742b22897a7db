using System.Runtime.CompilerServices;
using Ponte.Languages;

namespace Ponte.Pipeline.Extraction.Quotes;

/// <summary>How a reporting word relates to its speaker.</summary>
internal enum AttributionKind
{
    /// <summary>The speaker stands before or after the verb: "Kao said", "said Kao", "ha detto il ministro".</summary>
    Verb,

    /// <summary>The speaker follows the phrase: "according to Kao", "theo ông Hùng", "menurut beliau".</summary>
    Source,

    /// <summary>The verb carries its own pronoun: "katanya", "aniya".</summary>
    PronounVerb,
}

/// <summary>A language's quote data compiled once for matching; shared by all documents of that language.</summary>
internal sealed class QuoteRules
{
    private static readonly ConditionalWeakTable<LanguagePack, QuoteRules> Cache = new();

    private readonly HashSet<string> _pronouns;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _pronounLookup;

    private QuoteRules(LanguagePack pack)
    {
        var data = pack.Quotes;
        var marks = data.Marks.Count > 0 ? data.Marks : LanguagePacks.NeutralPack.Quotes.Marks;
        Marks = new QuoteMarkScanner(marks);
        Verbs = new PhraseSet<AttributionKind>(
            data.ReportingVerbs.Select(v => (v, AttributionKind.Verb))
                .Concat(data.SourcePhrases.Select(v => (v, AttributionKind.Source)))
                .Concat(data.PronounVerbs.Select(v => (v, AttributionKind.PronounVerb))));
        _pronouns = new HashSet<string>(data.Pronouns.Select(p => p.Trim()), StringComparer.OrdinalIgnoreCase);
        _pronounLookup = _pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The quote mark scanner.</summary>
    public QuoteMarkScanner Marks { get; }

    /// <summary>Reporting verbs, source phrases and pronoun verbs.</summary>
    public PhraseSet<AttributionKind> Verbs { get; }

    /// <summary>Whether the word is a pronoun standing for the last named person.</summary>
    public bool IsPronoun(ReadOnlySpan<char> word) => _pronouns.Count > 0 && _pronounLookup.Contains(word);

    /// <summary>The compiled rules of <paramref name="pack"/>.</summary>
    public static QuoteRules For(LanguagePack pack) => Cache.GetValue(pack, p => new QuoteRules(p));
}
