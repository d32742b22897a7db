using System.IO.Compression;
using System.Text;

namespace Ponte.Tests.Ingest;

/// <summary>A temporary folder for one test, deleted afterwards, plus sample inputs written for these tests.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ponte-ingest-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test for it would not be.
        }
    }
}

internal static class Samples
{
    static Samples()
    {
        // Tests build legacy-encoded inputs themselves, before any reader has registered the code pages.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public const string Paragraph1 =
        "The river authority of the lowland province opened a new flood barrier on Tuesday, ending four years of construction that had closed the old harbour road.";

    public const string Paragraph2 =
        "Engineers said the barrier can hold back a surge two metres higher than the storm that flooded the market district in the last wet season.";

    public const string Paragraph3 =
        "Fishing cooperatives welcomed the opening but asked the authority to keep the eastern channel dredged so that boats can still reach the fish auction before dawn.";

    public const string Paragraph4 =
        "The authority expects the road to reopen to lorries next month, once the last inspections of the bridge deck are finished and signed off.";

    /// <summary>A news page with the furniture a real one has around its article.</summary>
    public static string ArticlePage(string bodyClass = "article-body") => $$$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Barrier opens | Lowland Courier</title>
          <meta property="og:title" content="Flood barrier opens after four years">
          <meta property="og:site_name" content="Lowland Courier">
          <meta name="author" content="Ana Ferreira">
          <meta property="article:published_time" content="2024-03-05T09:30:00+07:00">
          <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Lowland Courier"},
            {"@type":"NewsArticle","headline":"Flood barrier opens after four years","datePublished":"2024-03-05T09:30:00+07:00",
             "author":{"@type":"Person","name":"Ana Ferreira"}}]}</script>
        </head>
        <body>
          <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
          <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
          <main>
            <article>
              <h1>Flood barrier opens after four years</h1>
              <div class="byline">By Ana Ferreira</div>
              <div class="{{{bodyClass}}}">
                <p>{{{Paragraph1}}}</p>
                <figure><img src="barrier.jpg"><figcaption>The new barrier seen from the harbour wall at low tide.</figcaption></figure>
                <p>{{{Paragraph2}}}</p>
                <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                <p>{{{Paragraph3}}}</p>
                <aside class="related-links"><h3>Related</h3><ul><li><a href="/a">Harbour road closure extended again</a></li><li><a href="/b">Dredging contract awarded</a></li></ul></aside>
                <p>{{{Paragraph4}}}</p>
              </div>
            </article>
            <section id="comments" class="comments"><h2>Comments</h2><p>Finally! I have waited so long for this road to open again, it took ages.</p></section>
          </main>
          <footer class="site-footer"><p>Copyright 2024 Lowland Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        </body>
        </html>
        """;

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    public static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
        0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
    ];
}
