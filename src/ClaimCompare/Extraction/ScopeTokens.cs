namespace ClaimCompare.Extraction;

/// <summary>A word of a sentence with its offsets in the article text.</summary>
/// <param name="Text">The word as written.</param>
/// <param name="Lower">The word lower-cased.</param>
/// <param name="Start">Offset of its first character in the article.</param>
/// <param name="End">Offset one past its last character.</param>
internal readonly record struct ScopeToken(string Text, string Lower, int Start, int End)
{
    public bool Capitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsNumber => Text.Length > 0 && Text.All(c => char.IsAsciiDigit(c) || c == ',');
}

/// <summary>Splits a sentence into words (letters, digits, inner hyphens and apostrophes). A hand-written scan.</summary>
internal static class ScopeTokens
{
    public static List<ScopeToken> Read(string sentence, int offset)
    {
        var tokens = new List<ScopeToken>(Math.Clamp(sentence.Length / 5, 4, 1024)); // about one word per five characters: no regrowth
        var i = 0;
        while (i < sentence.Length)
        {
            if (!char.IsLetterOrDigit(sentence[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sentence.Length && (char.IsLetterOrDigit(sentence[i])
                || ((sentence[i] is '-' or '\'' or '’' || (sentence[i] == ',' && i > start && char.IsAsciiDigit(sentence[i - 1])))
                    && i + 1 < sentence.Length && char.IsLetterOrDigit(sentence[i + 1])
                    && (sentence[i] != ',' || char.IsAsciiDigit(sentence[i + 1])))))
            {
                i++;
            }

            var text = sentence[start..i];
            tokens.Add(new ScopeToken(text, text.ToLowerInvariant(), offset + start, offset + i));
        }

        return tokens;
    }
}
