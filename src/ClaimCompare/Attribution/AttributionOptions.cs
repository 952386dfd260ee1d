namespace ClaimCompare.Attribution;

/// <summary>How attributions are found. Every default is documented on its property.</summary>
public sealed record AttributionOptions
{
    /// <summary>The defaults.</summary>
    public static AttributionOptions Default { get; } = new();

    /// <summary>
    /// Resolve pronouns, short names and descriptions ("he", "Rudskoy", "the general", "the sources") to the
    /// earlier full mention in the same article. Default true.
    /// </summary>
    public bool ResolveReferences { get; init; } = true;

    /// <summary>
    /// Let a quotation that opens before (or closes after) the sentence holding its cue carry the attribution over
    /// the whole quoted passage in the paragraph. Default true.
    /// </summary>
    public bool FollowQuotes { get; init; } = true;

    /// <summary>Longest quoted passage, in characters, that a cue is carried over. Default 4000.</summary>
    public int MaxQuoteLength { get; init; } = 4000;
}
