namespace Ponte.Bench;

/// <summary>The whole-corpus runs by name.</summary>
internal static class Runs
{
    private static readonly Dictionary<string, Func<string[], int>> All = new(StringComparer.OrdinalIgnoreCase);

    public static bool TryGet(string name, out Func<string[], int> run) => All.TryGetValue(name, out run!);

    public static void Register(string name, Func<string[], int> run) => All[name] = run;
}
