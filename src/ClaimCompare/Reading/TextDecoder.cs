using System.Globalization;
using System.Text;

namespace ClaimCompare.Reading;

/// <summary>Turns file bytes into text, or says why they are not text.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding Utf8Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes UTF-8 (with or without BOM) or UTF-16 with BOM; returns null and a reason for binary data.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, double maxInvalidShare, out string? reason)
    {
        reason = null;
        var encoding = DetectEncoding(bytes, out var preamble);
        bytes = bytes[preamble..];
        if (encoding is UTF8Encoding && bytes.IndexOf((byte)0) >= 0)
        {
            reason = "not text: the file contains NUL bytes (binary data)";
            return null;
        }

        var text = encoding.GetString(bytes);
        return LooksLikeText(text, maxInvalidShare, out reason) ? text : null;
    }

    /// <summary>
    /// Picks the encoding from the byte-order mark (UTF-16 LE/BE, UTF-8) and says how many bytes the mark
    /// takes; without a mark the text is taken as UTF-8 with invalid bytes replaced by U+FFFD.
    /// </summary>
    public static Encoding DetectEncoding(ReadOnlySpan<byte> head, out int preambleLength)
    {
        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            preambleLength = 2;
            return Encoding.Unicode;
        }

        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            preambleLength = 2;
            return Encoding.BigEndianUnicode;
        }

        preambleLength = head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
        return Utf8Lenient;
    }

    /// <summary>
    /// False (with a reason) when more than <paramref name="maxInvalidShare"/> of the characters are
    /// replacement characters from invalid bytes or control characters: binary data decoded as text.
    /// </summary>
    public static bool LooksLikeText(ReadOnlySpan<char> text, double maxInvalidShare, out string? reason)
    {
        reason = null;
        var invalid = 0;
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                invalid++;
            }
            else if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        if (text.Length > 0 && (invalid > text.Length * maxInvalidShare || control > text.Length * maxInvalidShare))
        {
            reason = invalid >= control
                ? string.Create(CultureInfo.InvariantCulture, $"not text: {invalid} of {text.Length} characters are not valid UTF-8")
                : string.Create(CultureInfo.InvariantCulture, $"not text: {control} of {text.Length} characters are control characters");
            return false;
        }

        return true;
    }
}
