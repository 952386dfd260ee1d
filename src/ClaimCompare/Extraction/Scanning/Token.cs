namespace ClaimCompare.Extraction.Scanning;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    /// <summary>A run of letters (with inner apostrophes).</summary>
    Word,

    /// <summary>A run of digits with group separators and a decimal part.</summary>
    Number,

    /// <summary>Any other single character that is not white space.</summary>
    Symbol,
}

/// <summary>One token of the text, pointing into it by offsets.</summary>
/// <remarks>
/// 32 bytes: the end is not stored, since <see cref="Lower"/> spans it (lower-casing keeps the length); every sentence's
/// tokens are allocated once per reading.
/// </remarks>
internal readonly record struct Token
{
    /// <summary>A token of the text.</summary>
    /// <param name="start">Offset of the first character.</param>
    /// <param name="end">Offset one past the last character: <paramref name="start"/> + the length of <paramref name="lower"/>.</param>
    /// <param name="kind">What the token is.</param>
    /// <param name="lower">The token lower-cased (invariant); for numbers, the digits as written.</param>
    /// <param name="value">The numeric value of a number token (0 otherwise).</param>
    /// <param name="spaceBefore">True when white space separates this token from the one before.</param>
    public Token(int start, int end, TokenKind kind, string lower, double value, bool spaceBefore)
    {
        System.Diagnostics.Debug.Assert(end - start == lower.Length, "a token's lower-case form spans it");
        Start = start;
        Kind = kind;
        Lower = lower;
        Value = value;
        SpaceBefore = spaceBefore;
    }

    /// <summary>Offset of the first character.</summary>
    public int Start { get; }

    /// <summary>Offset one past the last character.</summary>
    public int End => Start + (Lower?.Length ?? 0); // a default token (no string) ends where it starts, at 0

    /// <summary>What the token is.</summary>
    public TokenKind Kind { get; }

    /// <summary>The token lower-cased (invariant); for numbers, the digits as written.</summary>
    public string Lower { get; }

    /// <summary>The numeric value of a number token (0 otherwise).</summary>
    public double Value { get; }

    /// <summary>True when white space separates this token from the one before.</summary>
    public bool SpaceBefore { get; }

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
