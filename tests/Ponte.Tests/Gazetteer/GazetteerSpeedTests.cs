using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace Ponte.Tests.Gazetteer;

/// <summary>
/// A coarse guard against pathological slowness (say, a scan that turned quadratic), not a measurement: tests run
/// unoptimised and share the machine. A Release build scans tens of millions of characters a second.
/// </summary>
public sealed class GazetteerSpeedTests(ITestOutputHelper output)
{
    private static readonly string[] Sentences =
    [
        "Ministers from Italy and Vietnam met in Ho Chi Minh City to discuss trade with the rest of Southeast Asia. ",
        "Đại sứ Việt Nam tại Ý cho biết doanh nghiệp châu Âu muốn đầu tư vào Đông Nam Á và Thành phố Hồ Chí Minh. ",
        "L'Italia e la Thailandia hanno firmato a Roma un accordo sulla cooperazione economica e culturale. ",
        "Malaysia dan Itali menandatangani memorandum persefahaman di Putrajaya mengenai tenaga boleh baharu. ",
        "Indonesia dan Amerika Serikat membuka kantor perdagangan di Surabaya untuk kawasan Asia Tenggara. ",
        "Nagkita ang mga pinuno ng Pilipinas at Italya sa Maynila upang pag-usapan ang kalakalan. ",
        "นายกรัฐมนตรีอิตาลีเยือนประเทศไทยและพบปะนักธุรกิจที่เชียงใหม่ ",
        "The quarterly report said that exports of machinery and textiles grew by more than ten per cent. ",
    ];

    [Fact]
    public void Loading_and_scanning_are_fast()
    {
        var load = Stopwatch.StartNew();
        var gazetteer = global::Ponte.Languages.Gazetteer.Gazetteer.Load();
        load.Stop();

        var sb = new StringBuilder(1 << 20);
        for (var i = 0; sb.Length < 1 << 20; i++)
        {
            sb.Append(Sentences[i % Sentences.Length]);
        }

        var text = sb.ToString();
        gazetteer.FindAll(text[..10_000]);
        var scan = Stopwatch.StartNew();
        var found = gazetteer.FindAll(text).Count;
        scan.Stop();
        var charsPerSecond = text.Length / scan.Elapsed.TotalSeconds;

        var fuzzy = Stopwatch.StartNew();
        gazetteer.LookupFuzzy("Houson");
        fuzzy.Stop();
        var fuzzyAgain = Stopwatch.StartNew();
        for (var i = 0; i < 1000; i++)
        {
            gazetteer.LookupFuzzy("Kuala Lumpr");
        }

        fuzzyAgain.Stop();

        output.WriteLine($"places {gazetteer.Places.Count}, folded names {gazetteer.PlaceNameCount}, organisations {gazetteer.Organisations.Count}");
        output.WriteLine($"load {load.ElapsedMilliseconds} ms; FindAll over {text.Length:N0} chars: {found:N0} matches in {scan.ElapsedMilliseconds} ms = {charsPerSecond / 1e6:F1} M chars/s");
        output.WriteLine($"first fuzzy look-up (builds the index) {fuzzy.ElapsedMilliseconds} ms; then {fuzzyAgain.Elapsed.TotalMicroseconds / 1000:F1} µs each");
        Assert.True(charsPerSecond > 50_000, $"FindAll ran at {charsPerSecond:N0} chars/s");
        Assert.True(load.ElapsedMilliseconds < 30_000, $"loading took {load.ElapsedMilliseconds} ms");
    }
}
