using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Ponte.Core.Model;
using Ponte.Languages;

namespace Ponte.Pipeline.Segmentation;

/// <summary>
/// Splits a text into sentences and tokens in one pass, every one with its span into the text.
/// <para><b>Tokens</b> are maximal runs of one class and never cross a class boundary:</para>
/// <list type="bullet">
/// <item><see cref="TokenKind.Word"/>: letters with their combining marks. Apostrophes, hyphens and digits split words
/// ("Italy's" → Italy ' s; "Italy-ASEAN" → Italy - ASEAN; "G20" → G 20): consumers that want the compound join tokens
/// whose spans touch (<c>a.Span.End == b.Span.Start</c>), and gazetteer or title lookups see the parts.</item>
/// <item><see cref="TokenKind.Number"/>: digits of any script with inner "." or "," groups kept whole ("28,1", "1.234,5",
/// "1,234.5"), plus an ordinal suffix of the language ("9th", "1°").</item>
/// <item><see cref="TokenKind.Symbol"/>: currency, maths and other symbols, "%", "#", "&amp;", "@", emoji; a currency sign
/// with up to three capitals before it is one token ("US$", "S$").</item>
/// <item><see cref="TokenKind.Punctuation"/>: everything else, one character a token except runs of the same dot, dash or
/// mark ("...", "--", "?!" is two).</item>
/// </list>
/// Thai, Lao, Khmer and Myanmar letters, written without spaces between words, are split into words by ICU's dictionary
/// break iterator, whatever the document's language.
/// <para><b>Sentences</b> end at a line break, and at . ! ? … (with any closing quotes or brackets after them) followed by
/// a space and an upper-case or uncased letter, a digit or an opening quote or bracket — but not after an abbreviation of
/// the language or of the neutral pack ("Mr.", "TS.", "Dott."), an initial ("J. Smith") or a dotted short form whose
/// pieces have one or two letters ("U.S.", "a.m.", "Ph.D.", "พ.ศ."). A sentence spans its first to its last token.</para>
/// Stateless apart from caches built once per language pack; thread-safe.
/// </summary>
public sealed class Segmenter : ISegmenter
{
    // Terminal punctuation of a sentence, Latin and CJK forms.
    private static readonly SearchValues<char> Terminals = SearchValues.Create(".!?…。！？｡");

    // What may close a sentence after its terminal mark.
    private static readonly SearchValues<char> Closers = SearchValues.Create("\"'”’»›)]}」』）");

    // What may open the next sentence besides a letter or digit.
    private static readonly SearchValues<char> Openers = SearchValues.Create("\"'“‘«‹„‚([{「『（¿¡");

    // Punctuation that repeats into one token ("...", "--", "!!").
    private static readonly SearchValues<char> Repeating = SearchValues.Create(".-!?*=_~—–·");

    // Punctuation Unicode files as "Po" that news figures use as symbols: 5%, #1, R&D, user@host, § 3.
    private static readonly SearchValues<char> SymbolPunctuation = SearchValues.Create("%‰‱#&@§");

    private static readonly ConditionalWeakTable<LanguagePack, CompiledRules> Compiled = new();

    [ThreadStatic]
    private static ICU4N.Text.BreakIterator? t_dictionaryBreaker;

    private static readonly Lazy<ICU4N.Text.BreakIterator> DictionaryBreakerPrototype = new(
        () => ICU4N.Text.BreakIterator.GetWordInstance(ICU4N.Globalization.UCultureInfo.InvariantCulture),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lock PrototypeLock = new();

    /// <summary>A shared instance; the segmenter keeps no per-call state.</summary>
    public static Segmenter Instance { get; } = new();

    /// <inheritdoc />
    public Segmentation Segment(string text, LanguagePack rules)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rules);
        var compiled = Compiled.GetValue(rules, static p => new CompiledRules(p));
        var state = new State(text, compiled);
        state.Run();
        return new Segmentation(state.Sentences, state.ExactTokens());
    }

    private enum CharClass : byte
    {
        Space,
        Break,
        Letter,
        Digit,
        Punctuation,
        Symbol,
        Ignored,
    }

    private static CharClass Classify(char c) => Classes[c];

    private static CharClass[] BuildClasses()
    {
        var classes = new CharClass[0x10000];
        for (var i = 0; i < classes.Length; i++)
        {
            classes[i] = ClassifyOnce((char)i);
        }

        return classes;
    }

    private static CharClass ClassifyOnce(char c)
    {
        if (c < 0x80)
        {
            return AsciiClasses[c];
        }

        if (c is '\u200C' or '\u200D')
        {
            return CharClass.Ignored;
        }

        if (c is '\u0085' or '\u2028' or '\u2029')
        {
            return CharClass.Break;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
                UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or
                UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharClass.Letter,
            UnicodeCategory.DecimalDigitNumber => CharClass.Digit,
            UnicodeCategory.SpaceSeparator => CharClass.Space,
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => CharClass.Break,
            UnicodeCategory.Control or UnicodeCategory.Format => CharClass.Ignored,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or
                UnicodeCategory.OtherSymbol or UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber or
                UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate => CharClass.Symbol,
            _ => SymbolPunctuation.Contains(c) ? CharClass.Symbol : CharClass.Punctuation,
        };
    }

    private static readonly CharClass[] AsciiClasses = BuildAsciiClasses();

    // Every UTF-16 unit's class, computed once by the rules above (after the ASCII table it reads): Thai and Vietnamese text
    // asks for most characters.
    private static readonly CharClass[] Classes = BuildClasses();

    private static CharClass[] BuildAsciiClasses()
    {
        var classes = new CharClass[128];
        for (var c = 0; c < 128; c++)
        {
            var ch = (char)c;
            classes[c] = ch switch
            {
                '\n' or '\r' or '\v' or '\f' => CharClass.Break,
                ' ' or '\t' => CharClass.Space,
                _ when char.IsAsciiLetter(ch) => CharClass.Letter,
                _ when char.IsAsciiDigit(ch) => CharClass.Digit,
                _ when c < 0x20 || c == 0x7F => CharClass.Ignored,
                _ when SymbolPunctuation.Contains(ch) => CharClass.Symbol,
                _ => CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
                    or UnicodeCategory.ModifierSymbol ? CharClass.Symbol : CharClass.Punctuation,
            };
        }

        return classes;
    }

    // ICU break iterators hold the text they walk, so each thread clones its own from one prototype (loaded on first use).
    private static ICU4N.Text.BreakIterator NewDictionaryBreaker()
    {
        lock (PrototypeLock)
        {
            return (ICU4N.Text.BreakIterator)DictionaryBreakerPrototype.Value.Clone();
        }
    }

    // Scripts written without spaces between words; their letters go to the dictionary breaker.
    private static bool IsDictionaryScript(char c) =>
        c is (>= '\u0E00' and <= '\u0EFF') or (>= '\u1000' and <= '\u109F') or (>= '\u1780' and <= '\u17FF');

    private static bool IsLetterOrMark(char c) => c >= 0x80 ? Classify(c) == CharClass.Letter : char.IsAsciiLetter(c);

    /// <summary>A language pack's segmentation data made ready for lookups.</summary>
    private sealed class CompiledRules
    {
        public CompiledRules(LanguagePack pack)
        {
            var abbreviations = new HashSet<string>(StringComparer.Ordinal);
            abbreviations.UnionWith(pack.Segmentation.Abbreviations.Where(a => a.Length > 0));
            abbreviations.UnionWith(LanguagePacks.NeutralPack.Segmentation.Abbreviations.Where(a => a.Length > 0));
            Abbreviations = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
            OrdinalSuffixes = [.. pack.Segmentation.OrdinalSuffixes.Where(s => s.Length > 0).OrderByDescending(s => s.Length)];
        }

        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations { get; }

        public string[] OrdinalSuffixes { get; }
    }

    /// <summary>The walk over one text.</summary>
    private sealed class State(string text, CompiledRules rules)
    {
        private readonly string _text = text;
        private readonly CompiledRules _rules = rules;
        private int _sentenceStart = -1;
        private int _sentenceEnd;
        private int _boundaryAt = -1;
        private ICU4N.Text.BreakIterator? _breaker;

        // Gathered in this thread's scratch list, then copied into a list of the exact size (ScratchList).
        public List<Token> Tokens { get; } = ScratchList<Token>.Take();

        public List<Sentence> Sentences { get; } = new(text.Length / 100 + 2);

        /// <summary>The tokens in a list of their own, exactly as long; the scratch list goes back to the thread.</summary>
        public List<Token> ExactTokens() => ScratchList<Token>.ToExact(Tokens);

        public void Run()
        {
            var text = _text;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                var cls = Classify(c);
                switch (cls)
                {
                    case CharClass.Space:
                    case CharClass.Ignored:
                        i++;
                        continue;
                    case CharClass.Break:
                        CloseSentence();
                        i++;
                        continue;
                }

                if (_boundaryAt >= 0 && i >= _boundaryAt)
                {
                    CloseSentence();
                }

                if (char.IsSurrogate(c))
                {
                    i = Surrogate(i);
                    continue;
                }

                i = cls switch
                {
                    CharClass.Letter => IsDictionaryScript(c) ? DictionaryWords(i) : Word(i, i + 1),
                    CharClass.Digit => Number(i),
                    CharClass.Symbol => Add(i, i + 1, TokenKind.Symbol),
                    _ => Punctuation(i),
                };
            }

            CloseSentence();

            // Release the text so this thread's breaker does not keep a long document alive.
            _breaker?.SetText(string.Empty);
        }

        private int Add(int start, int end, TokenKind kind)
        {
            Tokens.Add(new Token(new TextSpan(start, end), kind));
            if (_sentenceStart < 0)
            {
                _sentenceStart = start;
            }

            _sentenceEnd = end;
            return end;
        }

        private void CloseSentence()
        {
            if (_sentenceStart >= 0)
            {
                Sentences.Add(new Sentence(new TextSpan(_sentenceStart, _sentenceEnd)));
            }

            _sentenceStart = -1;
            _boundaryAt = -1;
        }

        // A word from `start`, whose first character (one or two code units) ends at `i`.
        private int Word(int start, int i)
        {
            var text = _text;
            while (i < text.Length)
            {
                var c = text[i];
                if (IsLetterOrMark(c) && !IsDictionaryScript(c))
                {
                    i++;
                }
                else if (c is '\u200C' or '\u200D' && i + 1 < text.Length && IsLetterOrMark(text[i + 1]))
                {
                    i += 2;
                }
                else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) &&
                         Rune.IsLetter(new Rune(c, text[i + 1])))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            // "US$", "S$", "HK$": a currency sign written straight after a few capitals is one symbol.
            if (i < text.Length && i - start <= 3 && CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.CurrencySymbol &&
                IsAllAsciiUpper(text.AsSpan(start, i - start)))
            {
                return Add(start, i + 1, TokenKind.Symbol);
            }

            return Add(start, i, TokenKind.Word);
        }

        private static bool IsAllAsciiUpper(ReadOnlySpan<char> span)
        {
            foreach (var c in span)
            {
                if (!char.IsAsciiLetterUpper(c))
                {
                    return false;
                }
            }

            return true;
        }

        private int Number(int start)
        {
            var text = _text;
            var i = SkipDigits(start);
            while (i + 1 < text.Length && text[i] is '.' or ',' && char.IsDigit(text[i + 1]))
            {
                i = SkipDigits(i + 1);
            }

            foreach (var suffix in _rules.OrdinalSuffixes)
            {
                if (text.AsSpan(i).StartsWith(suffix, StringComparison.OrdinalIgnoreCase) &&
                    (i + suffix.Length == text.Length || !char.IsLetterOrDigit(text[i + suffix.Length])))
                {
                    i += suffix.Length;
                    break;
                }
            }

            return Add(start, i, TokenKind.Number);
        }

        private int SkipDigits(int i)
        {
            while (i < _text.Length && char.IsDigit(_text[i]))
            {
                i++;
            }

            return i;
        }

        private int Surrogate(int i)
        {
            var text = _text;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = new Rune(text[i], text[i + 1]);
                if (Rune.IsLetter(rune))
                {
                    return Word(i, i + 2);
                }

                return Add(i, i + 2, Rune.IsDigit(rune) ? TokenKind.Number : TokenKind.Symbol);
            }

            return Add(i, i + 1, TokenKind.Symbol);
        }

        private int Punctuation(int start)
        {
            var text = _text;
            var c = text[start];
            var end = start + 1;
            if (Repeating.Contains(c))
            {
                while (end < text.Length && text[end] == c)
                {
                    end++;
                }
            }

            if (Terminals.Contains(c) && _boundaryAt < 0)
            {
                _boundaryAt = BoundaryAfter(start);
            }

            return Add(start, end, TokenKind.Punctuation);
        }

        // Where the next sentence may start if the terminal mark at `at` ends this one, or -1.
        private int BoundaryAfter(int at)
        {
            var text = _text;
            var end = at;
            while (end < text.Length && Terminals.Contains(text[end]))
            {
                end++;
            }

            while (end < text.Length && Closers.Contains(text[end]))
            {
                end++;
            }

            if (end == text.Length || Classify(text[end]) == CharClass.Break)
            {
                return -1;
            }

            if (Classify(text[end]) != CharClass.Space)
            {
                return -1;
            }

            var next = end;
            while (next < text.Length && Classify(text[next]) is CharClass.Space or CharClass.Ignored)
            {
                next++;
            }

            if (next == text.Length || !StartsSentence(text[next]))
            {
                return -1;
            }

            if (text[at] == '.' && end > at && (at + 1 == text.Length || text[at + 1] != '.') && IsAbbreviation(at))
            {
                return -1;
            }

            return end;
        }

        private static bool StartsSentence(char c)
        {
            if (char.IsDigit(c) || Openers.Contains(c) || char.IsUpper(c) || char.IsHighSurrogate(c))
            {
                return true;
            }

            // Scripts without case (Thai, CJK) cannot show a capital; their letters may start a sentence.
            return char.IsLetter(c) && !char.IsLower(c) && c >= 0x80;
        }

        // Is the dotted chunk that ends with the full stop at `dot` an abbreviation, an initial or a dotted short form?
        private bool IsAbbreviation(int dot)
        {
            var text = _text;
            var start = dot;
            while (start > 0 && (IsLetterOrMark(text[start - 1]) || text[start - 1] == '.'))
            {
                start--;
            }

            var chunk = text.AsSpan(start, dot + 1 - start);
            if (chunk.Length < 2)
            {
                return false;
            }

            if (_rules.Abbreviations.Contains(chunk))
            {
                return true;
            }

            var inner = chunk[..^1].LastIndexOf('.');
            var last = inner < 0 ? chunk : chunk[(inner + 1)..];
            if (inner >= 0 && _rules.Abbreviations.Contains(last))
            {
                return true;
            }

            // An initial: one capital letter (with its marks) and a dot, as in "J. Smith".
            if (LetterCount(last[..^1]) == 1 && char.IsUpper(last[0]))
            {
                return true;
            }

            // A dotted short form: two or more pieces of one or two letters each ("U.S.", "a.m.", "Ph.D.", "พ.ศ.").
            // Longer pieces are words or acronyms that may well end a sentence ("TP.HCM.", "example.com.").
            if (inner < 0)
            {
                return false;
            }

            foreach (var piece in chunk[..^1].Split('.'))
            {
                var n = LetterCount(chunk[..^1][piece]);
                if (n is < 1 or > 2)
                {
                    return false;
                }
            }

            return true;
        }

        private static int LetterCount(ReadOnlySpan<char> span)
        {
            var n = 0;
            foreach (var c in span)
            {
                if (char.IsLetter(c))
                {
                    n++;
                }
                else if (!IsLetterOrMark(c))
                {
                    return -1;
                }
            }

            return n;
        }

        private int DictionaryWords(int start)
        {
            var text = _text;
            var end = start + 1;
            while (end < text.Length && IsDictionaryScript(text[end]) && IsLetterOrMark(text[end]))
            {
                end++;
            }

            if (end - start == 1)
            {
                return Add(start, end, TokenKind.Word);
            }

            // The breaker walks the whole text, set once per call: re-setting it for every run costs twice the breaking.
            if (_breaker is null)
            {
                _breaker = t_dictionaryBreaker ??= NewDictionaryBreaker();
                _breaker.SetText(text.AsMemory());
            }

            var from = start;
            for (var at = _breaker.Following(start); at != ICU4N.Text.BreakIterator.Done && at < end; at = _breaker.Next())
            {
                Add(from, at, TokenKind.Word);
                from = at;
            }

            Add(from, end, TokenKind.Word);
            return end;
        }
    }
}
