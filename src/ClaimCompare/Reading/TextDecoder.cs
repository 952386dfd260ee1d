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
        string text;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                bytes = bytes[3..];
            }

            if (bytes.IndexOf((byte)0) >= 0)
            {
                reason = "not text: the file contains NUL bytes (binary data)";
                return null;
            }

            text = Utf8Lenient.GetString(bytes);
        }

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
                ? $"not text: {invalid} of {text.Length} characters are not valid UTF-8"
                : $"not text: {control} of {text.Length} characters are control characters";
            return null;
        }

        return text;
    }
}
