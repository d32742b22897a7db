namespace Ponte.Pipeline.Ingest;

/// <summary>Limits and settings of <see cref="InputReader"/>. Validated once when the reader is built.</summary>
public sealed record IngestOptions
{
    /// <summary>The default size limit: 20 MiB.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>
    /// The largest input read, in bytes: a file's length, a download, standard input, or what a gzip file expands to.
    /// Larger inputs are rejected with <c>ingest.too_large</c> before they fill memory.
    /// </summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>How long one URL may take to answer and download.</summary>
    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The most documents one feed or JSON Lines file may yield; the rest is reported, not read.</summary>
    public int MaxDocumentsPerInput { get; init; } = 100_000;

    /// <summary>Throws one <see cref="ArgumentException"/> naming every invalid setting.</summary>
    public IngestOptions Validate()
    {
        var errors = new List<string>();
        if (MaxBytes <= 0)
        {
            errors.Add($"{nameof(MaxBytes)} must be positive (was {MaxBytes})");
        }

        if (MaxBytes > Array.MaxLength)
        {
            errors.Add($"{nameof(MaxBytes)} must be at most {Array.MaxLength} (was {MaxBytes})");
        }

        if (HttpTimeout <= TimeSpan.Zero || HttpTimeout == Timeout.InfiniteTimeSpan)
        {
            errors.Add($"{nameof(HttpTimeout)} must be positive and finite (was {HttpTimeout})");
        }

        if (MaxDocumentsPerInput <= 0)
        {
            errors.Add($"{nameof(MaxDocumentsPerInput)} must be positive (was {MaxDocumentsPerInput})");
        }

        return errors.Count == 0 ? this : throw new ArgumentException("Invalid ingest options: " + string.Join("; ", errors) + ".");
    }
}
