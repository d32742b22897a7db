using System.CommandLine;
using System.Text;
using Ponte.Cli.Commands;

namespace Ponte.Cli;

/// <summary>The <c>ponte</c> command line: a thin host over the pipeline and the store.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns the exit code of the output contract (0, 1 rejected inputs, 2 usage).</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the command line against the given writers (tests call this).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = CommandLine.Build(new CliContext(stdout, stderr));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"ponte: {error.Message}");
            }

            stderr.WriteLine("Run 'ponte --help' for usage.");
            return ExitCodes.Usage;
        }

        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return parsed.Invoke(config);
    }
}

/// <summary>Exit codes promised by the output contract.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Rejected = 1;
    public const int Usage = 2;
}
