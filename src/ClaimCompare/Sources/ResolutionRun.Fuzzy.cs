using ClaimCompare.Language;

namespace ClaimCompare.Sources;

/// <summary>
/// Fuzzy matching: Jaro-Winkler over transliteration keys, only between names that share a key prefix
/// (blocking), so the work grows with the number of names, not with its square.
/// </summary>
internal sealed partial class ResolutionRun
{
    private const int BlockPrefix = 3;

    /// <summary>Longest word key compared by similarity (Jaro-Winkler is quadratic in the length).</summary>
    private const int MaxFuzzyWord = 40;

    /// <summary>Highest score a surname alone can reach by similarity: never a merge, at most "possibly the same".</summary>
    private const double SurnameFuzzyCap = 0.85;

    private void LinkFuzzy()
    {
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);

        // One representative per source and key: "Putin" alone in 50,000 articles is one surname node per
        // article, all merged already, and would otherwise fill its block past MaxBlockSize.
        var represented = new HashSet<(int Root, bool Person, string Key)>();
        foreach (var n in _nodes)
        {
            if (!(n.Scope is Scope.Global or Scope.Surname) || n.Key.IsAcronym || !represented.Add((Find(n.Index), n.IsPerson, n.Key.PhoneticSet)))
            {
                continue;
            }

            if (n.Key.Phonetic.Any(w => w.Length > MaxFuzzyWord))
            {
                continue; // no real name has such a word; Jaro-Winkler on it would only cost time
            }

            var cls = n.IsPerson ? "P|" : "O|";
            foreach (var w in BlockWords(n).Where(w => w.Length >= BlockPrefix).Select(w => w[..BlockPrefix]).Distinct())
            {
                if (!blocks.TryGetValue(cls + w, out var list))
                {
                    blocks[cls + w] = list = [];
                }

                list.Add(n.Index);
            }
        }

        var seen = new HashSet<(int, int)>();
        foreach (var block in blocks.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => b.Value))
        {
            if (block.Count < 2 || block.Count > _options.MaxBlockSize)
            {
                continue;
            }

            for (var i = 0; i < block.Count; i++)
            {
                for (var j = i + 1; j < block.Count; j++)
                {
                    var a = _nodes[block[i]];
                    var b = _nodes[block[j]];
                    if (Find(a.Index) == Find(b.Index) || !seen.Add((a.Index, b.Index)))
                    {
                        continue;
                    }

                    var score = a.IsPerson ? PersonScore(a, b) : BodyScore(a, b);
                    if (score > 0)
                    {
                        // Below the fuzzy bar the pair is at most "possibly the same", whatever the general bar is.
                        var confidence = score >= _options.FuzzyMergeThreshold ? Math.Max(score, _options.MergeThreshold) : Math.Min(score, NotMerged());
                        // The reason is only kept for a merge; most scored pairs are not merged, so it is written only then.
                        var rule = confidence >= _options.MergeThreshold
                            ? $"similar spelling (Jaro-Winkler {score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} over transliteration keys)"
                            : string.Empty;
                        Union(a.Index, b.Index, rule, confidence);
                    }
                }
            }
        }
    }

    // Persons block on the surname; bodies on their distinctive words (not "army", "ministry" or a country,
    // which thousands of names share), or on every word when they have no other.
    private static IEnumerable<string> BlockWords(Node n)
    {
        if (n.IsPerson)
        {
            return n.Key.Phonetic.Length > 0 ? [n.Key.Phonetic[^1]] : [];
        }

        var distinctive = n.Key.Content.Select((w, i) => (w, i))
            .Where(x => !NameWords.BodyHeads.Contains(x.w) && !NameWords.Country.ContainsKey(x.w))
            .Select(x => n.Key.Phonetic[x.i]).ToList();
        return distinctive.Count > 0 ? distinctive : n.Key.Phonetic;
    }

    private double NotMerged() => Math.BitDecrement(_options.MergeThreshold);

    // Surname similarity, weighted with the first names when both have one; first names must not clash.
    private static double PersonScore(Node a, Node b)
    {
        var ka = a.Key.Phonetic;
        var kb = b.Key.Phonetic;
        if (ka.Length == 0 || kb.Length == 0)
        {
            return 0;
        }

        var last = JaroWinkler.Similarity(ka[^1], kb[^1]);
        if (ka.Length == 1 || kb.Length == 1)
        {
            return Math.Min(last, SurnameFuzzyCap);
        }

        var first = JaroWinkler.Similarity(ka[0], kb[0]);
        if (first < 0.8 && a.Key.Content[0][0] != b.Key.Content[0][0])
        {
            return 0;
        }

        // The surname bounds the score: a shared first name must not lift Rudskoy/Rudnitsky over the bar.
        return Math.Min(last, (0.8 * last) + (0.2 * first));
    }

    /// <summary>English endings that make another word from the same stem (minister/ministry, rebel/rebels).</summary>
    // The empty ending too: a word and its derivative ("rebel"/"rebels").
    private static readonly HashSet<string> EnglishEndings = new(Lexicon.Default.Words("derivational-ending"), StringComparer.Ordinal) { string.Empty };

    // Two English words from one stem ("minister"/"ministry") are different words, however close their keys;
    // transliteration variants differ inside the word or in letters these endings do not produce.
    private static bool EnglishDerivatives(string a, string b)
    {
        var p = 0;
        while (p < a.Length && p < b.Length && a[p] == b[p])
        {
            p++;
        }

        return p >= 5 && a != b && EnglishEndings.Contains(a[p..]) && EnglishEndings.Contains(b[p..]);
    }

    // Bodies: the same number of words, the same countries, and every word close to one of the other's.
    private static double BodyScore(Node a, Node b)
    {
        var ka = a.Key.Phonetic;
        var kb = b.Key.Phonetic;
        if (ka.Length != kb.Length || ka.Length == 0 || !a.Key.Countries.SequenceEqual(b.Key.Countries, StringComparer.Ordinal))
        {
            return 0;
        }

        var used = new bool[kb.Length];
        var worst = 1.0;
        for (var i = 0; i < ka.Length; i++)
        {
            var wa = ka[i];
            var best = -1;
            var bestScore = 0.0;
            for (var j = 0; j < kb.Length; j++)
            {
                if (used[j])
                {
                    continue;
                }

                var s = EnglishDerivatives(a.Key.Content[i], b.Key.Content[j]) ? 0 : JaroWinkler.Similarity(wa, kb[j]);
                if (s > bestScore)
                {
                    bestScore = s;
                    best = j;
                }
            }

            if (best < 0)
            {
                return 0;
            }

            used[best] = true;
            worst = Math.Min(worst, bestScore);
        }

        return worst;
    }
}
