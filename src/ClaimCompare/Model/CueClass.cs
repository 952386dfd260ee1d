namespace ClaimCompare.Model;

/// <summary>What kind of relation a cue reports.</summary>
internal enum CueClass
{
    /// <summary>A statement: said, told, reported, according to, a speaker label.</summary>
    Speech = 0,

    /// <summary>
    /// An attitude, belief, intention or knowledge ("believes", "wants", "plans", "opposes", "knows"): annotated as
    /// attribution by PolNeAR and PARC, but a figure inside it is not something the holder stated.
    /// </summary>
    Attitude = 1,

    /// <summary>
    /// A verbal act or reaction aimed at someone or something ("lambasted", "touted", "ruled", "spoke about"): annotated as
    /// attribution by PolNeAR, but what follows is a target or topic, so a figure there is not the actor's statement.
    /// </summary>
    Action = 2,
}
