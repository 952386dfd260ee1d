using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>What a token is, as far as attribution cares.</summary>
internal enum TokenKind
{
    Word,
    Number,
    Comma,
    Quote,
    OpenParen,
    CloseParen,
    Colon,
    Dash,
    End,
    Other,
}

/// <summary>One token of a sentence: a word, number or punctuation mark, with its place in the article text.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Text)
{
    /// <summary>The token lower-cased (invariant), computed once: the rules read it many times per token.</summary>
    public string Lower { get; } = Text.ToLowerInvariant();

    public TextSpan Span => new(Start, End);

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>True for a word whose first letter is upper case ("Reuters", "al-Watan" counts as lower).</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);


    /// <summary>True for punctuation that closes a phrase: comma, quote, colon, dash, brackets, sentence end.</summary>
    public bool IsBoundary => Kind is TokenKind.Comma or TokenKind.Quote or TokenKind.Colon or TokenKind.Dash or TokenKind.End
        or TokenKind.OpenParen or TokenKind.CloseParen or TokenKind.Other;
}

/// <summary>Splits a sentence into tokens in one pass (no regular expressions).</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, TextSpan sentence)
    {
        var i = sentence.Start;
        var end = Math.Min(sentence.End, text.Length);
        var tokens = new List<Token>(Math.Clamp((end - i) / 4, 4, 1024)); // about one token per four characters of news text: no regrowth
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetter(c))
            {
                var start = i;
                while (i < end && IsWordChar(text, i, end))
                {
                    i++;
                }

                // A trailing full stop belongs to an abbreviation or an initial ("Lt.", "Gen.", "U.S."), never to a plain word.
                if (i < end && text[i] == '.' && (IsAbbreviation(text, start, i) || (i + 1 < end && text[i + 1] == ',')))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Word, start, i, text[start..i]));
                continue;
            }

            if (char.IsDigit(c))
            {
                var start = i;
                while (i < end && (char.IsLetterOrDigit(text[i]) || ((text[i] is ',' or '.' or '-') && i + 1 < end && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Number, start, i, text[start..i]));
                continue;
            }

            var kind = c switch
            {
                ',' => TokenKind.Comma,
                '"' or '“' or '”' or '«' or '»' => TokenKind.Quote,
                '\'' or '‘' or '’' => TokenKind.Quote,
                '(' or '[' => TokenKind.OpenParen,
                ')' or ']' => TokenKind.CloseParen,
                ':' or ';' => TokenKind.Colon,
                '—' or '–' or '―' => TokenKind.Dash,
                '.' or '!' or '?' or '…' => TokenKind.End,
                '-' when i + 1 < end && text[i + 1] == '-' => TokenKind.Dash,
                _ => TokenKind.Other,
            };
            tokens.Add(new Token(kind, i, i + 1, text.Substring(i, 1)));
            i += kind == TokenKind.Dash && c == '-' ? 2 : 1;
            if (kind == TokenKind.Dash && c == '-')
            {
                tokens[^1] = new Token(TokenKind.Dash, i - 2, i, "--");
            }
        }

        return tokens;
    }

    private static bool IsWordChar(string text, int i, int end)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        // Inner hyphens and apostrophes join a word ("UK-based", "Defense Ministry's", "al-Nusra"); a period joins initials ("U.S").
        if ((c is '-' or '\'' or '’' or '.') && i + 1 < end && char.IsLetter(text[i + 1]))
        {
            return c != '.' || (i > 0 && IsSingleLetterBefore(text, i));
        }

        return false;
    }

    private static bool IsSingleLetterBefore(string text, int dot) =>
        dot >= 1 && char.IsLetter(text[dot - 1]) && (dot < 2 || !char.IsLetter(text[dot - 2]));

    private static bool IsAbbreviation(string text, int start, int end)
    {
        var length = end - start;
        if (length == 1 && char.IsUpper(text[start]))
        {
            return true;
        }

        if (text.AsSpan(start, length).Contains('.'))
        {
            return true;
        }

        return Lexicon.Abbreviations.Contains(text[start..end]);
    }
}
