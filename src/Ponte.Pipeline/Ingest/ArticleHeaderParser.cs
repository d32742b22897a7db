using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ponte.Core.Model;
using Ponte.Languages;

namespace Ponte.Pipeline.Ingest;

/// <summary>
/// Recognises the head of a normalised plain-text article: a headline line, a byline ("By X", "Oleh X", "di X", "Bởi X",
/// "X - Agency") and a dateline in its wire forms — "JAKARTA, Nov 13 (Bernama) --", "Rome (VNA) –", "ROMA, 5 luglio (ANSA) -",
/// "KUALA LUMPUR: …", "Hà Nội, ngày 5/7 (TTXVN) -". Only the first few lines are looked at, so a caption line before the
/// dateline is passed over. Byline words and outlets are data (<c>und/sources.json</c>); the parser is thread-safe.
/// </summary>
public sealed partial class ArticleHeaderParser
{
    private const int LinesExamined = 6;
    private const int MaxTitleChars = 200;
    private const int MaxTitleWords = 30;
    private const int MaxBylineChars = 80;

    // Lower-case words that sit inside personal names in the languages Ponte reads (Malay "bin", Italian "di", Dutch "van").
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "bin", "binti", "bt", "a/l", "a/p", "di", "de", "da", "del", "della", "dei", "van", "von", "der", "den", "la", "le", "al", "el", "dos", "y", "e", "and", "và", "dan",
    };

    private readonly string[] _bylineMarkers;
    private readonly HashSet<string> _notPlaces;
    private readonly SourceOutlet _outlets;

    /// <summary>A parser over the given data.</summary>
    public ArticleHeaderParser(SourcesData data, SourceOutlet outlets)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(outlets);

        // Longest first, so "A cura di" is tried before "di".
        _bylineMarkers = data.BylineMarkers.OrderByDescending(m => m.Length).ToArray();
        _notPlaces = new HashSet<string>(data.NotPlaces, StringComparer.Ordinal);
        _outlets = outlets;
    }

    /// <summary>The parser over the neutral pack's data.</summary>
    public static ArticleHeaderParser Default { get; } = new(LanguagePacks.NeutralPack.Sources, SourceOutlet.Default);

    /// <summary>Finds headline, byline and dateline in the first lines of <paramref name="text"/>.</summary>
    public ArticleHeader Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = FirstLines(text, LinesExamined + 1);
        if (lines.Count == 0)
        {
            return ArticleHeader.None;
        }

        TextSpan? title = null;
        string? author = null;
        Dateline? dateline = null;
        for (var i = 0; i < Math.Min(lines.Count, LinesExamined); i++)
        {
            var line = lines[i];
            var content = text.AsSpan(line.Start, line.Length);
            if (dateline is null && MatchDateline(text, line) is { } found)
            {
                dateline = found;

                // Text after the dateline is the story; nothing above the story's first line is searched again.
                break;
            }

            if (author is null && Byline(content) is { } name)
            {
                author = name;
                continue;
            }

            if (i == 0 && lines.Count > 1 && IsHeadline(content))
            {
                title = line;
            }
        }

        return new ArticleHeader(title, author, dateline);
    }

    private static bool IsHeadline(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxTitleChars || line.IsEmpty)
        {
            return false;
        }

        var last = line[^1];
        if (last is '.' or ':' or ';' or ',')
        {
            return false;
        }

        // A line closing with a credit in parentheses is a photo caption, not a headline.
        if (last == ')' && line.LastIndexOf('(') is var open and >= 0 && line[open..].IndexOf(':') >= 0)
        {
            return false;
        }

        var words = 0;
        foreach (var _ in line.Split(' '))
        {
            words++;
        }

        return words <= MaxTitleWords && char.IsUpper(FirstLetter(line));
    }

    /// <summary>The name in a byline line, or null.</summary>
    private string? Byline(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxBylineChars || line.Length < 4)
        {
            return null;
        }

        foreach (var marker in _bylineMarkers)
        {
            if (line.StartsWith(marker, StringComparison.Ordinal) && line.Length > marker.Length + 1 &&
                (line[marker.Length] == ' ' || marker.EndsWith(':')))
            {
                var name = CleanName(line[marker.Length..]);
                return LooksLikeName(name) ? name : null;
            }
        }

        // "Name Surname - Agency": a short capitalised name, a spaced dash and a known outlet.
        var dash = line.IndexOfAny("-–—");
        if (dash > 3 && dash < line.Length - 2 && line[dash - 1] == ' ' && line[dash + 1] == ' ')
        {
            var name = CleanName(line[..dash]);
            var agency = line[(dash + 1)..].Trim();
            if (LooksLikeName(name) && _outlets.Lookup(agency.ToString()) is not null)
            {
                return name;
            }
        }

        return null;
    }

    private static string CleanName(ReadOnlySpan<char> value) => value.Trim().TrimEnd(",;|").Trim().ToString();

    /// <summary>One to six words, each starting with a capital (particles like "bin", "di", "van" aside), no sentence end.</summary>
    private static bool LooksLikeName(string name)
    {
        if (name.Length < 3 || name.EndsWith('.') && !name.EndsWith(" Jr.", StringComparison.Ordinal))
        {
            return false;
        }

        var words = name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 8)
        {
            return false;
        }

        return char.IsUpper(FirstLetter(words[0])) && !name.Any(char.IsDigit) &&
               words.All(w => char.IsUpper(FirstLetter(w)) || NameParticles.Contains(w));
    }

    private static char FirstLetter(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (char.IsLetter(c))
            {
                return c;
            }
        }

        return ' ';
    }

    private Dateline? MatchDateline(string text, TextSpan line)
    {
        var match = DatelinePattern().Match(text, line.Start, line.Length);
        if (!match.Success)
        {
            return null;
        }

        var place = match.Groups["place"].Value;
        var source = match.Groups["src"].Success ? match.Groups["src"].Value.Trim() : null;
        var date = match.Groups["date"].Success ? match.Groups["date"].Value.Trim() : null;
        var upper = IsUpperCase(place);
        if (_notPlaces.Contains(place) || (source is null && !upper))
        {
            // Without an agency in parentheses only an upper-case place reads as a dateline ("PARIS —", "KUALA LUMPUR:").
            return null;
        }

        if (date is not null && !date.Any(char.IsDigit))
        {
            return null;
        }

        if (match.Groups["dash"].Value == ":" && (source is not null || !upper))
        {
            return null;
        }

        if (source is not null && (source.Contains(':', StringComparison.Ordinal) || !char.IsUpper(FirstLetter(source))))
        {
            return null;
        }

        return new Dateline(upper ? TitleCase(place) : place, source, date, new TextSpan(match.Index, match.Index + match.Length));
    }

    private static bool IsUpperCase(string value)
    {
        var letters = 0;
        foreach (var c in value)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 1;
    }

    /// <summary>"KUALA LUMPUR" → "Kuala Lumpur", "HÀ NỘI" → "Hà Nội": each word and hyphenated part capitalised.</summary>
    internal static string TitleCase(string value)
    {
        var builder = new StringBuilder(value.Length);
        var start = true;
        foreach (var c in value)
        {
            builder.Append(start ? char.ToUpper(c, CultureInfo.InvariantCulture) : char.ToLower(c, CultureInfo.InvariantCulture));
            start = c is ' ' or '-';
        }

        return builder.ToString();
    }

    /// <summary>Spans of the first non-empty lines, trimmed.</summary>
    private static List<TextSpan> FirstLines(string text, int count)
    {
        var lines = new List<TextSpan>(count);
        var start = 0;
        while (start < text.Length && lines.Count < count)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                lines.Add(new TextSpan(s, e));
            }

            start = end + 1;
        }

        return lines;
    }

    // Anchored at the line start; every repetition is bounded, so a line costs linear time.
    [GeneratedRegex(
        @"\G(?<place>\p{Lu}[\p{L}\p{M}'’.]{0,20}(?:[ -]\p{Lu}[\p{L}\p{M}'’.]{0,20}){0,3})" +
        @"(?:, ?(?<date>[^()\n–—:-]{1,30}?))?" +
        @"(?: ?\((?<src>[^()\n]{1,40})\))?" +
        @" ?(?<dash>--|[–—:-])(?= )",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatelinePattern();
}
