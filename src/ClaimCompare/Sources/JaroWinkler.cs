namespace ClaimCompare.Sources;

/// <summary>Jaro-Winkler similarity of two strings, 0 (nothing alike) to 1 (equal).</summary>
internal static class JaroWinkler
{
    /// <summary>How much a shared prefix of up to four characters raises the Jaro score.</summary>
    public const double PrefixScale = 0.1;

    /// <summary>The Jaro-Winkler similarity of <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var jaro = Jaro(a, b);
        var prefix = 0;
        while (prefix < 4 && prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * PrefixScale * (1 - jaro));
    }

    /// <summary>The plain Jaro similarity.</summary>
    public static double Jaro(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        Span<bool> aUsed = a.Length <= 256 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bUsed = b.Length <= 256 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var lo = Math.Max(0, i - window);
            var hi = Math.Min(b.Length - 1, i + window);
            for (var j = lo; j <= hi; j++)
            {
                if (!bUsed[j] && a[i] == b[j])
                {
                    aUsed[i] = true;
                    bUsed[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var halfTranspositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aUsed[i])
            {
                continue;
            }

            while (!bUsed[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                halfTranspositions++;
            }

            k++;
        }

        var m = (double)matches;
        return ((m / a.Length) + (m / b.Length) + ((m - (halfTranspositions / 2.0)) / m)) / 3.0;
    }
}
