using BenchmarkDotNet.Running;

namespace Ponte.Bench;

/// <summary>
/// Ponte's measurements. <c>dotnet run -c Release --project bench/Ponte.Bench -- pipeline|profile|ingest|fill|search|stories|startup</c>
/// runs a whole-corpus measurement (see bench/README.md); any other arguments go to BenchmarkDotNet (<c>-- --filter *</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && Runs.TryGet(args[0], out var run))
        {
            return run(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
