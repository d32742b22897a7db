using Ponte.Core.Model;
using Ponte.Pipeline.Extraction.Dates;

namespace Ponte.Pipeline.Extraction.Figures;

/// <summary>
/// Finds what a figure measures, by position only and within the figure's sentence: the words before the verb that leads
/// to an amount ("Italy's foreign direct investment in the region rose to…"), the words after a subject marker in
/// verb-first languages ("…ang kalakalan"), or the counted noun phrase of a count ("Italian companies in the region").
/// No parsing: the language's link words, conjunctions, clause words and joiners bound the phrase.
/// </summary>
internal sealed class SubjectFinder
{
    private const int SubjectWords = 12;
    private const int FollowingWords = 8;
    private const int CapitalisedModifiers = 3;
    private const int JoinedWords = 4;

    private readonly string _text;
    private readonly List<Atom> _atoms;
    private readonly PackLexicon _lexicon;
    private readonly FigureScanner _scanner;
    private readonly IReadOnlyList<Sentence> _sentences;

    public SubjectFinder(string text, List<Atom> atoms, PackLexicon lexicon, FigureScanner scanner, IReadOnlyList<Sentence> sentences)
    {
        _text = text;
        _atoms = atoms;
        _lexicon = lexicon;
        _scanner = scanner;
        _sentences = sentences;
    }

    /// <summary>The subject of figure <paramref name="index"/>, or null when none is found.</summary>
    public string? About(List<FigureCandidate> figures, int index)
    {
        var figure = figures[index];
        var bounds = Bounds(figure);
        if (figure.Kind == FigureKind.Count)
        {
            return NounPhrase(figure, bounds);
        }

        var about = Before(figures, index, bounds, out var agent);
        if (agent is not null)
        {
            // Who gives an amount is not what it measures: what it is for, else what the verb gives ("pledged a grant of"),
            // else the kind of amount the verb gives.
            about = Purpose(figures, index, bounds) ?? about ?? agent;
        }
        else
        {
            about ??= After(figure, bounds);
        }

        if (about is null && index > 0 && figures[index - 1].Sentence == figure.Sentence && figures[index - 1].Kind == figure.Kind)
        {
            about = figures[index - 1].About;
        }

        return about;
    }

    /// <summary>
    /// Marks figure <paramref name="index"/> as a change when a change word leads to it ("an increase of 14 per cent",
    /// "tăng 8,5%"), and ties it to the figure it changes, the nearest level before it in its sentence: same subject, same year.
    /// </summary>
    public void Change(List<FigureCandidate> figures, int index)
    {
        var figure = figures[index];
        var bounds = Bounds(figure);
        var p = figure.First - 1;
        if (!Inside(p, bounds))
        {
            return;
        }

        if (!EndsWith(p, w => w.Change is not null, out var word, out _))
        {
            // One preposition may stand between ("increase of", "in calo del", "tumaas ng"); "to" and "from" lead to levels.
            if (!EndsWith(p, w => w.Link && !w.To && !w.From && w.Change is null, out _, out var length) ||
                !Inside(p - length, bounds) || !EndsWith(p - length, w => w.Change is not null, out word, out _))
            {
                // "a 17-percent increase", "a 5% rise": a percentage may name its change after it.
                if (figure.Kind != FigureKind.Percent || !Inside(figure.Last + 1, bounds) || !Match(figure.Last + 1, out word, out _) ||
                    word.Change is null)
                {
                    return;
                }
            }
        }

        figure.Change = word.Change;
        for (var f = index - 1; f >= 0 && figures[f].Sentence == figure.Sentence; f--)
        {
            if (figures[f].Change is null)
            {
                if (SameClause(figures[f].Last + 1, figure.First - 1))
                {
                    figure.ChangeOf = f;
                    figure.About = figures[f].About;
                    figure.Year = figures[f].Year;
                }

                return;
            }
        }
    }

    /// <summary>
    /// Whether the atoms between a level and a change keep them in one clause: no conjunction ("…25 projects, and exports
    /// grew 4 per cent" changes exports, not projects) and at most a couple of words the figure lexicon and dates do not know.
    /// </summary>
    private bool SameClause(int from, int to)
    {
        var unknown = 0;
        for (var k = from; k <= to;)
        {
            if (Match(k, out var word, out var n))
            {
                if (word.Conjunction)
                {
                    return false;
                }

                k += n;
                continue;
            }

            if (_atoms[k].Kind == AtomKind.Word && !_scanner.InDate(_atoms[k].Start) && ++unknown > 2)
            {
                return false;
            }

            k++;
        }

        return true;
    }

    private TextSpan Bounds(FigureCandidate figure) =>
        figure.Sentence >= 0 && figure.Sentence < _sentences.Count ? _sentences[figure.Sentence].Span : new TextSpan(0, _text.Length);

    private string? NounPhrase(FigureCandidate figure, TextSpan bounds)
    {
        var start = figure.AfterNumber;
        var end = figure.Last;
        var j = figure.Last + 1;
        for (var caps = 0; caps < CapitalisedModifiers && Inside(j, bounds) && _atoms[j].Kind == AtomKind.Word &&
                           char.IsUpper(_text[_atoms[j].Start]) && !Stops(j); caps++)
        {
            end = j++;
        }

        if (Inside(j, bounds) && Match(j, out var word, out var n) && word.Joiner)
        {
            var last = -1;
            var k = j + n;
            for (var words = 0; Inside(k, bounds) && words < JoinedWords;)
            {
                if (_atoms[k].Kind == AtomKind.Mark)
                {
                    if (!IsJoiner(k))
                    {
                        break;
                    }

                    k++;
                    continue;
                }

                if (_atoms[k].Kind != AtomKind.Word || _scanner.InDate(_atoms[k].Start) || Stops(k) || (Match(k, out var w, out _) && w.Joiner))
                {
                    break;
                }

                last = k++;
                words++;
            }

            if (last >= 0)
            {
                end = last;
            }
        }

        return start <= end ? Slice(start, end) : null;
    }

    /// <summary>The subject before the verb that leads to the figure; a figure joined to the previous one shares its subject.</summary>
    /// <param name="agent">The kind of amount when a verb of giving or recording leads to the figure ("pledged"): the words
    /// before that verb name who gives, and the subject is only what stands between the verb and the figure.</param>
    private string? Before(List<FigureCandidate> figures, int index, TextSpan bounds, out string? agent)
    {
        agent = null;
        var figure = figures[index];
        var p = figure.First - 1;
        while (Inside(p, bounds))
        {
            if (_scanner.InDate(_atoms[p].Start))
            {
                while (Inside(p, bounds) && _scanner.InDate(_atoms[p].Start))
                {
                    p--;
                }

                if (Inside(p, bounds) && _lexicon.Dates.TryMatch(_text, _atoms, p, out var date, out var n) && n == 1 && date.Context)
                {
                    p--;
                }

                continue;
            }

            if (index > 0 && figures[index - 1].Last == p && figures[index - 1].Kind == figure.Kind)
            {
                return figures[index - 1].About;
            }

            if (EndsWith(p, w => w.Link || w.From || w.To || w.Qualifier is not null, out var word, out var length))
            {
                // A verb of recording ("mencatat") with nothing between it and the figure says nothing of what is recorded.
                if (!string.IsNullOrEmpty(word.Agent))
                {
                    agent = word.Agent;
                    return null;
                }

                p -= length;
                continue;
            }

            break;
        }

        var end = p;
        var words = 0;
        while (Inside(p, bounds))
        {
            var atom = _atoms[p];
            if (atom.Kind == AtomKind.Mark)
            {
                if (IsJoiner(p) || IsSpacedHyphen(p))
                {
                    p--;
                    continue;
                }

                break;
            }

            // A count of another kind that ends the subject is part of it ("trade between the two countries reached $6
            // billion"), and so is one its words complement ("l'interscambio tra l'Italia e i dieci Paesi dell'ASEAN ha
            // superato…"): the walk goes on before it. A count before the subject's own words ("18 projects, total
            // investment value of…") and a figure of the same kind end the subject.
            if (index > 0 && figures[index - 1].Last == p && figures[index - 1].Kind != figure.Kind && figures[index - 1].Kind == FigureKind.Count &&
                (words == 0 || (Match(p + 1, out var complement, out _) && complement.Joiner)))
            {
                words += p - figures[index - 1].First + 1;
                p = figures[index - 1].First - 1;
                continue;
            }

            if (atom.Kind == AtomKind.Number || (index > 0 && figures[index - 1].Last == p) || (words > 0 && ClauseSpace(p)))
            {
                break;
            }

            if (EndsWith(p, w => w.ClauseBreak, out var opener, out var openerLength))
            {
                // A preposition that opens a clause ("with", "với", "dengan") names a party when only a name follows it
                // ("Vietnam's trade with Italy"); before anything else it opens the phrase the figure measures ("… in
                // Vietnam with total registered capital of", "… tại Việt Nam với tổng vốn đăng ký").
                if (!opener.Link || !PartyFollows(p + 1, end))
                {
                    break;
                }

                p -= openerLength;
                continue;
            }

            if (EndsWith(p, w => w.Agent is not null, out var verb, out _) && (verb.Agent!.Length > 0 || words > 0))
            {
                agent = verb.Agent.Length > 0 ? verb.Agent : null;
                return Given(p + 1, end);
            }

            if (EndsWith(p, w => w.Conjunction, out var length))
            {
                // "between ASEAN and Italy" keeps its conjunction; "…fair, and nearly 5 percent" starts after it.
                if (!(IsCapitalised(p - length) && NameFollows(p + 1)))
                {
                    break;
                }

                p -= length;
                continue;
            }

            if (++words > SubjectWords)
            {
                break;
            }

            p--;
        }

        return Phrase(Unlinked(p + 1, end), end);
    }

    /// <summary>
    /// What an amount is for, after it: "pledged USD 10 million for the vaccine programme", "cho chương trình…", "para sa…".
    /// An amount converted into another currency right after it ("(about USD 3.3 million)", "atau sekitar Rp53 miliar") is
    /// stepped over. A name alone ("to Cambodia") is whom the amount goes to, not what it is.
    /// </summary>
    private string? Purpose(List<FigureCandidate> figures, int index, TextSpan bounds)
    {
        var figure = figures[index];
        var j = figure.Last + 1;
        if (index + 1 < figures.Count && figures[index + 1].Kind == figure.Kind && figures[index + 1].First - j <= 2)
        {
            j = figures[index + 1].Last + 1;
            if (Inside(j, bounds) && _atoms[j].Kind == AtomKind.Mark && _text[_atoms[j].Start] is ')' or ']')
            {
                j++;
            }
        }

        if (!Inside(j, bounds) || !Match(j, out var word, out var n) || !word.Purpose)
        {
            return null;
        }

        var start = j + n;
        while (Inside(start, bounds) && Match(start, out word, out n) && word.Determiner)
        {
            start += n;
        }

        var end = start - 1;
        for (var k = start; Inside(k, bounds) && k - start < FollowingWords * 2; k++)
        {
            var atom = _atoms[k];
            if (atom.Kind == AtomKind.Mark && IsJoiner(k))
            {
                continue;
            }

            if (atom.Kind != AtomKind.Word || _scanner.InDate(atom.Start) ||
                (Match(k, out word, out _) && (word.Purpose || word.PhraseEnd || word.Agent is not null || (Stops(k) && !word.Joiner))))
            {
                break;
            }

            end = k;
        }

        return end >= start && !IsName(start, end) ? Slice(start, end) : null;
    }

    /// <summary>What a verb of giving gives, between it and the figure ("a grant of", "dana sebesar"), without articles and links.</summary>
    private string? Given(int start, int end)
    {
        // In verb-first languages a subject marker right after the verb opens the giver ("Nakapagtala ang trade mission ng
        // potensiyal na benta…"): what is given follows the first link before a lower-case word, and nothing is given
        // when no such link comes before the amount ("Nangako ang mga mamumuhunan ng…").
        if (start <= end && Match(start, out var marker, out var length) && marker.SubjectMarker)
        {
            var k = start + length;
            while (k <= end && !(Match(k, out var link, out length) && link.Link && !link.Determiner && k + length <= end &&
                                 _atoms[k + length].Kind == AtomKind.Word && !char.IsUpper(_text[_atoms[k + length].Start])))
            {
                k++;
            }

            if (k > end)
            {
                return null;
            }

            start = k + length;
        }

        while (start <= end && (_atoms[start].Kind == AtomKind.Mark || (Match(start, out var word, out _) && (word.Determiner || word.Link))))
        {
            start++;
        }

        // In verb-first languages the words between the verb and the amount name the giver ("Nangako ang mga mamumuhunan ng…").
        for (var k = start; k <= end; k++)
        {
            if (Match(k, out var word, out _) && word.SubjectMarker)
            {
                return null;
            }
        }

        return start <= end && !IsName(start, end) ? Slice(start, end) : null;
    }

    /// <summary>Whether every word of the phrase is capitalised: a name (a person, a country), not a kind of amount.</summary>
    private bool IsName(int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            if (_atoms[k].Kind == AtomKind.Word && !char.IsUpper(_text[_atoms[k].Start]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The subject after a subject marker, for languages that put the verb and figure first.</summary>
    private string? After(FigureCandidate figure, TextSpan bounds)
    {
        var j = figure.Last + 1;
        if (!Inside(j, bounds) || !Match(j, out var marker, out var n) || !marker.SubjectMarker)
        {
            return null;
        }

        var start = j + n;
        var end = start - 1;
        for (var k = start; Inside(k, bounds) && k - start < FollowingWords * 2; k++)
        {
            var atom = _atoms[k];
            if (atom.Kind == AtomKind.Mark && IsJoiner(k))
            {
                continue;
            }

            if (atom.Kind != AtomKind.Word || _scanner.InDate(atom.Start) || EndsWith(k, w => w.ClauseBreak, out _))
            {
                break;
            }

            end = k;
        }

        // A preposition left hanging before a date ("… noong 2024") is not part of the subject.
        if (end >= start && _lexicon.Dates.TryMatch(_text, _atoms, end, out var date, out var dn) && dn == 1 && date.Context)
        {
            end--;
        }

        return Phrase(start, end);
    }

    /// <summary>
    /// Where a subject that follows punctuation starts once the lower-case links at its front are dropped: "…, dengan surplus
    /// di pihak Indonesia sebesar" measures the surplus, "(BOI) ng mga proyekto…" the projects. A subject that starts a
    /// clause keeps its value nouns ("Nilai ekspor…", "Giá trị hợp đồng…") and articles ("Gli investimenti…").
    /// </summary>
    private int Unlinked(int start, int end)
    {
        if (start == 0 || start > end || _atoms[start - 1].Kind != AtomKind.Mark || char.IsUpper(_text[_atoms[start].Start]))
        {
            return start;
        }

        var k = start;
        while (k <= end)
        {
            if (_atoms[k].Kind == AtomKind.Mark)
            {
                k++;
            }
            else if (Match(k, out var word, out var n) && word.Link && !word.Determiner && k + n <= end)
            {
                k += n;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    private string? Phrase(int start, int end)
    {
        while (start <= end && _atoms[start].Kind == AtomKind.Mark)
        {
            start++;
        }

        return start <= end ? Slice(start, end) : null;
    }

    private bool Stops(int k) =>
        Match(k, out var word, out _) && (word.Link || word.ClauseBreak || word.Qualifier is not null || word.Conjunction || word.From || word.To);

    private bool Inside(int k, TextSpan bounds) => k >= 0 && k < _atoms.Count && _atoms[k].Start >= bounds.Start && _atoms[k].End <= bounds.End;

    /// <summary>Whether a name starts at <paramref name="k"/>, after an article if any ("i Paesi del blocco", "l'ASEAN").</summary>
    private bool NameFollows(int k)
    {
        if (IsCapitalised(k))
        {
            return true;
        }

        if (k + 2 < _atoms.Count && _atoms[k + 1].Kind == AtomKind.Mark && IsJoiner(k + 1))
        {
            return IsCapitalised(k + 2);
        }

        // "e l'ASEAN", "e i Paesi…", and one word between ("e i dieci Paesi dell'ASEAN", "and the other Member States").
        return Match(k, out var word, out var n) && word.Determiner &&
               (IsCapitalised(k + n) || (k + n < _atoms.Count && _atoms[k + n].Kind is AtomKind.Word or AtomKind.Number && IsCapitalised(k + n + 1)));
    }

    private bool IsCapitalised(int k) => k >= 0 && k < _atoms.Count && _atoms[k].Kind == AtomKind.Word && char.IsUpper(_text[_atoms[k].Start]);

    private bool Match(int k, out FigureWord word, out int n) => _scanner.Match(k, out word, out n);

    /// <summary>Whether a phrase of the figure lexicon that satisfies <paramref name="test"/> ends at atom <paramref name="p"/>.</summary>
    private bool EndsWith(int p, Func<FigureWord, bool> test, out int length) => EndsWith(p, test, out _, out length);

    private bool EndsWith(int p, Func<FigureWord, bool> test, out FigureWord word, out int length)
    {
        for (var start = Math.Max(0, p - 3); start <= p; start++)
        {
            if (Match(start, out word, out var n) && start + n - 1 == p && test(word))
            {
                length = n;
                return true;
            }
        }

        word = null!;
        length = 0;
        return false;
    }

    private bool IsJoiner(int k) =>
        k > 0 && k + 1 < _atoms.Count && _text[_atoms[k].Start] is '-' or '\'' or '’' &&
        _atoms[k - 1].End == _atoms[k].Start && _atoms[k].End == _atoms[k + 1].Start;

    /// <summary>"Việt Nam - Italy", "ASEAN – Italy": a hyphen or dash between two capitalised words joins a pair of names.</summary>
    private bool IsSpacedHyphen(int k) => _text[_atoms[k].Start] is '-' or '–' or '—' && IsCapitalised(k - 1) && IsCapitalised(k + 1);

    /// <summary>Whether the words from <paramref name="k"/> to <paramref name="end"/> are one name, after an article if any.</summary>
    private bool PartyFollows(int k, int end)
    {
        while (k <= end && Match(k, out var word, out var n) && word.Determiner)
        {
            k += n;
        }

        return k <= end && IsName(k, end);
    }

    /// <summary>
    /// Whether a space follows word <paramref name="k"/> inside an unspaced script: Thai writes spaces between clauses, not
    /// between words, so the space ends a subject as a comma would.
    /// </summary>
    private bool ClauseSpace(int k)
    {
        if (k + 1 >= _atoms.Count || _atoms[k].Kind != AtomKind.Word || _atoms[k + 1].Kind != AtomKind.Word ||
            _atoms[k].End == _atoms[k + 1].Start || !AtomLexer.IsUnspaced(_text[_atoms[k].End - 1]) || !AtomLexer.IsUnspaced(_text[_atoms[k + 1].Start]))
        {
            return false;
        }

        return _text.AsSpan(_atoms[k].End, _atoms[k + 1].Start - _atoms[k].End).IsWhiteSpace();
    }

    private string Slice(int first, int last) => _text[_atoms[first].Start.._atoms[last].End];
}
