using ClaimCompare.Model;

namespace ClaimCompare.Language;

/// <summary>What a piece of a sentence is, by the characters it holds.</summary>
internal enum PieceKind : byte
{
    /// <summary>A maximal run of letters (<see cref="char.IsLetter(char)"/>).</summary>
    Letters,

    /// <summary>A maximal run of decimal digits (<see cref="char.IsDigit(char)"/>).</summary>
    Digits,

    /// <summary>One character that is neither a letter, a digit nor white space (punctuation, symbols, marks).</summary>
    Other,
}

/// <summary>
/// One piece of a sentence: the smallest unit every stage's tokens are made of. A stage's token is one piece or several
/// adjacent pieces joined by that stage's rule ("U.S." = U . S ., "18,000" = 18 , 000, "Ministry's" = Ministry ' s).
/// </summary>
/// <remarks>
/// 24 bytes: the end is not stored, since the piece's string spans it (an article's sentences hold some hundred thousand
/// pieces per megabyte of text, every one of them allocated once per reading).
/// </remarks>
internal readonly record struct Piece
{
    /// <summary>A piece of <paramref name="text"/>.Length characters from <paramref name="start"/>.</summary>
    /// <param name="start">Offset of the first character in the text.</param>
    /// <param name="kind">Letters, digits or one other character.</param>
    /// <param name="spaceBefore">True when white space (or the sentence start) comes right before the piece.</param>
    /// <param name="text">The piece as written.</param>
    /// <param name="lower">The piece lower-cased (invariant); the same string as <paramref name="text"/> when nothing changes.</param>
    public Piece(int start, PieceKind kind, bool spaceBefore, string text, string lower)
    {
        Start = start;
        Kind = kind;
        SpaceBefore = spaceBefore;
        Text = text;
        Lower = lower;
    }

    /// <summary>Offset of the first character in the text.</summary>
    public int Start { get; }

    /// <summary>Offset one past the last character.</summary>
    public int End => Start + (Text?.Length ?? 0); // a default piece (no string) ends where it starts, at 0

    /// <summary>Letters, digits or one other character.</summary>
    public PieceKind Kind { get; }

    /// <summary>True when white space (or the sentence start) comes right before the piece.</summary>
    public bool SpaceBefore { get; }

    /// <summary>The piece as written.</summary>
    public string Text { get; }

    /// <summary>The piece lower-cased (invariant); the same string as <see cref="Text"/> when nothing changes.</summary>
    public string Lower { get; }

    /// <summary>True when a run of letters starts with an upper-case letter.</summary>
    public bool Capitalized { get; init; }

    /// <summary>True when a run of letters has an upper-case letter after its first ("iPhone", "TA").</summary>
    public bool InnerUpper { get; init; }

    /// <summary>The length in characters.</summary>
    public int Length => End - Start;

    /// <summary>The one character of an <see cref="PieceKind.Other"/> piece (the first character otherwise).</summary>
    public char Char => Text[0];
}

/// <summary>
/// The pieces of one sentence, cut once and read by every stage (issue 12: one tokenizer). Each stage builds the view it
/// needs by joining adjacent pieces, and reuses the pieces' strings (as written and lower-cased) for every token that is
/// one piece, so a word is copied and lower-cased once per article, not once per stage.
/// </summary>
/// <remarks>Immutable, so several stages and threads may read one instance.</remarks>
internal sealed class SentenceTokens
{
    // Every ASCII punctuation mark as a string, shared: most sentences have a few of them.
    private static readonly string[] AsciiStrings = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    private readonly Piece[] _pieces;

    private SentenceTokens(string text, TextSpan span, Piece[] pieces)
    {
        Text = text;
        Span = span;
        _pieces = pieces;
    }

    /// <summary>The text the offsets index (the article's text, or a title read alone).</summary>
    public string Text { get; }

    /// <summary>The sentence within <see cref="Text"/> (clipped to the text).</summary>
    public TextSpan Span { get; }

    /// <summary>The number of pieces.</summary>
    public int Count => _pieces.Length;

    /// <summary>The pieces in text order.</summary>
    public ref readonly Piece this[int index] => ref _pieces[index];

    /// <summary>Cuts the sentence <paramref name="span"/> of <paramref name="text"/> into pieces in one pass.</summary>
    public static SentenceTokens Of(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End, start, text.Length);
        var pieces = new Piece[CountPieces(text, start, end)]; // counted first: an exact array, no regrowth and no copy
        var n = 0;
        var space = true;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            if (char.IsLetter(c))
            {
                var s = i;
                var inner = false;
                var ascii = c < 128;
                i++;
                while (i < end && char.IsLetter(text[i]))
                {
                    inner |= char.IsUpper(text[i]);
                    ascii &= text[i] < 128;
                    i++;
                }

                var word = text.Substring(s, i - s);
                var capital = char.IsUpper(c);

                // Lower-case ASCII needs no second copy (most words); any other letter may change (title case "ǅ" has no IsUpper).
                var lower = ascii && !capital && !inner ? word : word.ToLowerInvariant();
                pieces[n++] = new Piece(s, PieceKind.Letters, space, word, lower) { Capitalized = capital, InnerUpper = inner };
            }
            else if (char.IsDigit(c))
            {
                var s = i;
                i++;
                while (i < end && char.IsDigit(text[i]))
                {
                    i++;
                }

                var digits = text.Substring(s, i - s);
                pieces[n++] = new Piece(s, PieceKind.Digits, space, digits, digits);
            }
            else
            {
                var one = c < 128 ? AsciiStrings[c] : c.ToString();
                pieces[n++] = new Piece(i, PieceKind.Other, space, one, c < 128 ? one : one.ToLowerInvariant());
                i++;
            }

            space = false;
        }

        return new SentenceTokens(text, new TextSpan(start, end), pieces);
    }

    // The number of pieces Of cuts: runs of letters, runs of digits and single other characters.
    private static int CountPieces(string text, int start, int end)
    {
        var count = 0;
        var previous = PieceKind.Other;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                previous = PieceKind.Other;
                continue;
            }

            var kind = char.IsLetter(c) ? PieceKind.Letters : char.IsDigit(c) ? PieceKind.Digits : PieceKind.Other;
            if (kind == PieceKind.Other || kind != previous)
            {
                count++;
            }

            previous = kind;
        }

        return count;
    }

    /// <summary>The text of pieces <paramref name="from"/>..<paramref name="to"/> (exclusive): the piece's own string when it is one.</summary>
    public string TextOf(int from, int to) =>
        to == from + 1 ? _pieces[from].Text : Text.Substring(_pieces[from].Start, _pieces[to - 1].End - _pieces[from].Start);

    /// <summary>As <see cref="TextOf"/>, lower-cased.</summary>
    public string LowerOf(int from, int to) =>
        to == from + 1 ? _pieces[from].Lower : TextOf(from, to).ToLowerInvariant();

    /// <summary>True when piece <paramref name="k"/> exists and starts right where piece <paramref name="k"/> - 1 ends (no space between).</summary>
    public bool Touches(int k) => k > 0 && k < _pieces.Length && !_pieces[k].SpaceBefore;
}
