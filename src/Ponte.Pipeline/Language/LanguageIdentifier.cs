using System.Globalization;
using Lingua;
using Ponte.Core.Model;
using Ponte.Languages;
using LinguaLanguage = Lingua.Language;

namespace Ponte.Pipeline.Language;

/// <summary>
/// Identifies the language of a text among a configured few, answering "und" when unsure. Three kinds of evidence, in
/// order: a script only one of the languages writes (Thai letters → th at once); the statistical model of
/// SearchPioneer.Lingua, restricted to the configured languages; and, for languages the model confuses (Malay and
/// Indonesian), the marker words of each language's <c>identification.json</c>, weighed against the model's scores.
/// The model is built and its data loaded lazily on the first call, so a process that never identifies a language never
/// pays for it; the instance is then shared and thread-safe.
/// </summary>
public sealed class LanguageIdentifier : ILanguageIdentifier
{
    // How far the model's own preference counts against marker words, in log-odds: a handful of markers outweigh it.
    private const double ModelLogOddsCap = 4.0;
    private const double MarkerWeight = 1.0;
    private const int MaxHitsPerMarker = 3;

    private readonly LanguageIdentifierOptions _options;
    private readonly Lazy<Model> _model;

    /// <summary>Creates an identifier for the default languages.</summary>
    public LanguageIdentifier()
        : this(new LanguageIdentifierOptions())
    {
    }

    /// <summary>Creates an identifier; throws when <paramref name="options"/> are invalid.</summary>
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
        if (model.ScriptOwner(sample, letters) is { } byScript)
        {
            return Decide(byScript.Code, byScript.Share);
        }

        var scores = model.Detector.ComputeLanguageConfidenceValues(sample.ToString());
        var ranked = new List<(string Code, double P)>(scores.Count);
        foreach (var (language, p) in scores)
        {
            if (model.CodeOf.TryGetValue(language, out var code))
            {
                ranked.Add((code, p));
            }
        }

        if (ranked.Count == 0 || ranked[0].P <= 0)
        {
            return LanguageTag.Undetermined;
        }

        ranked.Sort((a, b) => b.P.CompareTo(a.P));
        var (best, confidence) = model.WeighMarkers(sample, ranked);
        return Decide(best, confidence);
    }

    private LanguageTag Decide(string code, double confidence)
    {
        confidence = Math.Round(Math.Clamp(confidence, 0, 1), 3);
        return confidence < _options.MinimumConfidence ? LanguageTag.Undetermined : new LanguageTag(code, confidence);
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
            if (char.IsLetter(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Everything built on first use: the detector, code maps, marker tables and script ranges.</summary>
    private sealed class Model
    {
        private readonly (string Code, int First, int Last)[] _scripts;
        private readonly Dictionary<string, string[]> _closeTo;
        private readonly Dictionary<string, List<int>> _markerWords;
        private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _markerLookup;
        private readonly (string Phrase, int Language)[] _markerPhrases;
        private readonly string[] _codes;

        private Model(
            LanguageDetector detector,
            Dictionary<LinguaLanguage, string> codeOf,
            string[] codes,
            (string Code, int First, int Last)[] scripts,
            Dictionary<string, string[]> closeTo,
            Dictionary<string, List<int>> markerWords,
            (string Phrase, int Language)[] markerPhrases)
        {
            Detector = detector;
            CodeOf = codeOf;
            _codes = codes;
            _scripts = scripts;
            _closeTo = closeTo;
            _markerWords = markerWords;
            _markerLookup = markerWords.GetAlternateLookup<ReadOnlySpan<char>>();
            _markerPhrases = markerPhrases;
        }

        public LanguageDetector Detector { get; }

        public Dictionary<LinguaLanguage, string> CodeOf { get; }

        public static Model Build(LanguageIdentifierOptions options)
        {
            var byCode = LanguageInfo.All().ToDictionary(l => l.IsoCode6391().ToString().ToLowerInvariant(), StringComparer.Ordinal);
            var codes = options.Languages.ToArray();
            var languages = codes.Select(c => byCode[c]).ToArray();
            CheckModelFiles(codes);

            // Lingua needs two languages to compare; with one configured, its score is still meaningful against the other.
            var detector = (languages.Length == 1
                ? LanguageDetectorBuilder.FromLanguages(languages[0], languages[0] == LinguaLanguage.English ? LinguaLanguage.French : LinguaLanguage.English)
                : LanguageDetectorBuilder.FromLanguages(languages)).Build();

            var scripts = new List<(string, int, int)>();
            var closeTo = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var words = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
            var phrases = new List<(string, int)>();
            for (var i = 0; i < codes.Length; i++)
            {
                var data = LanguagePacks.Get(codes[i]).Identification;
                foreach (var range in data.ScriptRanges)
                {
                    var (first, last) = ParseRange(codes[i], range);
                    scripts.Add((codes[i], first, last));
                }

                closeTo[codes[i]] = data.CloseTo.Where(c => codes.Contains(c, StringComparer.Ordinal)).ToArray();
                foreach (var marker in data.Markers)
                {
                    var m = marker.Trim();
                    if (m.Contains(' ', StringComparison.Ordinal))
                    {
                        phrases.Add((m, i));
                    }
                    else if (m.Length > 0)
                    {
                        (words.TryGetValue(m, out var list) ? list : words[m] = []).Add(i);
                    }
                }
            }

            return new Model(
                detector,
                languages.Select((l, i) => (l, codes[i])).ToDictionary(p => p.l, p => p.Item2),
                codes,
                [.. scripts],
                closeTo,
                words,
                [.. phrases]);
        }

        /// <summary>The language whose own script holds at least half the letters, with that share.</summary>
        public (string Code, double Share)? ScriptOwner(ReadOnlySpan<char> sample, int letters)
        {
            if (_scripts.Length == 0)
            {
                return null;
            }

            Span<int> counts = stackalloc int[_scripts.Length];
            foreach (var c in sample)
            {
                if (c < 0x80 || !char.IsLetter(c))
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
                    return (_scripts[s].Code, share);
                }
            }

            return null;
        }

        /// <summary>
        /// Settles between the model's best language and its close relatives using marker words: each candidate scores
        /// its log-probability relative to the best (capped), plus one point per marker occurrence; the highest score wins.
        /// The confidence is the candidates' joint probability times the winner's softmax share.
        /// </summary>
        public (string Code, double Confidence) WeighMarkers(ReadOnlySpan<char> sample, List<(string Code, double P)> ranked)
        {
            var best = ranked[0];
            if (!_closeTo.TryGetValue(best.Code, out var relatives) || relatives.Length == 0 ||
                (_markerWords.Count == 0 && _markerPhrases.Length == 0))
            {
                return (best.Code, best.P);
            }

            var hits = CountMarkers(sample);
            var candidates = new List<(string Code, double P)> { best };
            foreach (var r in relatives)
            {
                var p = ranked.Find(x => x.Code == r).P;
                candidates.Add((r, p));
            }

            var scores = new double[candidates.Count];
            var anyHit = false;
            for (var i = 0; i < candidates.Count; i++)
            {
                var h = hits[Array.IndexOf(_codes, candidates[i].Code)];
                anyHit |= h > 0;
                var logOdds = Math.Log(Math.Max(candidates[i].P, 1e-12) / best.P);
                scores[i] = Math.Max(logOdds, -ModelLogOddsCap) + MarkerWeight * h;
            }

            if (!anyHit)
            {
                return (best.Code, best.P);
            }

            var winner = 0;
            for (var i = 1; i < scores.Length; i++)
            {
                if (scores[i] > scores[winner])
                {
                    winner = i;
                }
            }

            double mass = 0, norm = 0;
            for (var i = 0; i < candidates.Count; i++)
            {
                mass += candidates[i].P;
                norm += Math.Exp(scores[i] - scores[winner]);
            }

            return (candidates[winner].Code, mass / norm);
        }

        private int[] CountMarkers(ReadOnlySpan<char> sample)
        {
            var hits = new int[_codes.Length];
            var perMarker = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var i = 0;
            while (i < sample.Length)
            {
                if (!char.IsLetter(sample[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < sample.Length && (char.IsLetter(sample[i]) || CharUnicodeInfo.GetUnicodeCategory(sample[i]) == UnicodeCategory.NonSpacingMark))
                {
                    i++;
                }

                var word = sample[start..i];
                if (_markerLookup.TryGetValue(word, out var key, out var owners) && Count(perMarker, key))
                {
                    foreach (var owner in owners)
                    {
                        hits[owner]++;
                    }
                }
            }

            foreach (var (phrase, owner) in _markerPhrases)
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
                    if (whole && Count(perMarker, phrase))
                    {
                        hits[owner]++;
                    }

                    from = end;
                }
            }

            return hits;
        }

        // One marker repeated through a story is one topic, not growing evidence: count it a few times at most.
        private static bool Count(Dictionary<string, int> perMarker, string marker)
        {
            var n = perMarker.GetValueOrDefault(marker) + 1;
            perMarker[marker] = n;
            return n <= MaxHitsPerMarker;
        }

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
