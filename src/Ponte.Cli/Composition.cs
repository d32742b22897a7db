using Ponte.Pipeline;
using Ponte.Pipeline.Ingest;

namespace Ponte.Cli;

/// <summary>The composition root: which stage implementations make up Ponte's default pipeline.</summary>
internal static class Composition
{
    // Filled in as the stage branches land on main.
    public static DocumentPipeline CreatePipeline() => throw new InvalidOperationException("pipeline stages not merged yet");

    public static IInputReader CreateReader() => throw new InvalidOperationException("readers not merged yet");
}
