namespace ClaimCompare.Extraction.Scanning;

/// <summary>
/// Splits text into word, number and symbol tokens in one linear pass. Numbers keep their group
/// separators ("18,000", "18 000" with a space or no-break space) and decimals ("1.5", ".001").
/// </summary>
internal static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start) / 4));
        var i = start;
        var space = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            if (char.IsDigit(c) || (c == '.' && i + 1 < end && char.IsDigit(text[i + 1]) && (i == start || !char.IsLetterOrDigit(text[i - 1]))))
            {
                i = ReadNumber(text, i, end, space, tokens);
            }
            else if (char.IsLetter(c))
            {
                var s = i;
                i++;
                while (i < end && (char.IsLetter(text[i]) || IsInnerApostrophe(text, i, end)))
                {
                    i++;
                }

                var inner = false;
                for (var k = s + 1; k < i && !inner; k++)
                {
                    inner = char.IsUpper(text[k]);
                }

                var capital = char.IsUpper(c);
                var word = text.Substring(s, i - s);
                var lower = capital || inner ? word.ToLowerInvariant() : word; // most words need no second copy
                tokens.Add(new Token(s, i, TokenKind.Word, lower, 0, space) { Capitalized = capital, InnerUpper = inner });
            }
            else if (VulgarFraction(c) is { } fraction)
            {
                tokens.Add(new Token(i, i + 1, TokenKind.Number, c.ToString(), fraction, space) { Decimals = 1 });
                i++;
            }
            else
            {
                tokens.Add(new Token(i, i + 1, TokenKind.Symbol, c.ToString(), 0, space));
                i++;
            }

            space = false;
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

    private static bool IsInnerApostrophe(string text, int i, int end) =>
        text[i] is '\'' or '’' && i + 1 < end && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);

    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u2009' or '\u202F';

    private static int ReadNumber(string text, int i, int end, bool space, List<Token> tokens)
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

        tokens.Add(new Token(s, i, TokenKind.Number, text.Substring(s, i - s), value, space) { Decimals = decimals, Grouped = grouped });
        return i;
    }
}
