using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>
/// The scanner's view of a sentence's pieces (<see cref="SentenceTokens"/>): words, numbers and symbols. A word joins
/// letter runs across inner apostrophes ("Ministry's"); a number reads its digits with their value, group separators
/// ("18,000", "18 000" with a space or no-break space) and decimals ("1.5", ".001"); a vulgar fraction is a number;
/// every other character is a symbol. Linear in the pieces; a token that is one piece reuses its strings.
/// </summary>
internal static class TokenView
{
    /// <summary>The tokens of a sentence already cut into pieces.</summary>
    public static List<Token> Of(SentenceTokens pieces)
    {
        var text = pieces.Text;
        var start = pieces.Span.Start;
        var end = pieces.Span.End;
        var tokens = new List<Token>(Math.Max(4, pieces.Count));
        var k = 0;
        while (k < pieces.Count)
        {
            ref readonly var p = ref pieces[k];
            if (p.Kind == PieceKind.Digits || (p.Kind == PieceKind.Other && p.Char == '.' && pieces.Touches(k + 1) && pieces[k + 1].Kind == PieceKind.Digits
                && (p.Start == start || !char.IsLetterOrDigit(text[p.Start - 1]))))
            {
                var to = ReadNumber(text, p.Start, end, p.SpaceBefore, tokens, pieces, k);
                while (k < pieces.Count && pieces[k].Start < to)
                {
                    k++;
                }
            }
            else if (p.Kind == PieceKind.Letters)
            {
                // Letter runs joined by inner apostrophes ("Ministry's", "don't", "O'Brien").
                var last = k;
                while (last + 2 < pieces.Count && pieces[last + 1].Kind == PieceKind.Other && pieces[last + 1].Char is '\'' or '’'
                    && pieces.Touches(last + 1) && pieces[last + 2].Kind == PieceKind.Letters && pieces.Touches(last + 2))
                {
                    last += 2;
                }

                var capital = p.Capitalized;
                var inner = p.InnerUpper;
                for (var j = k + 2; j <= last && !inner; j += 2)
                {
                    inner = pieces[j].Capitalized || pieces[j].InnerUpper;
                }

                string lower;
                if (last == k)
                {
                    lower = capital || inner ? p.Lower : p.Text; // most words need no second copy
                }
                else
                {
                    var word = pieces.TextOf(k, last + 1);
                    lower = capital || inner ? word.ToLowerInvariant() : word;
                }

                tokens.Add(new Token(p.Start, pieces[last].End, TokenKind.Word, lower, 0, p.SpaceBefore) { Capitalized = capital, InnerUpper = inner });
                k = last + 1;
            }
            else if (VulgarFraction(p.Char) is { } fraction)
            {
                tokens.Add(new Token(p.Start, p.End, TokenKind.Number, p.Text, fraction, p.SpaceBefore) { Decimals = 1 });
                k++;
            }
            else
            {
                tokens.Add(new Token(p.Start, p.End, TokenKind.Symbol, p.Text, 0, p.SpaceBefore));
                k++;
            }
        }

        return tokens;
    }

    private static ReadOnlySpan<double> Pow10 => [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    private static double? VulgarFraction(char c) => c switch
    {
        '½' => 0.5, '⅓' => 1.0 / 3, '⅔' => 2.0 / 3, '¼' => 0.25, '¾' => 0.75, '⅕' => 0.2, '⅖' => 0.4, '⅗' => 0.6, '⅘' => 0.8,
        '⅙' => 1.0 / 6, '⅚' => 5.0 / 6, '⅛' => 0.125, '⅜' => 0.375, '⅝' => 0.625, '⅞' => 0.875,
        _ => null,
    };

    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u2009' or '\u202F';

    private static int ReadNumber(string text, int i, int end, bool space, List<Token> tokens, SentenceTokens pieces, int k)
    {
        var s = i;
        double value = 0;
        var firstGroup = 0;
        while (i < end && char.IsDigit(text[i]))
        {
            value = (value * 10) + (text[i] - '0');
            firstGroup++;
            i++;
        }

        var grouped = false;
        var spaceGrouped = false;

        // Group separators: a comma (or a space when the number is written "18 000") followed by
        // exactly three digits. A space group needs a first group of at most three digits so that
        // "in 2016 100 people" stays two numbers.
        while (i < end && firstGroup <= 3)
        {
            var sep = text[i];
            var isComma = sep == ',' && !spaceGrouped;
            var isSpace = IsGroupSpace(sep) && (!grouped || spaceGrouped);
            if ((!isComma && !isSpace) || i + 3 >= end)
            {
                break;
            }

            if (!(char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3])) || (i + 4 < end && char.IsDigit(text[i + 4])))
            {
                break;
            }

            value = (value * 1000) + ((text[i + 1] - '0') * 100) + ((text[i + 2] - '0') * 10) + (text[i + 3] - '0');
            grouped = true;
            spaceGrouped |= isSpace;
            i += 4;
        }

        var decimals = 0;
        if (i + 1 < end && text[i] == '.' && char.IsDigit(text[i + 1]))
        {
            i++;
            var whole = value;
            double fraction = 0;
            var scale = 0.1;
            while (i < end && char.IsDigit(text[i]))
            {
                value += (text[i] - '0') * scale;
                fraction = (fraction * 10) + (text[i] - '0');
                scale /= 10;
                decimals++;
                i++;
            }

            // Adding 0.1-steps drifts ("0.6" became 0.6000000000000001, "45.88" 45.879999999999995); one division
            // by a power of ten gives the double nearest the written decimal whenever the digits fit in 15 places.
            if (decimals <= 15 && whole < 1e15 && (whole * Pow10[decimals]) + fraction < 9e15)
            {
                value = ((whole * Pow10[decimals]) + fraction) / Pow10[decimals];
            }
        }

        var written = i == pieces[k].End ? pieces[k].Text : text.Substring(s, i - s); // one run of digits: the piece's own string
        tokens.Add(new Token(s, i, TokenKind.Number, written, value, space) { Decimals = decimals, Grouped = grouped });
        return i;
    }
}
