using ClaimCompare.Model;

namespace ClaimCompare.Comparison;

/// <summary>Everything the comparer needs about one claim, worked out once.</summary>
internal sealed class ClaimFacts
{
    public ClaimFacts(int index, Claim claim, Article? article, IReadOnlySet<string>? articlePlaces = null)
    {
        Index = index;
        Claim = claim;
        Article = article;
        Key = QuantityKey.Of(claim);
        Place = PlaceKey.Parse(claim.Place);
        Incident = IncidentEvidence.Of(Place, articlePlaces ?? EmptyNames);
        Reading = Reading.Of(claim.Quantity);
        Published = article?.Published;
        Start = claim.Period?.Start;
        End = claim.Period?.End ?? Published;
        if (Start is { } s && End is { } e && e < s)
        {
            (Start, End) = (e, s);
        }

        Cumulative = claim.Period?.Cumulative ?? false;
        SubjectWording = string.Join(' ', QuantityKey.Words(claim.Subject).Select(w => QuantityKey.Singular(w.ToLowerInvariant())));
        var concept = string.Join(' ', QuantityKey.Words(claim.Concept).Select(w => QuantityKey.Singular(w.ToLowerInvariant())));
        Owner = concept.Length > 0 && !string.Equals(concept, SubjectWording, StringComparison.Ordinal) && !Vocabulary.SubjectClass.ContainsKey(concept)
            && !Language.WordNet.Default.Knows(concept.Replace(' ', '_'), Language.WordClass.Noun) ? concept : string.Empty;
    }

    /// <summary>
    /// Whose figure it is, when the claim names something other than the counted thing itself (<see cref="Claim.Concept"/>,
    /// lower-cased and singular: "harbor bank", "retail sale", "green party"), else "". A general counted noun ("people")
    /// names no owner, nor does a common noun WordNet knows ("the vaccine", "the crowd": any vaccine, any crowd); a name
    /// or a named phrase ("kestrel airways", "ana berg") does.
    /// </summary>
    public string Owner { get; }

    /// <summary>The subject as written, lower-cased and singular ("infantry fighting vehicle"), to tell list items apart.</summary>
    public string SubjectWording { get; }

    /// <summary>Position in the input list (report order).</summary>
    public int Index { get; }

    public Claim Claim { get; }

    public Article? Article { get; }

    public QuantityKey Key { get; }

    public PlaceKey Place { get; }

    /// <summary>The place names that tie the claim to one incident (its own, else its article's).</summary>
    public IncidentEvidence Incident { get; }

    private static readonly HashSet<string> EmptyNames = [];

    public Reading Reading { get; }

    public DateOnly? Published { get; }

    /// <summary>First day the figure covers, when the text says.</summary>
    public DateOnly? Start { get; }

    /// <summary>The "as of" day: the period's end, else the publication date.</summary>
    public DateOnly? End { get; }

    public bool Cumulative { get; }

    /// <summary>A single-day count that is not a running total ("on Friday", "in the past 24 hours").</summary>
    public bool SingleDayWindow => !Cumulative && Start is { } s && End is { } e && s == e;

    /// <summary>The day the sweep sorts on: the window's start, else its end; null when no date is known.</summary>
    public int? Anchor => (Start ?? End)?.DayNumber;

    /// <summary>The last day this claim keeps its group open in the sweep (its window's end, else its anchor).</summary>
    public int? LastDay => End?.DayNumber ?? Anchor;

    /// <summary>
    /// Distinct lower-cased words of the sentence (<see cref="Claim.Wording"/>, read by extraction), sorted ordinally, for
    /// spotting reprinted wire copy: two sorted lists meet in one merge, with no set built per claim.
    /// </summary>
    /// <remarks>Worked out when first asked (only groups read it; a store's sweep builds facts for many claims that
    /// never reach a group). Two threads asking at once compute the same list.</remarks>
    public string[] Tokens => _tokens ??= SortedWords(Claim.Wording);

    private string[]? _tokens;

    public string Id => Claim.Id;

    // Extraction writes the wording sorted and without repeats (EventCues.WordingOf), so the split is usually the answer;
    // a wording from elsewhere (a hand-built claim) is sorted and its repeats dropped here.
    private static string[] SortedWords(string? wording)
    {
        if (wording is not { Length: > 0 })
        {
            return [];
        }

        var words = wording.Split(' ');
        for (var i = 1; i < words.Length; i++)
        {
            if (string.CompareOrdinal(words[i - 1], words[i]) >= 0)
            {
                Array.Sort(words, StringComparer.Ordinal);
                return [.. words.Distinct(StringComparer.Ordinal)];
            }
        }

        return words;
    }
}
