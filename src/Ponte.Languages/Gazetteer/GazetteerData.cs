namespace Ponte.Languages.Gazetteer;

/// <summary>The gazetteer's tab-separated data files, parsed: places.tsv, demonyms.tsv, organisations.tsv.</summary>
internal sealed class GazetteerData
{
    private GazetteerData(
        IReadOnlyList<Place> places,
        Dictionary<string, List<string>> writtenPlaceNames,
        IReadOnlyList<(string CountryId, List<string> Words)> demonyms,
        IReadOnlyList<InternationalOrganisation> organisations)
    {
        Places = places;
        WrittenPlaceNames = writtenPlaceNames;
        Demonyms = demonyms;
        Organisations = organisations;
    }

    internal IReadOnlyList<Place> Places { get; }

    /// <summary>Names of each place as written in data, with their '~' (weak) marks, every language together.</summary>
    internal Dictionary<string, List<string>> WrittenPlaceNames { get; }

    internal IReadOnlyList<(string CountryId, List<string> Words)> Demonyms { get; }

    internal IReadOnlyList<InternationalOrganisation> Organisations { get; }

    /// <summary>Reads the files embedded in Ponte.Languages.</summary>
    internal static GazetteerData LoadEmbedded() =>
        Parse(ReadResource("places.tsv"), ReadResource("demonyms.tsv"), ReadResource("organisations.tsv"));

    /// <summary>Parses the three files' contents.</summary>
    internal static GazetteerData Parse(string placesTsv, string demonymsTsv, string organisationsTsv)
    {
        var places = new List<Place>();
        var written = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (line, cells, languages) in Rows(placesTsv, "places.tsv", ["id", "kind", "country"]))
        {
            if (!PlaceKinds.TryParse(cells[1], out var kind))
            {
                throw Invalid("places.tsv", line, $"unknown kind '{cells[1]}'");
            }

            var (names, all) = NamesByLanguage(cells, 3, languages);
            if (!names.TryGetValue("en", out var english) || english.Count == 0)
            {
                throw Invalid("places.tsv", line, $"place {cells[0]} has no English name");
            }

            if (written.ContainsKey(cells[0]))
            {
                throw Invalid("places.tsv", line, $"duplicate id {cells[0]}");
            }

            places.Add(new Place(cells[0], english[0], kind, cells[2].Length == 0 ? null : cells[2], names));
            written[cells[0]] = all;
        }

        var demonyms = new List<(string, List<string>)>();
        foreach (var (_, cells, languages) in Rows(demonymsTsv, "demonyms.tsv", ["country"]))
        {
            demonyms.Add((cells[0], NamesByLanguage(cells, 1, languages).All));
        }

        var organisations = new List<InternationalOrganisation>();
        foreach (var (line, cells, languages) in Rows(organisationsTsv, "organisations.tsv", ["id", "kind", "acronyms"]))
        {
            var kind = cells[1] switch
            {
                "organisation" => OrganisationKind.Organisation,
                "agreement" => OrganisationKind.Agreement,
                _ => throw Invalid("organisations.tsv", line, $"unknown kind '{cells[1]}'"),
            };
            var (names, _) = NamesByLanguage(cells, 3, languages);
            if (!names.TryGetValue("en", out var english) || english.Count == 0)
            {
                throw Invalid("organisations.tsv", line, $"organisation {cells[0]} has no English name");
            }

            organisations.Add(new InternationalOrganisation(cells[0], english[0], kind, Split(cells[2]), names));
        }

        return new GazetteerData(places, written, demonyms, organisations);
    }

    private static IEnumerable<(int Line, string[] Cells, string[] Languages)> Rows(string tsv, string file, string[] fixedColumns)
    {
        string[]? header = null;
        var number = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                if (!cells.AsSpan(0, Math.Min(cells.Length, fixedColumns.Length)).SequenceEqual(fixedColumns))
                {
                    throw Invalid(file, number, $"header must start with {string.Join(", ", fixedColumns)}");
                }

                header = cells;
                continue;
            }

            if (cells.Length != header.Length)
            {
                throw Invalid(file, number, $"{cells.Length} columns where the header has {header.Length}");
            }

            yield return (number, cells, header[fixedColumns.Length..]);
        }
    }

    private static (Dictionary<string, IReadOnlyList<string>> Names, List<string> All) NamesByLanguage(
        string[] cells, int first, string[] languages)
    {
        var names = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var all = new List<string>();
        for (var i = 0; i < languages.Length; i++)
        {
            var written = Split(cells[first + i]);
            if (written.Length == 0)
            {
                continue;
            }

            all.AddRange(written);
            names[languages[i]] = Array.ConvertAll(written, w => w.TrimStart('~'));
        }

        return (names, all);
    }

    private static string[] Split(string cell) =>
        cell.Length == 0 ? [] : cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string ReadResource(string file)
    {
        using var stream = LanguagePack.OpenResource("Gazetteer", file)
            ?? throw new InvalidOperationException($"Gazetteer data {file} is not embedded in Ponte.Languages.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // The files ship inside the assembly: a broken one is a build defect, not a data problem.
    private static InvalidOperationException Invalid(string file, int line, string message) =>
        new($"Gazetteer data {file}:{line}: {message}");
}
