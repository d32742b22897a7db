using System.Diagnostics;
using System.Text;
using CsCheck;
using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline;
using Ponte.Pipeline.Ingest;

namespace Ponte.Tests.Pipeline;

/// <summary>
/// The whole document pipeline, built as the CLI builds it, is total: any text gives an analysis (findings or problems),
/// never an exception or a failed stage, in bounded time, and every span it reports lies inside the text.
/// </summary>
public sealed class PipelineTotalityTests
{
    private static readonly DocumentPipeline Pipeline = WarmedUp(Composition.CreatePipeline());

    private static readonly string?[] Declared = [null, "en", "vi", "it", "ms", "id", "tl", "th", "und", "zz", "th-TH"];

    // Pieces that wake the extractors up (date, figure, quote, role and event words of every pack), so random text reaches
    // their deeper paths instead of stopping at "no capital letter here".
    private static readonly string[] Triggers =
    [
        "13 November 2025", "Nobyembre 13, 2025", "ika-5 ng Hulyo", "13 พฤศจิกายน 2568", "พ.ศ. 2568", "ngày 13/11/2025", "tháng 7",
        "13 novembre 2025", "13 Mei 2025", "Q3 2024", "H1", "2025-11-13", "US$1.8 billion", "₱500 milyon", "5,000 ล้านบาท",
        "ร้อยละ 7", "12 porsiyento", "Rp 3 triliun", "1,5 miliardi di euro", "RM2.1 bilion", "8%", "more than 60 companies",
        "\"", "“", "”", "«", "»", "‘", "’", " said ", ", aniya.", " กล่าวว่า ", "ujar", "ha detto", "cho biết", "according to",
        "Minister ", "Kalihim ", "นาย", "Ông ", "Menteri ", "Ministro ", "President ", "ASEAN", "Italy", "Roma", "กรุงโรม",
        "Hà Nội", "met ", "signed ", "nakipagpulong ", "ลงนาม", "ký kết", "incontro", "bertemu", "founded in ", "Mr. ", "Dr. ",
        "KUALA LUMPUR, ", "ROME (VNA) – ", "By ", "\n\n", ". ", "; ", " (", ") ", "-", "–", "—",
    ];

    private static readonly Gen<string> ScriptPiece = Gen.Frequency(
        (4, Gen.Char['A', 'z'].Array[1, 12].Select(c => new string(c))),
        (2, Gen.Char['\u00C0', '\u024F'].Array[1, 8].Select(c => new string(c))),                   // Latin with diacritics
        (2, Gen.Char["ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ\u0300\u0301\u0303\u0309\u0323"].Array[1, 8]
            .Select(c => new string(c))),                                                           // Vietnamese, precomposed and combining
        (3, Gen.Char['\u0E01', '\u0E5B'].Array[1, 20].Select(c => new string(c))),                  // Thai, no spaces
        (1, Gen.Char['\u4E00', '\u9FFF'].Array[1, 8].Select(c => new string(c))),                   // CJK
        (1, Gen.Char['\u0600', '\u06FF'].Array[1, 8].Select(c => new string(c))),                   // Arabic
        (1, Gen.OneOf("😀", "🇮🇹", "👩‍💼", "🏛️", "\U0001F30F")),                                   // emoji, surrogate pairs, ZWJ
        (1, Gen.Char['\0', '\u001F'].Select(c => c.ToString())),                                    // control characters
        (1, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())),                                // lone surrogates
        (2, Gen.Char["0123456789.,%$€₫฿₱"].Array[1, 8].Select(c => new string(c))),
        (4, Gen.OneOf(" ", "  ", "\n", "\r\n", "\t", "\u00A0", "\u200B", "\u00AD", "\uFEFF", "\u2029")),
        (4, Gen.OneOf(Triggers)));

    private static readonly Gen<string> MixedText = ScriptPiece.Array[0, 80].Select(string.Concat);

    [Fact]
    public void Random_text_mixing_scripts_gives_an_analysis_with_spans_inside_the_text() =>
        Gen.Select(MixedText, Gen.OneOf(Declared)).Sample((text, language) => Check(text, language), iter: 250, threads: 1);

    [Fact]
    public void Mutated_sample_articles_give_an_analysis_with_spans_inside_the_text()
    {
        var samples = Directory.EnumerateFiles(TestPaths.Samples, "*.*")
            .Where(p => p.EndsWith(".txt", StringComparison.Ordinal) || p.EndsWith(".html", StringComparison.Ordinal))
            .Where(p => !Path.GetFileName(p).Equals("README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        Assert.True(samples.Length >= 10, $"expected the sample articles in {TestPaths.Samples}");

        var mutation = Gen.Select(Gen.Int[0, 5], Gen.Double[0, 1], Gen.Double[0, 1], MixedText);
        Gen.Select(Gen.Int[0, samples.Length - 1], mutation.Array[1, 6], Gen.OneOf(Declared))
            .Sample((index, mutations, language) =>
            {
                var text = samples[index];
                foreach (var (kind, at, length, insert) in mutations)
                {
                    text = Mutate(text, kind, at, length, insert);
                }

                Check(text, language);
            }, iter: 100, threads: 1);
    }

    [Fact]
    public void Edge_inputs_give_an_analysis_with_spans_inside_the_text()
    {
        var line = new StringBuilder();
        while (line.Length < 100_000)
        {
            line.Append("Ngày 13/11/2025, Bộ trưởng Nguyễn Văn An gặp Minister Maria Rossi của Italy tại Hà Nội, ");
        }

        var thaiLine = string.Concat(Enumerable.Repeat("นายสมชายใจดีรัฐมนตรีว่าการกระทรวงพาณิชย์กล่าวว่าการค้าเติบโต5,000ล้านบาท", 1500));
        var random = new Random(20251113);
        var noise = new byte[64 * 1024];
        random.NextBytes(noise);

        var inputs = new (string Name, string Text)[]
        {
            ("empty", ""),
            ("whitespace", " \t\n\r\n\u00A0\u2029   \n"),
            ("100k-line", line.ToString(0, 100_000)),
            ("100k-letter", new string('a', 100_000)),
            ("100k-quote-marks", string.Concat(Enumerable.Repeat("“\"«", 34_000))),
            ("100k-digits", string.Concat(Enumerable.Repeat("1,234.5 ", 12_500))),
            ("thai-line", thaiLine),
            ("noise-utf8", Encoding.UTF8.GetString(noise)),
            ("noise-latin1", Encoding.Latin1.GetString(noise)),
            ("noise-utf16", new string(Enumerable.Range(0, noise.Length / 2).Select(i => (char)BitConverter.ToUInt16(noise, i * 2)).ToArray())),
        };

        foreach (var (name, text) in inputs)
        {
            foreach (var language in new[] { null, "en", "th" })
            {
                Check(text, language, TimeSpan.FromSeconds(10), name);
            }
        }
    }

    [Fact]
    public void Ten_megabytes_of_articles_are_analysed_in_bounded_time()
    {
        var articles = Directory.EnumerateFiles(TestPaths.Samples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var text = new StringBuilder(10_500_000);
        for (var i = 0; text.Length < 10_000_000; i++)
        {
            text.Append(articles[i % articles.Length]).Append("\n\n");
        }

        // Wall time on a shared machine says little, so the bound is relative: ten times the text may take at most thirty
        // times as long as a tenth of it (linear work takes ten), which a quadratic step on ten megabytes cannot meet.
        var tenth = text.ToString(0, 1_000_000);
        var clock = Stopwatch.StartNew();
        Check(tenth, null, TimeSpan.FromMinutes(1), "1 MB");
        var small = clock.Elapsed;
        clock.Restart();
        Check(text.ToString(), null, TimeSpan.FromMinutes(3), "10 MB");
        var large = clock.Elapsed;
        Assert.True(large <= small * 30 + TimeSpan.FromSeconds(2), $"1 MB took {small.TotalSeconds:F1} s but 10 MB took {large.TotalSeconds:F1} s");
    }

    // The language identifier loads its models on first use (seconds on a busy machine); that is start-up, not a hang.
    private static DocumentPipeline WarmedUp(DocumentPipeline pipeline)
    {
        pipeline.Analyze(new RawDocument { Text = "Warm-up: Roma, 13 novembre 2025.", Origin = new Origin("warm-up", Origin.FileKind) });
        return pipeline;
    }

    /// <summary>Runs the pipeline on <paramref name="text"/> under a time bound and checks the analysis.</summary>
    private static void Check(string text, string? language, TimeSpan? bound = null, string? name = null)
    {
        var limit = bound ?? TimeSpan.FromSeconds(5);
        var label = name ?? Describe(text);
        var raw = new RawDocument { Text = text, Origin = new Origin("fuzz", Origin.FileKind), Language = language };

        // The pipeline runs on a worker so a hang fails the test instead of stalling the run.
        var clock = Stopwatch.StartNew();
        var run = Task.Run(() => Pipeline.Analyze(raw));
        Assert.True(run.Wait(limit), $"no result within {limit.TotalSeconds} s for {label} (language {language ?? "auto"})");
        clock.Stop();
        var analysis = run.Result;

        var failures = analysis.Problems.Where(p => p.Code == ProblemCodes.Extractor).Select(p => p.Message).ToArray();
        Assert.True(failures.Length == 0, $"{label} (language {language ?? "auto"}): {string.Join("; ", failures)}");
        AssertSpansInside(analysis, label);
    }

    private static void AssertSpansInside(DocumentAnalysis analysis, string label)
    {
        var length = analysis.Document.Text.Length;

        void Inside(TextSpan span, string what) =>
            Assert.True(span.Start >= 0 && span.Start <= span.End && span.End <= length,
                $"{what} span [{span.Start}, {span.End}) is outside the text of length {length} for {label}");

        foreach (var sentence in analysis.Sentences)
        {
            Inside(sentence.Span, "sentence");
        }

        foreach (var entity in analysis.Entities)
        {
            Assert.False(string.IsNullOrEmpty(entity.Name), $"an entity without a name for {label}");
            foreach (var mention in entity.Mentions)
            {
                Inside(mention.Span, $"mention '{mention.Text}'");
            }

            foreach (var role in entity.RoleMentions)
            {
                Inside(role.Span, $"role '{role.Role}'");
            }
        }

        foreach (var date in analysis.Dates)
        {
            Inside(date.Span, $"date '{date.Text}'");
        }

        foreach (var figure in analysis.Figures)
        {
            Inside(figure.Span, $"figure '{figure.Text}'");
        }

        foreach (var quote in analysis.Quotes)
        {
            Inside(quote.Span, "quote");
        }

        foreach (var item in analysis.Events)
        {
            Inside(item.Span, $"event '{item.What}'");
        }

        if (analysis.Document.Dateline is { } dateline)
        {
            Inside(dateline.Span, "dateline");
        }
    }

    // Deletes, duplicates, inserts, cuts (possibly inside a surrogate pair), swaps or shouts part of an article.
    private static string Mutate(string text, int kind, double at, double length, string insert)
    {
        if (text.Length == 0)
        {
            return insert;
        }

        var start = (int)(at * text.Length);
        var count = Math.Min(text.Length - start, (int)(length * Math.Min(text.Length, 400)));
        return kind switch
        {
            0 => text.Remove(start, count),
            1 => text.Insert(start, text.Substring(start, count)),
            2 => text.Insert(start, insert),
            3 => text[..start],
            4 => string.Concat(text.AsSpan(start), text.AsSpan(0, start)),
            _ => string.Concat(text.AsSpan(0, start), text.Substring(start, count).ToUpperInvariant(), text.AsSpan(start + count)),
        };
    }

    private static string Describe(string text)
    {
        var head = text.Length <= 120 ? text : text[..120] + "…";
        var escaped = new StringBuilder();
        foreach (var c in head)
        {
            escaped.Append(c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return $"\"{escaped}\" ({text.Length} chars)";
    }
}
