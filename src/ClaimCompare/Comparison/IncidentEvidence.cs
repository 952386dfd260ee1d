namespace ClaimCompare.Comparison;

/// <summary>
/// What ties a claim to one real-world incident beyond its date: the place names its article states its figures with
/// (its own among them). Two claims from different articles measure one quantity only when their incidents can be
/// the same on this evidence: a shared place name (one may be inside the other, "Wichita" and "north Wichita"); two
/// claims' own places must also agree (<see cref="PlaceKey"/>), so "a district" and "the city" named by one article
/// meet "the city" named by another. Where neither the claim nor its article names a place, the evidence is thin and
/// the claims are not grouped across articles: a publication date alone never makes two incidents one, and
/// undated text must not fall into one big group. Built from claim fields only (<c>Claim.Place</c>).
/// </summary>
internal sealed class IncidentEvidence : IEquatable<IncidentEvidence>
{
    // Distinct and sorted: CanMatch only walks the names, so a plain array does (a frozen set per claim cost more to
    // build than every lookup it could save).
    private readonly string[] _names;

    private IncidentEvidence(IEnumerable<string> names, bool own)
    {
        _names = [.. names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Own = own;
        Signature = string.Join('|', _names);
    }

    /// <summary>No place known for the claim or its article.</summary>
    public static IncidentEvidence None { get; } = new([], own: false);

    /// <summary>True when the claim states a place of its own.</summary>
    public bool Own { get; }

    /// <summary>The names, sorted and joined, for equality and hashing.</summary>
    public string Signature { get; }

    /// <summary>True when there is no place to go on.</summary>
    public bool IsEmpty => _names.Length == 0;

    /// <summary>The evidence of one claim: the place names of its article's claims and its own.</summary>
    public static IncidentEvidence Of(PlaceKey own, IReadOnlySet<string> articleNames) =>
        articleNames.Count > 0 || own.Name is not null
            ? new IncidentEvidence(own.Name is { } name ? articleNames.Append(name) : articleNames, own: own.Name is not null)
            : None;

    /// <summary>
    /// True when the two claims, taken from different articles, can report one incident: each has a place to go
    /// on and some name of one is, or lies inside, a name of the other.
    /// </summary>
    public bool CanMatch(IncidentEvidence other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return false;
        }

        foreach (var a in _names)
        {
            foreach (var b in other._names)
            {
                if (Inside(a, b) || Inside(b, a))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when two incident days (<see cref="Model.Claim.IncidentDay"/>) can be one incident's: the same day, or two days in a row where the first is named late
    /// ("late Friday", "Friday night", "overnight") and the second early ("early Saturday", "Saturday morning"), as one
    /// shooting past midnight is named by two outlets. Either unknown: nothing to go on, so compatible.
    /// </summary>
    public static bool DaysCompatible(string? a, string? b)
    {
        if (string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b) || string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        var (dayA, dayB) = (DayName(a), DayName(b));
        if (string.Equals(dayA, dayB, StringComparison.Ordinal))
        {
            return true;
        }

        if (!Language.CalendarWords.Weekdays.TryGetValue(dayA, out var wa) || !Language.CalendarWords.Weekdays.TryGetValue(dayB, out var wb))
        {
            return true;
        }

        return ((int)wa + 1) % 7 == (int)wb ? a.EndsWith(" late", StringComparison.Ordinal) && b.EndsWith(" early", StringComparison.Ordinal)
            : ((int)wb + 1) % 7 == (int)wa && b.EndsWith(" late", StringComparison.Ordinal) && a.EndsWith(" early", StringComparison.Ordinal);
    }

    private static string DayName(string day)
    {
        var space = day.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? day : day[..space];
    }

    // Whole words only: "wichita" lies inside "north wichita", but a stray initial "n" lies inside no place.
    private static bool Inside(string part, string whole) =>
        whole.Length == part.Length ? string.Equals(part, whole, StringComparison.Ordinal)
        : whole.Length > part.Length && (whole.StartsWith(part + " ", StringComparison.Ordinal) || whole.EndsWith(" " + part, StringComparison.Ordinal)
            || whole.Contains(" " + part + " ", StringComparison.Ordinal));

    public bool Equals(IncidentEvidence? other) => other is not null && Own == other.Own && Signature == other.Signature;

    public override bool Equals(object? obj) => Equals(obj as IncidentEvidence);

    public override int GetHashCode() => HashCode.Combine(Own, Signature);
}
