using System.Globalization;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>
/// Scientific notation after a figure: "3.2e-5", "1.3E6", "6.02 × 10^23", "6.02 x 10^23", "10^6", "2.5^-1" and
/// "1.99×10⁻³⁰" (superscript exponent), also with a minus sign glued to the ten where a superscript was lost in
/// copying ("1.99×10−30"). Every part is written tight except the multiplication sign, which may stand between spaces.
/// </summary>
internal static class Scientific
{
    /// <summary>Largest exponent read; beyond it a figure is no news figure (and double range ends near 308).</summary>
    private const int MaxExponent = 300;

    /// <summary>Reads notation starting at the number token <paramref name="i"/>; <paramref name="last"/> is its last token.</summary>
    public static bool TryRead(List<Token> t, int i, out double value, out int last)
    {
        value = 0;
        last = i;
        var mantissa = t[i].Value;
        var j = i + 1;
        if (j >= t.Count || t[i].Grouped)
        {
            return false;
        }

        // "3.2e-5", "1e10", "12.32e+14".
        if (t[j].Is("e") && !t[j].SpaceBefore && TryExponent(t, j + 1, out var e, out last))
        {
            value = Times10(t[i], e);
            return double.IsFinite(value);
        }

        // "1.1^23", "10^6", "2.5^-1": a power written with a caret.
        if (t[j].IsSymbol('^') && !t[j].SpaceBefore && TryExponent(t, j + 1, out e, out last))
        {
            value = Math.Pow(mantissa, e);
            return double.IsFinite(value);
        }

        // "6.02 × 10^23", "1.3x10^6", "1.99×10⁻³⁰", "1.99×10−30".
        var times = t[j].IsSymbol('×') || t[j].IsSymbol('*') || t[j].Is("x");
        if (!times || j + 1 >= t.Count || t[j + 1].Kind != TokenKind.Number || t[j + 1].Lower != "10" || t[j + 1].SpaceBefore != t[j].SpaceBefore)
        {
            return false;
        }

        var ten = j + 1;
        if (ten + 1 < t.Count && t[ten + 1].IsSymbol('^') && !t[ten + 1].SpaceBefore && TryExponent(t, ten + 2, out e, out last))
        {
            value = Times10(t[i], e);
            return double.IsFinite(value);
        }

        if (TrySuperscript(t, ten + 1, out e, out last) || (ten + 1 < t.Count && (t[ten + 1].IsDash || t[ten + 1].IsSymbol('−')) && TryExponent(t, ten + 1, out e, out last) && e < 0))
        {
            value = Times10(t[i], e);
            return double.IsFinite(value);
        }

        return false;
    }

    // The mantissa as written times a power of ten, parsed as one literal so "3.2e-5" is the double nearest 0.000032.
    // Digits of other scripts ("٣") do not parse: NaN, which the callers reject as not finite.
    private static double Times10(Token mantissa, int exponent) =>
        double.TryParse(mantissa.Lower + "e" + exponent.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;

    // An optional sign and a whole number, all written tight: "-5", "+14", "23".
    private static bool TryExponent(List<Token> t, int k, out int exponent, out int last)
    {
        exponent = 0;
        last = k;
        if (k >= t.Count || t[k].SpaceBefore)
        {
            return false;
        }

        var negative = false;
        if (t[k].IsDash || t[k].IsSymbol('−') || t[k].IsSymbol('+'))
        {
            negative = !t[k].IsSymbol('+');
            k++;
            if (k >= t.Count || t[k].SpaceBefore)
            {
                return false;
            }
        }

        if (t[k].Kind != TokenKind.Number || t[k].Decimals > 0 || t[k].Grouped || t[k].Value > MaxExponent || t[k].Lower.Length > 3)
        {
            return false;
        }

        // A letter or digit glued after the exponent makes it part of a code ("1e10x"), not notation.
        if (k + 1 < t.Count && !t[k + 1].SpaceBefore && t[k + 1].Kind == TokenKind.Word)
        {
            return false;
        }

        exponent = negative ? -(int)t[k].Value : (int)t[k].Value;
        last = k;
        return true;
    }

    // Superscript digits, each its own symbol token: "²³", "⁻³⁰".
    private static bool TrySuperscript(List<Token> t, int k, out int exponent, out int last)
    {
        exponent = 0;
        last = k;
        var negative = false;
        var digits = 0;
        var value = 0;
        for (; k < t.Count && !t[k].SpaceBefore && t[k].Kind == TokenKind.Symbol && digits < 4; k++)
        {
            var c = t[k].Lower[0];
            if (c == '⁻' && digits == 0 && !negative)
            {
                negative = true;
            }
            else if (SuperscriptDigit(c) is { } d)
            {
                value = (value * 10) + d;
                digits++;
            }
            else
            {
                break;
            }

            last = k;
        }

        if (digits == 0 || value > MaxExponent)
        {
            return false;
        }

        exponent = negative ? -value : value;
        return true;
    }

    private static int? SuperscriptDigit(char c) => c switch
    {
        '⁰' => 0, '¹' => 1, '²' => 2, '³' => 3, '⁴' => 4, '⁵' => 5, '⁶' => 6, '⁷' => 7, '⁸' => 8, '⁹' => 9,
        _ => null,
    };
}
