using Ponte.Core.Model;
using Ponte.Languages;

namespace Ponte.Pipeline.Extraction.Dates;

/// <summary>
/// Which day a weekday named alone means, from the report's day and the clause around it: "will visit Bali on Friday",
/// "akan … pada Jumat", "sẽ … vào thứ Sáu", "จะ … ในวันศุกร์" look ahead to the next such day; a past clause ("visited
/// Jakarta on Tuesday", "đã thăm … vào thứ Ba") looks back to the latest one, which may be the report's own day ("said on
/// Wednesday" in a Wednesday report) unless a word beside it puts it in the past ("last Wednesday").
/// </summary>
internal static class WeekdayTense
{
    // How far a tense word may stand from the weekday it governs.
    private const int BackChars = 160;
    private const int AheadChars = 40;

    /// <summary>The day <paramref name="weekday"/> (0 = Sunday) at <paramref name="span"/> means, seen from <paramref name="reference"/>.</summary>
    public static DateOnly Resolve(string text, TextSpan span, int weekday, DateOnly reference, DatesData data)
    {
        var reportWeekday = (int)reference.DayOfWeek;
        var marked = DateDirection.Of(text, span, data);
        if (marked > 0 || (marked == 0 && TenseOf(text, span, data) > 0))
        {
            var forward = (weekday - reportWeekday + 7) % 7;
            return reference.AddDays(forward == 0 ? 7 : forward);
        }

        // "last Wednesday", "mercoledì scorso" said on a Wednesday are a week back; a plain "on Wednesday" is the day itself.
        var back = (reportWeekday - weekday + 7) % 7;
        return reference.AddDays(-(back == 0 && marked < 0 ? 7 : back));
    }

    // 1 when the nearest tense word of the clause is a future one, -1 when a past one, 0 when there is none. The words
    // before the weekday are read first (nearest first); a weekday that opens its clause ("On Friday, the delegation will…")
    // is read with the few words after it.
    private static int TenseOf(string text, TextSpan span, DatesData data)
    {
        var from = Math.Max(0, span.Start - BackChars);
        var before = text.AsSpan(from, span.Start - from);
        var stop = before.LastIndexOfAny(".!?;:,\n");
        if (stop >= 0)
        {
            before = before[(stop + 1)..];
        }

        var future = Nearest(before, data.FutureTense, fromEnd: true);
        var past = Nearest(before, data.PastTense, fromEnd: true);
        if (future >= 0 || past >= 0)
        {
            return future > past ? 1 : -1;
        }

        var at = span.End;
        while (at < text.Length && text[at] is ' ' or '\u00A0' or ',')
        {
            at++;
        }

        var after = text.AsSpan(at, Math.Min(AheadChars, text.Length - at));
        var end = after.IndexOfAny(".!?;:,\n");
        if (end >= 0)
        {
            after = after[..end];
        }

        future = Nearest(after, data.FutureTense, fromEnd: false);
        past = Nearest(after, data.PastTense, fromEnd: false);
        return future < 0 && past < 0 ? 0
            : past < 0 || (future >= 0 && future < past) ? 1
            : -1;
    }

    // The position of the cue nearest the weekday (the last one before it, or the first after it), or -1.
    private static int Nearest(ReadOnlySpan<char> window, List<string> cues, bool fromEnd)
    {
        var best = -1;
        foreach (var cue in cues)
        {
            var at = cue.Length > 1 && cue[0] == '-' ? WordEnding(window, cue.AsSpan(1), fromEnd) : Word(window, cue, fromEnd);
            if (at >= 0 && (best < 0 || (fromEnd ? at > best : at < best)))
            {
                best = at;
            }
        }

        return best;
    }

    private static int Word(ReadOnlySpan<char> window, string cue, bool fromEnd)
    {
        var found = -1;
        var at = 0;
        while (at <= window.Length - cue.Length)
        {
            var next = window[at..].IndexOf(cue.AsSpan(), StringComparison.OrdinalIgnoreCase);
            if (next < 0)
            {
                break;
            }

            var start = at + next;
            var end = start + cue.Length;
            if ((start == 0 || !ReportYear.IsWordChar(window[start - 1], cue[0])) &&
                (end == window.Length || !ReportYear.IsWordChar(window[end], cue[^1])))
            {
                found = start;
                if (!fromEnd)
                {
                    return found;
                }
            }

            at = start + 1;
        }

        return found;
    }

    // A cue written "-rà" is a word ending: a verb's future tense ("partirà", "firmeranno").
    private static int WordEnding(ReadOnlySpan<char> window, ReadOnlySpan<char> suffix, bool fromEnd)
    {
        var found = -1;
        var i = 0;
        while (i < window.Length)
        {
            if (!char.IsLetter(window[i]))
            {
                i++;
                continue;
            }

            var j = i;
            while (j < window.Length && char.IsLetter(window[j]))
            {
                j++;
            }

            if (j - i > suffix.Length + 2 && window[i..j].EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                found = i;
                if (!fromEnd)
                {
                    return found;
                }
            }

            i = j;
        }

        return found;
    }
}
