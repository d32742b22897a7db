using System.Buffers;
using System.Globalization;
using System.Text;
using Ponte.Core.Text;

namespace Ponte.Pipeline.Normalization;

/// <summary>
/// Brings text to the one form Ponte stores, hashes and points spans into, in a single pass followed by NFC:
/// <list type="bullet">
/// <item>line breaks: \r\n, \r, NEL, LS, VT and FF become \n; the paragraph separator U+2029 becomes a blank line;</item>
/// <item>every Unicode space (NBSP, thin, en/em, ideographic…) and tab becomes ' ', and runs of them collapse to one;</item>
/// <item>spaces at the start and end of every line are dropped, so a line of spaces is a blank line;</item>
/// <item>three or more line breaks become exactly one blank line ("\n\n"); leading and trailing blank space go;</item>
/// <item>invisible format characters go: zero-width space, word joiner, soft hyphen, BOM, bidi marks and embeddings,
/// and C0/C1 controls other than the line breaks above;</item>
/// <item>ZWJ and ZWNJ are kept only between two non-ASCII letters, marks or symbols, where they change shaping or join an
/// emoji sequence (Indic, Arabic and Persian scripts; family and profession emoji); anywhere else they carry nothing and go;</item>
/// <item>a lone surrogate becomes U+FFFD, so the result is always valid UTF-16 and NFC never throws.</item>
/// </list>
/// Idempotent: normalising a normalised text returns it unchanged. Stateless and thread-safe.
/// </summary>
public sealed class TextNormalizer : ITextNormalizer
{
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    // Printable ASCII without the space: copied through in runs, the common case in every language but Thai and Vietnamese.
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    // Whether each UTF-16 unit is plain content (Classify says so), for the whole BMP: built once from Classify itself.
    private static readonly bool[] IsContent = BuildContent();

    /// <summary>A shared instance; the normaliser has no state.</summary>
    public static TextNormalizer Instance { get; } = new();

    /// <inheritdoc />
    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        var result = Pass(text);

        // Removing invisible characters can bring a base letter and its combining mark together, so NFC runs after the
        // pass. NFC can in turn change a neighbour the pass looked at (K-kelvin becomes ASCII K), so the two repeat until
        // stable; in practice the loop body never runs or runs once.
        for (var round = 0; round < 3 && !result.IsNormalized(NormalizationForm.FormC); round++)
        {
            result = Pass(result.Normalize(NormalizationForm.FormC));
        }

        return result;
    }

    private static string Pass(string text)
    {
        // Into a pooled buffer; most texts come out as they went in, and then the input itself is returned.
        var output = new PooledChars(text.Length + text.Length / 8);
        try
        {
            Run(text, ref output);
            var result = output.Written;
            return result.SequenceEqual(text) ? text : result.ToString();
        }
        finally
        {
            output.Release();
        }
    }

    private static void Run(string text, ref PooledChars sb)
    {
        var pendingSpace = false;
        var pendingBreaks = 0;
        var i = 0;
        while (i < text.Length)
        {
            var run = text.AsSpan(i).IndexOfAnyExcept(Plain);
            if (run != 0)
            {
                var length = run < 0 ? text.Length - i : run;
                Flush(ref sb, ref pendingSpace, ref pendingBreaks);
                sb.Append(text.AsSpan(i, length));
                i += length;
                continue;
            }

            var c = text[i];
            if (c >= 0x80 && IsContent[c])
            {
                // A run of ordinary letters (Thai, Vietnamese): copied at once, as one character at a time would be.
                var end = i + 1;
                while (end < text.Length && IsContent[text[end]])
                {
                    end++;
                }

                Flush(ref sb, ref pendingSpace, ref pendingBreaks);
                sb.Append(text.AsSpan(i, end - i));
                i = end;
                continue;
            }

            switch (Classify(c))
            {
                case CharClass.Space:
                    pendingSpace = true;
                    i++;
                    continue;
                case CharClass.LineBreak:
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    pendingBreaks++;
                    continue;
                case CharClass.ParagraphBreak:
                    pendingBreaks += 2;
                    i++;
                    continue;
                case CharClass.Invisible:
                    i++;
                    continue;
                case CharClass.Joiner when !IsJoinable(ref sb, text, i):
                    i++;
                    continue;
                case CharClass.Surrogate:
                    Flush(ref sb, ref pendingSpace, ref pendingBreaks);
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c);
                        sb.Append(text[i + 1]);
                        i += 2;
                    }
                    else
                    {
                        sb.Append('\uFFFD');
                        i++;
                    }

                    continue;
            }

            Flush(ref sb, ref pendingSpace, ref pendingBreaks);
            sb.Append(c);
            i++;
        }
    }

    private static void Flush(ref PooledChars sb, ref bool pendingSpace, ref int pendingBreaks)
    {
        if (sb.Length > 0)
        {
            if (pendingBreaks > 0)
            {
                sb.Append('\n');
                if (pendingBreaks > 1)
                {
                    sb.Append('\n');
                }
            }
            else if (pendingSpace)
            {
                sb.Append(' ');
            }
        }

        pendingSpace = false;
        pendingBreaks = 0;
    }

    // A joiner survives only between two characters it can act on; the left one is already in the output.
    private static bool IsJoinable(ref PooledChars sb, string text, int i) =>
        sb.Length > 0 && IsJoinTarget(sb.Last) && i + 1 < text.Length && IsJoinTarget(text[i + 1]);

    private static bool IsJoinTarget(char c)
    {
        if (c < 0x80 || c is ZeroWidthJoiner or ZeroWidthNonJoiner)
        {
            return false;
        }

        if (char.IsSurrogate(c))
        {
            return true;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
            UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or
            UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.OtherSymbol;
    }

    private static bool[] BuildContent()
    {
        var content = new bool[0x10000];
        for (var i = 0; i < content.Length; i++)
        {
            content[i] = Classify((char)i) == CharClass.Content;
        }

        return content;
    }

    private static CharClass Classify(char c)
    {
        if (c >= 0x20 && c < 0x7F)
        {
            return c == ' ' ? CharClass.Space : CharClass.Content;
        }

        switch (c)
        {
            case '\t':
                return CharClass.Space;
            case '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028':
                return CharClass.LineBreak;
            case '\u2029':
                return CharClass.ParagraphBreak;
            case ZeroWidthJoiner or ZeroWidthNonJoiner:
                return CharClass.Joiner;
            case '\u00AD' or '\u061C' or '\u180E' or '\u200B' or '\u200E' or '\u200F' or '\uFEFF'
                or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u206F'):
                return CharClass.Invisible;
        }

        if (char.IsSurrogate(c))
        {
            return CharClass.Surrogate;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.SpaceSeparator => CharClass.Space,
            UnicodeCategory.Control => CharClass.Invisible,
            _ => CharClass.Content,
        };
    }

    private enum CharClass
    {
        Content,
        Space,
        LineBreak,
        ParagraphBreak,
        Invisible,
        Joiner,
        Surrogate,
    }
}
