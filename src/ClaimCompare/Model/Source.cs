namespace ClaimCompare.Model;

/// <summary>What kind of source a figure is credited to.</summary>
public enum SourceKind
{
    /// <summary>A named person ("Lt. Gen. Sergei Rudskoi").</summary>
    Person,

    /// <summary>An official body: ministry, general staff, army, government, UN agency.</summary>
    Official,

    /// <summary>A monitor or NGO ("Syrian Observatory for Human Rights").</summary>
    Monitor,

    /// <summary>A news outlet or agency ("Sputnik", "al-Watan daily").</summary>
    Outlet,

    /// <summary>An unnamed source ("local sources", "a military source", "activists").</summary>
    Anonymous,

    /// <summary>A document, statement or estimate ("recent estimates").</summary>
    Document,

    /// <summary>A group or organisation of another kind (armed group, party, company).</summary>
    Organization,
}

/// <summary>A source as mentioned in one article: the words, where they stand, and what they name.</summary>
/// <param name="Name">The name with titles and roles removed ("Sergei Rudskoi").</param>
/// <param name="Span">Where the full mention stands in the article text.</param>
/// <param name="Kind">What kind of source this is.</param>
/// <param name="Role">Title or role separated from the name ("Lt. Gen.", "Head of operations in the Russian General Staff"), or null.</param>
public sealed record SourceMention(string Name, TextSpan Span, SourceKind Kind, string? Role = null)
{
    /// <summary>Organisation the role places the person in ("Russian General Staff"), or null.</summary>
    public string? Affiliation { get; init; }

    /// <summary>The mention exactly as written, including titles.</summary>
    public string? Surface { get; init; }

    /// <summary>The name with its role and kind: <c>Sergei Rudskoi (Lt. Gen.; Person)</c>.</summary>
    public override string ToString() => $"{Name} ({Display.List(Role, Kind.ToString())})".Replace(", ", "; ", StringComparison.Ordinal);
}

/// <summary>Why two spellings were taken as one source (shown in the report).</summary>
/// <param name="Alias">The spelling merged in.</param>
/// <param name="Rule">The rule or alias entry that merged it ("transliteration key", "acronym", "alias file: Army of Conquest").</param>
/// <param name="Confidence">How sure the merge is, 0 to 1.</param>
public sealed record MergeReason(string Alias, string Rule, double Confidence)
{
    /// <summary><c>Rudskoy by transliteration key (0.95)</c>.</summary>
    public override string ToString() => $"{Alias} by {Rule} ({Confidence.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)})";
}

/// <summary>One real-world source, resolved across articles.</summary>
/// <param name="Id">Report-local identifier ("s3").</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Kind">What kind of source.</param>
public sealed record Source(string Id, string Name, SourceKind Kind)
{
    /// <summary>Every spelling seen for this source, in first-seen order.</summary>
    public ValueArray<string> Aliases { get; init; } = ValueArray<string>.Empty;

    /// <summary>Id of the source this one belongs to (the General Staff belongs to the Defence Ministry), or null.</summary>
    public string? Affiliation { get; init; }

    /// <summary>Roles and titles seen with the name.</summary>
    public ValueArray<string> Roles { get; init; } = ValueArray<string>.Empty;

    /// <summary>Why each alias was merged in.</summary>
    public ValueArray<MergeReason> Merges { get; init; } = ValueArray<MergeReason>.Empty;

    /// <summary>Ids of sources that are possibly the same but were not merged (below the confidence bar).</summary>
    public ValueArray<string> PossiblySame { get; init; } = ValueArray<string>.Empty;

    /// <summary>The source with its kind and other spellings: <c>s3 Sergei Rudskoi (Person; also Rudskoy, Rudskoi)</c>.</summary>
    public override string ToString()
    {
        var others = Aliases.Where(a => !string.Equals(a, Name, StringComparison.Ordinal)).ToList();
        var also = others.Count == 0 ? null : "also " + string.Join(", ", others);
        return $"{Id} {Name} ({Display.List(Kind.ToString(), also).Replace(", also", "; also", StringComparison.Ordinal)})";
    }
}

/// <summary>An attribution relation: who said something, with which cue, through which channel.</summary>
/// <param name="Source">The speaker; null never occurs here (unattributed figures carry no attribution at all).</param>
/// <param name="Cue">The cue word as written ("said", "told", "according to").</param>
/// <param name="CueSpan">Where the cue stands.</param>
/// <param name="Via">The channel that relayed it ("Sputnik" in "told Sputnik"), or null.</param>
public sealed record SourceAttribution(SourceMention Source, string Cue, TextSpan CueSpan, SourceMention? Via = null)
{
    /// <summary>The attributed content (the quote or reported clause), when known.</summary>
    public TextSpan? Content { get; init; }

    /// <summary>
    /// Whether the cue reports a statement or an attitude ("believes", "wants"); internal so the public contract stays
    /// unchanged. Only statements credit a figure to a source.
    /// </summary>
    internal CueClass CueClass { get; init; }

    /// <summary>Who said it, with the cue and channel: <c>Sergei Rudskoi "told" via Sputnik</c>.</summary>
    public override string ToString() => Display.Words(Source.Name, $"\"{Cue}\"", Via is null ? null : $"via {Via.Name}");

    /// <summary>
    /// How a claim's source was found: its cue stands in the claim's sentence, a quotation carried it over, or the
    /// reported passage it opened runs on to the claim's sentence. Set on the copy a claim holds (see
    /// <see cref="Attribution.AttributionFinder.Attach"/>); <see cref="AttributionBasis.Cue"/> elsewhere.
    /// </summary>
    public AttributionBasis Basis { get; init; }

    /// <summary>The 1-based number of the body sentence that holds the cue, counted from the article's first sentence.</summary>
    public int CueSentence { get; init; }
}

/// <summary>How a claim's source was found (<see cref="SourceAttribution.Basis"/>).</summary>
public enum AttributionBasis
{
    /// <summary>The cue stands in the claim's own sentence ("the ministry said 25 died").</summary>
    Cue,

    /// <summary>A quotation opened or closed next to the cue runs over the claim's sentence.</summary>
    Quotation,

    /// <summary>
    /// The claim's sentence has no cue of its own and continues the passage reported from an earlier sentence
    /// (<see cref="SourceAttribution.CueSentence"/>), or lists figures after that sentence's colon.
    /// </summary>
    Carried,
}
