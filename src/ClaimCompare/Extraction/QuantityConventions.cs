namespace ClaimCompare.Extraction;

/// <summary>
/// How qualifier words map to numbers (strict bounds and the typical range a careful reader takes
/// them to mean). Every default is documented on its property; change them to match your house rules.
/// </summary>
public sealed record QuantityConventions
{
    /// <summary>The defaults.</summary>
    public static QuantityConventions Default { get; } = new();
}
