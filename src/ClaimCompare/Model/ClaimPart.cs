namespace ClaimCompare.Model;

/// <summary>
/// A figure that counts part of a larger count of the same event, as the sentence says: "one of the two people
/// killed", "five other people were wounded", "two in critical condition", "one died at the scene", "a 44-year-old
/// man was killed" (one victim picked out). A part is no rival of its total: a report that five were shot and one
/// that two are in critical condition do not disagree.
/// </summary>
/// <param name="Kind">How the part is cut from its total: <see cref="Subset"/>, <see cref="Remainder"/>,
/// <see cref="Condition"/>, <see cref="Moment"/>, <see cref="Individual"/> or <see cref="Perpetrator"/> (like <see cref="Claim.Predicate"/>, a
/// canonical word rather than an enum, so the report formats carry it as written).</param>
/// <param name="Cue">The words that make it a part, lower-cased and reduced to their key ("of", "other", "more",
/// "critical", "scene"): two parts are the same part only when kind and cue agree.</param>
public sealed record ClaimPart(string Kind, string Cue)
{
    /// <summary>A share of a stated or named total: "one of the two", "two of them", "including three who died".</summary>
    public const string Subset = "subset";

    /// <summary>What is left beyond those already counted: "five others", "two other people", "three more", "another".</summary>
    public const string Remainder = "remainder";

    /// <summary>The hurt in a given state: "two in critical condition", "three critically", "the others are stable".</summary>
    public const string Condition = "condition";

    /// <summary>Those counted at a place or moment of the event: "died at the scene", "pronounced dead at the hospital".</summary>
    public const string Moment = "moment";

    /// <summary>One person picked out of those counted: "a 44-year-old man was killed", "one ... the other".</summary>
    public const string Individual = "individual";

    /// <summary>
    /// A toll that says whether the attacker is in it: "four were killed, including the gunman" (cue "with"), "killed
    /// three people and himself" (cue "besides": the victims, a part of all the dead). A bare toll may be either, so it is
    /// no rival of these; two tolls that say the same compare.
    /// </summary>
    public const string Perpetrator = "perpetrator";

    /// <summary>The figure of the total when the sentence states it ("two" in "one of the two people killed"), else null.</summary>
    public double? Total { get; init; }

    /// <summary>"part of a total (subset: of 5)", as a reader says it.</summary>
    public override string ToString() =>
        Display.Words("part of a total", $"({Kind}: {Cue}{(Total is { } total ? " " + Display.Number(total) : string.Empty)})");
}
