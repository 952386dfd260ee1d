namespace ClaimCompare.Extraction.Scanning;

/// <summary>
/// Multi-word phrases ("more than", "square kilometers") matched against tokens, forwards from a start
/// token or backwards to an end token, longest phrase first. Built once; read-only afterwards.
/// </summary>
/// <typeparam name="T">What a phrase maps to.</typeparam>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byLast = new(StringComparer.Ordinal);

    /// <summary>Builds the table; each phrase is written with single spaces between tokens.</summary>
    public PhraseTable(IEnumerable<(string Phrase, T Value)> entries)
    {
        foreach (var (phrase, value) in entries)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Add(_byFirst, words[0], words, value);
            Add(_byLast, words[^1], words, value);
        }

        foreach (var list in _byFirst.Values.Concat(_byLast.Values))
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    /// <summary>Longest phrase starting at token <paramref name="start"/>; returns the number of tokens matched (0 for none).</summary>
    public int MatchForward(IReadOnlyList<Token> tokens, int start, out T value)
    {
        value = default!;
        if (start < 0 || start >= tokens.Count || !_byFirst.TryGetValue(tokens[start].Lower, out var list))
        {
            return 0;
        }

        foreach (var (words, v) in list)
        {
            if (start + words.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < words.Length && ok; k++)
            {
                ok = string.Equals(tokens[start + k].Lower, words[k], StringComparison.Ordinal);
            }

            if (ok)
            {
                value = v;
                return words.Length;
            }
        }

        return 0;
    }

    /// <summary>Longest phrase ending just before token <paramref name="endExclusive"/>; returns the number of tokens matched.</summary>
    public int MatchBackward(IReadOnlyList<Token> tokens, int endExclusive, int floor, out T value)
    {
        value = default!;
        var last = endExclusive - 1;
        if (last < floor || last >= tokens.Count || !_byLast.TryGetValue(tokens[last].Lower, out var list))
        {
            return 0;
        }

        foreach (var (words, v) in list)
        {
            var first = endExclusive - words.Length;
            if (first < floor)
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < words.Length - 1 && ok; k++)
            {
                ok = string.Equals(tokens[first + k].Lower, words[k], StringComparison.Ordinal);
            }

            if (ok)
            {
                value = v;
                return words.Length;
            }
        }

        return 0;
    }

    private static void Add(Dictionary<string, List<(string[], T)>> map, string key, string[] words, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add((words, value));
    }
}
