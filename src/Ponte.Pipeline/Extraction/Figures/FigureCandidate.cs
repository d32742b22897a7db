using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Figures;

/// <summary>A figure as scanned, with the atom positions the year and subject rules need.</summary>
internal sealed class FigureCandidate
{
    /// <summary>First atom (the qualifier when there is one).</summary>
    public int First;

    /// <summary>Last atom of the figure (its scale, currency or unit).</summary>
    public int Last;

    /// <summary>First atom after the number and its scale: where a counted noun phrase starts.</summary>
    public int AfterNumber;

    public TextSpan Span;
    public FigureKind Kind;
    public decimal Value;
    public string? Currency;
    public string? Unit;
    public string? Qualifier;

    /// <summary>-1 when the text marks it as the earlier value of a change ("from"), +1 as the later ("to"), else 0.</summary>
    public int Role;

    public int Sentence;
    public int Year;
    public bool YearFromClause;
    public string? About;

    /// <summary>"increase" or "decrease" when the figure is a change rather than a level.</summary>
    public string? Change;

    /// <summary>Index of the figure this change changes, or -1.</summary>
    public int ChangeOf = -1;
}
