using System.Text;

namespace Ponte.Tests.Ingest;

/// <summary>
/// The article-body measure of the Zyte extraction benchmark, as ../shared/tools/score_bodies.py computes it: word 4-gram
/// shingles counted with multiplicity, each page's tp/fp/fn normalised to sum to 1, precision and recall averaged over pages.
/// </summary>
internal static class BodyScore
{
    /// <summary>Normalised (tp, fp, fn) of one page.</summary>
    public static (double Tp, double Fp, double Fn) PageCounts(string truth, string predicted)
    {
        var t = Shingles(truth);
        var p = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, tc) in t)
        {
            var pc = p.GetValueOrDefault(key);
            tp += Math.Min(tc, pc);
            fn += Math.Max(0, tc - pc);
        }

        foreach (var (key, pc) in p)
        {
            fp += Math.Max(0, pc - t.GetValueOrDefault(key));
        }

        var s = tp + fp + fn;
        return s > 0 ? (tp / s, fp / s, fn / s) : (0, 0, 0);
    }

    /// <summary>Precision, recall and F1 over pages, each page weighted equally.</summary>
    public static (double P, double R, double F1) Aggregate(IReadOnlyCollection<(double Tp, double Fp, double Fn)> pages)
    {
        var ps = pages.Where(c => c.Tp + c.Fp > 0).Select(c => c.Fp == 0 && c.Fn == 0 ? 1.0 : c.Tp / (c.Tp + c.Fp)).ToList();
        var rs = pages.Where(c => c.Tp + c.Fn > 0).Select(c => c.Fp == 0 && c.Fn == 0 ? 1.0 : c.Tp / (c.Tp + c.Fn)).ToList();
        var p = ps.Count > 0 ? ps.Average() : 0;
        var r = rs.Count > 0 ? rs.Average() : 0;
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }

    /// <summary>Word 4-grams with counts; a text of fewer than four words is one shorter shingle.</summary>
    private static Dictionary<string, int> Shingles(string text)
    {
        var words = Words(text).ToArray();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Length == 0)
        {
            return result;
        }

        var count = Math.Max(1, words.Length - 3);
        for (var i = 0; i < count; i++)
        {
            // A separator that \w never matches keeps distinct word tuples distinct.
            var key = string.Join("\u0001", words, i, Math.Min(4, words.Length - i));
            result[key] = result.GetValueOrDefault(key) + 1;
        }

        return result;
    }

    /// <summary>Python's <c>\w+</c> on str: letters, numbers (Nd, Nl, No) and underscore.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetter(rune) || Rune.IsNumber(rune) || rune.Value == '_')
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
