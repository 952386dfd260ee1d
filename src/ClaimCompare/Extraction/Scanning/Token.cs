namespace ClaimCompare.Extraction.Scanning;

/// <summary>What a token is.</summary>
internal enum TokenKind
{
    /// <summary>A run of letters (with inner apostrophes).</summary>
    Word,

    /// <summary>A run of digits with group separators and a decimal part.</summary>
    Number,

    /// <summary>Any other single character that is not white space.</summary>
    Symbol,
}

/// <summary>One token of the text, pointing into it by offsets.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Kind">What the token is.</param>
/// <param name="Lower">The token lower-cased (invariant); for numbers, the digits as written.</param>
/// <param name="Value">The numeric value of a number token (0 otherwise).</param>
/// <param name="SpaceBefore">True when white space separates this token from the one before.</param>
internal readonly record struct Token(int Start, int End, TokenKind Kind, string Lower, double Value, bool SpaceBefore)
{
    /// <summary>Digits after the decimal point of a number token.</summary>
    public int Decimals { get; init; }

    /// <summary>True when a number token was written with group separators ("18,000").</summary>
    public bool Grouped { get; init; }

    /// <summary>True when the first character of a word is upper case.</summary>
    public bool Capitalized { get; init; }

    /// <summary>True when a word has an upper-case letter after its first ("iPhone", "TA", "COVID").</summary>
    public bool InnerUpper { get; init; }

    /// <summary>True when this is a word token equal to <paramref name="word"/>.</summary>
    public bool Is(string word) => Kind == TokenKind.Word && string.Equals(Lower, word, StringComparison.Ordinal);

    /// <summary>True when this is the symbol <paramref name="c"/>.</summary>
    public bool IsSymbol(char c) => Kind == TokenKind.Symbol && Lower.Length == 1 && Lower[0] == c;

    /// <summary>True when this is a hyphen or dash symbol.</summary>
    public bool IsDash => Kind == TokenKind.Symbol && Lower.Length == 1 && Lower[0] is '-' or '–' or '—' or '‑';
}
