using ClaimCompare.Language;
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
internal readonly record struct Token
{
    /// <summary>A token with its lower-case form already known (the shared pieces computed it once).</summary>
    public Token(TokenKind kind, int start, int end, string text, string lower)
    {
        Kind = kind;
        Start = start;
        End = end;
        Text = text;
        Lower = lower;
    }

    /// <summary>What the token is.</summary>
    public TokenKind Kind { get; }

    /// <summary>Offset of its first character in the article text.</summary>
    public int Start { get; }

    /// <summary>Offset one past its last character.</summary>
    public int End { get; }

    /// <summary>The token as written.</summary>
    public string Text { get; }

    /// <summary>The token lower-cased (invariant), computed once: the rules read it many times per token.</summary>
    public string Lower { get; }

    public TextSpan Span => new(Start, End);

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>True for a word whose first letter is upper case ("Reuters", "al-Watan" counts as lower).</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);


    /// <summary>True for punctuation that closes a phrase: comma, quote, colon, dash, brackets, sentence end.</summary>
    public bool IsBoundary => Kind is TokenKind.Comma or TokenKind.Quote or TokenKind.Colon or TokenKind.Dash or TokenKind.End
        or TokenKind.OpenParen or TokenKind.CloseParen or TokenKind.Other;
}

/// <summary>
/// Attribution's view of a sentence's pieces (<see cref="SentenceTokens"/>): words keep inner hyphens and apostrophes
/// ("UK-based", "al-Nusra", "Ministry's") and the full stops of initials and abbreviations ("U.S.", "Lt."); numbers keep
/// their letters, separators and inner hyphens ("2.5", "9mm", "18,000", "2015-16"); "--" is a dash; every other mark is one
/// token. A token that is one piece reuses the piece's strings.
/// </summary>
internal static class TokenView
{
    /// <summary>The tokens of a sentence already cut into pieces.</summary>
    public static List<Token> Of(SentenceTokens pieces)
    {
        var text = pieces.Text;
        var tokens = new List<Token>(Math.Max(4, pieces.Count));
        var k = 0;
        while (k < pieces.Count)
        {
            ref readonly var p = ref pieces[k];
            var last = k;
            TokenKind kind;
            if (p.Kind == PieceKind.Letters)
            {
                kind = TokenKind.Word;
                while (true)
                {
                    var next = last + 1;
                    if (pieces.Touches(next) && pieces[next].Kind != PieceKind.Other)
                    {
                        last = next;
                    }
                    else if (pieces.Touches(next) && pieces.Touches(next + 1) && pieces[next + 1].Kind == PieceKind.Letters && JoinsWord(text, pieces[next]))
                    {
                        last = next + 1;
                    }
                    else
                    {
                        break;
                    }
                }

                // A trailing full stop belongs to an abbreviation or an initial ("Lt.", "Gen.", "U.S."), never to a plain word.
                if (pieces.Touches(last + 1) && pieces[last + 1].Char == '.' && pieces[last + 1].Kind == PieceKind.Other
                    && (IsAbbreviation(text, p.Start, pieces[last].End, pieces.TextOf(k, last + 1)) || (pieces.Touches(last + 2) && pieces[last + 2].Char == ',')))
                {
                    last++;
                }
            }
            else if (p.Kind == PieceKind.Digits)
            {
                kind = TokenKind.Number;
                while (true)
                {
                    var next = last + 1;
                    if (pieces.Touches(next) && pieces[next].Kind != PieceKind.Other)
                    {
                        last = next;
                    }
                    else if (pieces.Touches(next) && pieces[next].Char is ',' or '.' or '-' && pieces.Touches(next + 1) && pieces[next + 1].Kind == PieceKind.Digits)
                    {
                        last = next + 1;
                    }
                    else
                    {
                        break;
                    }
                }
            }
            else
            {
                var c = p.Char;
                kind = c switch
                {
                    ',' => TokenKind.Comma,
                    '"' or '“' or '”' or '«' or '»' => TokenKind.Quote,
                    '\'' or '‘' or '’' => TokenKind.Quote,
                    '(' or '[' => TokenKind.OpenParen,
                    ')' or ']' => TokenKind.CloseParen,
                    ':' or ';' => TokenKind.Colon,
                    '—' or '–' or '―' => TokenKind.Dash,
                    '.' or '!' or '?' or '…' => TokenKind.End,
                    '-' when pieces.Touches(k + 1) && pieces[k + 1].Char == '-' => TokenKind.Dash,
                    _ => TokenKind.Other,
                };
                if (kind == TokenKind.Dash && c == '-')
                {
                    last++; // "--"
                }
            }

            tokens.Add(new Token(kind, p.Start, pieces[last].End, pieces.TextOf(k, last + 1), pieces.LowerOf(k, last + 1)));
            k = last + 1;
        }

        return tokens;
    }

    // Inner hyphens and apostrophes join a word ("UK-based", "Defense Ministry's", "al-Nusra"); a period joins initials ("U.S").
    private static bool JoinsWord(string text, in Piece mark) =>
        mark.Kind == PieceKind.Other && (mark.Char is '-' or '\'' or '’' || (mark.Char == '.' && IsSingleLetterBefore(text, mark.Start)));

    private static bool IsSingleLetterBefore(string text, int dot) =>
        dot >= 1 && char.IsLetter(text[dot - 1]) && (dot < 2 || !char.IsLetter(text[dot - 2]));

    // The word is passed as a string already made (the piece's own for a one-piece word): no copy for the set lookup.
    private static bool IsAbbreviation(string text, int start, int end, string word)
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

        return Lexicon.Abbreviations.Contains(word);
    }
}
