using Ponte.Pipeline;

namespace Ponte.Cli;

/// <summary>What every command shares: the output writers and the lazily built pipeline.</summary>
public sealed class CliContext(TextWriter stdout, TextWriter stderr, TimeProvider? time = null)
{
    /// <summary>The clock (tests control it).</summary>
    public TimeProvider Time { get; } = time ?? TimeProvider.System;

    private readonly Lazy<DocumentPipeline> _pipeline = new(Composition.CreatePipeline);

    /// <summary>Where results go.</summary>
    public TextWriter Out { get; } = stdout;

    /// <summary>Where progress, warnings and rejected inputs go.</summary>
    public TextWriter Error { get; } = stderr;

    /// <summary>The document pipeline, built on first use so that help and store-only commands start instantly.</summary>
    public DocumentPipeline Pipeline => _pipeline.Value;

    /// <summary>Whether a person is watching standard error (progress bars only then).</summary>
    public bool Interactive => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("CI") is null;
}
