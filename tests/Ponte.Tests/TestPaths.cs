namespace Ponte.Tests;

/// <summary>Where tests find the repository and the shared folder beside it.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root (the folder holding Ponte.slnx).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>../shared beside the repository, or null when it is not there.</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>The seeds folder, or null (tests using it skip, saying so).</summary>
    public static string? Seeds => Shared is { } s && Directory.Exists(Path.Combine(s, "seeds")) ? Path.Combine(s, "seeds") : null;

    /// <summary>The samples folder of the repository.</summary>
    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ponte.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Ponte.slnx not found above " + AppContext.BaseDirectory);
    }
}
