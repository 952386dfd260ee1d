using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>A figure parsed from tokens <see cref="First"/> to <see cref="Last"/> (inclusive).</summary>
/// <param name="First">First token of the figure.</param>
/// <param name="Last">Last token of the figure, scale words included.</param>
/// <param name="Value">The value.</param>
/// <param name="Mantissa">The value before any scale word ("1.5" in "1.5 million").</param>
/// <param name="Scale">The scale applied (1 when none).</param>
/// <param name="Granularity">Rounding granularity, or null when exact.</param>
/// <param name="Spelled">True when written in words.</param>
internal readonly record struct NumberCore(int First, int Last, double Value, double Mantissa, double Scale, double? Granularity, bool Spelled)
{
    /// <summary>True for a fraction ("a third", "1/16").</summary>
    public bool Fraction { get; init; }

    /// <summary>True for scientific notation ("6.02 × 10^23"), which may write figures far beyond a digit run's range.</summary>
    public bool Notation { get; init; }
}

/// <summary>A vague magnitude parsed from tokens ("several dozen", "tens of thousands").</summary>
/// <param name="First">First token.</param>
/// <param name="Last">Last token (a trailing "of" is not included).</param>
/// <param name="Kind">Which vague word.</param>
/// <param name="Scale">Base magnitude ("dozens" 12, "tens of thousands" 10,000, "several" 1).</param>
internal readonly record struct VagueCore(int First, int Last, VagueKind Kind, double Scale);

/// <summary>Parses figures written in digits, in words, or as vague magnitudes. Pure functions over tokens.</summary>
internal static class NumberParser
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> NumberQuarterPeriodBeforeWords = Lexicon.Default.Words("number.quarter-period-before");
    private static readonly FrozenSet<string> NumberScaleLetterWords = Lexicon.Default.Words("number.scale-letter");
    private static readonly FrozenSet<string> NumberSingularVerbAfterWords = Lexicon.Default.Words("number.singular-verb-after");
    private static readonly FrozenSet<string> OrdinalSuffixWords = Lexicon.Default.Words("ordinal-suffix");
    private static readonly FrozenSet<string> CountedPersonPluralWords = Lexicon.Default.Words("counted.person-plural");
    private static readonly FrozenSet<string> DeterminerDescribedPartWords = Lexicon.Default.Words("determiner.described-part");
    private static readonly FrozenSet<string> DeterminerIndefiniteWords = Lexicon.Default.Words("determiner.indefinite");
    private static readonly FrozenSet<string> NumberCalendarUnitWords = Lexicon.Default.Words("number.calendar-unit");
    private static readonly FrozenSet<string> NumberDozenWords = Lexicon.Default.Words("number.dozen");
    private static readonly FrozenSet<string> NumberHalfOrQuarterWords = Lexicon.Default.Words("number.half-or-quarter");
    private static readonly FrozenSet<string> NumberNotCountedWords = Lexicon.Default.Words("number.not-counted");
    private static readonly FrozenSet<string> NumberNotFractionBeforeWords = Lexicon.Default.Words("number.not-fraction-before");
    private static readonly FrozenSet<string> NumberOneWords = Lexicon.Default.Words("number.one");
    private static readonly FrozenSet<string> NumberPluralDenominatorWords = Lexicon.Default.Words("number.plural-denominator");
    private static readonly FrozenSet<string> NumberVagueInnerWords = Lexicon.Default.Words("number.vague-inner");
    private static readonly FrozenSet<string> NumberVagueOuterWords = Lexicon.Default.Words("number.vague-outer");
    private static readonly FrozenSet<string> NumberVagueWithoutOfWords = Lexicon.Default.Words("number.vague-without-of");
    private static readonly FrozenSet<string> NumberWordJoinerWords = Lexicon.Default.Words("number.word-joiner");
    private static readonly FrozenSet<string> QualifierBeforeFractionWords = Lexicon.Default.Words("qualifier.before-fraction");

    /// <summary>Function words, which end a noun phrase: a fraction stands before them ("by a third in May").</summary>
    private static readonly HashSet<string> PhraseEnds = new(ClaimCompare.Language.Lexicon.Default.Words("stop.phrase-end"), StringComparer.Ordinal);

    /// <summary>Parses a figure written in digits at token <paramref name="i"/>, with any scale after it.</summary>
    public static bool TryDigits(List<Token> t, int i, bool currency, double roundingFloor, ISenses senses, out NumberCore core)
    {
        core = default;
        var tok = t[i];
        if (tok.Kind != TokenKind.Number)
        {
            return false;
        }

        var value = tok.Value;
        var last = i;

        // "1/16": a fraction written with a slash (a date like 10/12/2016 has a second slash).
        if (i + 2 < t.Count && (t[i + 1].IsSymbol('/') || t[i + 1].IsSymbol('⁄')) && !t[i + 1].SpaceBefore && t[i + 2].Kind == TokenKind.Number && !t[i + 2].SpaceBefore
            && tok.Decimals == 0 && t[i + 2].Decimals == 0 && !(i + 3 < t.Count && (t[i + 3].IsSymbol('/') || t[i + 3].IsSymbol('.'))))
        {
            if (tok.Value < t[i + 2].Value && t[i + 2].Value > 0)
            {
                core = new NumberCore(i, i + 2, tok.Value / t[i + 2].Value, tok.Value / t[i + 2].Value, 1, null, false) { Fraction = true };
                return true;
            }

            return false;
        }

        // "2 1/4": a whole number and a fraction.
        if (tok.Decimals == 0 && !tok.Grouped && i + 3 < t.Count && t[i + 1].Kind == TokenKind.Number && t[i + 1].SpaceBefore
            && (t[i + 2].IsSymbol('/') || t[i + 2].IsSymbol('⁄')) && !t[i + 2].SpaceBefore && t[i + 3].Kind == TokenKind.Number && !t[i + 3].SpaceBefore
            && t[i + 1].Value < t[i + 3].Value && t[i + 3].Value <= 16 && !(i + 4 < t.Count && t[i + 4].IsSymbol('/')))
        {
            var mixed = tok.Value + (t[i + 1].Value / t[i + 3].Value);
            core = new NumberCore(i, i + 3, mixed, mixed, 1, null, false) { Fraction = true };
            return true;
        }

        // "3.2e-5", "6.02 × 10^23", "10^6", "1.99×10⁻³⁰": scientific notation, as science and product text writes it.
        if (Scientific.TryRead(t, i, out var powered, out var poweredLast))
        {
            core = new NumberCore(i, poweredLast, powered, powered, 1, null, false) { Notation = true };
            return true;
        }

        var scale = 1.0;
        double lastScale = 0;
        var j = i + 1;
        while (j < t.Count && t[j].Kind == TokenKind.Word)
        {
            var w = t[j].Lower;
            if (NumberLexicon.Scales.TryGetValue(w, out var s) && s > lastScale)
            {
                scale *= s;
                lastScale = s;
            }
            else if (lastScale == 0 && NumberDozenWords.HasWord(w) && tok.Decimals == 0)
            {
                scale = 12;
                lastScale = 1; // "3 dozen": no larger scale follows
            }
            else if (lastScale == 0 && NumberLexicon.ScaleAbbreviations.TryGetValue(w, out s) && (!t[j].SpaceBefore || w.Length > 1))
            {
                scale = lastScale = s;
            }
            else if (lastScale == 0 && !t[j].SpaceBefore && ((currency && NumberScaleLetterWords.HasWord(w)) || (t[j].Capitalized && NumberScaleLetterWords.HasWord(w) && t[j].End - t[j].Start == 1)))
            {
                // "$5.4m", "4.3M": million. A lower-case "m" without a currency is metres ("37m")...
                scale = lastScale = w == "m" ? 1e6 : 1e9;
            }
            else if (lastScale == 0 && ScaleLetterBeforeCount(t, j))
            {
                // ...unless a counted plural follows: "2.7m sales", "8 B people", "3 M subscribers" (million, billion).
                scale = lastScale = w == "m" ? 1e6 : 1e9;
            }
            else
            {
                break;
            }

            last = j;
            j++;
        }

        var total = value * scale;
        if (lastScale >= 100 && tok.Decimals == 0)
        {
            // "4 hundred and 12", "2 thousand 6 hundred", "7 million and a half".
            var k = last + 1;
            if (k + 2 < t.Count && t[k].Is("and") && NumberOneWords.HasWord(t[k + 1].Lower) && NumberLexicon.Denominators.TryGetValue(t[k + 2].Lower, out var part) && !t[k + 2].Lower.EndsWith('s'))
            {
                total += lastScale / part;
                last = k + 2;
            }
            else
            {
                var at = k < t.Count && t[k].Is("and") ? k + 1 : k;
                if (at < t.Count && (t[at].Kind == TokenKind.Number || NumberLexicon.Units.ContainsKey(t[at].Lower) || NumberLexicon.Tens.ContainsKey(t[at].Lower))
                    && (t[at].Kind != TokenKind.Number ? TrySpelled(t, at, roundingFloor, senses, out var rest) : TryDigits(t, at, false, roundingFloor, senses, out rest))
                    && rest.Value < lastScale && rest.Value > 0 && rest.Value % 1 == 0 && !rest.Fraction && (at == k + 1 || rest.Scale > 1))
                {
                    total += rest.Value;
                    last = rest.Last;
                }
            }
        }

        core = new NumberCore(i, last, total, value, scale, Granularity(tok, value, scale, roundingFloor), false);
        return true;
    }

    /// <summary>Parses a figure written in words at token <paramref name="i"/> ("twenty-one", "a dozen", "five-and-a-half", "two-thirds").</summary>
    public static bool TrySpelled(List<Token> t, int i, double roundingFloor, ISenses senses, out NumberCore core)
    {
        core = default;
        var w = t[i].Lower;
        if (t[i].Kind != TokenKind.Word)
        {
            return false;
        }

        // "a dozen", "a hundred", "a million", "a third of".
        if (DeterminerIndefiniteWords.HasWord(w) && i + 1 < t.Count && t[i + 1].SpaceBefore)
        {
            var next = t[i + 1].Lower;
            if (next == "dozen")
            {
                core = new NumberCore(i, i + 1, 12, 12, 1, null, true);
                return true;
            }

            if (NumberLexicon.Scales.TryGetValue(next, out var s))
            {
                var last = i + 1;
                var value = s;
                if (i + 2 < t.Count && NumberLexicon.Scales.TryGetValue(t[i + 2].Lower, out var s2) && s2 > s)
                {
                    value *= s2;
                    last++;
                }

                core = new NumberCore(i, last, value, 1, value, value >= roundingFloor ? value : null, true);
                return true;
            }

            if (NumberLexicon.Denominators.TryGetValue(next, out var den) && !NumberPluralDenominatorWords.HasWord(next) && (FollowedByOf(t, i + 2) || next != "quarter")
                && !(i + 2 < t.Count && UnitLexicon.After.MatchForward(t, i + 2, out _) > 0) && !StartsCompound(t, i + 1) && !Ranks(t, i + 2, next, senses))
            {
                core = new NumberCore(i, i + 1, 1.0 / den, 1.0 / den, 1, null, true) { Fraction = true };
                return true;
            }

            return false;
        }

        if (NumberHalfOrQuarterWords.HasWord(w) && (i == 0 || !NumberNotFractionBeforeWords.HasWord(t[i - 1].Lower)))
        {
            // "half a dozen", "half a million", "half million".
            var at = i + 1 < t.Count && DeterminerIndefiniteWords.HasWord(t[i + 1].Lower) ? i + 2 : i + 1;
            if (at < t.Count && (t[at].Is("dozen") || NumberLexicon.Scales.ContainsKey(t[at].Lower)))
            {
                var whole = t[at].Is("dozen") ? 12 : NumberLexicon.Scales[t[at].Lower];
                var share = w == "half" ? 0.5 : 0.25;
                core = new NumberCore(i, at, whole * share, share, whole, whole >= roundingFloor ? whole / 10 : null, true);
                return true;
            }

            var qualified = i > 0 && QualifierBeforeFractionWords.HasWord(t[i - 1].Lower);
            var describedPart = i > 1 && t[i - 1].Kind == TokenKind.Word && DeterminerDescribedPartWords.HasWord(t[i - 2].Lower);
            if (w == "half" && !describedPart && (FollowedByOf(t, i + 1) || qualified))
            {
                core = new NumberCore(i, i, 0.5, 0.5, 1, null, true) { Fraction = true };
                return true;
            }
        }

        if (!NumberLexicon.Units.ContainsKey(w) && !NumberLexicon.Tens.ContainsKey(w))
        {
            return false;
        }

        double total = 0;
        double current = 0;
        var lastTok = i;
        var lastWasUnit = false;
        var lastWasTens = false;
        double smallestScale = 0;
        var j = i;
        while (j < t.Count)
        {
            var tok = t[j];
            var word = tok.Lower;
            if (j > i && tok.IsDash && j + 1 < t.Count && t[j + 1].Kind == TokenKind.Word
                && ((!tok.SpaceBefore && !t[j + 1].SpaceBefore) || (lastWasTens && NumberLexicon.Units.TryGetValue(t[j + 1].Lower, out var after) && after is > 0 and < 10)
                    || (total == 0 && current is > 0 and < 10 && NumberLexicon.Denominators.ContainsKey(t[j + 1].Lower))))
            {
                // Hyphens join number words ("twenty-one", "five-and-a-half"); look at the word after.
                j++;
                tok = t[j];
                word = tok.Lower;
                if (lastWasTens && !t[j - 1].SpaceBefore && NumberLexicon.Ordinals.ContainsKey(word))
                {
                    return false; // "the twenty-first century", "his thirty-fourth birthday": an ordinal, not a count
                }

                if (!(NumberLexicon.Units.ContainsKey(word) || NumberLexicon.Tens.ContainsKey(word) || NumberLexicon.Scales.ContainsKey(word) || NumberWordJoinerWords.HasWord(word) || NumberLexicon.Denominators.ContainsKey(word)))
                {
                    break;
                }
            }
            else if (j > i && tok.Kind != TokenKind.Word)
            {
                break;
            }

            if (j == i || NumberLexicon.Units.ContainsKey(word) && !lastWasUnit && (current % 100 == 0 || lastWasTens) && !(lastWasTens && NumberLexicon.Units[word] >= 10))
            {
                if (NumberLexicon.Units.TryGetValue(word, out var u))
                {
                    current += u;
                    lastWasUnit = true;
                    lastWasTens = false;
                }
                else
                {
                    current += NumberLexicon.Tens[word];
                    lastWasTens = true;
                    lastWasUnit = false;
                }

                lastTok = j;
                j++;
                continue;
            }

            if (NumberLexicon.Tens.TryGetValue(word, out var tens) && !lastWasUnit && !lastWasTens && current % 100 == 0)
            {
                current += tens;
                lastWasTens = true;
                lastTok = j;
                j++;
                continue;
            }

            if (word == "hundred" && current > 0 && current < 100)
            {
                current *= 100;
                smallestScale = 100;
                lastWasUnit = lastWasTens = false;
                lastTok = j;
                j++;
                continue;
            }

            if (NumberDozenWords.HasWord(word) && current > 0 && current < 100)
            {
                current *= 12;
                lastWasUnit = lastWasTens = false;
                lastTok = j;
                j++;
                continue;
            }

            if (NumberLexicon.Scales.TryGetValue(word, out var scale) && word != "hundred" && current > 0)
            {
                total += current * scale;
                current = 0;
                smallestScale = scale;
                lastWasUnit = lastWasTens = false;
                lastTok = j;
                j++;
                continue;
            }

            // "one hundred and two": "and" continues the number only before a units or tens word.
            if (word == "and" && j + 1 < t.Count)
            {
                var k = j + 1;
                if (t[k].IsDash && k + 1 < t.Count)
                {
                    k++;
                }

                if (NumberOneWords.HasWord(t[k].Lower) && k + 1 < t.Count)
                {
                    // "five and a half", "five-and-a-half", "five and a quarter", "two million and a half".
                    var h = k + 1;
                    if (t[h].IsDash && h + 1 < t.Count)
                    {
                        h++;
                    }

                    if (NumberLexicon.Denominators.TryGetValue(t[h].Lower, out var part) && !t[h].Lower.EndsWith('s') && (current + total) > 0 && current % 1 == 0)
                    {
                        if (current > 0)
                        {
                            current += 1.0 / part;
                        }
                        else
                        {
                            total += smallestScale / part;
                        }

                        lastWasUnit = true;
                        lastTok = h;
                        j = h + 1;
                        continue;
                    }

                    break;
                }

                // "four million and two thirds" is a number and a fraction, not 4,000,002.
                if (k + 1 < t.Count && NumberLexicon.Denominators.ContainsKey(t[k + 1].Lower))
                {
                    break;
                }

                if (smallestScale >= 100 && current % 100 == 0 && (NumberLexicon.Units.ContainsKey(t[k].Lower) || NumberLexicon.Tens.ContainsKey(t[k].Lower)))
                {
                    lastWasUnit = lastWasTens = false;
                    var wk = t[k].Lower;
                    if (NumberLexicon.Units.TryGetValue(wk, out var u2))
                    {
                        current += u2;
                        lastWasUnit = true;
                    }
                    else
                    {
                        current += NumberLexicon.Tens[wk];
                        lastWasTens = true;
                    }

                    lastTok = k;
                    j = k + 1;
                    continue;
                }

                break;
            }

            // "two-thirds of", "three quarters of".
            // "two-thirds of", "three quarters", "one eighth"; "the first two quarters" is not a fraction.
            if (NumberLexicon.Denominators.TryGetValue(word, out var d) && total == 0 && current is > 0 and < 20 && current % 1 == 0
                && (current == 1 ? !word.EndsWith('s') : word.EndsWith('s'))
                && (FollowedByOf(t, j + 1) || !(word.StartsWith("quarter", StringComparison.Ordinal) && i > 0 && NumberQuarterPeriodBeforeWords.HasWord(t[i - 1].Lower))))
            {
                core = new NumberCore(i, j, current / d, current / d, 1, null, true) { Fraction = true };
                return true;
            }

            break;
        }

        var result = total + current;
        var gran = smallestScale > 0 && result >= roundingFloor ? smallestScale : (double?)null;
        core = new NumberCore(i, lastTok, result, result, 1, gran, true);
        return true;
    }

    /// <summary>Parses a vague magnitude at token <paramref name="i"/>.</summary>
    public static bool TryVague(List<Token> t, int i, out VagueCore core)
    {
        core = default;
        var w = t[i].Lower;
        if (t[i].Kind != TokenKind.Word)
        {
            return false;
        }

        if (NumberLexicon.VaguePlurals.TryGetValue(w, out var scale))
        {
            var hasOf = i + 1 < t.Count && t[i + 1].Is("of");
            if (NumberVagueWithoutOfWords.HasWord(w) && !hasOf)
            {
                return false;
            }

            if (w == "scores" && !(i + 2 < t.Count && t[i + 2].Kind == TokenKind.Word))
            {
                return false;
            }

            var last = i;
            if (hasOf && i + 2 < t.Count && !NumberVagueOuterWords.HasWord(w) && NumberLexicon.VaguePlurals.TryGetValue(t[i + 2].Lower, out var inner)
                && inner > scale && !NumberVagueInnerWords.HasWord(t[i + 2].Lower))
            {
                scale *= inner;
                last = i + 2;
            }

            core = new VagueCore(i, last, VagueKind.Plural, scale);
            return true;
        }

        VagueKind kind;
        int end;
        if (w == "several")
        {
            kind = VagueKind.Several;
            end = i;
        }
        else if (w == "a" && i + 1 < t.Count && t[i + 1].Is("few") && (i == 0 || !t[i - 1].Is("quite")))
        {
            kind = VagueKind.Few;
            end = i + 1;
        }
        else if (w == "a" && i + 1 < t.Count && t[i + 1].Is("handful"))
        {
            kind = VagueKind.Handful;
            end = i + 1;
        }
        else
        {
            return false;
        }

        var mult = 1.0;
        if (end + 1 < t.Count)
        {
            var next = t[end + 1];
            if (next.Is("dozen"))
            {
                mult = 12;
                end++;
            }
            else if (NumberLexicon.Scales.TryGetValue(next.Lower, out var s))
            {
                mult = s;
                end++;
            }
            else if (next.Kind == TokenKind.Symbol && !next.IsDash)
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        core = new VagueCore(i, end, kind, mult);
        return true;
    }

    /// <summary>"the tenth day", "its 16th day": a running count of days (or weeks, months, years).</summary>
    public static bool TryOrdinalDuration(List<Token> t, int i, out NumberCore core, out int unitAt)
    {
        core = default;
        unitAt = -1;
        int value;
        int last;
        if (t[i].Kind == TokenKind.Number && t[i].Decimals == 0 && i + 1 < t.Count && !t[i + 1].SpaceBefore && OrdinalSuffixWords.HasWord(t[i + 1].Lower))
        {
            value = (int)t[i].Value;
            last = i + 1;
        }
        else if (t[i].Kind == TokenKind.Word && NumberLexicon.Ordinals.TryGetValue(t[i].Lower, out value) && value > 1)
        {
            last = i;
        }
        else
        {
            return false;
        }

        if (last + 1 >= t.Count || !NumberCalendarUnitWords.HasWord(t[last + 1].Lower))
        {
            return false;
        }

        core = new NumberCore(i, last, value, value, 1, null, t[i].Kind == TokenKind.Word);
        unitAt = last + 1;
        return true;
    }

    private static bool FollowedByOf(List<Token> t, int j) => j < t.Count && t[j].Is("of");

    /// <summary>
    /// "a third person", "a fifth victim", "a second straight loss": after "a", an ordinal before the noun it ranks is no
    /// fraction; nor is "a fourth was hurt", one more person told by rank (singular verb, a casualty). A fraction stands as
    /// a noun of its own: "a third of", "by a third", "a third more", "a third were hurt" (a share of many takes a plural
    /// verb). "half" and "quarter" are fractions before a noun too ("a quarter century").
    /// </summary>
    private static bool Ranks(List<Token> t, int j, string ordinal, ISenses senses)
    {
        if (NumberHalfOrQuarterWords.HasWord(ordinal) || j >= t.Count || t[j].Kind != TokenKind.Word || !t[j].SpaceBefore)
        {
            return false;
        }

        var w = t[j].Lower;
        if (NumberSingularVerbAfterWords.HasWord(w))
        {
            return PredicateLexicon.IsCasualty(ClaimContextReader.PredicateAfter(t, j));
        }

        return !PhraseEnds.Contains(w) && !NumberNotCountedWords.HasWord(w) && senses.CanBeNoun(w);
    }

    /// <summary>
    /// "a third-party audit", "a fifth-generation jet", "a third-world debt": an ordinal hyphenated to a word that is no
    /// unit forms a compound adjective, not a fraction ("a third-hour" would be one, but news writes "a third of an hour").
    /// </summary>
    private static bool StartsCompound(List<Token> t, int k) =>
        k + 2 < t.Count && t[k + 1].IsDash && !t[k + 1].SpaceBefore && !t[k + 2].SpaceBefore && t[k + 2].Kind == TokenKind.Word
        && UnitLexicon.After.MatchForward(t, k + 2, out _) == 0;

    /// <summary>
    /// A scale letter without a currency: "m" written tight ("2.7m sales") or a capital "M"/"B" standing alone ("8 B
    /// people") before a plural noun. Metres and bytes measure a thing ("a 37m mast", "100m tall"), so a plural head
    /// counted right after the letter makes it a scale: "5m people", "2.7m units". Race names keep metres ("400m hurdles").
    /// </summary>
    private static bool ScaleLetterBeforeCount(List<Token> t, int j)
    {
        var letter = t[j];
        var tight = !letter.SpaceBefore && letter.Lower == "m" && !letter.Capitalized;
        var alone = letter.SpaceBefore && letter.Capitalized && NumberScaleLetterWords.HasWord(letter.Lower) && letter.End - letter.Start == 1;
        if (!(tight || alone) || j + 1 >= t.Count)
        {
            return false;
        }

        var head = t[j + 1];
        return head.Kind == TokenKind.Word && head.SpaceBefore && !head.Capitalized && IsCountedPlural(head.Lower);
    }

    /// <summary>
    /// A plural noun that can be counted ("sales", "people", "users"), not a verb form or function word ending in s, nor
    /// the name of a race, which a distance in metres names ("the 400m hurdles": WordNet's first meaning is a race).
    /// </summary>
    private static bool IsCountedPlural(string w) =>
        CountedPersonPluralWords.HasWord(w)
        || (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !Lexicon.Default.Has(w, "not-plural-in-s")
            && !WordNet.Default.IsKindOf(w, "race", WordClass.Noun, maxSense: 1, ancestorMaxSense: 2));

    private static double? Granularity(Token tok, double mantissa, double scale, double roundingFloor)
    {
        if (scale > 1)
        {
            if (tok.Decimals > 0)
            {
                return scale * Math.Pow(10, -tok.Decimals);
            }

            return scale * TrailingZeroUnit(mantissa);
        }

        if (tok.Decimals > 0 || mantissa < roundingFloor)
        {
            return null;
        }

        var unit = TrailingZeroUnit(mantissa);
        return unit > 1 ? unit : null;
    }

    private static double TrailingZeroUnit(double v)
    {
        if (v <= 0 || v != Math.Floor(v) || v > 1e15)
        {
            return 1;
        }

        var unit = 1.0;
        var x = (long)v;
        while (x % 10 == 0 && x > 0)
        {
            x /= 10;
            unit *= 10;
        }

        return unit;
    }
}
