using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Quotes;

/// <summary>
/// A reporting verb tied to a quote and the speaker it names (null when the text does not say who); <see cref="Anaphoric"/>
/// when the speaker was a pronoun or left unsaid, so that the previous speaker may stand in when no person was named.
/// </summary>
internal readonly record struct Attribution(int VerbStart, int VerbEnd, int Distance, string? Speaker, bool Anaphoric);

/// <summary>
/// Finds who said a quote from the words around it: a reporting verb next to the quote, and next to the verb a person's name,
/// a surname, a pronoun (the last person named), a role ("the minister") or nothing at all (Italian and Thai drop the
/// subject: the last person named again).
/// </summary>
internal sealed class AttributionFinder
{
    private const int VerbWithinWords = 8;
    private const int VerbWithinChars = 120;
    private const int GapWords = 4;
    private const int SourceGapWords = 8;
    private const int BackWords = 12;
    private const int ForwardWords = 6;

    private readonly string _text;
    private readonly QuoteRules _rules;
    private readonly MentionIndex _mentions;
    private readonly List<PhraseHit<AttributionKind>> _hits = [];
    private readonly List<Word> _words = [];

    public AttributionFinder(string text, QuoteRules rules, MentionIndex mentions)
    {
        _text = text;
        _rules = rules;
        _mentions = mentions;
    }

    /// <summary>An attribution that follows a quote in [from, to): "…,” he said", "«…» ha detto il ministro".</summary>
    /// <param name="anchor">Where the quote starts: pronouns mean the last person named before it.</param>
    /// <param name="strictStart">True when the quote ended a sentence and a capitalised word follows: only a short attribution counts.</param>
    public Attribution? After(int from, int to, int anchor, bool strictStart)
    {
        _hits.Clear();
        _rules.Verbs.FindAll(_text, from, Math.Min(to, from + VerbWithinChars), _hits);
        foreach (var hit in _hits)
        {
            var before = CountWords(from, hit.Start);
            if (before > VerbWithinWords)
            {
                break;
            }

            if (hit.Value == AttributionKind.Source && before > 0)
            {
                continue;
            }

            if (strictStart && CountWords(from, to) > 5)
            {
                return null;
            }

            var (speaker, anaphoric) = Speaker(hit, from, to, anchor);
            return new Attribution(hit.Start, hit.End, before, speaker, anaphoric);
        }

        return null;
    }

    /// <summary>An attribution that leads into a quote starting at <paramref name="to"/>: "Kao said: “…", "Theo ông Hùng, “…".</summary>
    public Attribution? Before(int from, int to)
    {
        _hits.Clear();
        _rules.Verbs.FindAll(_text, from, to, _hits);
        if (_hits.Count == 0)
        {
            return null;
        }

        // Only the verb nearest the quote can lead into it; earlier ones are further away still.
        var hit = _hits[^1];
        var gap = CountWords(hit.End, to);
        if (to - hit.End > 100 || gap > (hit.Value == AttributionKind.Source ? SourceGapWords : GapWords) || ContainsTerminal(hit.End, to))
        {
            return null;
        }

        var (who, anaphor) = Speaker(hit, from, to, to);
        return new Attribution(hit.Start, hit.End, gap, who, anaphor);
    }

    private (string? Speaker, bool Anaphoric) Speaker(PhraseHit<AttributionKind> verb, int from, int to, int anchor)
    {
        if (verb.Value == AttributionKind.PronounVerb)
        {
            return (_mentions.LastPersonBefore(Math.Min(verb.Start, anchor))?.Name, true);
        }

        var back = verb.Value == AttributionKind.Verb ? Walk(from, verb.Start, backward: true, BackWords, anchor) : default;
        if (back.Found)
        {
            return (back.Speaker, back.Anaphoric);
        }

        var forward = Walk(verb.End, to, backward: false, ForwardWords, anchor);
        if (forward.Found)
        {
            return (forward.Speaker, forward.Anaphoric);
        }

        if (back.Words == 0 && forward.Words == 0)
        {
            // "«…», ha detto." — the subject is dropped: it is the person the text is about.
            return (_mentions.LastPersonBefore(Math.Min(verb.Start, anchor))?.Name, true);
        }

        return (back.Weak ?? forward.Weak, false);
    }

    /// <summary>Looks at the words next to a verb, nearest first, for who speaks.</summary>
    private WalkResult Walk(int from, int to, bool backward, int maxWords, int anchor)
    {
        _words.Clear();
        Words.Scan(_text, from, to, _words);
        var count = 0;
        string? weakRole = null, weakOrg = null, weakRaw = null;
        for (var k = 0; k < _words.Count; k++)
        {
            var word = _words[backward ? _words.Count - 1 - k : k];
            if (word.IsPunctuation)
            {
                var p = _text[word.Start];
                if (Chars.IsTerminal(p) || p is ';' || (!backward && p is ',' or ':' or '(' or '—' or '–') || IsQuoteMark(p))
                {
                    break;
                }

                continue;
            }

            count++;
            if (count > maxWords)
            {
                break;
            }

            var span = _text.AsSpan(word.Start, word.Length);
            var person = _mentions.At(word.Start, word.End, t => t == EntityType.Person);
            if (person is not null)
            {
                return new WalkResult(true, person.Value.Entity.Name, count, null, false);
            }

            if (_rules.IsPronoun(span))
            {
                // An honorific before a name ("bà Mai", "ông An") introduces the name rather than standing for it.
                var index = backward ? _words.Count - 1 - k : k;
                var named = index + 1 < _words.Count && Words.IsCapitalised(_text, _words[index + 1])
                    ? _mentions.PersonByNameWord(_text.AsSpan(_words[index + 1].Start, _words[index + 1].Length), anchor)
                    : null;
                return named is not null
                    ? new WalkResult(true, named.Name, count, null, false)
                    : new WalkResult(true, _mentions.LastPersonBefore(Math.Min(word.Start, anchor))?.Name, count, null, true);
            }

            var other = _mentions.At(word.Start, word.End, t => t != EntityType.Person);
            if (other is not null)
            {
                if (other.Value.Type == EntityType.Organization)
                {
                    weakOrg ??= other.Value.Entity.Name;
                }

                continue;
            }

            if (Words.IsCapitalised(_text, word))
            {
                var named = _mentions.PersonByNameWord(span, anchor);
                if (named is not null)
                {
                    return new WalkResult(true, named.Name, count, null, false);
                }

                if (count == 1)
                {
                    weakRaw ??= CapitalisedRun(k, backward);
                }
            }

            weakRole ??= RoleSpeaker(backward ? _words.Count - 1 - k : k, anchor);
        }

        return new WalkResult(false, null, Math.Min(count, maxWords), weakRole ?? weakOrg ?? weakRaw, false);
    }

    /// <summary>
    /// The person a role word at <paramref name="index"/> stands for: "the ambassador said", "ha detto l'ambasciatore" (the
    /// elided article dropped), "Đại sứ nhấn mạnh" (two short syllables together), "ujar Dubes" (an abbreviation of the role).
    /// </summary>
    private string? RoleSpeaker(int index, int anchor)
    {
        var word = _words[index];
        var span = _text.AsSpan(word.Start, word.Length);
        var apostrophe = span.IndexOfAny('\'', '’');
        if (apostrophe >= 0 && apostrophe < span.Length - 1)
        {
            span = span[(apostrophe + 1)..];
        }

        var next = index + 1 < _words.Count && !_words[index + 1].IsPunctuation ? _words[index + 1] : default;
        return (_mentions.PersonByRoleWord(span, anchor)
                ?? (next.End > next.Start ? _mentions.PersonByRoleWords(span, _text.AsSpan(next.Start, next.Length), anchor) : null)
                ?? _mentions.PersonByRoleAbbreviation(span, anchor))?.Name;
    }

    /// <summary>The run of capitalised words the walk met first ("Kao", "Romano Prodi"), read in text order.</summary>
    private string CapitalisedRun(int k, bool backward)
    {
        var at = backward ? _words.Count - 1 - k : k;
        int first = at, last = at;
        var step = backward ? -1 : 1;
        for (var n = 0; n < 3; n++)
        {
            var next = (backward ? first : last) + step;
            if (next < 0 || next >= _words.Count || !Words.IsCapitalised(_text, _words[next]))
            {
                break;
            }

            if (backward)
            {
                first = next;
            }
            else
            {
                last = next;
            }
        }

        return _text[_words[first].Start.._words[last].End];
    }

    private int CountWords(int from, int to) => to <= from ? 0 : Words.Count(_text, from, to);

    private bool ContainsTerminal(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Chars.IsTerminal(_text[i]) && (i + 1 >= _text.Length || char.IsWhiteSpace(_text[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuoteMark(char c) => c is '“' or '”' or '"' or '„' or '«' or '»' or '‘' or '’';

    private readonly record struct WalkResult(bool Found, string? Speaker, int Words, string? Weak, bool Anaphoric);
}
