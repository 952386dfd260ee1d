using System.Text;

namespace ClaimCompare.Reading;

/// <summary>One line of a line-oriented file.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Text">The line without its line break, or null when it was longer than the limit.</param>
/// <param name="Length">Length of the line in characters (also when it was too long to keep).</param>
internal readonly record struct BoundedLine(int Number, string? Text, long Length);

/// <summary>
/// Splits a text stream into lines on '\n' (dropping a trailing '\r'), never holding more than one line
/// and never growing a line past the limit: a longer line is skipped to its end and reported without text,
/// so a gigabyte without a line break cannot exhaust memory.
/// </summary>
internal static class BoundedLineReader
{
    private const int BufferSize = 64 * 1024;

    public static IEnumerable<BoundedLine> ReadLines(TextReader reader, long maxLineChars)
    {
        var buffer = new char[BufferSize];
        var line = new StringBuilder();
        var number = 0;
        long length = 0;
        var overflow = false;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var newline = Array.IndexOf(buffer, '\n', start, read - start);
                var end = newline < 0 ? read : newline;
                length += end - start;
                if (!overflow && length > maxLineChars)
                {
                    overflow = true;
                    line.Clear();
                }

                if (!overflow)
                {
                    line.Append(buffer, start, end - start);
                }

                if (newline < 0)
                {
                    break;
                }

                number++;
                yield return Finish(number, line, length, overflow);
                line.Clear();
                length = 0;
                overflow = false;
                start = newline + 1;
            }
        }

        if (length > 0 || line.Length > 0)
        {
            number++;
            yield return Finish(number, line, length, overflow);
        }
    }

    private static BoundedLine Finish(int number, StringBuilder line, long length, bool overflow)
    {
        if (overflow)
        {
            return new BoundedLine(number, null, length);
        }

        if (line.Length > 0 && line[^1] == '\r')
        {
            line.Length--;
        }

        return new BoundedLine(number, line.ToString(), length);
    }
}
