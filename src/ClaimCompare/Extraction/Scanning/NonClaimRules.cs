using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>
/// Numbers that are not claims: identifiers ("13950827000687_photoi", "M21"), clock times, dates and
/// years, ordinals, numbers inside names ("Game 7", "TA-35", "the 4120 Tower block"), relative
/// times ("7 years ago") and pronoun "one".
/// </summary>
internal static partial class NonClaimRules
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> NonClaimMeridiemWords = Lexicon.Default.Words("non-claim.meridiem");
    private static readonly FrozenSet<string> DeterminerPossessivePersonalWords = Lexicon.Default.Words("determiner.possessive-personal");
    private static readonly FrozenSet<string> NonClaimGroupWordWords = Lexicon.Default.Words("non-claim.group-word");
    private static readonly FrozenSet<string> NonClaimMeridiemLetterWords = Lexicon.Default.Words("non-claim.meridiem-letter");

    private static readonly HashSet<string> TimeZones = new(Lexicon.Default.Words("time-zone"), StringComparer.Ordinal);

    /// <summary>Words that make the number after them a label ("category 4", "phase 2", "chapter 11").</summary>
    private static readonly HashSet<string> LabelWords = new(Lexicon.Default.Words("non-claim.label"), StringComparer.Ordinal);

    /// <summary>Street words that make a number before them an address ("14 W 52nd St", "12 Mill Farm Road").</summary>
    /// <summary>Function words ("In", "At", "The"), which open a sentence capitalised but are no given name.</summary>
    private static readonly HashSet<string> PhraseEnds = new(Lexicon.Default.Words("stop.phrase-end"), StringComparer.Ordinal);

    private static readonly HashSet<string> StreetWords = new(Lexicon.Default.Words("street-word"), StringComparer.Ordinal);

    private static readonly HashSet<string> PronounOneBefore = new(Lexicon.Default.Words("non-claim.pronoun-one-before"), StringComparer.Ordinal);

    private static readonly HashSet<string> PronounOneAfter = new(Lexicon.Default.Words("non-claim.pronoun-one-after"), StringComparer.Ordinal);

    /// <summary>True when the figure <paramref name="core"/> is not a claim; <paramref name="skipTo"/> is the last token it covers.</summary>
    public static bool IsNonClaim(List<Token> t, NumberCore core, bool currency, string? unit, bool qualified, out int skipTo)
    {
        skipTo = core.Last;
        var tok = t[core.First];
        var next = core.Last + 1;
        var prev = core.First - 1;

        if (core.Spelled)
        {
            return IsPronounOne(t, core, unit);
        }

        if (IsNameByShape(t, core, currency, unit, qualified, out skipTo))
        {
            return true; // "ID.3", "5G", "4K", "2014-15", "Kane (10)": see NonClaimRules.Shapes.cs
        }

        if (!currency && prev >= 0)
        {
            var p = t[prev];
            if (p.IsSymbol('/') && !p.SpaceBefore && !tok.SpaceBefore)
            {
                return true; // the middle or end of a slashed date or path
            }

            if (p.IsSymbol(':') && !tok.SpaceBefore && prev > 0 && t[prev - 1].Kind == TokenKind.Number)
            {
                return true; // the seconds of "20:19:51"
            }

            if (!tok.SpaceBefore && (p.Kind is TokenKind.Word or TokenKind.Number || p.IsSymbol('_')))
            {
                return true; // "M21", "access_time7": part of an identifier
            }

            if (p.IsSymbol('#') || (p.IsSymbol('.') && prev > 0 && t[prev - 1].Is("no")) || p.Is("no") && p.Capitalized || p.Is("number"))
            {
                return true; // "No. 5", "#1": a rank or a label
            }
        }

        if (next < t.Count)
        {
            var n = t[next];
            if (!n.SpaceBefore && n.IsSymbol('_'))
            {
                return true; // "13950827000687_photoi"
            }

            if (n.IsSymbol('/') && !n.SpaceBefore && next + 3 < t.Count && t[next + 1].Kind == TokenKind.Number && t[next + 2].IsSymbol('/') && t[next + 3].Kind == TokenKind.Number)
            {
                skipTo = next + 3;
                return true; // "5/17/2018": a date
            }

            if (n.IsSymbol(':') && !n.SpaceBefore && next + 1 < t.Count && t[next + 1].Kind == TokenKind.Number && !t[next + 1].SpaceBefore)
            {
                skipTo = next + 1;
                if (next + 2 < t.Count && IsClockSuffix(t, next + 2))
                {
                    skipTo = next + 2;
                }

                return true; // "10:27"
            }

            if (unit is null && IsClockSuffix(t, next))
            {
                skipTo = next;
                return true; // "5am", "10.45pm", "3 p.m."
            }

            if (unit is null && n.Kind == TokenKind.Word && !n.SpaceBefore)
            {
                skipTo = next;
                return true; // "96th", "1990s", "9AB8": ordinal, decade or identifier
            }
        }

        if (tok.Decimals == 0 && !tok.Grouped && core.Scale == 1 && !currency && unit is null && tok.Value is >= 1 and <= 31 && IsDateNeighbour(t, prev, next))
        {
            return true; // "October 18", "18 October", "Feb. 21"
        }

        if (!currency && unit is null && !qualified && IsYearLike(tok, core) && !FollowedByPluralNoun(t, next) && !StartsNumericRange(t, next))
        {
            return true; // "2016", "March 2011", "since 1985"
        }

        if (unit is not null && UnitLexicon.TimeUnits.Contains(unit))
        {
            for (var k = next; k < Math.Min(t.Count, next + 4); k++)
            {
                if (t[k].Is("ago"))
                {
                    return true; // "7 years ago": when, not how long
                }
            }
        }

        if (!currency && !qualified && unit is null && prev >= 0 && t[prev].Kind == TokenKind.Word && LabelWords.Contains(t[prev].Lower) && !t[prev].Capitalized)
        {
            return true; // "category 4 hurricane", "phase 2"
        }

        if (!currency && unit is null && IsAddress(t, next))
        {
            return true;
        }

        if (!currency && !qualified && unit is null && tok.Lower.Length >= 4 && !tok.Grouped && tok.Decimals == 0 && core.Scale == 1 && FollowedBySingularNoun(t, next))
        {
            return true; // "in 3040 district": a cardinal above one needs a plural head, so a singular head makes it a label
        }

        if (!currency && !qualified && unit is null && next + 1 < t.Count && t[next].Is("block") && t[next + 1].Is("of"))
        {
            return true; // "in the 1200 block of Main Street": an address range, not a count of blocks
        }

        if (!currency && !qualified && prev >= 0 && t[prev].Kind == TokenKind.Word && CounterWords.Contains(t[prev].Lower)
            && next + 1 < t.Count && t[next].Is("of") && t[next + 1].Kind == TokenKind.Number)
        {
            skipTo = next + 1;
            return true; // "Image 4 of 12": a gallery or page counter
        }

        if (!currency && !qualified && next < t.Count && (BoreWords.Contains(t[next].Lower) || (t[next].IsDash && next + 1 < t.Count && BoreWords.Contains(t[next + 1].Lower))))
        {
            return true; // "a .40-calibre handgun", "a 22 caliber rifle": a gun's bore size, not a count
        }

        if (!currency && !qualified && unit is null && IsAppositiveAge(t, core, prev, next))
        {
            return true; // "Priya Nandakumar, 34, said": an age beside a name
        }

        if (!currency && !qualified && unit is null && core.First == core.Last && prev >= 0 && t[prev].IsSymbol('[') && !t[core.First].SpaceBefore
            && next < t.Count && t[next].IsSymbol(']') && !t[next].SpaceBefore)
        {
            return true; // "killed six people.[9]": a reference mark in square brackets, not a figure
        }

        if (!currency && unit is null && IsAgeDecade(t, core, prev, next))
        {
            return true; // "a woman in her 20s", "three men in their 30's": a decade of life, not a count
        }

        return !currency && !qualified && unit is null && IsInName(t, core, prev, next);
    }

    /// <summary>True for a four-digit whole number that reads as a year (1000 to 2199, no separators).</summary>
    public static bool IsYearLike(Token tok, NumberCore core) =>
        tok.Kind == TokenKind.Number && !tok.Grouped && tok.Decimals == 0 && core.Scale == 1 && tok.Lower.Length == 4 && tok.Value is >= 1100 and < 2200;

    /// <summary>"1000-5000", "1000 to 5000": a range whose far end is no year, so the near end is no year either.</summary>
    private static bool StartsNumericRange(List<Token> t, int next)
    {
        if (next + 1 >= t.Count || !(t[next].IsDash || t[next].Is("to")) || t[next + 1].Kind != TokenKind.Number)
        {
            return false;
        }

        var far = t[next + 1];
        return far.Grouped || far.Decimals > 0 || far.Lower.Length != 4 || far.Value is < 1100 or >= 2200;
    }

    private static bool IsClockSuffix(List<Token> t, int k)
    {
        if (k >= t.Count || t[k].Kind != TokenKind.Word)
        {
            return false;
        }

        var w = t[k].Lower;
        if (NonClaimMeridiemWords.HasWord(w))
        {
            return true;
        }

        // "a.m." / "p.m."
        return NonClaimMeridiemLetterWords.HasWord(w) && k + 2 < t.Count && t[k + 1].IsSymbol('.') && t[k + 2].Is("m") && !t[k + 2].SpaceBefore
            || TimeZones.Contains(w) && t[k].Capitalized && w.Length > 2 && k > 0 && t[k - 1].Kind == TokenKind.Number;
    }

    private static bool IsDateNeighbour(List<Token> t, int prev, int next)
    {
        if (prev >= 0 && IsMonth(t[prev]))
        {
            return true;
        }

        if (prev >= 1 && t[prev].IsSymbol('.') && IsMonth(t[prev - 1]))
        {
            return true;
        }

        if (next < t.Count && IsMonth(t[next]))
        {
            return true;
        }

        return next + 1 < t.Count && t[next].Is("of") && IsMonth(t[next + 1]);
    }

    private static bool IsMonth(Token tok) => tok.Kind == TokenKind.Word && tok.Capitalized && NumberLexicon.Months.Contains(tok.Lower);

    private static bool FollowedByPluralNoun(List<Token> t, int next) =>
        next < t.Count && t[next].Kind == TokenKind.Word && !t[next].Capitalized && t[next].Lower.Length > 3 && t[next].Lower.EndsWith('s')
        && !Lexicon.Default.Has(t[next].Lower, "not-plural-in-s");

    private static bool IsInName(List<Token> t, NumberCore core, int prev, int next)
    {
        var tok = t[core.First];
        if (tok.Grouped || tok.Decimals > 0)
        {
            return false;
        }

        if (prev >= 0)
        {
            var p = t[prev];
            if (p.IsDash && !tok.SpaceBefore && prev > 0 && t[prev - 1].Kind == TokenKind.Word)
            {
                // "TA-35", "COVID-19", "Mi-8" name things; "last-32", "top-10", "under-21" are labels, not counts.
                return HasUpper(t[prev - 1]) || !p.SpaceBefore;
            }

            if (p.Kind == TokenKind.Word && HasUpper(p) && !NumberLexicon.Months.Contains(p.Lower) && !NumberLexicon.Weekdays.Contains(p.Lower)
                && (prev > 0 || HasInnerUpper(p)))
            {
                return true; // "Game 7", "Channel 5", "S&P 500", "iPhone 11"
            }
        }

        // "737 Max", "787 Dreamliner": a model number before a name. Demonyms ("300 Syrian soldiers") and
        // plurals ("16 Districts" in a title-cased line) stay counts.
        if (tok.Value >= 100 && next < t.Count && t[next].Kind == TokenKind.Word && t[next].Capitalized && !LooksLikeDemonymOrPlural(t[next].Lower))
        {
            return true;
        }

        // "the 4120 Tower block": a capitalised singular word after "the N".
        return prev >= 0 && t[prev].Is("the") && next < t.Count && t[next].Kind == TokenKind.Word && t[next].Capitalized && !t[next].Lower.EndsWith('s');
    }

    /// <summary>
    /// True when the noun phrase after the number ends in a singular noun ("in 3040 district"). A plural within the
    /// next words is the phrase's head ("housed 2500 refugee families"), so the number counts it.
    /// </summary>
    private static bool FollowedBySingularNoun(List<Token> t, int next)
    {
        if (next >= t.Count || t[next].Kind != TokenKind.Word || t[next].Capitalized || t[next].Lower.Length <= 3 || NotANounHead(t[next].Lower))
        {
            return false;
        }

        for (var k = next; k < Math.Min(t.Count, next + 3) && t[k].Kind == TokenKind.Word && !t[k].Capitalized; k++)
        {
            if (t[k].Lower.EndsWith('s') || PluralOrGroupHeads.Contains(t[k].Lower))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NotANounHead(string word) => NotNounHeads.Contains(word);

    private static readonly FrozenSet<string> NotNounHeads = Lexicon.Default.Words("non-claim.not-noun-head");
    private static readonly FrozenSet<string> CounterWords = Lexicon.Default.Words("non-claim.counter-word");
    private static readonly FrozenSet<string> BoreWords = Lexicon.Default.Words("non-claim.bore-word");

    private static readonly HashSet<string> PluralOrGroupHeads = new(Lexicon.Default.Words("plural-or-group-head"), StringComparer.Ordinal);

    private static bool IsAddress(List<Token> t, int next)
    {
        for (var k = next; k < Math.Min(t.Count, next + 4); k++)
        {
            if (t[k].Kind == TokenKind.Number && t[k].SpaceBefore)
            {
                continue; // "14 W 52nd St"
            }

            if (t[k].Kind != TokenKind.Word || !(t[k].Capitalized || k == next || !t[k].SpaceBefore))
            {
                return false;
            }

            if (k > next && StreetWords.Contains(t[k].Lower) && t[k].Capitalized)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "in her 20s", "in their 30's", "in 40s": a round tens figure with a plural "s" after "in" (and a possessive) names a
    /// decade of someone's life. "in the 1990s" is a year and handled as one.
    /// </summary>
    private static bool IsAgeDecade(List<Token> t, NumberCore core, int prev, int next)
    {
        var value = t[core.First].Value;
        if (core.First != core.Last || t[core.First].Kind != TokenKind.Number || value is < 10 or > 90 || value % 10 != 0 || next >= t.Count)
        {
            return false;
        }

        var plural = (t[next].Is("s") && !t[next].SpaceBefore)
            || (t[next].Kind == TokenKind.Symbol && t[next].Lower is "'" or "’" && next + 1 < t.Count && t[next + 1].Is("s") && !t[next + 1].SpaceBefore);
        var before = prev >= 0 && DeterminerPossessivePersonalWords.HasWord(t[prev].Lower) ? prev - 1 : prev;
        return plural && before >= 0 && t[before].Is("in");
    }

    private static bool IsAppositiveAge(List<Token> t, NumberCore core, int prev, int next)
    {
        var tok = t[core.First];
        return tok.Decimals == 0 && tok.Value is >= 1 and < 120 && prev >= 1 && t[prev].IsSymbol(',') && t[prev - 1].Kind == TokenKind.Word && t[prev - 1].Capitalized
            && ((next < t.Count && t[next].IsSymbol(',')) || (FullName(t, prev - 1) && ClosesApposition(t, next)))
            && !(prev >= 2 && NumberLexicon.Months.Contains(t[prev - 1].Lower));
    }

    // "Renee Roe": a given name and a family name. A list of single capitalised words with figures is as often a tally
    // by place or team ("Leeds, 12; Hull, 9"), so the wider closings below need a full name.
    private static bool FullName(List<Token> t, int last)
    {
        if (last >= 3 && t[last].Capitalized && t[last - 1].IsDash && !t[last - 1].SpaceBefore && t[last - 2].Kind == TokenKind.Word && t[last - 2].Capitalized)
        {
            last -= 2; // "Ann Taylor-Rowe": a double-barrelled family name
        }

        return last >= 1 && t[last].Capitalized && t[last - 1].Kind == TokenKind.Word && t[last - 1].Capitalized && !PhraseEnds.Contains(t[last - 1].Lower);
    }

    /// <summary>
    /// What else may close an age set beside a full name: a semicolon or "and" between the items of
    /// a list of victims ("Ann Roe, 30; Bo Li, 31; and Cy Poe, 44"), a dash, a closing bracket, or the end of the sentence
    /// ("the death of Ann Roe, 16.").
    /// </summary>
    private static bool ClosesApposition(List<Token> t, int next) =>
        next >= t.Count
        || (t[next].Kind == TokenKind.Symbol && (t[next].Lower is "," or ";" or "." or ")" || t[next].IsDash))
        || (t[next].Is("and") && next + 1 < t.Count && t[next + 1].Capitalized);

    private static bool LooksLikeDemonymOrPlural(string w) =>
        w.EndsWith('s') || w.EndsWith("an", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal)
        || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith('i') || w.EndsWith("ch", StringComparison.Ordinal) || NonClaimGroupWordWords.HasWord(w);

    private static bool HasUpper(Token w) => w.Capitalized || w.Lower.Length > 0 && HasInnerUpper(w);

    private static bool HasInnerUpper(Token w) => w.Kind == TokenKind.Word && w.InnerUpper;

    private static bool IsPronounOne(List<Token> t, NumberCore core, string? unit)
    {
        if (core.Value != 1 || core.First != core.Last || unit is not null || !t[core.First].Is("one"))
        {
            return false;
        }

        var prev = core.First - 1;
        var next = core.Last + 1;
        if (prev >= 0 && PronounOneBefore.Contains(t[prev].Lower))
        {
            return true;
        }

        if (next >= t.Count || t[next].Kind != TokenKind.Word)
        {
            return true;
        }

        return PronounOneAfter.Contains(t[next].Lower);
    }
}
