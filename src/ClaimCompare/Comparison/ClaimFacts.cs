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
    /// Distinct lower-cased words of the sentence (<see cref="Claim.Wording"/>, read by extraction), sorted ordinally and
    /// joined by single spaces, for spotting reprinted wire copy: two such wordings meet in one merge over the text, with
    /// no list or set built per claim.
    /// </summary>
    /// <remarks>Worked out when first asked (only groups read it; a store's sweep builds facts for many claims that
    /// never reach a group). Two threads asking at once compute the same value.</remarks>
    public SortedWords Tokens => _tokens ??= SortedWords.Of(Claim.Wording);

    private SortedWords? _tokens;

    public string Id => Claim.Id;
}

/// <summary>A sentence's distinct words, sorted ordinally and joined by single spaces, with their count.</summary>
internal sealed class SortedWords
{
    private SortedWords(string text, int count)
    {
        Text = text;
        Count = count;
    }

    /// <summary>The words joined by single spaces ("" when there are none).</summary>
    public string Text { get; }

    /// <summary>Number of distinct words.</summary>
    public int Count { get; }

    /// <summary>
    /// The words of a wording: as it is when sorted without repeats (extraction writes it so, <c>EventCues.WordingOf</c>),
    /// else sorted and with repeats dropped (a hand-built claim). Words are what lies between single spaces.
    /// </summary>
    public static SortedWords Of(string? wording)
    {
        if (wording is not { Length: > 0 })
        {
            return new SortedWords(string.Empty, 0);
        }

        var count = 1;
        var sorted = true;
        var (start, end) = (0, End(wording, 0));
        while (end < wording.Length)
        {
            var next = end + 1;
            var nextEnd = End(wording, next);
            sorted = sorted && wording.AsSpan(start, end - start).SequenceCompareTo(wording.AsSpan(next, nextEnd - next)) < 0;
            (start, end) = (next, nextEnd);
            count++;
        }

        if (sorted)
        {
            return new SortedWords(wording, count);
        }

        var words = wording.Split(' ').Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return new SortedWords(string.Join(' ', words), words.Length);
    }

    /// <summary>
    /// Share of words two wordings have in common (Jaccard), or 0 when it is certainly below <paramref name="bar"/>: it
    /// is at most the smaller count over the larger, so wordings of very different lengths skip the merge.
    /// </summary>
    public static double Similarity(SortedWords a, SortedWords b, double bar)
    {
        if (a.Count == 0 || b.Count == 0 || (double)Math.Min(a.Count, b.Count) / Math.Max(a.Count, b.Count) < bar)
        {
            return 0;
        }

        var (x, y) = (a.Text, b.Text);
        var common = 0;
        var (i, j) = (0, 0);
        var endX = End(x, i);
        var endY = End(y, j);
        while (i <= x.Length && j <= y.Length)
        {
            var order = x.AsSpan(i, endX - i).SequenceCompareTo(y.AsSpan(j, endY - j));
            if (order <= 0)
            {
                common += order == 0 ? 1 : 0;
                i = endX + 1;
                endX = End(x, i);
            }

            if (order >= 0)
            {
                j = endY + 1;
                endY = End(y, j);
            }
        }

        return (double)common / (a.Count + b.Count - common);
    }

    // The end of the word starting at start (the next space, or the end of the text).
    private static int End(string text, int start) =>
        start > text.Length ? start : text.IndexOf(' ', start) is var e and >= 0 ? e : text.Length;
}
