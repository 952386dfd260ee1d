using System.Buffers;
using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Extraction;

/// <summary>
/// Reads, once, what the words around a figure say when its subject and predicate leave it open, so that comparison
/// reads claim fields only (<see cref="Claim.Event"/>, <see cref="Claim.CutOff"/>, <see cref="Claim.Wording"/>):
/// "attacks which left 127 civilians dead" (the dead), "41 civilian deaths" (the dead), "stayed away from the port for
/// ten days" (a pause), "the largest offensive in the last two years" (a frame that measures nothing).
/// </summary>
internal static class EventCues
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> EventAvoidanceComplementWords = Lexicon.Default.Words("event.avoidance-complement");
    private static readonly FrozenSet<string> EventAvoidanceVerbWords = Lexicon.Default.Words("event.avoidance-verb");
    private static readonly FrozenSet<string> EventDisplacedStateWords = Lexicon.Default.Words("event.displaced-state");
    private static readonly FrozenSet<string> TimePeriodAdjectiveWords = Lexicon.Default.Words("time.period-adjective");
    private static readonly FrozenSet<string> TimePeriodPrepositionWords = Lexicon.Default.Words("time.period-preposition");

    /// <summary>The claim with its event, cut-off flag and wording set from its sentence.</summary>
    /// <param name="claim">The claim, with its subject and predicate already read.</param>
    /// <param name="wording">The sentence's wording when already built for another figure of it, else null.</param>
    public static Claim Read(Claim claim, string? wording = null)
    {
        var (eventName, cutOff, words) = Cues(claim, wording);
        return claim with { Event = eventName, CutOff = cutOff, Wording = words };
    }

    /// <summary>
    /// What <see cref="Read"/> sets, for a caller that sets other fields of the claim in the same copy (the scope
    /// annotator: one copy of each claim instead of two).
    /// </summary>
    public static (string? Event, bool CutOff, string Wording) Cues(Claim claim, string? wording = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return (claim.Event ?? EventOf(claim), claim.CutOff || EndsCutOff(claim), claim.Wording ?? wording ?? WordingOf(claim.Sentence));
    }

    /// <summary>
    /// The distinct words of a sentence, lower-cased, sorted and joined by single spaces: enough to tell a reprinted wire
    /// sentence from another sentence, without the sentence.
    /// </summary>
    public static string WordingOf(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        // The words are found in the sentence lower-cased once (per character, as each word's own lower-casing would be:
        // a word never holds half a surrogate pair), sorted as offsets into it, and joined without copying each word.
        var lower = ArrayPool<char>.Shared.Rent(sentence.Length + 1);
        var words = ArrayPool<Range>.Shared.Rent(sentence.Length / 2 + 1);
        try
        {
            sentence.AsSpan().ToLowerInvariant(lower);
            var count = 0;
            var start = -1;
            for (var i = 0; i <= sentence.Length; i++)
            {
                var letter = i < sentence.Length && char.IsLetterOrDigit(sentence[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    words[count++] = new Range(start, i);
                    start = -1;
                }
            }

            Array.Sort(words, 0, count, new OrdinalRanges(lower));
            var distinct = 0;
            var length = -1;
            for (var i = 0; i < count; i++)
            {
                if (distinct == 0 || !OrdinalRanges.Equal(lower, words[distinct - 1], words[i]))
                {
                    words[distinct++] = words[i];
                    length += words[i].End.Value - words[i].Start.Value + 1;
                }
            }

            return distinct == 0 ? string.Empty : string.Create(length, (lower, words, distinct), static (target, state) =>
            {
                var at = 0;
                for (var i = 0; i < state.distinct; i++)
                {
                    if (i > 0)
                    {
                        target[at++] = ' ';
                    }

                    var word = state.lower.AsSpan(state.words[i]);
                    word.CopyTo(target[at..]);
                    at += word.Length;
                }
            });
        }
        finally
        {
            ArrayPool<Range>.Shared.Return(words);
            ArrayPool<char>.Shared.Return(lower);
        }
    }

    // Ranges of one lower-cased text in ordinal order of the words they cover (the order a SortedSet<string> keeps).
    private sealed class OrdinalRanges(char[] text) : IComparer<Range>
    {
        public int Compare(Range x, Range y) => text.AsSpan(x).SequenceCompareTo(text.AsSpan(y));

        public static bool Equal(char[] text, Range x, Range y) => text.AsSpan(x).SequenceEqual(text.AsSpan(y));
    }

    private static readonly FrozenSet<string> CountedEvents = Lexicon.Default.Words("event.counted-class");

    private static string? EventOf(Claim claim)
    {
        var around = new Around(claim);
        var subjectWords = EventWords.Words(claim.Subject);
        var predicateWords = EventWords.Words(claim.Predicate);
        var head = subjectWords.Count > 0 ? Nouns.Singular(subjectWords[^1].ToLowerInvariant()) : string.Empty;
        var unit = claim.Quantity.Unit?.Trim().ToLowerInvariant() ?? string.Empty;
        var eventWords = subjectWords.Count;
        var duration = unit.Length > 0 ? Nouns.TimeUnits.ContainsKey(unit) || Nouns.TimeUnits.Values.Contains(unit) : Nouns.TimeUnits.ContainsKey(head);
        if (duration)
        {
            // "ten days of fighting" read as subject "days": the unit is not the event.
            if (unit.Length == 0)
            {
                eventWords--;
            }

            if (eventWords == 0 && InTimeFrame(around.Before))
            {
                // "the largest offensive in the last two years": the words around are not what lasted; only a
                // negation makes the frame a length ("no air strikes in the past ten days" is a pause).
                return around.Before.TakeLast(10).Any(w => EventWords.Negations.Contains(w.ToLowerInvariant())) ? "pause" : null;
            }

            return DurationEventAround(around);
        }

        if (predicateWords.Count > 0)
        {
            // "attacks which left 127 civilians (dead)": a figure right after its verb is its object; what state the
            // verb leaves it in is the event.
            return around.Before is [.., var last] && last.Equals(predicateWords[0], StringComparison.OrdinalIgnoreCase) ? CasualtyAfter(around.After) : null;
        }

        return EventAfter(around.After);
    }

    // A text cut off mid-word ("which left 96 civi") ends the sentence with the subject and no closing punctuation.
    private static bool EndsCutOff(Claim claim)
    {
        var sentence = claim.Sentence.TrimEnd();
        var subject = claim.Subject?.Trim();
        return sentence.Length > 0 && !string.IsNullOrEmpty(subject) && char.IsLetter(sentence[^1])
            && sentence.EndsWith(subject, StringComparison.Ordinal);
    }

    // "left 12 dead", "left 30 people wounded", "left 500 homeless"; with no state word (a cut-off text), "left N"
    // people after an attack most often reports the dead.
    private static string CasualtyAfter(List<string> after)
    {
        foreach (var word in after.Take(5))
        {
            var lower = word.ToLowerInvariant();
            if (lower is "," or "and")
            {
                break;
            }

            if (EventDisplacedStateWords.HasWord(lower))
            {
                return "displaced";
            }

            if (EventWords.Class.TryGetValue(lower, out var cls) && cls is PredicateLexicon.Killed or PredicateLexicon.Injured)
            {
                return cls;
            }
        }

        return PredicateLexicon.Killed;
    }

    // With no predicate, the event word usually follows the figure closely: "41 civilian deaths", "six others were wounded".
    private static string? EventAfter(List<string> after)
    {
        var seen = 0;
        foreach (var word in after)
        {
            if (word == "," || seen++ >= 6 || char.IsAsciiDigit(word[0]))
            {
                break;
            }

            if (EventWords.Class.TryGetValue(word.ToLowerInvariant(), out var cls) && CountedEvents.Contains(cls))
            {
                return cls;
            }
        }

        return null;
    }

    // "in the last two years", "over the past week", "within the next two days", "during the previous month".
    private static bool InTimeFrame(List<string> before)
    {
        var k = before.Count - 1;
        if (k < 1 || !TimePeriodAdjectiveWords.HasWord(before[k].ToLowerInvariant()))
        {
            return false;
        }

        k--;
        if (before[k].Equals("the", StringComparison.OrdinalIgnoreCase) && k > 0)
        {
            k--;
        }

        return TimePeriodPrepositionWords.HasWord(before[k].ToLowerInvariant());
    }

    // A bare "ten days" takes its event from the words around it: "have stayed away from the port for ten days",
    // "stayed suspended for a tenth day", "have not flown over the city 10 days" are all the length of a pause.
    private static string? DurationEventAround(Around around)
    {
        if (!around.SpanFitsSentence)
        {
            return null;
        }

        var near = around.Before.TakeLast(10).Concat(around.After.Take(4)).Select(w => w.ToLowerInvariant()).ToList();
        for (var i = 0; i < near.Count; i++)
        {
            if (EventWords.Class.TryGetValue(near[i], out var cls) && cls is "pause" or "siege" or "battle")
            {
                return cls;
            }

            // "stayed clear of the city for three days", "kept away for a week": a time of holding off is a pause.
            var avoided = EventAvoidanceComplementWords.HasWord(near[i]) && i > 0 && EventAvoidanceVerbWords.HasWord(near[i - 1]);
            if (avoided || EventWords.Negations.Contains(near[i]))
            {
                return "pause";
            }
        }

        return null;
    }

    /// <summary>The words of the claim's sentence before and after its figure, split once and only when a rule asks.</summary>
    private sealed class Around(Claim claim)
    {
        private readonly int _start = claim.Span.Start - claim.SentenceSpan.Start;
        private readonly int _end = claim.Span.End - claim.SentenceSpan.Start;
        private List<string>? _before;
        private List<string>? _after;

        /// <summary>False when the claim's offsets do not fall inside its sentence (a caller's mistake): nothing is read around it.</summary>
        public bool SpanFitsSentence => _start >= 0 && _end <= claim.Sentence.Length && _start <= _end;

        // The rules look at most ten words back and seven ahead, so only that much is split: a sentence of thousands of
        // figures stays linear. A word cut by the window's edge is dropped.
        private const int Reach = 400;

        // Words the rules read: the last ten before the figure (TakeLast(10), the time frame's last three) and the first
        // eight after it (EventAfter reads seven, CasualtyAfter five). Only these become strings.
        private const int KeptBefore = 10;
        private const int KeptAfter = 8;

        public List<string> Before => _before ??= _start > 0 && _start <= claim.Sentence.Length ? Window(Math.Max(0, _start - Reach), _start, fromEnd: true) : [];

        public List<string> After => _after ??= _end >= 0 && _end <= claim.Sentence.Length ? Window(_end, Math.Min(claim.Sentence.Length, _end + Reach), fromEnd: false) : [];

        // The words of the window, less a word cut by either edge, of which only the kept end is made into strings: the
        // places of the first few (or, from the end, the last few in a ring) are remembered while the rest are counted.
        private List<string> Window(int from, int to, bool fromEnd)
        {
            var sentence = claim.Sentence;
            var kept = fromEnd ? KeptBefore : KeptAfter;
            Span<Range> places = stackalloc Range[KeptBefore + 2];
            var total = 0;
            var i = from;
            while (EventWords.NextWord(sentence, ref i, to, out var word))
            {
                if (fromEnd)
                {
                    places[total % places.Length] = word;
                }
                else if (total < places.Length)
                {
                    places[total] = word;
                }

                total++;
            }

            // The words [first, last) of the whole window that the old split kept.
            var first = 0;
            var last = total;
            if (last > first && from > 0 && char.IsLetterOrDigit(sentence[from - 1]) && char.IsLetterOrDigit(sentence[from]))
            {
                first++;
            }

            if (last > first && to < sentence.Length && char.IsLetterOrDigit(sentence[to - 1]) && char.IsLetterOrDigit(sentence[to]))
            {
                last--;
            }

            var take = fromEnd ? (Math.Max(first, last - kept), last) : (first, Math.Min(last, first + kept));
            var words = new List<string>(take.Item2 - take.Item1);
            for (var k = take.Item1; k < take.Item2; k++)
            {
                words.Add(EventWords.WordAt(sentence, places[fromEnd ? k % places.Length : k]));
            }

            return words;
        }
    }
}
