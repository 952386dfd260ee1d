namespace ClaimCompare.Comparison;

/// <summary>How claims are grouped and compared. Every default is documented on its property.</summary>
public sealed record ComparisonOptions
{
    /// <summary>The defaults.</summary>
    public static ComparisonOptions Default { get; } = new();
}
