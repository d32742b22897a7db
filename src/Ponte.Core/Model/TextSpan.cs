namespace Ponte.Core.Model;

/// <summary>A half-open range [Start, End) of UTF-16 code units in a document's stored text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>Creates a span from a start and a length.</summary>
    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    /// <summary>Whether this span fully covers <paramref name="other"/>.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The covered text.</summary>
    public string Slice(string text) => text.Substring(Start, Length);
}
