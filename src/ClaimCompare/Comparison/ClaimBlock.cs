namespace ClaimCompare.Comparison;

/// <summary>
/// Where a claim can be grouped, as the comparer itself decides it: claims with different <see cref="Key"/>s
/// never share a group, and claims of one key whose day ranges do not chain never do either. Day ranges chain
/// when <c>[FirstDay, LastDay + QuantityComparer.ChainDays]</c> of one overlaps that of the other, directly or
/// through other claims of the same key. Incremental stores use this to re-compare only what new claims can touch.
/// </summary>
/// <param name="Key">The comparison block (subject class, event class, unit).</param>
/// <param name="FirstDay">The day the claim's grouping sweep starts from (<see cref="DateOnly.DayNumber"/>), or null when undated.</param>
/// <param name="LastDay">The last day the claim keeps a group open, or null when undated. An undated claim can meet any claim of its key.</param>
internal sealed record ClaimBlock(string Key, int? FirstDay, int? LastDay);
