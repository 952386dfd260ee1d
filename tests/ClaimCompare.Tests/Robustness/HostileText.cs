using System.Text;

namespace ClaimCompare.Tests.Robustness;

/// <summary>Seeded generators of hostile text: the same seed always gives the same cases.</summary>
internal static class HostileText
{
    /// <summary>Zero-width, joiner, BOM and bidirectional control characters.</summary>
    public static readonly char[] InvisibleMarks =
    [
        '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
        '\u2066', '\u2067', '\u2068', '\u2069', '\u061C', '\u00AD',
    ];

    /// <summary>Spaces used as thousands separators or word gaps in scraped pages.</summary>
    public static readonly char[] OddSpaces = ['\u00A0', '\u2009', '\u202F', '\u2007', '\u3000', '\u205F'];

    public static string SeedText(string prefix) => File.ReadAllText(TestPaths.Seed(prefix));

    public static IEnumerable<string> AllSeedTexts() =>
        Directory.GetFiles(TestPaths.Seeds, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText);

    /// <summary>Inserts characters from <paramref name="pool"/> at random places, about one per <paramref name="every"/> characters.</summary>
    public static string Sprinkle(string text, char[] pool, int every, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(text.Length + (text.Length / every) + 1);
        foreach (var c in text)
        {
            sb.Append(c);
            if (random.Next(every) == 0)
            {
                sb.Append(pool[random.Next(pool.Length)]);
            }
        }

        return sb.ToString();
    }

    /// <summary>Replaces every ASCII digit with the same digit in another script (Arabic-Indic, Persian, Devanagari, fullwidth).</summary>
    public static string ForeignDigits(string text, char zero) =>
        string.Create(text.Length, (text, zero), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.text[i];
                span[i] = c is >= '0' and <= '9' ? (char)(state.zero + (c - '0')) : c;
            }
        });

    /// <summary>Replaces thousands commas between digits ("18,000") with <paramref name="separator"/>.</summary>
    public static string SeparateThousandsWith(string text, char separator)
    {
        var chars = text.ToCharArray();
        for (var i = 1; i + 1 < chars.Length; i++)
        {
            if (chars[i] == ',' && char.IsAsciiDigit(chars[i - 1]) && char.IsAsciiDigit(chars[i + 1]))
            {
                chars[i] = separator;
            }
        }

        return new string(chars);
    }

    /// <summary>A digit string of the given length that starts with a non-zero digit.</summary>
    public static string Digits(int count, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(count);
        sb.Append((char)('1' + random.Next(9)));
        while (sb.Length < count)
        {
            sb.Append((char)('0' + random.Next(10)));
        }

        return sb.ToString();
    }

    /// <summary>Digit groups of three separated by commas: "123,456,789,...".</summary>
    public static string CommaGroups(int groups, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(groups * 4);
        sb.Append(1 + random.Next(999));
        for (var i = 1; i < groups; i++)
        {
            sb.Append(',').Append((char)('0' + random.Next(10))).Append((char)('0' + random.Next(10))).Append((char)('0' + random.Next(10)));
        }

        return sb.ToString();
    }

    private const string Punctuation = ".,;:-%$€£\"'“”‘’()[]–—/\\\n\r\t";
    private const string Plain = "0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ";

    /// <summary>Random text over a mix of scripts, digits, punctuation, emoji, lone surrogates and combining marks.</summary>
    public static string RandomUnicode(Random random, int length)
    {
        var sb = new StringBuilder(length);
        while (sb.Length < length)
        {
            switch (random.Next(12))
            {
                case 0: sb.Append((char)random.Next(0xD800, 0xE000)); break; // lone surrogate halves
                case 1: sb.Append("\U0001F4A5"); break;
                case 2: sb.Append((char)random.Next(0x0600, 0x0700)); break;
                case 3: sb.Append((char)random.Next(0x4E00, 0x4F00)); break;
                case 4: sb.Append((char)random.Next(0x0300, 0x0370)); break;
                case 5: sb.Append(InvisibleMarks[random.Next(InvisibleMarks.Length)]); break;
                case 6: sb.Append(OddSpaces[random.Next(OddSpaces.Length)]); break;
                case 7: sb.Append(Punctuation[random.Next(Punctuation.Length)]); break;
                case 8: sb.Append((char)random.Next(0, 0x20)); break;
                default: sb.Append(Plain[random.Next(Plain.Length)]); break;
            }
        }

        return sb.ToString();
    }
}
