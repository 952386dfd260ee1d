using System.Collections.Frozen;
using System.Globalization;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Comparison;

/// <summary>
/// What a claim counts, reduced to comparable keys: subject class, narrowing modifiers, event class and unit.
/// Two claims can only measure the same quantity when their keys are compatible.
/// </summary>
/// <param name="Subject">Subject class ("civilian", "militant"), a "+"-joined set for coordinations, or "" when unknown.</param>
/// <param name="Modifiers">Narrowing modifiers, sorted and "|"-joined ("hezbollah"), or "".</param>
/// <param name="Predicate">Event class ("killed", "pause"), or "" for a static figure.</param>
/// <param name="Unit">Unit ("day", "km"), or "" for a plain count.</param>
internal sealed record QuantityKey(string Subject, string Modifiers, string Predicate, string Unit)
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> CoordinatorWords = Lexicon.Default.Words("coordinator");
    private static readonly FrozenSet<string> SubjectFunctionWordWords = Lexicon.Default.Words("subject.function-word");

    /// <summary>
    /// What a tally sums over (<see cref="Claim.Extent"/>, "city/year"), or "" for one event's count. A tally never
    /// measures the same quantity as an incident's count, and tallies over different areas or periods differ.
    /// </summary>
    public string Extent { get; init; } = string.Empty;

    /// <summary>
    /// False when the figure measures nothing another figure could be compared with: a time frame ("the largest
    /// in the last two years"), a duration of no known event, or a bare number with no counted noun, event or
    /// unit. Such claims are never grouped.
    /// </summary>
    public bool Comparable { get; init; } = true;

    /// <summary>
    /// Which part of a total the figure counts (<see cref="ClaimPart"/>: kind, cue and the stated total), or "" for a
    /// whole count. A part is compared only with the same part: never with its total, a whole count or another kind of part.
    /// </summary>
    public string Part { get; init; } = string.Empty;

    /// <summary>The cheap blocking key: claims in different blocks are never compared.</summary>
    public string Block => string.Concat(BlockSubject, "/", Predicate, "/", Unit) + (Extent.Length == 0 ? string.Empty : "/" + Extent) + (Part.Length == 0 ? string.Empty : "/" + Part);

    private string BlockSubject => Vocabulary.GeneralPeople.Contains(Subject) ? "civilian" : Subject;

    /// <summary>True when the two keys can name the same quantity.</summary>
    public bool CompatibleWith(QuantityKey other)
    {
        if (!string.Equals(Predicate, other.Predicate, StringComparison.Ordinal)
            || !string.Equals(Unit, other.Unit, StringComparison.Ordinal)
            || !string.Equals(Modifiers, other.Modifiers, StringComparison.Ordinal)
            || !string.Equals(Part, other.Part, StringComparison.Ordinal)
            || !string.Equals(Extent, other.Extent, StringComparison.Ordinal))
        {
            return false;
        }

        // "People killed" in a casualty report usually means civilians; any narrower class must match exactly.
        return string.Equals(Subject, other.Subject, StringComparison.Ordinal)
            || (Vocabulary.GeneralPeople.Contains(Subject) && other.Subject == "civilian")
            || (Vocabulary.GeneralPeople.Contains(other.Subject) && Subject == "civilian");
    }

    /// <summary>Builds the key of a claim.</summary>
    public static QuantityKey Of(Claim claim) => OfWords(claim) with { Extent = claim.Extent ?? string.Empty };

    private static QuantityKey OfWords(Claim claim)
    {
        var subjectWords = Words(claim.Subject);
        var predicateWords = Words(claim.Predicate);
        var unit = NormaliseUnit(claim.Quantity.Unit);

        // A figure counted in time units is a duration: its subject is the event that lasted.
        var subjectHead = subjectWords.Count > 0 ? Singular(subjectWords[^1].ToLowerInvariant()) : string.Empty;
        var eventWords = subjectWords;
        if (unit.Length == 0 && Vocabulary.TimeUnits.TryGetValue(subjectHead, out var timeUnit))
        {
            // "ten days of fighting" read as subject "days": the unit is not the event.
            unit = timeUnit;
            eventWords = subjectWords[..^1];
        }

        if (Vocabulary.TimeUnits.Values.Contains(unit))
        {
            // What lasted, from the subject and predicate, else from the words around the figure as extraction read
            // them (Claim.Event: a pause word, a negation, or nothing for a time frame such as "in the last two years").
            var eventClass = DurationEvent(subjectWords, predicateWords);
            if (eventClass.Length == 0)
            {
                eventClass = claim.Event ?? string.Empty;
            }

            return new QuantityKey("duration", string.Empty, eventClass, unit) { Comparable = eventClass.Length > 0 };
        }

        // A subject that is itself the event ("60 wounded", "scores of dead villagers") carries the predicate.
        var predicate = PredicateClass(predicateWords);
        if (predicate == "left" && claim.Event is { Length: > 0 } state)
        {
            // "attacks which left 127 civilians (dead)": the figure is the object, so it counts casualties, not departures.
            predicate = state;
        }

        if (predicate.Length == 0)
        {
            // "60 wounded" carries its event in the subject; "41 civilian deaths" just after the figure (Claim.Event).
            predicate = EventInSubject(subjectWords, out var rest) ?? claim.Event ?? string.Empty;
            if (rest is not null)
            {
                subjectWords = rest;
            }
        }

        var (subject, modifiers) = SubjectClass(subjectWords, claim.CutOff);
        if (subject.Length == 0 && predicate.Length > 0)
        {
            subject = "person";
        }

        // "9 were women", "there were 38 such raids": with no counted noun, event or unit the figure could
        // be anything, and two such figures are not the same quantity because both are unknown.
        var part = PartKey(claim.Part);
        return new QuantityKey(subject, modifiers, predicate, unit) { Comparable = subject.Length + predicate.Length + unit.Length > 0 && part is not null, Part = part ?? string.Empty };
    }

    // The same part of the same event: kind and cue agree ("in critical condition" meets "critical", not "stable"), and a
    // share meets only a share of the same stated total ("two of the five" and "three of the five"). A share of a total
    // the sentence does not give ("one of the victims", "two of them") may be any share: it is never compared (null); a kind
    // the noun's modifiers pick out ("two male students") is a count of that kind and meets the same kind. One
    // person picked out ("a 44-year-old man was killed") meets only reports that pick out one person too, which agree.
    // Whole counts give "".
    private static string? PartKey(ClaimPart? part) => part switch
    {
        null => string.Empty,
        _ when Parts.IsKind(part) => part.Kind + ":" + part.Cue,
        { Kind: ClaimPart.Subset, Total: null } => null,
        { Kind: ClaimPart.Subset, Total: { } total } => string.Create(CultureInfo.InvariantCulture, $"{part.Kind}:{part.Cue}:{total:R}"),
        _ => part.Kind + ":" + part.Cue,
    };

    // The one known counted noun that a cut-off word begins (at least four letters, so the guess is unambiguous).
    private static string? CompletedClass(string fragment)
    {
        if (fragment.Length < 4)
        {
            return null;
        }

        var classes = Vocabulary.SubjectClass
            .Where(kv => kv.Key.StartsWith(fragment, StringComparison.Ordinal))
            .Select(kv => kv.Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return classes.Count == 1 ? classes[0] : null;
    }

    private static readonly FrozenSet<string> EventClasses = Lexicon.Default.Words("event.counted-class");

    private static string? EventInSubject(List<string> words, out List<string>? rest)
    {
        rest = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (Vocabulary.PredicateClass.TryGetValue(words[i].ToLowerInvariant(), out var cls) && EventClasses.Contains(cls))
            {
                rest = words.Where((_, k) => k != i).ToList();
                return cls;
            }
        }

        return null;
    }

    /// <summary>The event class of a predicate phrase: its leading verb (or verb pair) mapped to its synonym class.</summary>
    internal static string PredicateClass(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return string.Empty;
        }

        var first = words[0].ToLowerInvariant();
        var cls = Vocabulary.PredicateClass.GetValueOrDefault(first, first);

        // "killed and injured" is its own quantity, not either half.
        if (words.Count >= 3 && words[1].Equals("and", StringComparison.OrdinalIgnoreCase)
            && Vocabulary.PredicateClass.TryGetValue(words[2].ToLowerInvariant(), out var second) && second != cls)
        {
            return cls + "+" + second;
        }

        return cls;
    }

    private static string DurationEvent(IReadOnlyList<string> subjectWords, IReadOnlyList<string> predicateWords)
    {
        var all = subjectWords.Concat(predicateWords).Select(w => w.ToLowerInvariant()).ToList();
        foreach (var word in all)
        {
            if (Vocabulary.PredicateClass.TryGetValue(word, out var cls) && cls is "pause" or "siege" or "battle")
            {
                return cls;
            }
        }

        // How long something has not happened ("no warplanes used for 16 days") is the length of a pause.
        if (all.Any(Vocabulary.Negations.Contains))
        {
            return "pause";
        }

        var content = predicateWords.FirstOrDefault(w => w.Length > 2 && !IsFunctionWord(w.ToLowerInvariant()))
            ?? subjectWords.Take(subjectWords.Count - 1).FirstOrDefault();
        return content?.ToLowerInvariant() ?? string.Empty;
    }

    private static (string Subject, string Modifiers) SubjectClass(IReadOnlyList<string> words, bool truncated = false)
    {
        if (words.Count == 0)
        {
            return (string.Empty, string.Empty);
        }

        // A coordination of counted nouns ("women and children", "farmers, traders and herders") is its own set.
        var parts = SplitCoordination(words);
        if (parts.Count > 1 && parts.All(p => p.Count > 0 && Vocabulary.SubjectClass.ContainsKey(Singular(p[^1].ToLowerInvariant()))))
        {
            // Heads, not classes: "soldiers and allied militiamen" is not the same count as "soldiers".
            var heads = parts.Select(p => Singular(p[^1].ToLowerInvariant())).Distinct().Order(StringComparer.Ordinal);
            return (string.Join('+', heads), string.Empty);
        }

        var head = Singular(words[^1].ToLowerInvariant());
        var cls = Vocabulary.SubjectClass.GetValueOrDefault(head, head);
        if (!Vocabulary.SubjectClass.ContainsKey(head) && truncated)
        {
            cls = CompletedClass(head) ?? cls;
        }

        var human = Vocabulary.HumanClasses.Contains(cls);
        var modifiers = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count - 1; i++)
        {
            var word = words[i];
            var lower = word.ToLowerInvariant();
            if (CoordinatorWords.HasWord(lower) || IsFunctionWord(lower))
            {
                continue;
            }

            // Class words used as modifiers ("child soldiers") narrow the count too.
            var capitalised = char.IsUpper(word[0]) && human;
            if (Vocabulary.IsRestrictingModifier(lower, capitalised) || (human && Vocabulary.SubjectClass.TryGetValue(Singular(lower), out var c) && c != cls && c is "child" or "woman"))
            {
                modifiers.Add(lower);
            }
        }

        return (cls, string.Join('|', modifiers));
    }

    private static List<List<string>> SplitCoordination(IReadOnlyList<string> words)
    {
        var parts = new List<List<string>> { new() };
        foreach (var word in words)
        {
            if (word is "," || CoordinatorWords.HasWord(word))
            {
                parts.Add([]);
            }
            else
            {
                parts[^1].Add(word);
            }
        }

        parts.RemoveAll(p => p.Count == 0);
        return parts;
    }

    private static bool IsFunctionWord(string lower) =>
        SubjectFunctionWordWords.HasWord(lower);

    internal static string NormaliseUnit(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return string.Empty;
        }

        var lower = unit.Trim().ToLowerInvariant();
        if (Vocabulary.TimeUnits.TryGetValue(lower, out var time))
        {
            return time;
        }

        return Vocabulary.UnitAliases.TryGetValue(lower, out var alias) ? alias : lower;
    }

    /// <summary>Lower-cased singular of a plural noun ("casualties" to "casualty", "servicemen" to "serviceman").</summary>
    internal static string Singular(string word) => Nouns.Singular(word);

    /// <summary>Splits a phrase into words, keeping hyphenated words and commas (for coordinations).</summary>
    internal static List<string> Words(string? text) => EventWords.Words(text);

    /// <summary>A short human label: "civilians killed".</summary>
    public static string Describe(Claim claim) =>
        string.Join(' ', new[] { claim.Subject, claim.Predicate }.Where(s => !string.IsNullOrWhiteSpace(s))).Trim() is { Length: > 0 } s
            ? s
            : string.Create(CultureInfo.InvariantCulture, $"figure {claim.Surface}");
}
