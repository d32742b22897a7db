using System.Globalization;
using Ponte.Core.Knowledge;
using Ponte.Core.Model;
using Ponte.Core.Text;
using Ponte.Languages;
using Ponte.Languages.Gazetteer;
using Ponte.Pipeline.Extraction.Dates;

namespace Ponte.Pipeline.Knowledge;

/// <summary>Where a fact comes from: a document, its file and the span of the sentence or phrase.</summary>
public sealed record FactSource(string DocumentId, string? File, int Start, int End, string? Sentence);

/// <summary>One line of the timeline: a dated event or fact, told once however many versions carry it.</summary>
public sealed record TimelineEntry(PartialDate Date, string What, string? Story, IReadOnlyList<string> Entities, IReadOnlyList<FactSource> Documents);

/// <summary>One point of an indicator series; conflicting values for the same year are separate points.</summary>
public sealed record IndicatorPoint(int Year, decimal Value, string? Qualifier, IReadOnlyList<FactSource> Documents);

/// <summary>A series built from figures that share a subject, currency and unit.</summary>
public sealed record Indicator(string Id, string Name, string? Currency, string? Unit, IReadOnlyList<IndicatorPoint> Points);

/// <summary>A fact only some versions of a story carry, or a conflict between versions.</summary>
public sealed record StoryDifference(string Kind, string Description, IReadOnlyList<string> Documents);

/// <summary>A merged fact of a story and the versions that carry it.</summary>
public sealed record StoryFact(string Kind, string Text, IReadOnlyList<string> Documents);

/// <summary>A story with its merged facts and the differences between its versions.</summary>
public sealed record StoryDetail(KbStory Story, IReadOnlyList<StoryFact> Facts, IReadOnlyList<StoryDifference> Differences);

/// <summary>An entity with the documents that mention it and the entities it appears with.</summary>
public sealed record EntityDetail(KbEntity Entity, IReadOnlyList<StoryDocument> Documents, IReadOnlyList<(KbEntity Entity, int Documents)> Companions);

/// <summary>
/// Builds the knowledge views people came for — timeline, indicators, story differences, entity profiles — from the
/// analysed documents and their links. Pure: the same inputs give the same views.
/// </summary>
public sealed class KnowledgeViews
{
    private readonly IReadOnlyList<DocumentAnalysis> _documents;
    private readonly Dictionary<string, DocumentAnalysis> _byId;
    private const int MaxFactEntities = 6;
    private readonly Dictionary<string, DocumentLinks> _links;
    private readonly Dictionary<string, KbEntity> _entities;
    private readonly IReadOnlyList<KbStory> _stories;

    private readonly Func<string, string, IReadOnlyList<string>>? _subjectConcepts;

    /// <param name="documents">Every analysed document.</param>
    /// <param name="links">How each document was linked.</param>
    /// <param name="entities">Store entities.</param>
    /// <param name="stories">Stories.</param>
    /// <param name="subjectConcepts">
    /// The language-neutral concepts of a figure's subject written in a language (lexicon phrases translated, places as ids),
    /// so that one indicator gathers "ASEAN-Italy trade" and "kim ngạch thương mại ASEAN - Italy"; when null, subjects match
    /// on their words within a language.
    /// </param>
    public KnowledgeViews(
        IEnumerable<DocumentAnalysis> documents,
        IEnumerable<DocumentLinks> links,
        IEnumerable<KbEntity> entities,
        IEnumerable<KbStory> stories,
        Func<string, string, IReadOnlyList<string>>? subjectConcepts = null)
    {
        _subjectConcepts = subjectConcepts;
        _documents = documents.ToArray();
        _byId = _documents.GroupBy(d => d.Document.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _links = links.ToDictionary(l => l.DocumentId, StringComparer.Ordinal);
        // An entity's documents come from the links, which record every document that names it.
        var named = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var link in _links.Values)
        {
            foreach (var id in link.EntityIds.Distinct(StringComparer.Ordinal))
            {
                if (!named.TryGetValue(id, out var list))
                {
                    named[id] = list = [];
                }

                list.Add(link.DocumentId);
            }
        }

        _entities = entities.ToDictionary(
            e => e.Id,
            e => e with { Documents = named.TryGetValue(e.Id, out var list) ? list : e.Documents },
            StringComparer.Ordinal);
        // A story's documents come from the links too, in date order; the index keeps only their count.
        var members = _links.Values
            .Where(l => _byId.ContainsKey(l.DocumentId))
            .Select(l => (l.StoryId, Entry: Entry(_byId[l.DocumentId])))
            .GroupBy(m => m.StoryId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(m => m.Entry).OrderBy(d => d.Date?.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
        _stories = stories
            .Select(s => members.TryGetValue(s.Id, out var docs)
                ? s with { Documents = docs, DocumentCount = docs.Length, Languages = docs.Select(d => d.Language).Distinct(StringComparer.Ordinal).ToArray() }
                : s)
            .OrderByDescending(s => s.Documents.Count).ThenByDescending(s => s.LastSeen?.Start).ThenBy(s => s.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Stories, largest and latest first.</summary>
    public IReadOnlyList<KbStory> Stories => _stories;

    /// <summary>Entities, most documented first.</summary>
    public IReadOnlyList<KbEntity> Entities =>
        _entities.Values.OrderByDescending(e => e.Documents.Count).ThenBy(e => e.Name, StringComparer.Ordinal).ToArray();

    /// <summary>Finds an entity by id or by any of its names (folded), or null.</summary>
    public KbEntity? FindEntity(string nameOrId)
    {
        if (_entities.TryGetValue(nameOrId, out var byId))
        {
            return byId;
        }

        var key = NameFolder.Fold(nameOrId);
        return Entities.FirstOrDefault(e => NameFolder.Fold(e.Name) == key)
            ?? Entities.FirstOrDefault(e => e.Names.Values.SelectMany(n => n).Any(n => NameFolder.Fold(n) == key));
    }

    /// <summary>An entity's profile: documents and the entities that appear with it most.</summary>
    public EntityDetail Entity(KbEntity entity)
    {
        var docs = entity.Documents.Where(_byId.ContainsKey).Select(id => Entry(_byId[id])).ToArray();
        var companions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in entity.Documents)
        {
            if (_links.TryGetValue(id, out var links))
            {
                foreach (var other in links.EntityIds.Distinct(StringComparer.Ordinal).Where(o => o != entity.Id))
                {
                    companions[other] = companions.GetValueOrDefault(other) + 1;
                }
            }
        }

        var top = companions.Where(c => _entities.ContainsKey(c.Key))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(15)
            .Select(c => (_entities[c.Key], c.Value)).ToArray();
        return new EntityDetail(entity, docs, top);
    }

    /// <summary>A story's merged facts and the differences between its versions.</summary>
    public StoryDetail Story(KbStory story)
    {
        var docs = story.Documents.Select(d => _byId.GetValueOrDefault(d.Id)).OfType<DocumentAnalysis>().ToArray();
        var facts = new List<StoryFact>();
        var differences = new List<StoryDifference>();

        // Entities: which versions name each, and how each spells it.
        var carriers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var spellings = new Dictionary<string, Dictionary<string, HashSet<string>>>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            if (!_links.TryGetValue(doc.Document.Id, out var links))
            {
                continue;
            }

            for (var i = 0; i < doc.Entities.Count && i < links.EntityIds.Count; i++)
            {
                var id = links.EntityIds[i];
                if (!carriers.TryGetValue(id, out var list))
                {
                    carriers[id] = list = [];
                    spellings[id] = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
                }

                if (!list.Contains(doc.Document.Id))
                {
                    list.Add(doc.Document.Id);
                }

                foreach (var mention in doc.Entities[i].Mentions)
                {
                    if (!spellings[id].TryGetValue(doc.Document.Language.Code, out var set))
                    {
                        spellings[id][doc.Document.Language.Code] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(mention.Text);
                }
            }
        }

        foreach (var (id, list) in carriers.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (!_entities.TryGetValue(id, out var entity))
            {
                continue;
            }

            facts.Add(new StoryFact(entity.Type.ToString().ToLowerInvariant(), entity.Name, list));
            if (docs.Length > 1 && list.Count < docs.Length && entity.Type != EntityType.Location)
            {
                differences.Add(new StoryDifference("only-some", $"{entity.Type.ToString().ToLowerInvariant()} {entity.Name} is named only by {list.Count} of {docs.Length} versions", list));
            }

            // A name spelled two ways inside one language (a typo, or a form without diacritics) is a conflict worth showing.
            foreach (var (language, set) in spellings[id])
            {
                var distinct = set.Where(s => !set.Any(o => o != s && o.Contains(s, StringComparison.Ordinal))).ToArray();
                var byFold = distinct.GroupBy(NameFolder.Fold).Select(g => g.First()).ToArray();
                if (entity.Type == EntityType.Location && byFold.Length > 1)
                {
                    differences.Add(new StoryDifference("spelling", $"{entity.Name} is spelled {string.Join(" and ", byFold.Select(s => "“" + s + "”"))} ({language})", list));
                }
            }

            var names = entity.Names.Values.SelectMany(n => n).Select(NameFolder.Fold).Distinct().ToArray();
            if (entity.Type == EntityType.Location && names.Length > 1)
            {
                var typos = spellings[id].Values.SelectMany(s => s).Where(s => NameFolder.Fold(s) != NameFolder.Fold(entity.Name) && IsTypoOf(s, entity.Name)).Distinct().ToArray();
                foreach (var typo in typos)
                {
                    differences.Add(new StoryDifference("spelling", $"{entity.Name} is spelled “{typo}” in one version", list));
                }
            }
        }

        // Figures: the same subject and year with different values.
        foreach (var indicator in IndicatorsOf(docs))
        {
            foreach (var year in indicator.Points.GroupBy(p => p.Year).Where(g => g.Select(p => p.Value).Distinct().Count() > 1))
            {
                differences.Add(new StoryDifference("conflict", $"{indicator.Name} {year.Key}: {string.Join(" vs ", year.Select(p => p.Value.ToString(CultureInfo.InvariantCulture)))}", year.SelectMany(p => p.Documents.Select(d => d.DocumentId)).Distinct().ToArray()));
            }

            foreach (var point in indicator.Points)
            {
                facts.Add(new StoryFact("figure", $"{indicator.Name} {point.Year}: {point.Value.ToString(CultureInfo.InvariantCulture)} {indicator.Currency ?? indicator.Unit}", point.Documents.Select(d => d.DocumentId).Distinct().ToArray()));
            }
        }

        foreach (var entry in TimelineOf(docs))
        {
            facts.Add(new StoryFact("event", $"{entry.Date} {entry.What}", entry.Documents.Select(d => d.DocumentId).Distinct().ToArray()));
        }

        return new StoryDetail(story, facts, differences);
    }

    /// <summary>The timeline over all documents, optionally for one entity and a date range.</summary>
    public IReadOnlyList<TimelineEntry> Timeline(KbEntity? entity = null, PartialDate? from = null, PartialDate? to = null)
    {
        var docs = entity is null ? _documents : _documents.Where(d => entity.Documents.Contains(d.Document.Id)).ToArray();
        return TimelineOf(docs)
            .Where(e => from is null || e.Date.End >= from.Start)
            .Where(e => to is null || e.Date.Start <= to.End)
            .ToArray();
    }

    /// <summary>Indicator series over all documents.</summary>
    public IReadOnlyList<Indicator> Indicators() => IndicatorsOf(_documents);

    private IReadOnlyList<TimelineEntry> TimelineOf(IEnumerable<DocumentAnalysis> docs)
    {
        var entries = new List<(string Group, PartialDate Date, string What, string? Story, List<string> Entities, List<FactSource> Sources)>();
        // Entries filed under their story's event type, and under the store entities the event names: a background fact
        // ("Italy became an ASEAN Development Partner in September 2020") told in many stories and languages is one entry.
        var filed = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        int Find(string key, PartialDate date)
        {
            foreach (var i in filed.GetValueOrDefault(key) ?? [])
            {
                if (Compatible(entries[i].Date, date))
                {
                    return i;
                }
            }

            return -1;
        }

        void File(string key, int index)
        {
            if (!filed.TryGetValue(key, out var list))
            {
                filed[key] = list = [];
            }

            if (!list.Contains(index))
            {
                list.Add(index);
            }
        }

        foreach (var doc in docs)
        {
            var links = _links.GetValueOrDefault(doc.Document.Id);
            var story = links?.StoryId;
            foreach (var ev in doc.Events)
            {
                if (ev.Date is null)
                {
                    continue;
                }

                var group = $"{story}|event|{ev.Type}";
                var facts = FactKeys(doc, links, ev);
                var source = Source(doc, ev.Span);
                var existing = Find(group, ev.Date);
                foreach (var fact in facts)
                {
                    existing = existing >= 0 ? existing : Find(fact, ev.Date);
                }

                if (existing >= 0)
                {
                    var e = entries[existing];
                    if (!e.Sources.Any(s => s.DocumentId == source.DocumentId && s.Start == source.Start))
                    {
                        e.Sources.Add(source);
                    }

                    e.Entities.AddRange(ev.Participants.Where(p => !e.Entities.Contains(p)));
                    var date = ev.Date.Precision > e.Date.Precision ? ev.Date : e.Date;
                    var what = doc.Document.Language.Code == "en" && !e.Sources.Take(e.Sources.Count - 1).Any(s => _byId.GetValueOrDefault(s.DocumentId)?.Document.Language.Code == "en") ? ev.What : e.What;
                    entries[existing] = (e.Group, date, what, e.Story, e.Entities, e.Sources);
                }
                else
                {
                    existing = entries.Count;
                    entries.Add((group, ev.Date, ev.What, story, [.. ev.Participants], [source]));
                }

                File(group, existing);
                foreach (var fact in facts)
                {
                    File(fact, existing);
                }
            }

            // A change tied to no figure and to no subject ("tăng 15% so với năm 2022") says nothing on its own.
            foreach (var yearGroup in doc.Figures.Where(f => f.Year is not null && !(f.Change is not null && f.ChangeOf is null && f.About is null))
                         .GroupBy(f => f.Year!.Value))
            {
                var what = string.Join("; ", yearGroup.Select(f => f.About is null ? f.Text : $"{f.About}: {f.Text}"));
                var group = $"{story}|figures|{doc.Document.Id}";
                var sources = yearGroup.Select(f => Source(doc, f.Span)).ToList();
                entries.Add((group + yearGroup.Key, PartialDate.OfYear(yearGroup.Key), what, story, [], sources));
            }
        }

        return entries
            .OrderBy(e => e.Date.Start).ThenBy(e => e.Date.Precision).ThenBy(e => e.What, StringComparer.Ordinal)
            .Select(e => new TimelineEntry(e.Date, e.What, e.Story, e.Entities, e.Sources))
            .ToArray();
    }

    /// <summary>
    /// The keys of an event as a fact about the world: its type with each pair of store entities named inside its words. Versions
    /// in any language and any story that tell it share at least one ("Italy" and "ASEAN Development Partner").
    /// </summary>
    private static List<string> FactKeys(DocumentAnalysis doc, DocumentLinks? links, Event ev)
    {
        var keys = new List<string>();
        if (links is null)
        {
            return keys;
        }

        var ids = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < doc.Entities.Count && i < links.EntityIds.Count && ids.Count < MaxFactEntities; i++)
        {
            if (doc.Entities[i].Mentions.Any(m => m.Span.Start >= ev.Span.Start && m.Span.End <= ev.Span.End && ev.What.Contains(m.Text, StringComparison.Ordinal)))
            {
                ids.Add(links.EntityIds[i]);
            }
        }

        var list = ids.ToArray();
        for (var a = 0; a < list.Length; a++)
        {
            for (var b = a + 1; b < list.Length; b++)
            {
                keys.Add($"fact|{ev.Type}|{list[a]},{list[b]}");
            }
        }

        return keys;
    }

    private static bool Compatible(PartialDate a, PartialDate b) =>
        a.Start <= b.End && b.Start <= a.End && (a.Precision != b.Precision || a.ToString() == b.ToString());

    private IReadOnlyList<Indicator> IndicatorsOf(IEnumerable<DocumentAnalysis> docs)
    {
        var series = new Dictionary<string, (string Name, string? Currency, string? Unit, List<(int Year, decimal Value, string? Qualifier, FactSource Source)> Points)>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            foreach (var f in doc.Figures)
            {
                // A change ("up 14 per cent") qualifies a level; it is no point of a series of levels.
                if (f.Year is null || f.Kind == FigureKind.Quantity || f.Change is not null || !IsMeasure(f))
                {
                    continue;
                }

                var language = doc.Document.Language.Code;
                var subject = SubjectKey(f.About!, language, out var party);
                var key = $"{subject}|{f.Currency}|{f.Unit}|{f.Kind}";
                if (!party)
                {
                    // A subject that names no party ("potential transactions", "two-way trade") is one thing only inside
                    // the story that tells it: the same words in another story measure another mission, another pair of
                    // countries, and side by side they would read as one series with false conflicts. Versions of one
                    // story, in any language, still share the series.
                    key += "|" + (_links.GetValueOrDefault(doc.Document.Id)?.StoryId ?? "doc:" + doc.Document.Id);
                }
                if (!series.TryGetValue(key, out var s))
                {
                    series[key] = s = (f.About!, f.Currency, f.Unit, []);
                }
                else if (language == "en" && !named.Contains(key))
                {
                    // A series told in several languages is named in English when any source is.
                    series[key] = s = (f.About!, s.Currency, s.Unit, s.Points);
                }

                if (language == "en")
                {
                    named.Add(key);
                }

                s.Points.Add((f.Year.Value, f.Value, f.Qualifier, Source(doc, f.Span)));
            }
        }

        return series
            .Select(kv => new Indicator(
                "ind-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(kv.Key)))[..10],
                kv.Value.Name,
                kv.Value.Currency,
                kv.Value.Unit,
                kv.Value.Points
                    .GroupBy(p => (p.Year, p.Value))
                    .Select(g => new IndicatorPoint(g.Key.Year, g.Key.Value, g.First().Qualifier, g.Select(p => p.Source).ToArray()))
                    .OrderBy(p => p.Year).ThenBy(p => p.Value)
                    .ToArray()))
            .OrderByDescending(i => i.Points.Count).ThenBy(i => i.Name, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// Whether a figure measures a subject an indicator can follow: it has one, and a count's subject is more than the thing
    /// counted ("10 ASEAN member states", "dieci Paesi" count, they do not measure).
    /// </summary>
    private static bool IsMeasure(Figure figure)
    {
        if (string.IsNullOrWhiteSpace(figure.About))
        {
            return false;
        }

        return figure.Kind != FigureKind.Count || !NameFolder.Fold(figure.Text).Contains(NameFolder.Fold(figure.About), StringComparison.Ordinal);
    }

    // Subjects match on their concepts when the lexicons give them, across languages and whatever the order: "trade
    // between ASEAN and Italy" = "ASEAN-Italy trade" = "kim ngạch thương mại ASEAN - Italy". Without them, on their folded
    // words, in any order; the languages' function words are the lexicons' to know, not this view's.
    private string SubjectKey(string about, string language, out bool party)
    {
        party = NamesParty(about);
        if (_subjectConcepts?.Invoke(Spaced(about, language), language) is { Count: > 0 } bag)
        {
            // Places come out of the concepts as ids ("@IT"), and a country's adjective as the country's own ("Italian
            // companies" = "aziende italiane" = "kompanyang Italyano"): kept apart from the country named, since
            // "Italian exports" are Italy's and "exports to Italy" another country's.
            var concepts = bag.Select(c => c.StartsWith('@') || Gazetteer.Default.CountryOfDemonym(c) is not { } country ? c : "@" + country.Id + ":adj")
                .Distinct().Order(StringComparer.Ordinal).ToArray();
            party |= concepts.Any(c => c.StartsWith('@'));
            return "c:" + string.Join('\u00b7', concepts);
        }

        var words = NameFolder.Fold(about).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Order(StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    /// <summary>
    /// A subject in an unspaced script with spaces around the lexicon's phrases and the gazetteer's places, so that its
    /// concepts can be read word by word ("การค้าทวิภาคีระหว่างไทยกับอิตาลี" → "การค้าทวิภาคี ระหว่าง ไทย กับ อิตาลี").
    /// </summary>
    private static string Spaced(string about, string language)
    {
        if (!about.Any(AtomLexer.IsUnspaced))
        {
            return about;
        }

        var phrases = UnspacedPhrases.GetOrAdd(language, static l => LanguagePacks.Get(l).Lexicon.Concepts.Keys
            .Where(k => k.Length > 0 && AtomLexer.IsUnspaced(k[0]))
            .OrderByDescending(k => k.Length).ToArray());
        var spaced = new System.Text.StringBuilder(about.Length + 16);
        for (var i = 0; i < about.Length;)
        {
            var length = 0;
            if (AtomLexer.IsUnspaced(about[i]))
            {
                length = phrases.FirstOrDefault(p => about.AsSpan(i).StartsWith(p, StringComparison.Ordinal))?.Length ?? 0;
                if (Gazetteer.Default.TryMatchAt(about, i, out var place) && place.Span.Length > length)
                {
                    length = place.Span.Length;
                }
            }

            if (length == 0)
            {
                spaced.Append(about[i++]);
                continue;
            }

            spaced.Append(' ').Append(about, i, length).Append(' ');
            i += length;
        }

        return spaced.ToString();
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> UnspacedPhrases = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a subject names a party — a country, body or place: a capitalised word after its first ("trade with Italy",
    /// "Perdagangan bilateral Indonesia-Italia") or an acronym ("ASEAN"). A capital at the start only opens the sentence.
    /// </summary>
    private static bool NamesParty(string about)
    {
        var first = true;
        foreach (var range in about.AsSpan().SplitAny(" -–—'’"))
        {
            var word = about.AsSpan()[range];
            if (word.IsEmpty || !char.IsLetter(word[0]))
            {
                continue;
            }

            if ((!first && char.IsUpper(word[0])) || (word.Length > 1 && !word.ContainsAnyExcept(UpperLetters)))
            {
                return true;
            }

            first = false;
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> UpperLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static FactSource Source(DocumentAnalysis doc, TextSpan span)
    {
        var sentence = doc.Sentences.FirstOrDefault(s => s.Span.Start <= span.Start && span.Start < s.Span.End);
        var text = sentence.Span.Length > 0 && sentence.Span.End <= doc.Document.Text.Length ? sentence.Span.Slice(doc.Document.Text) : null;
        return new FactSource(doc.Document.Id, doc.Document.File, span.Start, span.End, text);
    }

    private static StoryDocument Entry(DocumentAnalysis a) =>
        new(a.Document.Id, a.Document.File, a.Document.Language.Code, a.Document.Source, a.Document.Published);

    private static bool IsTypoOf(string variant, string name)
    {
        var a = NameFolder.Fold(variant);
        var b = NameFolder.Fold(name);
        if (a == b || Math.Abs(a.Length - b.Length) > 2)
        {
            return false;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length] <= 2;
    }
}
