namespace ClaimCompare.Attribution;

/// <summary>How attributions are found. Every default is documented on its property.</summary>
public sealed record AttributionOptions
{
    /// <summary>The defaults.</summary>
    public static AttributionOptions Default { get; } = new();
}
