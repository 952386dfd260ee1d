using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>
/// Numbers that name something by the shape they are written in (issue 16): model codes with a dot ("ID.3"),
/// technology generations and resolutions ("5G", "4K", "3D"), sports seasons ("2014-15") and shirt numbers in
/// brackets after a name ("Kane (10)"). Kept apart from the other non-claim rules so each reads on its own.
/// </summary>
internal static partial class NonClaimRules
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> NonClaimCalibreLetterWords = Lexicon.Default.Words("non-claim.calibre-letter");

    /// <summary>True when the digits of <paramref name="core"/> are part of a name by their written shape.</summary>
    private static bool IsNameByShape(List<Token> t, NumberCore core, bool currency, string? unit, bool qualified, out int skipTo)
    {
        skipTo = core.Last;
        var tok = t[core.First];
        if (tok.Kind != TokenKind.Number || currency)
        {
            return false;
        }

        var prev = core.First - 1;
        var next = core.First + 1;
        if (IsDottedCode(t, core.First))
        {
            return true;
        }

        if (IsGenerationName(t, core.First))
        {
            skipTo = Math.Max(core.Last, next);
            return true;
        }

        if (IsSeason(t, core))
        {
            skipTo = core.Last + 2;
            return true;
        }

        return !qualified && unit is null && (IsShirtNumber(t, core, prev) || IsVariantAfterName(t, core.First));
    }

    /// <summary>
    /// "Boeing 737-800", "Airbus A330-200", "the Lakers 102-99": digits hyphenated to a number that belongs to a name
    /// (a model number after a make, a score after a team) continue that name or score.
    /// </summary>
    private static bool IsVariantAfterName(List<Token> t, int i)
    {
        if (i < 3 || t[i].SpaceBefore || !t[i - 1].IsDash || t[i - 1].SpaceBefore || t[i - 2].Kind != TokenKind.Number || t[i - 2].Grouped || t[i - 2].Decimals > 0)
        {
            return false;
        }

        var before = t[i - 3];
        return before.Kind == TokenKind.Word && (before.Capitalized || before.InnerUpper) && (t[i - 2].SpaceBefore || before.InnerUpper || before.End - before.Start == 1)
            && !NumberLexicon.Months.Contains(before.Lower) && !NumberLexicon.Weekdays.Contains(before.Lower);
    }

    /// <summary>
    /// "ID.3", "EX.2", "A.1": digits glued by a dot to capital letters name a model. A decimal point has digits on both
    /// sides, and a full stop has a space after it, so a dot between letters and digits written tight is part of a code.
    /// </summary>
    private static bool IsDottedCode(List<Token> t, int i)
    {
        if (i < 2 || t[i].SpaceBefore || !t[i - 1].IsSymbol('.') || t[i - 1].SpaceBefore)
        {
            return false;
        }

        var word = t[i - 2];
        return word.Kind == TokenKind.Word && word.Capitalized && (word.InnerUpper || word.End - word.Start == 1);
    }

    /// <summary>
    /// "5G", "4G", "4K", "8K", "3D", "2D": one digit and a capital letter written tight name a network generation,
    /// a screen resolution or a kind of image. A measure would use a lower-case symbol ("5 g" of sugar), and a count in
    /// thousands has more digits or a decimal ("10K fans", "2.5K views").
    /// </summary>
    private static bool IsGenerationName(List<Token> t, int i)
    {
        var tok = t[i];
        if (tok.Lower.Length != 1 || i + 1 >= t.Count)
        {
            return false;
        }

        var letter = t[i + 1];
        return !letter.SpaceBefore && letter.Capitalized && letter.End - letter.Start == 1 && NonClaimCalibreLetterWords.HasWord(letter.Lower)
            && (i + 2 >= t.Count || t[i + 2].SpaceBefore || !(t[i + 2].Kind is TokenKind.Word or TokenKind.Number));
    }

    /// <summary>
    /// "the 2014-15 season", "in 2019/20": a year followed by the last two digits of the next year names a season
    /// or fiscal year that spans both, not a figure.
    /// </summary>
    private static bool IsSeason(List<Token> t, NumberCore core)
    {
        var k = core.Last + 1;
        if (!IsYearLike(t[core.First], core) || k + 1 >= t.Count || !(t[k].IsDash || t[k].IsSymbol('/')) || t[k].SpaceBefore || t[k + 1].SpaceBefore)
        {
            return false;
        }

        var end = t[k + 1];
        return end.Kind == TokenKind.Number && end.Lower.Length == 2 && end.Decimals == 0 && (int)end.Value == ((int)t[core.First].Value + 1) % 100;
    }

    /// <summary>
    /// "Kane (10) scored", "Lopez (7) and Diaz (11)": a bare whole number in brackets right after a name is the
    /// player's shirt number (or, in the same shape, an age), not a count. "Lee (31 points)" has a unit and stays.
    /// </summary>
    private static bool IsShirtNumber(List<Token> t, NumberCore core, int prev)
    {
        var tok = t[core.First];
        var next = core.Last + 1;
        return tok.Decimals == 0 && !tok.Grouped && core.Scale == 1 && tok.Value < 120 && prev >= 1 && t[prev].IsSymbol('(')
            && next < t.Count && t[next].IsSymbol(')') && t[prev - 1].Kind == TokenKind.Word && t[prev - 1].Capitalized
            && !NumberLexicon.Months.Contains(t[prev - 1].Lower);
    }
}
