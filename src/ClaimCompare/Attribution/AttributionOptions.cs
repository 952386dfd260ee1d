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

    /// <summary>
    /// Let a source carry over the following sentences of its passage that have no cue of their own, until a paragraph
    /// break, another cue, a quotation, a change of voice ("Meanwhile, ...") or <see cref="MaxCarriedSentences"/>; figures
    /// listed line by line after a cue sentence's colon are carried too. Only <see cref="AttributionFinder.Attach"/> uses it:
    /// <see cref="AttributionFinder.Find"/> still returns one attribution per cue. Default true.
    /// </summary>
    public bool CarryPassages { get; init; } = true;

    /// <summary>How many sentences after its cue sentence a reported passage may run in prose. Default 3.</summary>
    public int MaxCarriedSentences { get; init; } = 3;

    /// <summary>Longest quoted passage, in characters, that a cue is carried over. Default 4000.</summary>
    public int MaxQuoteLength { get; init; } = 4000;
}
