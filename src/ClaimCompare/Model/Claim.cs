namespace ClaimCompare.Model;

/// <summary>The time a figure speaks about.</summary>
/// <param name="Start">First day covered, when known.</param>
/// <param name="End">Last day covered (the "as of" day), when known.</param>
/// <param name="Text">The words that gave the period ("in the past 24 hours", "since Sunday"), or null.</param>
/// <param name="Cumulative">True for a running total ("since the offensive began"), false for a window count.</param>
public sealed record TimeScope(DateOnly? Start, DateOnly? End, string? Text, bool Cumulative = false)
{
    /// <summary>Length of the window in days when both ends are known.</summary>
    public int? Days => Start is { } s && End is { } e ? e.DayNumber - s.DayNumber + 1 : null;

    /// <summary>The period as "2016-11-26 to 2016-11-28 (in the past 72 hours)", "to 2016-11-29", or its words alone.</summary>
    public override string ToString()
    {
        var days = (Start, End) switch
        {
            ({ } s, { } e) when s == e => Display.Day(s),
            ({ } s, { } e) => $"{Display.Day(s)} to {Display.Day(e)}",
            ({ } s, null) => $"from {Display.Day(s)}",
            (null, { } e) => $"to {Display.Day(e)}",
            _ => null,
        };
        var words = Text is null ? null : (days is null ? $"\"{Text}\"" : $"(\"{Text}\")");
        return Display.Words(days, words, Cumulative ? "running total" : null);
    }
}

/// <summary>One numeric claim found in an article.</summary>
/// <param name="Id">Report-local identifier ("c17"), stable for the same inputs.</param>
/// <param name="ArticleId">The article it was found in.</param>
/// <param name="Span">The quantity expression with its qualifier words.</param>
/// <param name="Surface">The text of <see cref="Span"/>.</param>
/// <param name="Quantity">The figure as an interval.</param>
/// <param name="Sentence">The sentence that holds it, as written.</param>
/// <param name="SentenceSpan">Where that sentence stands.</param>
public sealed record Claim(string Id, string ArticleId, TextSpan Span, string Surface, Quantity Quantity, string Sentence, TextSpan SentenceSpan)
{
    /// <summary>What was counted or measured: a short noun phrase, head noun last ("civilians"), or null.</summary>
    public string? Subject { get; init; }

    /// <summary>
    /// The entity or measured thing the figure belongs to or describes, e.g. "Acme" in "Acme has 4,000 workers",
    /// "cruising range" in "extend the cruising range by 30 kilometres"; null when the sentence names none.
    /// </summary>
    public string? Concept { get; init; }

    /// <summary>What happened to it, as a verb lemma ("killed", "injured", "left"), or null for a static figure.</summary>
    public string? Predicate { get; init; }

    /// <summary>Rise or fall, or null.</summary>
    public Trend? Trend { get; init; }

    /// <summary>
    /// How the figure stands to a larger count of the same event when it counts only part of it ("one of the two",
    /// "five others", "in critical condition", "at the scene", one victim picked out), or null for a whole count.
    /// </summary>
    public ClaimPart? Part { get; init; }

    /// <summary>Who the article credits the figure to, or null when stated in the outlet's own voice.</summary>
    public SourceAttribution? Attribution { get; init; }

    /// <summary>Id of the resolved source in the report, or null.</summary>
    public string? SourceId { get; init; }

    /// <summary>Id of the resolved channel source in the report, or null.</summary>
    public string? ViaId { get; init; }

    /// <summary>The time the figure speaks about, when known.</summary>
    public TimeScope? Period { get; init; }

    /// <summary>Where the text says it happened ("western Aleppo"), or null.</summary>
    public string? Place { get; init; }

    /// <summary>
    /// Where the article as a whole says its event happened: the dateline ("SPRINGFIELD, Ill. (AP) —"), else a place in
    /// the headline, else the first place of the lead; null when it names none. Figures that name no place of their own
    /// are about this place unless the article is a round-up of several.
    /// </summary>
    public string? ArticlePlace { get; init; }

    /// <summary>
    /// What the figure sums over when it is a tally of many events rather than one event's count, as "area/period":
    /// "city/" for "across the city", "/year" for "so far this year", "city/weekend" for "citywide over the weekend";
    /// null for the count of one event. A tally is another counted thing than an incident's count, and tallies over
    /// different areas or periods are different quantities.
    /// </summary>
    public string? Extent { get; init; }

    /// <summary>
    /// The day of the week the figure's incident happened on, as the text names it, lower case, with " late" or " early"
    /// when the day is named so ("saturday", "friday late" for "late Friday" or "Friday night", "sunday early"): from
    /// the figure's sentence, else from the article's lead when the sentence names no time; null when none is named.
    /// Two reports of one place naming different days report different incidents.
    /// </summary>
    public string? IncidentDay { get; init; }

    /// <summary>
    /// The event the words around the figure give where its subject and predicate leave it open, as an event class:
    /// "killed" for the object of "left" in "attacks which left 127 civilians dead" or for "41 civilian deaths",
    /// "displaced" for "left 500 homeless", "pause" for a length of time in which something did not happen ("no strikes
    /// for ten days", "a lull of a week"), "siege" or "battle"; null when the words give none, and for a time frame
    /// that measures nothing ("the largest offensive in the last two years").
    /// </summary>
    public string? Event { get; init; }

    /// <summary>True when the text breaks off inside the figure's subject ("which left 96 civi"): a truncated page.</summary>
    public bool CutOff { get; init; }

    /// <summary>
    /// True when the figure's article says that the attacker of its incident died ("the gunman was shot and killed by
    /// police", "the bomber died in the blast", "the shooter killed himself"). Reports then part on whether the toll counts
    /// him, so two tolls one apart are not sure rivals.
    /// </summary>
    public bool AttackerDied { get; init; }

    /// <summary>
    /// The sentence's distinct words, lower-cased, sorted and joined by single spaces, to tell a reprinted wire sentence
    /// (nearly the same words) from another sentence; null when not read.
    /// </summary>
    public string? Wording { get; init; }

    /// <summary>How sure the extractor is that this is a claim with the right reading, 0 to 1.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>The kind of region it stood in (claims in titles are kept and marked).</summary>
    public RegionKind Region { get; init; } = RegionKind.Body;

    /// <summary>
    /// The claim as a reader says it: <c>c20 "over 18,000" civilians left (Sergei Rudskoi via Sputnik, 002_abd5eaf9)</c>,
    /// with the source as the article names it (or "no source" for the outlet's own voice) and the article id.
    /// <see cref="ComparisonReport.Describe(Claim)"/> gives the resolved source, the outlet and the date instead.
    /// </summary>
    public override string ToString() => Describe(SourceText(), ArticleId);

    /// <summary>The shared form of <see cref="ToString"/> and <see cref="ComparisonReport.Describe(Claim)"/>.</summary>
    internal string Describe(params string?[] where)
    {
        var id = string.IsNullOrEmpty(Id) ? "(no id)" : Id;
        var context = Display.List(where);
        return Display.Words(id, $"\"{Surface}\"", Subject, Predicate, context.Length == 0 ? null : $"({context})");
    }

    /// <summary>"Sergei Rudskoi via Sputnik" as the article names them, or "no source".</summary>
    internal string SourceText() => Attribution is { } a
        ? (a.Via is { } via ? $"{a.Source.Name} via {via.Name}" : a.Source.Name)
        : "no source";
}
