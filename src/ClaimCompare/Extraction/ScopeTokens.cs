using ClaimCompare.Language;
using ClaimCompare.Model;

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

/// <summary>
/// The scope readers' view of a sentence's pieces (<see cref="SentenceTokens"/>): words of letters and digits, joined
/// across inner hyphens and apostrophes ("10-year-old", "Ministry's") and across commas between digits ("18,000").
/// </summary>
internal static class ScopeTokens
{
    /// <summary>The words of <paramref name="sentence"/>, a sentence read alone that starts at <paramref name="offset"/> in its article.</summary>
    public static List<ScopeToken> Read(string sentence, int offset) => Read(SentenceTokens.Of(sentence, new TextSpan(0, sentence.Length)), offset);

    /// <summary>The words of a sentence already cut into pieces; <paramref name="shift"/> is added to every offset.</summary>
    public static List<ScopeToken> Read(SentenceTokens pieces, int shift = 0)
    {
        var tokens = new List<ScopeToken>(pieces.Count); // never more words than pieces: no regrowth
        var k = 0;
        while (k < pieces.Count)
        {
            if (pieces[k].Kind == PieceKind.Other)
            {
                k++;
                continue;
            }

            var last = k;
            while (true)
            {
                var next = last + 1;
                if (pieces.Touches(next) && pieces[next].Kind != PieceKind.Other)
                {
                    last = next;
                }
                else if (pieces.Touches(next) && pieces.Touches(next + 1) && pieces[next + 1].Kind != PieceKind.Other && Joins(pieces, next))
                {
                    last = next + 1;
                }
                else
                {
                    break;
                }
            }

            tokens.Add(new ScopeToken(pieces.TextOf(k, last + 1), pieces.LowerOf(k, last + 1), shift + pieces[k].Start, shift + pieces[last].End));
            k = last + 1;
        }

        return tokens;
    }

    // An inner hyphen or apostrophe joins any two runs; a comma joins digits only ("18,000", not "Aleppo,2016").
    private static bool Joins(SentenceTokens pieces, int mark) => pieces[mark].Char switch
    {
        '-' or '\'' or '’' => true,
        ',' => char.IsAsciiDigit(pieces.Text[pieces[mark].Start - 1]) && char.IsAsciiDigit(pieces.Text[pieces[mark].Start + 1]),
        _ => false,
    };
}
