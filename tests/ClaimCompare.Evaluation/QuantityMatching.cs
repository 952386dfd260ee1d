using System.Globalization;
using ClaimCompare.Model;
using Newtonsoft.Json.Linq;

namespace ClaimCompare.Evaluation;

/// <summary>A NewsQuant gold quantity: a value or a range, a change symbol and the concept words.</summary>
public sealed record QuantityGold(double Low, double High, bool IsRange, string Change, IReadOnlyList<string> ConceptWords)
{
    /// <summary>Words of the gold unit ("workers" in "13000 workers"): for a count, the counted noun.</summary>
    public IReadOnlyList<string> UnitWords { get; init; } = [];

    /// <summary>Parses one gold quantity; null when its value cannot be read.</summary>
    public static QuantityGold? Parse(JObject q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var raw = ((string?)q["value"] ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        var change = (string?)q["change"] ?? "=";
        var concepts = ((string?)q["referred_concepts"] ?? "-").Trim();
        var words = concepts == "-" ? [] : concepts.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();
        var unitWords = ((string?)q["unit"] ?? "-").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).Where(w => w.Length > 2 && w.All(char.IsLetter)).ToList();

        // A range is "a-b"; a leading minus or an exponent's minus is part of a number.
        for (var i = 1; i < raw.Length; i++)
        {
            if (raw[i] == '-' && raw[i - 1] is not ('e' or 'E'))
            {
                if (Num(raw[..i]) is { } a && Num(raw[(i + 1)..]) is { } b)
                {
                    return new QuantityGold(a, b, true, change, words) { UnitWords = unitWords };
                }

                return null;
            }
        }

        return Num(raw) is { } v ? new QuantityGold(v, v, false, change, words) { UnitWords = unitWords } : null;
    }

    private static double? Num(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}

/// <summary>A predicted quantity in NewsQuant terms.</summary>
public sealed record QuantityPrediction(double Low, double High, bool IsRange, string Change, string? Concept, string Surface)
{
    /// <summary>The claim's <see cref="Claim.Concept"/> alone (the owner phrase, or the counted noun when there is none).</summary>
    public string? OwnerConcept { get; init; }

    /// <summary>
    /// The predicted concept phrase scored by the value+concept metric. NewsQuant keeps the counted noun of a
    /// count in its unit ("workers" in "Ford has 13000 workers") and the owner in its concept ("Ford"), so: the
    /// words of <see cref="Claim.Concept"/> when it names an owner (differs from the Subject), followed by the
    /// Subject's words; otherwise the Subject for a measure (a figure with a unit: "a 0.6 per cent fee") and
    /// nothing for a bare count, whose Subject is NewsQuant's unit.
    /// </summary>
    public static string? ConceptPhrase(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var owner = claim.Concept is not null && !string.Equals(claim.Concept, claim.Subject, StringComparison.Ordinal) ? claim.Concept : null;
        if (owner is null)
        {
            return claim.Quantity.Unit is null ? null : claim.Subject;
        }

        if (claim.Subject is null)
        {
            return owner;
        }

        var words = owner.Split(' ').ToList();
        words.AddRange(claim.Subject.Split(' ').Where(w => !words.Contains(w, StringComparer.Ordinal)));
        return string.Join(' ', words);
    }

    /// <summary>
    /// Maps a claim to NewsQuant's conventions: "about", "nearly", "almost" are "~"; "more than", "over",
    /// "at least" are "&gt;"; "up to", "less than", "under" are "&lt;"; rises and falls are "up"/"down";
    /// vague plurals are ranges of one order of magnitude ("hundreds" 100-1000), as its annotators wrote
    /// them; bare "several"/"a few" are not quantities there.
    /// </summary>
    public static QuantityPrediction? From(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var q = claim.Quantity;
        // A lower or approximate qualifier outranks the trend ("up about 19 per cent" is "~", "climbed more than
        // 3%" is ">"), a rise or fall outranks an upper one ("up nearly 57%" is "up"), as the annotators wrote it.
        var change = claim.Trend is not null && q.Bound == BoundKind.Upper ? (claim.Trend == Trend.Up ? "up" : "down") : q.Bound switch
        {
            BoundKind.Approx => "~",
            BoundKind.Lower => ">",
            BoundKind.Upper when q.Qualifier is "nearly" or "almost" or "close to" => "~",
            BoundKind.Upper => "<",
            BoundKind.Range when q.Low is null => "~",
            _ => claim.Trend switch
            {
                Trend.Up => "up",
                Trend.Down => "down",
                _ => "=",
            },
        };

        if (q.Bound == BoundKind.Vague)
        {
            if (q.Granularity is not { } g || q.Qualifier is null || q.Qualifier.StartsWith("several", StringComparison.Ordinal) || q.Qualifier.StartsWith("a ", StringComparison.Ordinal))
            {
                return null;
            }

            return new QuantityPrediction(g, g * 10, true, "=", ConceptPhrase(claim), claim.Surface) { OwnerConcept = claim.Concept };
        }

        if (q.Bound == BoundKind.Range && q.RangeEnd is { } end)
        {
            return new QuantityPrediction(q.Value, end, true, change, ConceptPhrase(claim), claim.Surface) { OwnerConcept = claim.Concept };
        }

        return new QuantityPrediction(q.Value, q.Value, false, change, ConceptPhrase(claim), claim.Surface) { OwnerConcept = claim.Concept };
    }
}

/// <summary>Precision, recall and F1 counts.</summary>
public sealed class MatchCounts
{
    /// <summary>Matched pairs.</summary>
    public int Matched { get; set; }

    /// <summary>Predicted items.</summary>
    public int Predicted { get; set; }

    /// <summary>Gold items.</summary>
    public int Gold { get; set; }

    /// <summary>Precision in percent.</summary>
    public double Precision => Predicted == 0 ? 0 : 100.0 * Matched / Predicted;

    /// <summary>Recall in percent.</summary>
    public double Recall => Gold == 0 ? 0 : 100.0 * Matched / Gold;

    /// <summary>F1 in percent.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Accumulates NewsQuant matches sentence by sentence.</summary>
public sealed class QuantityMatchTotals
{
    /// <summary>Value only.</summary>
    public MatchCounts Value { get; } = new();

    /// <summary>Value and change symbol.</summary>
    public MatchCounts Change { get; } = new();

    /// <summary>Value and at least one concept word.</summary>
    public MatchCounts Concept { get; } = new();

    /// <summary>Value and at least one concept word in <see cref="QuantityPrediction.OwnerConcept"/> alone.</summary>
    public MatchCounts OwnerConcept { get; } = new();

    /// <summary>Value and a subject sharing a word with the concept or with the counted noun (NewsQuant's unit).</summary>
    public MatchCounts ConceptOrCounted { get; } = new();

    /// <summary>Adds one sentence; returns lines describing misses and false alarms (for verbose output).</summary>
    public IReadOnlyList<string> Add(IReadOnlyList<QuantityGold> gold, IReadOnlyList<QuantityPrediction> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var lines = new List<string>();
        var valueUsed = Match(gold, predicted, Value, (_, _) => true, out var valueMatch);
        Match(gold, predicted, Change, (g, p) => g.Change == p.Change, out var changeMatch);
        Match(gold, predicted, Concept, ConceptMatches, out var conceptMatch);
        Match(gold, predicted, OwnerConcept, (g, p) => ConceptMatches(g, p with { Concept = p.OwnerConcept }), out _);
        Match(gold, predicted, ConceptOrCounted, (g, p) => ConceptMatches(g, p) || (p.Concept is not null && g.UnitWords.Any(w => p.Concept.Split(' ').Contains(w, StringComparer.Ordinal))), out _);
        for (var i = 0; i < gold.Count; i++)
        {
            var g = gold[i];
            var text = g.IsRange ? $"{g.Low.ToString(CultureInfo.InvariantCulture)}-{g.High.ToString(CultureInfo.InvariantCulture)}" : g.Low.ToString(CultureInfo.InvariantCulture);
            if (valueMatch[i] < 0)
            {
                lines.Add($"    MISS {g.Change} {text} [{string.Join(' ', g.ConceptWords)}]");
            }
            else if (changeMatch[i] < 0)
            {
                lines.Add($"    CHANGE {g.Change} {text} predicted {predicted[valueMatch[i]].Change}");
            }
            else if (conceptMatch[i] < 0)
            {
                lines.Add($"    CONCEPT {text} [{string.Join(' ', g.ConceptWords)}] predicted [{predicted[valueMatch[i]].Concept}]");
            }
        }

        for (var j = 0; j < predicted.Count; j++)
        {
            if (!valueUsed[j])
            {
                var p = predicted[j];
                lines.Add($"    EXTRA {p.Change} {p.Low.ToString(CultureInfo.InvariantCulture)}{(p.IsRange ? "-" + p.High.ToString(CultureInfo.InvariantCulture) : string.Empty)} \"{p.Surface}\"");
            }
        }

        return lines;
    }

    private static bool ConceptMatches(QuantityGold g, QuantityPrediction p)
    {
        if (g.ConceptWords.Count == 0)
        {
            return string.IsNullOrEmpty(p.Concept);
        }

        if (p.Concept is null)
        {
            return false;
        }

        // Function words of a predicted phrase ("price of the copper") never count as a shared word.
        // A hyphenated word counts whole and by its parts ("ben-moshe", "start-up").
        var spaced = p.Concept.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = spaced.Concat(spaced.SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries))).Where(w => w is not ("of" or "the" or "a" or "an" or "in" or "for" or "at" or "on")).ToArray();
        return g.ConceptWords.Any(w => words.Contains(w, StringComparer.Ordinal));
    }

    private static bool[] Match(IReadOnlyList<QuantityGold> gold, IReadOnlyList<QuantityPrediction> predicted, MatchCounts counts, Func<QuantityGold, QuantityPrediction, bool> extra, out int[] matchOf)
    {
        var used = new bool[predicted.Count];
        matchOf = new int[gold.Count];
        counts.Gold += gold.Count;
        counts.Predicted += predicted.Count;
        for (var i = 0; i < gold.Count; i++)
        {
            matchOf[i] = -1;
            for (var j = 0; j < predicted.Count; j++)
            {
                if (!used[j] && SameValue(gold[i], predicted[j]) && extra(gold[i], predicted[j]))
                {
                    used[j] = true;
                    matchOf[i] = j;
                    counts.Matched++;
                    break;
                }
            }
        }

        return used;
    }

    private static bool SameValue(QuantityGold g, QuantityPrediction p)
    {
        if (g.IsRange != p.IsRange)
        {
            return false;
        }

        if (!g.IsRange)
        {
            return Close(g.Low, p.Low);
        }

        // Both ends equal; gold writes a fall "from 208 to 193" high end first.
        return (Close(g.Low, p.Low) && Close(g.High, p.High)) || (Close(g.Low, p.High) && Close(g.High, p.Low));
    }

    // Relative tolerance only, as the benchmark's metric states: an absolute one would match any two tiny figures
    // (1.99e-30 and 1.99e-29 differ by less than 1e-9). Zero matches zero exactly.
    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-5 * Math.Max(Math.Abs(a), Math.Abs(b));
}
