using System.Globalization;
using Lingua;
using Ponte.Core.Model;
using Ponte.Languages;
using LinguaLanguage = Lingua.Language;

namespace Ponte.Pipeline.Language;

/// <summary>
/// Identifies the language of a text among a configured few, answering "und" when unsure. Evidence, cheapest first:
/// <list type="number">
/// <item>a script only one of the languages writes (<c>scriptRanges</c>: Thai letters → th at once);</item>
/// <item>the language's most common words (<c>commonWords</c>: "the", "của", "della", "yang", "ang"): when one language
/// clearly leads, it is the answer without the statistical model, which is a hundred times slower;</item>
/// <item>the statistical model of SearchPioneer.Lingua, restricted to the configured languages, for short or mixed
/// texts;</item>
/// <item>for languages that share their common words and confuse the model (Malay and Indonesian, <c>closeTo</c>), the
/// marker words of each (<c>markers</c>: kerana/karena, kerajaan/pemerintah), weighed against the model's scores.</item>
/// </list>
/// All evidence comes from each language's <c>identification.json</c>. The model and word tables are built lazily on the
/// first call, so a process that never identifies a language never pays for them; the instance is then shared and
/// thread-safe.
/// </summary>
public sealed class LanguageIdentifier : ILanguageIdentifier
{
    // How far the model's own preference counts against marker words, in log-odds: a few markers outweigh it.
    private const double ModelLogOddsCap = 3.0;
    private const double MarkerWeight = 1.0;

    // One marker repeated through a story is one topic, not growing evidence.
    private const int MaxHitsPerMarker = 3;

    // The common-word shortcut: at least this many hits, this many times the best unrelated rival, and between close
    // relatives this many more marker hits than the next one.
    private const int QuickMinimumHits = 8;
    private const int QuickMargin = 4;
    private const int QuickMarkerMargin = 3;

    private readonly LanguageIdentifierOptions _options;
    private readonly Lazy<Model> _model;

    /// <summary>Creates an identifier for the default languages.</summary>
    public LanguageIdentifier()
        : this(new LanguageIdentifierOptions())
    {
    }

    /// <summary>Creates an identifier; throws when <paramref name="options"/> are invalid. Loads nothing yet.</summary>
    public LanguageIdentifier(LanguageIdentifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _model = new Lazy<Model>(() => Model.Build(options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The options in force.</summary>
    public LanguageIdentifierOptions Options => _options;

    /// <inheritdoc />
    public LanguageTag Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = Sample(text, _options.SampleLength);
        var letters = CountLetters(sample);
        if (letters < _options.MinimumLetters)
        {
            return LanguageTag.Undetermined;
        }

        var model = _model.Value;
        var decision = model.ScriptOwner(sample, letters);
        if (decision is null)
        {
            var common = model.Scan(sample, out var markers);
            decision = model.ByCommonWords(common, markers) ?? model.ByStatistics(sample, markers);
        }

        var (language, confidence) = decision.Value;
        if (language < 0)
        {
            return LanguageTag.Undetermined;
        }

        confidence = Math.Round(Math.Clamp(confidence, 0, 1), 3);
        return confidence < _options.MinimumConfidence ? LanguageTag.Undetermined : new LanguageTag(model.Codes[language], confidence);
    }

    // The first SampleLength characters, cut at a space so no word is halved and never inside a surrogate pair.
    private static ReadOnlySpan<char> Sample(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var span = text.AsSpan(0, length);
        var space = span.LastIndexOfAny(' ', '\n');
        if (space > length / 2)
        {
            return span[..space];
        }

        return char.IsHighSurrogate(span[^1]) ? span[..^1] : span;
    }

    private static int CountLetters(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsLetter(c))
            {
                count++;
            }
        }

        return count;
    }

    // One table lookup instead of a Unicode category lookup per character of Thai or Vietnamese.
    private static bool IsLetter(char c) => (Extraction.CharClasses.Of(c) & Extraction.CharBits.Letter) != 0;

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>What one word says: the languages it is a common word of, and those it is a marker of.</summary>
    private sealed record WordRole(int[] CommonOf, int[] MarkerOf);

    /// <summary>Everything built on first use: the detector, the word table, script ranges. Immutable.</summary>
    private sealed class Model
    {
        private readonly int[][] _relatives;
        private readonly (int Language, int First, int Last)[] _scripts;
        private readonly Dictionary<string, WordRole>.AlternateLookup<ReadOnlySpan<char>> _words;
        private readonly int _longestWord;

        // One bit per ASCII first character and length (from 15 up shared) of the table's words.
        private readonly BitSet _asciiStarts;
        private readonly (string Phrase, int Language)[] _phrases;
        private readonly LanguageDetector _detector;
        private readonly Dictionary<LinguaLanguage, int> _indexOf;

        private Model(
            string[] codes,
            int[][] relatives,
            (int, int, int)[] scripts,
            Dictionary<string, WordRole> words,
            (string, int)[] phrases,
            LanguageDetector detector,
            Dictionary<LinguaLanguage, int> indexOf)
        {
            Codes = codes;
            _relatives = relatives;
            _scripts = scripts;
            _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
            _longestWord = words.Count == 0 ? 0 : words.Keys.Max(w => w.Length);
            _asciiStarts = new BitSet(128 * 16);
            foreach (var word in words.Keys)
            {
                // Under every ASCII character its first character equals ignoring case (as the table compares).
                foreach (var a in BitSet.AsciiEquivalents(word[0]))
                {
                    _asciiStarts.Add(AsciiStartBit(a, word.Length));
                }
            }
            _phrases = phrases;
            _detector = detector;
            _indexOf = indexOf;
        }

        /// <summary>The configured codes; languages are indices into this array.</summary>
        public string[] Codes { get; }

        public static Model Build(LanguageIdentifierOptions options)
        {
            var byCode = LanguageInfo.All().ToDictionary(l => l.IsoCode6391().ToString().ToLowerInvariant(), StringComparer.Ordinal);
            var codes = options.Languages.ToArray();
            var languages = codes.Select(c => byCode[c]).ToArray();
            CheckModelFiles(codes);

            // Lingua compares at least two languages; with one configured, its score is still meaningful against another.
            var detector = (languages.Length == 1
                ? LanguageDetectorBuilder.FromLanguages(languages[0], languages[0] == LinguaLanguage.English ? LinguaLanguage.French : LinguaLanguage.English)
                : LanguageDetectorBuilder.FromLanguages(languages)).Build();

            var relatives = new int[codes.Length][];
            var scripts = new List<(int, int, int)>();
            var common = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
            var markers = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
            var phrases = new List<(string, int)>();
            for (var i = 0; i < codes.Length; i++)
            {
                var data = LanguagePacks.Get(codes[i]).Identification;
                relatives[i] = data.CloseTo.Select(c => Array.IndexOf(codes, c)).Where(r => r >= 0 && r != i).ToArray();
                foreach (var range in data.ScriptRanges)
                {
                    var (first, last) = ParseRange(codes[i], range);
                    scripts.Add((i, first, last));
                }

                foreach (var word in data.CommonWords.Select(w => w.Trim()).Where(w => w.Length > 0))
                {
                    AddOwner(common, word, i);
                }

                foreach (var marker in data.Markers.Select(m => m.Trim()).Where(m => m.Length > 0))
                {
                    if (marker.Contains(' ', StringComparison.Ordinal))
                    {
                        phrases.Add((marker, i));
                    }
                    else
                    {
                        AddOwner(markers, marker, i);
                    }
                }
            }

            var words = new Dictionary<string, WordRole>(StringComparer.OrdinalIgnoreCase);
            foreach (var word in common.Keys.Union(markers.Keys, StringComparer.OrdinalIgnoreCase))
            {
                words[word] = new WordRole(
                    common.TryGetValue(word, out var c) ? [.. c] : [],
                    markers.TryGetValue(word, out var m) ? [.. m] : []);
            }

            var indexOf = new Dictionary<LinguaLanguage, int>();
            for (var i = 0; i < languages.Length; i++)
            {
                indexOf[languages[i]] = i;
            }

            return new Model(codes, relatives, [.. scripts], words, [.. phrases], detector, indexOf);
        }

        /// <summary>The language whose own script holds at least half the letters, with that share as confidence.</summary>
        public (int Language, double Confidence)? ScriptOwner(ReadOnlySpan<char> sample, int letters)
        {
            if (_scripts.Length == 0)
            {
                return null;
            }

            Span<int> counts = stackalloc int[_scripts.Length];
            foreach (var c in sample)
            {
                if (c < 0x80 || !IsLetter(c))
                {
                    continue;
                }

                for (var s = 0; s < _scripts.Length; s++)
                {
                    if (c >= _scripts[s].First && c <= _scripts[s].Last)
                    {
                        counts[s]++;
                        break;
                    }
                }
            }

            for (var s = 0; s < _scripts.Length; s++)
            {
                var share = (double)counts[s] / letters;
                if (share >= 0.5)
                {
                    return (_scripts[s].Language, share);
                }
            }

            return null;
        }

        /// <summary>Counts common-word hits per language (returned) and capped marker hits per language.</summary>
        public int[] Scan(ReadOnlySpan<char> sample, out int[] markers)
        {
            var common = new int[Codes.Length];
            markers = new int[Codes.Length];
            Dictionary<string, int>? perMarker = null;
            var i = 0;
            while (i < sample.Length)
            {
                if (!IsLetter(sample[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < sample.Length && (IsLetter(sample[i]) || IsMark(sample[i])))
                {
                    i++;
                }

                // Most words start no table word of their length (or are longer than all of them): they skip the hashing.
                var length = i - start;
                if (length > _longestWord || (sample[start] < 128 && !HasAsciiStart(sample[start], length)) ||
                    !_words.TryGetValue(sample[start..i], out var key, out var role))
                {
                    continue;
                }

                foreach (var owner in role.CommonOf)
                {
                    common[owner]++;
                }

                if (role.MarkerOf.Length > 0 && CountOnce(ref perMarker, key))
                {
                    foreach (var owner in role.MarkerOf)
                    {
                        markers[owner]++;
                    }
                }
            }

            foreach (var (phrase, owner) in _phrases)
            {
                var from = 0;
                while (from < sample.Length)
                {
                    var at = sample[from..].IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
                    if (at < 0)
                    {
                        break;
                    }

                    at += from;
                    var end = at + phrase.Length;
                    var whole = (at == 0 || !char.IsLetter(sample[at - 1])) && (end == sample.Length || !char.IsLetter(sample[end]));
                    if (whole && CountOnce(ref perMarker, phrase))
                    {
                        markers[owner]++;
                    }

                    from = end;
                }
            }

            return common;
        }

        /// <summary>
        /// The language whose common words clearly lead (and, among close relatives, whose markers clearly lead), or
        /// null to leave the decision to the statistical model.
        /// </summary>
        public (int Language, double Confidence)? ByCommonWords(int[] common, int[] markers)
        {
            var best = 0;
            for (var i = 1; i < common.Length; i++)
            {
                if (common[i] > common[best])
                {
                    best = i;
                }
            }

            var rival = 0;
            for (var i = 0; i < common.Length; i++)
            {
                if (i != best && Array.IndexOf(_relatives[best], i) < 0)
                {
                    rival = Math.Max(rival, common[i]);
                }
            }

            if (common[best] < QuickMinimumHits || common[best] < QuickMargin * rival)
            {
                return null;
            }

            var share = (double)common[best] / (common[best] + rival);
            if (_relatives[best].Length == 0)
            {
                return (best, share);
            }

            int top = best, second = -1;
            foreach (var candidate in _relatives[best].Prepend(best))
            {
                if (candidate == top)
                {
                    continue;
                }

                if (markers[candidate] > markers[top])
                {
                    second = top;
                    top = candidate;
                }
                else if (second < 0 || markers[candidate] > markers[second])
                {
                    second = candidate;
                }
            }

            var net = markers[top] - markers[second];
            return net >= QuickMarkerMargin ? (top, share * Logistic(net)) : null;
        }

        /// <summary>
        /// Asks the statistical model, then settles between its best language and that language's close relatives: each
        /// candidate scores its log-probability relative to the best (capped) plus one point per marker hit; the highest
        /// wins, with the candidates' joint probability times its softmax share as confidence.
        /// </summary>
        public (int Language, double Confidence) ByStatistics(ReadOnlySpan<char> sample, int[] markers)
        {
            var p = new double[Codes.Length];
            foreach (var (language, value) in _detector.ComputeLanguageConfidenceValues(sample.ToString()))
            {
                if (_indexOf.TryGetValue(language, out var index))
                {
                    p[index] = value;
                }
            }

            var best = 0;
            for (var i = 1; i < p.Length; i++)
            {
                if (p[i] > p[best])
                {
                    best = i;
                }
            }

            if (p[best] <= 0)
            {
                return (-1, 0);
            }

            var candidates = _relatives[best].Prepend(best).ToArray();
            if (candidates.Length == 1 || candidates.All(c => markers[c] == 0))
            {
                return (best, p[best]);
            }

            var scores = candidates
                .Select(c => Math.Max(Math.Log(Math.Max(p[c], 1e-12) / p[best]), -ModelLogOddsCap) + MarkerWeight * markers[c])
                .ToArray();
            var winner = 0;
            for (var i = 1; i < scores.Length; i++)
            {
                if (scores[i] > scores[winner])
                {
                    winner = i;
                }
            }

            double mass = 0, norm = 0;
            for (var i = 0; i < candidates.Length; i++)
            {
                mass += p[candidates[i]];
                norm += Math.Exp(scores[i] - scores[winner]);
            }

            return (candidates[winner], mass / norm);
        }

        private bool HasAsciiStart(char first, int length) => _asciiStarts.Contains(AsciiStartBit(first, length));

        private static int AsciiStartBit(char first, int length) => (first << 4) | Math.Min(length, 15);

        private static void AddOwner(Dictionary<string, List<int>> table, string word, int owner)
        {
            if (!table.TryGetValue(word, out var owners))
            {
                table[word] = owners = [];
            }

            if (!owners.Contains(owner))
            {
                owners.Add(owner);
            }
        }

        private static bool CountOnce(ref Dictionary<string, int>? perMarker, string marker)
        {
            perMarker ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var n = perMarker.GetValueOrDefault(marker) + 1;
            perMarker[marker] = n;
            return n <= MaxHitsPerMarker;
        }

        private static bool IsMark(char c) =>
            CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

        private static (int First, int Last) ParseRange(string code, string range)
        {
            var parts = range.Split('-');
            if (parts.Length == 2 &&
                int.TryParse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var first) &&
                int.TryParse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var last) &&
                first <= last && last <= 0xFFFF)
            {
                return (first, last);
            }

            throw new InvalidOperationException($"Language data {code}/identification.json: script range '{range}' is not XXXX-YYYY in hex.");
        }

        // Lingua reads its models from files beside the application; without them every text would silently score zero.
        private static void CheckModelFiles(string[] codes)
        {
            var root = Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels");
            var missing = codes.Where(c => !Directory.Exists(Path.Combine(root, c))).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Lingua language models are missing for {string.Join(", ", missing)} under {root}; the SearchPioneer.Lingua package copies them at build.");
            }
        }
    }
}
