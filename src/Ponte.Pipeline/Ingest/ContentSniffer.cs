namespace Ponte.Pipeline.Ingest;

/// <summary>What an input holds, from its name or its first bytes.</summary>
internal enum ContentKind
{
    Unknown,
    Text,
    Html,
    JsonLines,
    Feed,
    Gzip,
}

/// <summary>Tells content kinds apart by file extension and, when that is missing or lies, by the first bytes.</summary>
internal static class ContentSniffer
{
    private static readonly (byte[] Magic, string Name)[] Magics =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF8"u8.ToArray(), "GIF image"),
        ("%PDF"u8.ToArray(), "PDF document"),
        ([(byte)'P', (byte)'K', 3, 4], "ZIP archive (or an Office document)"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "ELF executable"),
        ("MZ"u8.ToArray(), "Windows executable"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF], "7-Zip archive"),
        ("Rar!"u8.ToArray(), "RAR archive"),
        ("RIFF"u8.ToArray(), "RIFF media file"),
        ("OggS"u8.ToArray(), "Ogg media file"),
        ("ID3"u8.ToArray(), "MP3 audio"),
        ("SQLite format 3"u8.ToArray(), "SQLite database"),
        ([0x42, 0x5A, 0x68], "bzip2 archive"),
        ([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z'], "xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
        ([0xD0, 0xCF, 0x11, 0xE0], "legacy Office document"),
        ("wOF"u8.ToArray(), "web font"),
    ];

    /// <summary>The kind an extension names (".gz" is Gzip; the caller strips it to learn what is inside).</summary>
    public static ContentKind FromExtension(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".txt" or ".text" or ".md" or ".markdown" => ContentKind.Text,
            ".html" or ".htm" or ".xhtml" or ".shtml" => ContentKind.Html,
            ".jsonl" or ".ndjson" or ".jsonlines" => ContentKind.JsonLines,
            ".xml" or ".rss" or ".atom" => ContentKind.Feed,
            ".gz" or ".gzip" => ContentKind.Gzip,
            _ => ContentKind.Unknown,
        };
    }

    /// <summary>True when a gzip stream starts here.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    /// <summary>
    /// The kind of binary file these bytes start, or null for text: a known magic number, or NUL bytes in the first 8 KiB
    /// (text has none, except UTF-16/32, which a byte-order mark or its zero-byte pattern gives away).
    /// </summary>
    public static string? BinaryKind(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, name) in Magics)
        {
            if (bytes.StartsWith(magic))
            {
                return name;
            }
        }

        if (TextDecoder.Bom(bytes).Encoding is not null || TextDecoder.Utf16WithoutBom(bytes) is not null)
        {
            return null;
        }

        var head = bytes[..Math.Min(bytes.Length, 8192)];
        return head.IndexOf((byte)0) >= 0 ? "binary data (NUL bytes)" : null;
    }

    /// <summary>Guesses the kind of decoded text from its first characters.</summary>
    public static ContentKind FromText(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart("\uFEFF \t\r\n");
        if (head.IsEmpty)
        {
            return ContentKind.Text;
        }

        if (head[0] == '{')
        {
            return ContentKind.JsonLines;
        }

        if (head[0] != '<')
        {
            return ContentKind.Text;
        }

        if (head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase))
        {
            return ContentKind.Feed;
        }

        return ContentKind.Html;
    }
}
