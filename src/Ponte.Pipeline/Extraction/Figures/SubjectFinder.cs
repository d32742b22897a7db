using Ponte.Pipeline.Extraction.Dates;

namespace Ponte.Pipeline.Extraction.Figures;

/// <summary>
/// Finds what a figure measures, by position only: the words before the verb that leads to an amount, or the counted noun
/// phrase after a count. No parsing; the language's link words (verbs, prepositions) and clause words bound the phrase.
/// </summary>
internal sealed class SubjectFinder
{
    private readonly string _text;
    private readonly List<Atom> _atoms;
    private readonly PackLexicon _lexicon;
    private readonly FigureScanner _scanner;

    public SubjectFinder(string text, List<Atom> atoms, PackLexicon lexicon, FigureScanner scanner)
    {
        _text = text;
        _atoms = atoms;
        _lexicon = lexicon;
        _scanner = scanner;
    }

    /// <summary>The subject of figure <paramref name="index"/>, or null when none is found.</summary>
    public string? About(List<FigureCandidate> figures, int index)
    {
        var figure = figures[index];
        return figure.Kind == Core.Model.FigureKind.Count ? NounPhrase(figure) : Subject(figures, index);
    }

    private string? NounPhrase(FigureCandidate figure)
    {
        var start = figure.AfterNumber;
        var end = figure.Last;
        var words = 0;
        for (var k = figure.AfterNumber; k <= figure.Last; k++)
        {
            words += _atoms[k].Kind == AtomKind.Word ? 1 : 0;
        }

        var j = figure.Last + 1;
        while (j < _atoms.Count && words < FigureExtractorLimits.NounPhraseWords)
        {
            var atom = _atoms[j];
            if (atom.Kind == AtomKind.Mark && IsJoiner(j))
            {
                j++;
                continue;
            }

            if (atom.Kind != AtomKind.Word || _scanner.InDate(atom.Start) || EndsWith(j, w => w.ClauseBreak, out _) || StartsClause(j))
            {
                break;
            }

            end = j;
            words++;
            j++;
        }

        return start <= end ? Slice(start, end) : null;
    }

    private string? Subject(List<FigureCandidate> figures, int index)
    {
        var figure = figures[index];
        var p = figure.First - 1;
        while (p >= 0)
        {
            if (_scanner.InDate(_atoms[p].Start))
            {
                while (p >= 0 && _scanner.InDate(_atoms[p].Start))
                {
                    p--;
                }

                if (p >= 0 && _lexicon.Dates.TryMatch(_text, _atoms, p, out var word, out var n) && n == 1 && word.Context)
                {
                    p--;
                }

                continue;
            }

            if (index > 0 && figures[index - 1].Last == p)
            {
                return figures[index - 1].About;
            }

            if (EndsWith(p, w => w.Link || w.From || w.To || w.Qualifier is not null, out var length))
            {
                p -= length;
                continue;
            }

            break;
        }

        var end = p;
        var words = 0;
        while (p >= 0)
        {
            var atom = _atoms[p];
            if (atom.Kind == AtomKind.Mark)
            {
                if (IsJoiner(p))
                {
                    p--;
                    continue;
                }

                break;
            }

            if (atom.Kind == AtomKind.Number || EndsWith(p, w => w.ClauseBreak, out _) || (index > 0 && figures[index - 1].Last == p))
            {
                break;
            }

            if (++words > FigureExtractorLimits.SubjectWords)
            {
                break;
            }

            p--;
        }

        var start = p + 1;
        while (start <= end && _atoms[start].Kind == AtomKind.Mark)
        {
            start++;
        }

        return start <= end ? Slice(start, end) : null;
    }

    private bool StartsClause(int j) =>
        _lexicon.Figures.TryMatch(_text, _atoms, j, out var word, out _) && word.ClauseBreak;

    /// <summary>Whether a phrase of the figure lexicon that satisfies <paramref name="test"/> ends at atom <paramref name="p"/>.</summary>
    private bool EndsWith(int p, Func<FigureWord, bool> test, out int length)
    {
        for (var start = Math.Max(0, p - 3); start <= p; start++)
        {
            if (_lexicon.Figures.TryMatch(_text, _atoms, start, out var word, out var n) && start + n - 1 == p && test(word))
            {
                length = n;
                return true;
            }
        }

        length = 0;
        return false;
    }

    private bool IsJoiner(int k) =>
        k > 0 && k + 1 < _atoms.Count && _text[_atoms[k].Start] is '-' or '\'' or '’' &&
        _atoms[k - 1].End == _atoms[k].Start && _atoms[k].End == _atoms[k + 1].Start;

    private string Slice(int first, int last) => _text[_atoms[first].Start.._atoms[last].End];
}

/// <summary>Bounds on the phrases <see cref="SubjectFinder"/> returns, in words.</summary>
internal static class FigureExtractorLimits
{
    public const int SubjectWords = 12;
    public const int NounPhraseWords = 9;
}
