using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Ponte.Languages;

/// <summary>
/// Everything Ponte knows about one language, read from the data files of its folder (<c>en/</c>, <c>vi/</c>…).
/// Each concern has its own file (<c>segmentation.json</c>, <c>dates.json</c>, <c>figures.json</c>, <c>entities.json</c>,
/// <c>quotes.json</c>, <c>events.json</c>) and its own partial part of this class. Stage code never switches on a language
/// code: it asks the pack. A missing file falls back to the neutral pack's (<c>und/</c>).
/// </summary>
public sealed partial class LanguagePack
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly ConcurrentDictionary<string, object> _sections = new(StringComparer.Ordinal);

    internal LanguagePack(string code, LanguagePack? fallback)
    {
        Code = code;
        Fallback = fallback;
    }

    /// <summary>The language code of the folder (ISO 639-1 where one exists, "und" for the neutral pack).</summary>
    public string Code { get; }

    /// <summary>The pack asked when this one has no file for a concern; null only for the neutral pack.</summary>
    public LanguagePack? Fallback { get; }

    /// <summary>Loads (once) and returns the section stored in <c>{code}/{name}.json</c>, or the fallback's.</summary>
    internal T Section<T>(string name)
        where T : class, new() =>
        (T)_sections.GetOrAdd(name, n => LoadSection<T>(n));

    private T LoadSection<T>(string name)
        where T : class, new()
    {
        using var stream = OpenResource(Code, name + ".json");
        if (stream is null)
        {
            return Fallback?.Section<T>(name) ?? new T();
        }

        try
        {
            return JsonSerializer.Deserialize<T>(stream, JsonOptions) ?? new T();
        }
        catch (JsonException ex)
        {
            // Data files ship inside the assembly: a broken one is a build defect, not a data problem.
            throw new InvalidOperationException($"Language data {Code}/{name}.json is invalid: {ex.Message}", ex);
        }
    }

    internal static Stream? OpenResource(string folder, string file) =>
        typeof(LanguagePack).Assembly.GetManifestResourceStream($"Ponte.Languages/{folder}/{file}");

    /// <summary>Names of the data files this pack's folder ships.</summary>
    public IReadOnlyList<string> DataFiles() =>
        typeof(LanguagePack).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith($"Ponte.Languages/{Code}/", StringComparison.Ordinal))
            .Select(n => n[($"Ponte.Languages/{Code}/".Length)..])
            .Order(StringComparer.Ordinal)
            .ToArray();
}

/// <summary>The registry of language packs: loads each folder lazily, once, and falls back to the neutral pack.</summary>
public static class LanguagePacks
{
    /// <summary>The neutral language code.</summary>
    public const string Neutral = "und";

    private static readonly ConcurrentDictionary<string, LanguagePack> Packs = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Lazy<string[]> Folders = new(ListFolders);

    /// <summary>The neutral pack: digits, ISO dates, capitalised spans.</summary>
    public static LanguagePack NeutralPack => Get(Neutral);

    /// <summary>Language codes that have a folder (the neutral one excluded).</summary>
    public static IReadOnlyList<string> Available => Folders.Value;

    /// <summary>The pack for <paramref name="code"/>, or the neutral pack for a language Ponte has no folder for.</summary>
    public static LanguagePack Get(string? code)
    {
        code = string.IsNullOrWhiteSpace(code) ? Neutral : code.Trim().ToLowerInvariant();
        if (code != Neutral && !Folders.Value.Contains(code, StringComparer.Ordinal))
        {
            code = Neutral;
        }

        return Packs.GetOrAdd(code, c => new LanguagePack(c, c == Neutral ? null : Get(Neutral)));
    }

    private static string[] ListFolders() =>
        typeof(LanguagePack).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Ponte.Languages/", StringComparison.Ordinal))
            .Select(n => n["Ponte.Languages/".Length..])
            .Where(n => n.Contains('/', StringComparison.Ordinal))
            .Select(n => n[..n.IndexOf('/', StringComparison.Ordinal)])
            .Where(n => n != Neutral && n != "Gazetteer")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
