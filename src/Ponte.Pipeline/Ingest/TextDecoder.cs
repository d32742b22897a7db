using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Ponte.Core.Model;

namespace Ponte.Pipeline.Ingest;

/// <summary>Text decoded from bytes, or the problem that kept it from being decoded.</summary>
internal readonly record struct DecodedText(string? Text, Encoding? Encoding, string? ProblemCode, string? Reason)
{
    public static DecodedText Failed(string code, string reason) => new(null, null, code, reason);
}

/// <summary>
/// Turns bytes into text with one policy for every reader:
/// <list type="number">
/// <item>a byte-order mark wins (UTF-8, UTF-16 LE/BE, UTF-32 LE);</item>
/// <item>then a charset the container declares (HTTP header, HTML meta), except that a page declaring a Latin single-byte
/// charset whose bytes are valid UTF-8 with non-ASCII letters is read as UTF-8 — the declaration is the stale part;</item>
/// <item>then UTF-8 when the bytes are valid UTF-8;</item>
/// <item>then, for bytes that are not valid UTF-8: if they hold at least as many well-formed multi-byte UTF-8 sequences as
/// broken ones, the text is UTF-8 damaged in transit, and plain text is rejected with <c>ingest.encoding</c> (HTML, where
/// damaged pages are common, is read with replacement characters); otherwise the bytes are read as Windows-1252, the
/// encoding of undeclared legacy Western text (a superset of ISO-8859-1 that has ’ “ ” € in 0x80–0x9F). Bytes that
/// Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) mean there is no plausible decoding: <c>ingest.encoding</c>.</item>
/// </list>
/// UTF-16 without a byte-order mark is recognised by its zero bytes in alternate positions.
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf8Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static TextDecoder()
    {
        // .NET Core ships only the Unicode encodings and Latin-1 until the code-page provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>Windows-1252, the fallback for undeclared non-UTF-8 text.</summary>
    public static Encoding Windows1252 { get; }

    /// <summary>Decodes plain text by the policy above.</summary>
    public static DecodedText DecodeText(ReadOnlySpan<byte> bytes) => Decode(bytes, declared: null, lenient: false);

    /// <summary>Decodes HTML: BOM, then <paramref name="declaredCharset"/> (transport), then the page's meta charset, then the policy.</summary>
    public static DecodedText DecodeHtml(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        var declared = EncodingOf(declaredCharset) ?? EncodingOf(HtmlCharsetSniffer.Sniff(bytes));
        return Decode(bytes, declared, lenient: true);
    }

    /// <summary>The encoding a charset label names, with the HTML rule that Latin-1 means Windows-1252; null if unknown.</summary>
    public static Encoding? EncodingOf(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var label = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        if (label is "iso-8859-1" or "latin1" or "latin-1" or "iso8859-1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252")
        {
            return Windows1252;
        }

        if (label is "utf8" or "utf-8")
        {
            return Utf8Lenient;
        }

        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding? declared, bool lenient)
    {
        var (bom, bomLength) = Bom(bytes);
        if (bom is not null)
        {
            return Done(bom.GetString(bytes[bomLength..]), bom);
        }

        if (Utf16WithoutBom(bytes) is { } utf16)
        {
            return Done(utf16.GetString(bytes), utf16);
        }

        var valid = Utf8.IsValid(bytes);
        if (declared is not null && !(declared.CodePage == 1252 && valid && !Ascii.IsValid(bytes)))
        {
            return Done(declared.GetString(bytes), declared);
        }

        if (valid)
        {
            return Done(Utf8Lenient.GetString(bytes), Utf8Strict);
        }

        var (multiByte, broken) = Utf8Census(bytes);
        if (multiByte >= broken)
        {
            return lenient
                ? Done(Utf8Lenient.GetString(bytes), Utf8Lenient)
                : DecodedText.Failed(ProblemCodes.Encoding,
                    $"not valid UTF-8: {broken} broken byte sequence(s) among {multiByte} well-formed multi-byte one(s)");
        }

        if (bytes.IndexOfAny(Undefined1252) >= 0 && !lenient)
        {
            return DecodedText.Failed(ProblemCodes.Encoding, "neither valid UTF-8 nor Windows-1252 (bytes undefined in both)");
        }

        return Done(Windows1252.GetString(bytes), Windows1252);
    }

    private static readonly SearchValues<byte> Undefined1252 = SearchValues.Create([0x81, 0x8D, 0x8F, 0x90, 0x9D]);

    private static DecodedText Done(string text, Encoding encoding) => new(text, encoding, null, null);

    /// <summary>The encoding a byte-order mark names and the mark's length, or (null, 0).</summary>
    internal static (Encoding? Encoding, int Length) Bom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Utf8Lenient, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (Encoding.UTF32, 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        return (null, 0);
    }

    /// <summary>UTF-16 without a mark: most code units of Latin text have a zero high byte, so zeros fill one column.</summary>
    internal static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 8)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < n; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        var units = n / 2;
        if (oddZeros * 10 >= units * 7 && evenZeros * 20 < units)
        {
            return Encoding.Unicode;
        }

        return evenZeros * 10 >= units * 7 && oddZeros * 20 < units ? Encoding.BigEndianUnicode : null;
    }

    /// <summary>Counts well-formed multi-byte UTF-8 sequences and broken ones.</summary>
    private static (int MultiByte, int Broken) Utf8Census(ReadOnlySpan<byte> bytes)
    {
        int multi = 0, broken = 0;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                multi += consumed > 1 ? 1 : 0;
            }
            else
            {
                broken++;
            }

            bytes = bytes[Math.Max(1, consumed)..];
        }

        return (multi, broken);
    }
}
