using System.Text;

namespace Ponte.Pipeline.Ingest;

/// <summary>
/// Finds the charset a page declares in its first bytes (<c>&lt;meta charset&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c>), as browsers pre-scan before decoding.
/// </summary>
internal static class HtmlCharsetSniffer
{
    private const int PrescanBytes = 4096;

    /// <summary>The declared charset label, or null.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        // Labels and markup are ASCII, so Latin-1 reads the pre-scan window without failing on any byte.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var at = 0;
        while ((at = head.IndexOf("<meta", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = head.IndexOf('>', at);
            if (end < 0)
            {
                break;
            }

            var tag = head.AsSpan(at, end - at);
            var charset = tag.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
            if (charset >= 0)
            {
                var rest = tag[(charset + "charset".Length)..].TrimStart();
                if (rest.Length > 0 && rest[0] == '=')
                {
                    rest = rest[1..].TrimStart().TrimStart("\"'");
                    var stop = rest.IndexOfAny("\"'; />");
                    var label = (stop >= 0 ? rest[..stop] : rest).ToString();
                    if (label.Length > 0)
                    {
                        return label;
                    }
                }
            }

            at = end;
        }

        return null;
    }
}
