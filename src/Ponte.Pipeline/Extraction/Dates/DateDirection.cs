using Ponte.Core.Model;
using Ponte.Languages;

namespace Ponte.Pipeline.Extraction.Dates;

/// <summary>
/// Which side of the report a date without a year lies on, when a word right beside it says so: "last November" and
/// "novembre scorso" lie before, "next March" and "Maret mendatang" after (the pack's past and ahead markers). Nearness alone
/// cannot tell: "last November" read in March is four months back, "November" read in March could as well be eight ahead.
/// </summary>
internal static class DateDirection
{
    /// <summary>-1 when a marker places the date before the report, 1 after it, 0 when no marker stands beside it.</summary>
    public static int Of(string text, TextSpan span, DatesData data) =>
        Beside(text, span, data.PastMarkers) ? -1
        : Beside(text, span, data.AheadMarkers) ? 1
        : 0;

    private static bool Beside(string text, TextSpan span, List<string> markers)
    {
        foreach (var marker in markers)
        {
            if (marker.Length > 0 && (EndsAt(text, span.Start, marker) || StartsAt(text, span.End, marker)))
            {
                return true;
            }
        }

        return false;
    }

    // The marker, then spaces, then the date: "last November", "lo scorso 14 marzo".
    private static bool EndsAt(string text, int start, string marker)
    {
        var end = start;
        while (end > 0 && text[end - 1] is ' ' or '\u00A0')
        {
            end--;
        }

        var at = end - marker.Length;
        return at >= 0
               && (end < start || !ReportYear.IsWordChar(text[start], marker[^1]))
               && text.AsSpan(at, marker.Length).Equals(marker, StringComparison.OrdinalIgnoreCase)
               && (at == 0 || !ReportYear.IsWordChar(text[at - 1], marker[0]));
    }

    // The date, then spaces, then the marker: "novembre scorso", "tháng 11 vừa qua", "พฤศจิกายนที่ผ่านมา".
    private static bool StartsAt(string text, int end, string marker)
    {
        var at = end;
        while (at < text.Length && text[at] is ' ' or '\u00A0')
        {
            at++;
        }

        var after = at + marker.Length;
        return after <= text.Length
               && (at > end || end == 0 || !ReportYear.IsWordChar(text[end - 1], marker[0]))
               && text.AsSpan(at, marker.Length).Equals(marker, StringComparison.OrdinalIgnoreCase)
               && (after == text.Length || !ReportYear.IsWordChar(text[after], marker[^1]));
    }
}
