using Ponte.Core.Model;
using Ponte.Languages;

namespace Ponte.Pipeline.Ingest;

/// <summary>A news outlet: the name reported as a document's source, and its country when the outlet list knows it.</summary>
public sealed record Outlet(string Name, string? Country);

/// <summary>
/// Names the outlet of a text when no metadata does: the dateline's agency, else a sign-off on the last line
/// ("-- BERNAMA", "— Reuters"), else the first credit that names a known outlet ("(Photo: VNA)", "(ANTARA)",
/// "Theo phóng viên TTXVN"). Outlets come from <c>und/sources.json</c>, loaded once; lookups are thread-safe.
/// </summary>
public sealed class SourceOutlet
{
    private const int MaxParenthesisChars = 60;
    private const int MaxSignOffChars = 60;

    private readonly Dictionary<string, Outlet> _byAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly string[] _creditMarkers;
    private readonly string[] _reporterMarkers;
    private readonly int _longestAlias;

    /// <summary>An outlet finder over the given data.</summary>
    public SourceOutlet(SourcesData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (var entry in data.Outlets)
        {
            var outlet = new Outlet(entry.Name, entry.Country);
            foreach (var alias in entry.Aliases.Prepend(entry.Name))
            {
                _byAlias.TryAdd(alias.Trim(), outlet);
            }
        }

        _longestAlias = _byAlias.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        _creditMarkers = data.CreditMarkers.OrderByDescending(m => m.Length).ToArray();
        _reporterMarkers = data.ReporterMarkers.OrderByDescending(m => m.Length).ToArray();
    }

    /// <summary>The finder over the neutral pack's outlet list.</summary>
    public static SourceOutlet Default { get; } = new(LanguagePacks.NeutralPack.Sources);

    /// <summary>The known outlet printed as <paramref name="name"/> ("BERNAMA", "Vietnam News Agency"), or null.</summary>
    public Outlet? Lookup(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return _byAlias.GetValueOrDefault(name.Trim().Trim('.', ',', ';', '(', ')', '-', '–', '—', ' '));
    }

    /// <summary>The outlet of <paramref name="text"/>, or null when the text names none.</summary>
    public Outlet? Find(string text, Dateline? dateline = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (dateline?.Source is { Length: > 0 } agency)
        {
            // A known agency is reported by its usual name ("BERNAMA" → "Bernama"); an unknown one as printed.
            return Lookup(agency) ?? new Outlet(agency, null);
        }

        return SignOff(text) ?? Credit(text);
    }

    /// <summary>A last line that is only an outlet, maybe behind dashes: "-- BERNAMA", "— VNA", "(ANTARA)".</summary>
    private Outlet? SignOff(string text)
    {
        var span = text.AsSpan().TrimEnd();
        var lastBreak = span.LastIndexOf('\n');
        var line = span[(lastBreak + 1)..].Trim();
        if (line.IsEmpty || line.Length > MaxSignOffChars)
        {
            return null;
        }

        line = line.TrimStart("-–—~ ").TrimEnd(".;");
        if (line.Length > 1 && line[0] == '(' && line[^1] == ')')
        {
            line = line[1..^1];
        }

        return Lookup(line.ToString());
    }

    /// <summary>The first parenthesis or reporter phrase in the text that names a known outlet.</summary>
    private Outlet? Credit(string text)
    {
        var span = text.AsSpan();
        var bestAt = int.MaxValue;
        Outlet? best = null;
        for (var at = span.IndexOf('('); at >= 0; at = NextParenthesis(span, at))
        {
            var close = span.Slice(at + 1, Math.Min(MaxParenthesisChars, span.Length - at - 1)).IndexOf(')');
            if (close < 0)
            {
                continue;
            }

            var inside = span.Slice(at + 1, close).Trim();
            foreach (var marker in _creditMarkers)
            {
                if (inside.StartsWith(marker, StringComparison.OrdinalIgnoreCase) && inside.Length > marker.Length &&
                    inside[marker.Length] is ':' or ' ')
                {
                    inside = inside[marker.Length..].TrimStart(": ");
                    break;
                }
            }

            if (Lookup(inside.ToString()) is { } outlet)
            {
                best = outlet;
                bestAt = at;
                break;
            }
        }

        foreach (var marker in _reporterMarkers)
        {
            for (var at = span.IndexOf(marker, StringComparison.Ordinal); at >= 0 && at < bestAt;
                 at = NextIndex(span, marker, at))
            {
                if (OutletAfter(span[(at + marker.Length)..]) is { } outlet)
                {
                    best = outlet;
                    bestAt = at;
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>The known outlet named by the first one to four words after a reporter phrase.</summary>
    private Outlet? OutletAfter(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || rest[0] != ' ')
        {
            return null;
        }

        rest = rest.TrimStart();
        var end = 0;
        Outlet? found = null;
        for (var words = 0; words < 4 && end < rest.Length && end <= _longestAlias; words++)
        {
            var next = rest[end..].IndexOfAny(" ,.;:\n");
            end = next < 0 ? rest.Length : end + next;
            if (Lookup(rest[..end].ToString()) is { } outlet)
            {
                found = outlet;
            }

            if (end >= rest.Length || rest[end] != ' ')
            {
                break;
            }

            end++;
        }

        return found;
    }

    private static int NextParenthesis(ReadOnlySpan<char> span, int at)
    {
        var next = span[(at + 1)..].IndexOf('(');
        return next < 0 ? -1 : at + 1 + next;
    }

    private static int NextIndex(ReadOnlySpan<char> span, string marker, int at)
    {
        var next = span[(at + 1)..].IndexOf(marker, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }
}
