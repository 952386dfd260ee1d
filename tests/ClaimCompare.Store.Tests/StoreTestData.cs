using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCompare.Model;
using ClaimCompare.Reading;

namespace ClaimCompare.Store.Tests;

/// <summary>
/// Articles for the store tests: the repository's seeds and variants of them made here (other ids, outlets,
/// days and some figures redrawn), so stories recur across batches, agree, disagree and grow.
/// </summary>
internal static partial class StoreTestData
{
    public static string RepoRoot => ClaimCompare.Testing.TestFiles.RepoRoot;

    private static readonly Lazy<IReadOnlyList<Article>> SeedArticles = new(() =>
        new ArticleReader().ReadAll([Path.Combine(RepoRoot, "seeds")]).Articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList());

    public static IReadOnlyList<Article> Seeds => SeedArticles.Value;

    /// <summary>
    /// <paramref name="count"/> variants: variant i retells seed i % 5, published on a day that moves two days
    /// every ten variants (so stories chain through the comparer's day window and also fall apart), with about
    /// one figure in four redrawn within 40% of its value.
    /// </summary>
    public static List<Article> Generated(int count, int seed = 7, string prefix = "gen")
    {
        var rng = new Random(seed);
        var list = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var source = Seeds[i % Seeds.Count];
            var day = (source.Published ?? new DateOnly(2016, 11, 20)).AddDays((i / 10 * 2) + rng.Next(0, 2));
            var text = Digits().Replace(source.Text, m => rng.Next(4) == 0 ? Redraw(m.Value, rng) : m.Value);
            var id = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i:D4}");
            list.Add(new Article(id, null, string.Create(CultureInfo.InvariantCulture, $"Outlet {i % 7}"), source.Title, day, text));
        }

        return list;
    }

    /// <summary>The same article with one sentence added: a new version under the same id.</summary>
    public static Article Revised(Article article) =>
        article with { Text = article.Text + "\n\nUpdated: officials said 75 more civilians were evacuated on Sunday." };

    /// <summary>Writes articles as JSON lines (id, outlet, title, published, text) for the console.</summary>
    public static string WriteJsonl(IEnumerable<Article> articles, string path)
    {
        using var writer = new StreamWriter(path);
        foreach (var a in articles)
        {
            writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string?>
            {
                ["id"] = a.Id,
                ["outlet"] = a.Outlet,
                ["title"] = a.Title,
                ["published"] = a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["text"] = a.Text,
            }));
        }

        return path;
    }

    private static string Redraw(string digits, Random rng)
    {
        if (digits.Length > 6 || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 2 || (value >= 1900 && value <= 2100))
        {
            return digits;
        }

        var scaled = (long)Math.Round(value * (0.6 + (rng.NextDouble() * 0.8)));
        return Math.Max(1, scaled).ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
