using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>A quantity found in a token list, with the token indices later stages need.</summary>
/// <param name="Result">The public result.</param>
/// <param name="First">First token of the expression (qualifier included).</param>
/// <param name="Last">Last token of the expression (unit included).</param>
/// <param name="Unit">Canonical unit, or null.</param>
internal sealed record Found(RecognizedQuantity Result, int First, int Last, string? Unit);

/// <summary>
/// The recogniser's core: walks the tokens of one sentence and reads each figure with the words
/// around it (qualifier before, scale and unit after, range partner, trend verb). Linear in the
/// number of tokens: every look-around is bounded by a few tokens.
/// </summary>
internal sealed class QuantityScanner(QuantityConventions conventions, ISenses senses)
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> DimensionAdjectiveWords = Lexicon.Default.Words("dimension-adjective");
    private static readonly FrozenSet<string> NumberScaleLetterWords = Lexicon.Default.Words("number.scale-letter");
    private static readonly FrozenSet<string> TrendParticleWords = Lexicon.Default.Words("trend.particle");
    private static readonly FrozenSet<string> UrlStartWords = Lexicon.Default.Words("url-start");

    private readonly QuantityConventions _c = conventions;

    // Word meanings for the number words ("a third victim": an ordinal before a noun ranks, it is no fraction).
    private readonly ISenses _senses = senses;

    /// <summary>Scans the sentence <paramref name="start"/>..<paramref name="end"/> of <paramref name="text"/>.</summary>
    public List<Found> Scan(string text, int start, int end, out List<Token> tokens) => Scan(SentenceTokens.Of(text, new TextSpan(start, end)), out tokens);

    /// <summary>Scans a sentence already cut into pieces.</summary>
    public List<Found> Scan(SentenceTokens sentence, out List<Token> tokens)
    {
        var text = sentence.Text;
        tokens = TokenView.Of(sentence);
        var found = new List<Found>();
        var t = tokens;
        var skipTo = -1;
        for (var i = 0; i < t.Count; i++)
        {
            if (i <= skipTo)
            {
                continue;
            }

            if (t[i].Kind == TokenKind.Symbol || (t[i].Kind == TokenKind.Word && !NumberLexicon.FigureStarts.Contains(t[i].Lower)))
            {
                continue;
            }

            if (StartsUrl(t, i))
            {
                // "https://example.org/find?n=45%25": nothing in a web address is a quantity.
                var k = i + 1;
                while (k < t.Count && !t[k].SpaceBefore)
                {
                    k++;
                }

                skipTo = k - 1;
                continue;
            }

            var f = TryAt(text, t, i, out var consumed);
            if (f is not null)
            {
                found.Add(f);
                skipTo = f.Last;
            }
            else if (consumed > i)
            {
                skipTo = consumed;
            }
        }

        InheritBracketQualifiers(t, found);
        InheritGappedTrends(t, found);
        MergeOpposedBounds(text, t, found);
        return found;
    }

    private Found? TryAt(string text, List<Token> t, int i, out int consumed)
    {
        consumed = -1;
        if (NumberParser.TryVague(t, i, out var vague))
        {
            return Vague(text, t, vague);
        }

        if (NumberParser.TryOrdinalDuration(t, i, out var ordinal, out var unitAt))
        {
            var unitName = t[unitAt].Lower;
            var running = QuantityReading.Single(_c, ordinal.Value, null, null, unitName, null);
            return Make(text, t, ordinal.First, unitAt, ordinal.First, ordinal.Last, running, null, unitName, true);
        }

        // A currency mark before the figure ("$", "US$", "€") lets "m"/"b" mean million/billion.
        var currencyLen = 0;
        string? currency = null;
        var sign = SignStart(t, i);
        if (t[i].Kind == TokenKind.Number)
        {
            currencyLen = MatchCurrency(t, sign >= 0 ? sign : i, out currency);
        }
        else if (!NumberLexicon.IsNumberWord(t[i].Lower))
        {
            sign = -1;
        }

        NumberCore core;
        if (!NumberParser.TryDigits(t, i, currency is not null, _c.RoundingFloor, _senses, out core) && !NumberParser.TrySpelled(t, i, _c.RoundingFloor, _senses, out core))
        {
            if (t[i].Kind == TokenKind.Number)
            {
                consumed = i + 2 < t.Count && t[i + 1].IsSymbol('/') ? i + 2 : i;
            }

            return null;
        }

        if (!double.IsFinite(core.Value) || (Math.Abs(core.Value) > 1e18 && !core.Notation) || t[core.First].Lower.Length > 40)
        {
            consumed = core.Last; // a digit run too long to be a figure: a code or garbage
            return null;
        }

        if (sign >= 0)
        {
            core = core with { Value = -core.Value, Mantissa = -core.Mantissa };
        }

        consumed = core.Last;
        var exprFirst = (sign >= 0 ? sign : core.First) - currencyLen;
        if (exprFirst > 0 && currency is null && t[exprFirst - 1].IsSymbol('$'))
        {
            currency = "USD";
            exprFirst--;
        }

        // Qualifier before (or a range opener: "between", "from").
        QualifierSense? sense = null;
        var qualLen = QualifierLexicon.Before.MatchBackward(t, exprFirst, 0, out var qs);
        if (qualLen > 0)
        {
            sense = qs;
        }

        var first = exprFirst - qualLen;

        // "one out of three", "2 out of 5": a share.
        if (core.Last + 3 < t.Count && t[core.Last + 1].Is("out") && t[core.Last + 2].Is("of")
            && (NumberParser.TryDigits(t, core.Last + 3, false, _c.RoundingFloor, _senses, out var of) || NumberParser.TrySpelled(t, core.Last + 3, _c.RoundingFloor, _senses, out of)) && of.Value > 0 && core.Value <= of.Value)
        {
            core = core with { Last = of.Last, Value = core.Value / of.Value, Mantissa = core.Value / of.Value, Granularity = null, Fraction = true };
        }

        var (unit, unitLast, duration) = ReadUnit(t, core.Last + 1);
        unit ??= currency;
        var last = Math.Max(core.Last, unitLast);

        // The non-claims: identifiers, times, dates, years, ordinals, names with numbers.
        if (NonClaimRules.IsNonClaim(t, core, currency is not null, unit, sense is not null, out var skipTo))
        {
            consumed = Math.Max(consumed, Math.Max(skipTo, last));
            return null;
        }

        // A range partner: "between A and B", "A to B", "from A to B", "A-B", "three or four".
        var trendFirst = first;
        if (TryRange(t, core, first, last, sense, unit, out var range))
        {
            if (range.Score)
            {
                consumed = range.Last;
                return null;
            }

            var runit = range.Unit ?? unit;
            var qualifierText = sense is null ? null : Words(text, t, first, exprFirst - 1);
            var q = QuantityReading.Range(_c, range.Low, range.High, qualifierText, runit, core.Granularity, sense);
            var trend = sense is QualifierSense.From or QualifierSense.Between ? null : TrendBefore(t, trendFirst, runit);
            return Make(text, t, first, range.Last, core.First, range.CoreLast, q, trend, runit, duration || range.Duration);
        }

        if (sense is QualifierSense.Between or QualifierSense.From)
        {
            // "between" or "from" without a partner is no qualifier at all.
            sense = null;
            first = exprFirst;
        }

        // A qualifier after the figure: "20 or more", "100 or so", "50+"; it bounds "equal to 30 or less" as well.
        var postLen = QualifierLexicon.After.MatchForward(t, last + 1, out var post);
        string? qualifier;
        var opensNext = postLen > 0 && last + postLen + 1 < t.Count && t[last + postLen + 1].Is("than"); // "5 or less than 6": "less than" bounds the 6
        if (sense is null or QualifierSense.Approximate or QualifierSense.Equal && postLen > 0 && !opensNext && (t[last + 1].Lower != "+" || !t[last + 1].SpaceBefore))
        {
            sense = post;
            qualifier = Words(text, t, last + 1, last + postLen);
            last += postLen;
        }
        else
        {
            qualifier = sense is null ? null : Words(text, t, first, exprFirst - 1);
        }

        var quantity = QuantityReading.Single(_c, core.Value, sense, qualifier, unit, core.Granularity);
        return Make(text, t, first, last, core.First, core.Last, quantity, TrendBefore(t, first, unit) ?? SignedFall(t, sign, unit), unit, duration);
    }

    private Found Vague(string text, List<Token> t, VagueCore v)
    {
        var (unit, unitLast, duration) = ReadUnit(t, v.Last + 1);
        var last = Math.Max(v.Last, unitLast);
        var q = QuantityReading.Vague(_c, v.Kind, v.Scale, Words(text, t, v.First, v.Last), unit);
        return Make(text, t, v.First, last, v.First, v.Last, q, null, unit, duration);
    }

    private static Found Make(string text, List<Token> t, int first, int last, int coreFirst, int coreLast, Quantity q, Trend? trend, string? unit, bool duration)
    {
        var span = new TextSpan(t[first].Start, t[last].End);
        var result = new RecognizedQuantity(span, span.Slice(text), q)
        {
            NumberSpan = new TextSpan(t[coreFirst].Start, t[coreLast].End),
            Trend = trend,
            IsDuration = duration,
        };
        return new Found(result, first, last, unit);
    }

    private static string Words(string text, List<Token> t, int first, int last) =>
        text.Substring(t[first].Start, t[last].End - t[first].Start).ToLowerInvariant();

    private static int MatchCurrency(List<Token> t, int i, out string? currency)
    {
        currency = null;
        var len = UnitLexicon.CurrencyBefore.MatchBackward(t, i, 0, out var code);
        if (len == 0)
        {
            return 0;
        }

        var head = t[i - len];
        if (head.Kind == TokenKind.Word && i - len > 0 && !head.SpaceBefore && t[i - len - 1].Kind != TokenKind.Symbol)
        {
            return 0; // glued to a word before it: part of an identifier
        }

        if (len == 1 && head.Kind == TokenKind.Word)
        {
            // Letter codes ("USD10m", "RM23.50", "PS8.1bn") must be capitalised; two-letter ones written tight.
            if (!head.Capitalized || (head.Lower.Length <= 2 && t[i].SpaceBefore))
            {
                return 0;
            }
        }
        else if (len > 1)
        {
            // "A$", "HK$", "Y=": written tight ("a $5 bill" is an article); "US $58" may have a space.
            for (var k = i - len + 1; k < i; k++)
            {
                if (t[k].SpaceBefore && !(head.InnerUpper && k == i - len + 1))
                {
                    return 0;
                }
            }

            if (!head.Capitalized && head.Kind == TokenKind.Word)
            {
                return 0;
            }
        }

        currency = code;
        return len;
    }

    /// <summary>Reads a unit after the figure, also hyphenated ("10-hour", "two-week-long", "several-month-long").</summary>
    private static (string? Unit, int Last, bool Duration) ReadUnit(List<Token> t, int j)
    {
        if (j >= t.Count)
        {
            return (null, -1, false);
        }

        // "9.58s", "in 7.2s": "s" written tight after a decimal figure is seconds ("1990s" and "the 80s" are decades).
        if (t[j].Is("s") && !t[j].SpaceBefore && j > 0 && t[j - 1].Kind == TokenKind.Number && t[j - 1].Decimals > 0)
        {
            return ("second", j, true);
        }

        var hyphen = t[j].IsDash && !t[j].SpaceBefore && j + 1 < t.Count && !t[j + 1].SpaceBefore;
        var at = hyphen ? j + 1 : j;
        var len = UnitLexicon.After.MatchForward(t, at, out var unit);
        if (len == 0)
        {
            return (null, -1, false);
        }

        if (len == 1 && RequiresTightUnit(t[at].Lower) && t[at].SpaceBefore)
        {
            return (null, -1, false);
        }

        // A one-letter unit glued to further letters is a word, not a unit ("5s" is fine, "5sec" matched whole).
        var last = at + len - 1;
        if (last + 1 < t.Count && t[last + 1].Kind == TokenKind.Word && !t[last + 1].SpaceBefore)
        {
            return (null, -1, false);
        }

        // "-long", "-old", "-wide": part of the compound.
        if (last + 2 < t.Count && t[last + 1].IsDash && !t[last + 1].SpaceBefore && !t[last + 2].SpaceBefore
            && DimensionAdjectiveWords.HasWord(t[last + 2].Lower))
        {
            last += 2;
        }

        return (unit, last, UnitLexicon.TimeUnits.Contains(unit));
    }

    private static bool RequiresTightUnit(string word) =>
        word.Length <= 2 && !LooseShortUnits.Contains(word);

    // Role unit.loose-short in Language/Data (units.tsv).
    private static readonly FrozenSet<string> LooseShortUnits = Lexicon.Default.Words("unit.loose-short");

    private readonly record struct RangeEnd(double Low, double High, int Last, int CoreLast, string? Unit, bool Duration, bool Score);

    private bool TryRange(List<Token> t, NumberCore core, int first, int last, QualifierSense? sense, string? unit, out RangeEnd range)
    {
        range = default;
        var j = last + 1;
        if (j >= t.Count)
        {
            return false;
        }

        var conn = t[j];
        var isDash = conn.IsDash;
        if (conn.Is("to") && (FollowsFigureThroughTo(t, first) || FigureAfter(t, j + 1, out var third) && third + 1 < t.Count && LeadsToFigure(t, third + 1)))
        {
            // "from $160 to $180 to $200", "3% to 4% to 5%": a chain of levels, each a figure of its own, not a range.
            return false;
        }

        var ok = sense switch
        {
            QualifierSense.Between => conn.Is("and") || isDash || conn.Is("to"),
            QualifierSense.From => conn.Is("to") || isDash || conn.Is("through"),
            _ => conn.Is("to") || isDash || conn.Is("or") || conn.Is("through") || (conn.IsSymbol('~') && !conn.SpaceBefore),
        };
        if (!ok)
        {
            return false;
        }

        var k = j + 1;
        if (k >= t.Count)
        {
            return false;
        }

        // "-to-" in "200,000 to-260,000".
        if (t[k].IsDash && k + 1 < t.Count)
        {
            k++;
        }

        var numberAt = k + CurrencyOffset(t, k);
        var len = MatchCurrency(t, numberAt, out var cur2);
        var k2 = len > 0 && numberAt - len == k ? numberAt : k;
        if (k2 == k)
        {
            cur2 = null;
        }

        if (k2 >= t.Count)
        {
            return false;
        }

        NumberCore second;
        if (!NumberParser.TryDigits(t, k2, cur2 is not null || unit is not null && UnitLexicon.IsCurrency(unit), _c.RoundingFloor, _senses, out second)
            && !(NumberParser.TrySpelled(t, k2, _c.RoundingFloor, _senses, out second) && core.Spelled))
        {
            return false;
        }

        if (second.Fraction != core.Fraction)
        {
            return false;
        }

        var (unit2, unitLast2, duration2) = ReadUnit(t, second.Last + 1);
        unit2 ??= cur2;
        if (unit is not null && unit2 is not null && unit != unit2)
        {
            return false;
        }

        var a = core.Value;
        var b = second.Value;
        if (!double.IsFinite(b) || Math.Abs(b) > 1e18)
        {
            return false;
        }

        // A scale written once for both ends: "3 to 4 thousand", "$6 to $8 billion".
        if (core.Scale == 1 && second.Scale > 1 && core.Mantissa < second.Mantissa * 10)
        {
            a = core.Mantissa * second.Scale;
        }

        var lastTok = Math.Max(second.Last, unitLast2);
        if (isDash && sense is null && unit is null && unit2 is null && a >= b && a % 1 == 0 && b % 1 == 0 && a <= 200)
        {
            // "2-2", "89-89", "2-0": a score, not a range.
            range = new RangeEnd(a, b, lastTok, second.Last, null, false, true);
            return true;
        }

        if (sense is null)
        {
            if (conn.Is("or") && !(b > a && b <= (2 * a) + 1 && a % 1 == 0 && b % 1 == 0))
            {
                return false;
            }

            // Without "from", "to" joins only rising ends ("5% to 6%"); "rose 5% to $84" is two figures.
            if (!(b > a))
            {
                return false;
            }

            if (conn.Is("to") && unit is not null && TrendBefore(t, first, unit) is not null)
            {
                return false;
            }
        }

        if (NonClaimRules.IsYearLike(t[core.First], core) && NonClaimRules.IsYearLike(t[second.First], second))
        {
            range = new RangeEnd(a, b, lastTok, second.Last, null, false, true);
            return true;
        }

        range = new RangeEnd(a, b, lastTok, second.Last, unit2 ?? unit, duration2, false);
        return true;
    }

    /// <summary>True when the expression starting at <paramref name="first"/> follows "to" after a figure ("... $180 to [$200]").</summary>
    private static bool FollowsFigureThroughTo(List<Token> t, int first) =>
        first >= 2 && t[first - 1].Is("to") && EndsFigure(t, first - 2);

    /// <summary>True when "to" at <paramref name="k"/> is followed by a figure ("[to] $200").</summary>
    private static bool LeadsToFigure(List<Token> t, int k)
    {
        // Skip the rest of the second figure (its scale or unit) to the next "to".
        for (var d = 0; d < 3 && k + d < t.Count; d++)
        {
            if (t[k + d].Is("to"))
            {
                return FigureAfter(t, k + d + 1, out _);
            }

            if (!EndsFigure(t, k + d))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The number token at most two currency marks after <paramref name="k"/>.</summary>
    private static bool FigureAfter(List<Token> t, int k, out int at)
    {
        at = k + CurrencyOffset(t, k);
        return at < t.Count && t[at].Kind == TokenKind.Number;
    }

    /// <summary>True when token <paramref name="k"/> can end a figure: digits, "%", a scale word or abbreviation.</summary>
    private static bool EndsFigure(List<Token> t, int k) =>
        k >= 0 && (t[k].Kind == TokenKind.Number || t[k].IsSymbol('%') || (t[k].Kind == TokenKind.Word && (NumberLexicon.Scales.ContainsKey(t[k].Lower)
            || NumberLexicon.ScaleAbbreviations.ContainsKey(t[k].Lower) || (!t[k].SpaceBefore && NumberScaleLetterWords.HasWord(t[k].Lower)))));

    private static int CurrencyOffset(List<Token> t, int k)
    {
        // Currency marks are matched backwards from the number; find the number after up to two mark tokens.
        for (var d = 0; d < 3 && k + d < t.Count; d++)
        {
            if (t[k + d].Kind == TokenKind.Number)
            {
                return d;
            }
        }

        return 0;
    }

    /// <summary>The trend given by the word before the expression (also across "by"), or by a "+" sign.</summary>
    private static Trend? TrendBefore(List<Token> t, int first, string? unit)
    {
        var p = first - 1;
        if (p < 0)
        {
            return null;
        }

        if (t[p].IsSymbol('+') && !t[first].SpaceBefore)
        {
            return Trend.Up;
        }

        if (t[p].Is("by"))
        {
            // "fell by 2,000", "lift output by 15 per cent", "revised upward by 8 billion".
            for (var k = p - 1; k >= Math.Max(0, p - 4); k--)
            {
                if (t[k].Kind != TokenKind.Word)
                {
                    break;
                }

                if (TrendLexicon.IsChangeVerb(t[k].Lower))
                {
                    return TrendLexicon.Of(t[k].Lower, unit);
                }
            }

            return null;
        }

        if (t[p].Kind != TokenKind.Word)
        {
            return null;
        }

        if (TrendParticleWords.HasWord(t[p].Lower) && !TrendLexicon.AdverbAllowedAfter(p > 0 ? t[p - 1] : null))
        {
            return null;
        }

        return TrendLexicon.Of(t[p].Lower, unit);
    }

    /// <summary>
    /// Gapping: "Shares of Acme were down 2.3%, Brightco by 2.6%": a name and "by" after a comma repeat the change verb of the
    /// figure before, so the second figure takes its direction.
    /// </summary>
    private static void InheritGappedTrends(List<Token> t, List<Found> found)
    {
        for (var n = 1; n < found.Count; n++)
        {
            var by = found[n].First - 1;
            if (found[n].Result.Trend is not null || found[n - 1].Result.Trend is not { } trend || by <= found[n - 1].Last + 2 || !t[by].Is("by"))
            {
                continue;
            }

            var k = found[n - 1].Last + 1;
            if (!t[k].IsSymbol(','))
            {
                continue;
            }

            var names = 0;
            for (k++; k < by && t[k].Kind == TokenKind.Word && t[k].Capitalized && names < 4; k++)
            {
                names++;
            }

            if (k == by && names > 0)
            {
                found[n] = found[n] with { Result = found[n].Result with { Trend = trend } };
            }
        }
    }

    /// <summary>
    /// A conversion in brackets keeps the qualifier of the figure it converts: "just under 150 hp (112 kW)",
    /// "more than 2 million crowns (US $300,000)".
    /// </summary>
    private static void InheritBracketQualifiers(List<Token> t, List<Found> found)
    {
        for (var n = 1; n < found.Count; n++)
        {
            var prev = found[n - 1].Result.Quantity;
            var cur = found[n].Result.Quantity;
            if (found[n].Unit is null || found[n].First != found[n - 1].Last + 2 || !(t[found[n].First - 1].IsSymbol('(') || t[found[n].First - 1].IsSymbol('/')))
            {
                continue;
            }

            if (found[n].Result.Trend is null && found[n - 1].Result.Trend is { } trend)
            {
                found[n] = found[n] with { Result = found[n].Result with { Trend = trend } };
            }

            if (cur.Bound != BoundKind.Exact || prev.Bound is not (BoundKind.Lower or BoundKind.Upper or BoundKind.Approx) || prev.Value == 0)
            {
                continue;
            }

            var r = cur.Value / prev.Value;
            var q = prev with
            {
                Value = cur.Value,
                Low = prev.Low * r,
                High = prev.High * r,
                TypicalLow = prev.TypicalLow * r,
                TypicalHigh = prev.TypicalHigh * r,
                Unit = cur.Unit,
                Granularity = cur.Granularity,
            };
            found[n] = found[n] with { Result = found[n].Result with { Quantity = q } };
        }
    }

    /// <summary>
    /// "above 1200 and below 1800", "no fewer than 30 and no more than 45": a lower and an upper bound
    /// joined by "and"/"but" with nothing else between are one range, when they do not contradict.
    /// </summary>
    private void MergeOpposedBounds(string text, List<Token> t, List<Found> found)
    {
        // Built into a new list in one pass: removing from the middle of a long list would be quadratic.
        List<Found>? merged = null;
        for (var n = 0; n < found.Count; n++)
        {
            if (n + 1 < found.Count && TryMerge(text, t, found[n], found[n + 1]) is { } both)
            {
                merged ??= found.GetRange(0, n);
                merged.Add(both);
                n++;
                continue;
            }

            merged?.Add(found[n]);
        }

        if (merged is not null)
        {
            found.Clear();
            found.AddRange(merged);
        }
    }

    private static Found? TryMerge(string text, List<Token> t, Found first, Found second)
    {
        var a = first.Result.Quantity;
        var b = second.Result.Quantity;
        var gap = second.First - first.Last - 1;
        if (gap is < 1 or > 2 || !(t[first.Last + 1].Is("and") || t[first.Last + 1].Is("but") || t[first.Last + 1].IsSymbol(',')))
        {
            return null;
        }

        if (gap == 2 && !t[first.Last + 2].Is("and"))
        {
            return null;
        }

        var (lower, upper) = a.Bound == BoundKind.Lower && b.Bound == BoundKind.Upper ? (a, b) : b.Bound == BoundKind.Lower && a.Bound == BoundKind.Upper ? (b, a) : (null, null);
        if (lower is null || upper is null || lower.Low is not { } lo || upper.High is not { } hi || lo >= hi || (a.Unit is not null && b.Unit is not null && a.Unit != b.Unit))
        {
            return null;
        }

        var span = new TextSpan(first.Result.Span.Start, second.Result.Span.End);
        var q = new Quantity(lo, BoundKind.Range, span.Slice(text).ToLowerInvariant(), lo, hi, lo, hi, a.Unit ?? b.Unit, null)
        {
            LowInclusive = lower.LowInclusive,
            HighInclusive = upper.HighInclusive,
            RangeEnd = hi,
        };
        var result = new RecognizedQuantity(span, span.Slice(text), q) { NumberSpan = span, Trend = first.Result.Trend };
        return new Found(result, first.First, second.Last, a.Unit ?? b.Unit);
    }

    private static bool StartsUrl(List<Token> t, int i) =>
        UrlStartWords.HasWord(t[i].Lower) && i + 1 < t.Count && !t[i + 1].SpaceBefore && (t[i + 1].IsSymbol(':') || t[i + 1].IsSymbol('.'));

    /// <summary>A minus sign before digits: "minus 233", "negative four", "minus-5", "$-50.8bn", "-1.4" after a space.</summary>
    private static int SignStart(List<Token> t, int i)
    {
        if (i == 0)
        {
            return -1;
        }

        var p = t[i - 1];
        if (p.Is("minus") || p.Is("negative"))
        {
            return i - 1;
        }

        if (t[i].Kind != TokenKind.Number)
        {
            return -1;
        }

        if (!(p.IsDash || p.IsSymbol('−')) || t[i].SpaceBefore)
        {
            return -1;
        }

        if (i >= 2 && t[i - 2].Is("minus") && !p.SpaceBefore)
        {
            return i - 2;
        }

        if (i == 1 || (t[i - 2].Kind == TokenKind.Symbol && t[i - 2].Lower is "<" or ">" or "=" or "(" or "≤" or "≥") || (p.SpaceBefore && (t[i - 2].Kind == TokenKind.Symbol || (t[i - 2].Kind == TokenKind.Word && !t[i - 2].Capitalized && !t[i - 2].InnerUpper))) || (!p.SpaceBefore && t[i - 2].IsSymbol('$')))
        {
            return i - 1;
        }

        return p.SpaceBefore && AfterName(t, i - 1) && IsChangeFigure(t, i) ? i - 1 : -1;
    }

    /// <summary>
    /// True when the token before <paramref name="at"/> ends a name: a capitalised word ("Dow", "DAX") or a number that
    /// closes one ("Stoxx 50", "S&amp;P 500", "FTSE 100").
    /// </summary>
    private static bool AfterName(List<Token> t, int at)
    {
        var p = at - 1;
        if (p < 0)
        {
            return false;
        }

        if (t[p].Kind == TokenKind.Word)
        {
            return t[p].Capitalized || t[p].InnerUpper;
        }

        return t[p].Kind == TokenKind.Number && t[p].SpaceBefore && p > 0 && t[p - 1].Kind == TokenKind.Word && (t[p - 1].Capitalized || t[p - 1].InnerUpper);
    }

    /// <summary>
    /// "-1.3%", "-120 points", "-0.45": a change as market reports list them, with a decimal part or a percent or points
    /// unit. After a name a whole number with no unit is part of the name instead ("COVID -19", "Mi -8").
    /// </summary>
    private static bool IsChangeFigure(List<Token> t, int i)
    {
        if (t[i].Kind != TokenKind.Number)
        {
            return false;
        }

        string? unit = null;
        var len = i + 1 < t.Count ? UnitLexicon.After.MatchForward(t, i + 1, out unit) : 0;
        return (len > 0 && IsChangeUnit(unit)) || (t[i].Decimals > 0 && (len == 0 || IsChangeUnit(unit)));
    }

    private static bool IsChangeUnit(string? unit) => UnitLexicon.IsChangeUnit(unit);

    /// <summary>
    /// "DAX -0.8%", "Brent, -1.1%", "(-0.5 points)": a minus sign written tight to a change figure in a list of prices or
    /// indices, with no verb before it, marks a fall, as "+0.4%" marks a rise. "inflation was -0.5%" is a level.
    /// </summary>
    private static Trend? SignedFall(List<Token> t, int sign, string? unit)
    {
        if (sign < 0 || !(t[sign].IsDash || t[sign].IsSymbol('−')) || !IsChangeUnit(unit))
        {
            return null;
        }

        if (sign == 0)
        {
            return Trend.Down;
        }

        var p = t[sign - 1];
        return p.Kind == TokenKind.Symbol && p.Lower is "," or ";" or ":" or "(" or "|" || AfterName(t, sign) ? Trend.Down : null;
    }
}
