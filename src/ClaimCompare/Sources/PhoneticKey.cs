using System.Text;

namespace ClaimCompare.Sources;

/// <summary>
/// A sound key for words transliterated from Arabic and Russian, where English-language outlets spell
/// the same name many ways (Rudskoi/Rudskoy, Muhaysini/Moheisini, Jaish/Jeish, Fatah/Fateh).
/// Consonants are mapped to classes that transliteration systems agree on, every run of vowels
/// (including y, w next to vowels and a j after a vowel) becomes one "a", and doubled letters collapse.
/// The key keeps the consonant skeleton, which is what distinguishes Rudskoy from Rudnitsky.
/// </summary>
internal static class PhoneticKey
{
    /// <summary>The key of one folded word (lower case, ASCII letters and digits).</summary>
    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word;
        // Ta marbuta and similar final "h" after a vowel: Fatah/Fateh/Fatha, Hamah/Hama.
        if (w.Length > 3 && w[^1] == 'h' && IsVowel(w[^2]))
        {
            w = w[..^1];
        }

        var sb = new StringBuilder(w.Length);
        var i = 0;
        while (i < w.Length)
        {
            var (symbol, used) = Next(w, i);
            i += used;
            if (symbol == 'a')
            {
                if (sb.Length == 0 || sb[^1] != 'a')
                {
                    sb.Append('a');
                }
            }
            else if (sb.Length == 0 || sb[^1] != symbol)
            {
                sb.Append(symbol);
            }
        }

        return sb.ToString();
    }

    /// <summary>The keys of a whole name's words joined by spaces (Arabic articles are already dropped by <see cref="NameText.Words"/>).</summary>
    public static string OfName(string name) => string.Join(' ', NameText.Words(name).Select(Of));

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // One sound symbol read at position i, and how many letters it used.
    private static (char Symbol, int Used) Next(string w, int i)
    {
        var c = w[i];
        var n = i + 1 < w.Length ? w[i + 1] : '\0';
        var prevVowel = i > 0 && (IsVowel(w[i - 1]) || w[i - 1] == 'w');
        switch (c)
        {
            case 'a' or 'e' or 'i' or 'o' or 'u' or 'y':
                return ('a', 1);
            case 'w':
                // Arabic waw is written w or ou (Walid/Oualid), so w counts as a vowel everywhere; the cost is
                // that Polish/German renderings of Russian в (Wladimir) lose a consonant.
                return ('a', 1);
            case 'j' when prevVowel:
                return ('a', 1); // Sergej, Evgenij: Russian й after a vowel.
            case 's' when n == 'h':
                return ('S', 2);
            case 's' when n == 'c' && i + 2 < w.Length && w[i + 2] == 'h':
                return ('S', 3);
            case 't' when n == 'c' && i + 2 < w.Length && w[i + 2] == 'h':
                return ('C', 3);
            case 'c' when n == 'h':
                return ('C', 2);
            case 'z' when n == 'h':
                return ('Z', 2);
            case 'k' when n == 'h':
                return ('h', 2);
            case 'g' when n == 'h':
                return ('g', 2);
            case 'p' when n == 'h':
                return ('f', 2);
            case 't' when n == 'h':
                return ('t', 2);
            case 'd' when n == 'h':
                return ('d', 2);
            case 'd' when n == 'j':
                return ('j', 2);
            case 'd' when n == 'z' && i + 2 < w.Length && w[i + 2] == 'h':
                return ('j', 3);
            case 't' when n is 's' or 'z':
                return ('z', 2);
            case 'c' when n == 'k':
                return ('k', 2);
            case 'c' when n is 'e' or 'i' or 'y':
                return ('s', 1);
            case 'c' or 'q':
                return ('k', 1);
            default:
                return (c, 1);
        }
    }
}
