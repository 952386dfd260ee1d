using System.Globalization;
using ClaimCompare.Model;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// Generates coverage of many events from a few real report shapes (the Aleppo example and its
/// neighbours), varying figures, source and place names and dates. Every event is covered by about
/// twenty articles, as a busy story is, so the number of events grows with the number of articles.
/// </summary>
public static class ComparisonWorkload
{
    private sealed record Shape(string Subject, string Predicate, double Figure, BoundKind Bound, int StartOffset, int Days, bool Cumulative, string? Side, string Source);

    private static readonly Shape[] Shapes =
    [
        new("civilians", "killed", 41, BoundKind.Exact, 0, 4, true, "western", "Syrian Observatory for Human Rights"),
        new("people", "killed", 84, BoundKind.Lower, 0, 3, true, null, "Syrian army"),
        new("civilians", "killed", 127, BoundKind.Exact, -1, 8, true, "western", "Russian General Staff"),
        new("civilians", "killed", 15, BoundKind.Lower, 0, 1, false, "western", "Syrian Observatory for Human Rights"),
        new("civilians", "injured", 100, BoundKind.Exact, 0, 1, false, "government-held", "Syrian Observatory for Human Rights"),
        new("people", "injured", 280, BoundKind.Exact, 0, 3, true, null, "Syrian army"),
        new("rebels", "killed", 64, BoundKind.Exact, 0, 3, true, null, "Syrian Observatory for Human Rights"),
        new("soldiers", "killed", 55, BoundKind.Exact, 0, 3, true, null, "Syrian Observatory for Human Rights"),
        new("people", "affected", 35, BoundKind.Exact, 2, 1, false, null, "SANA"),
        new("civilians", "left", 18000, BoundKind.Lower, 0, 5, true, "eastern", "Sergei Rudskoi"),
    ];

    private static readonly string[] Outlets = ["Reuters", "AFP", "AP", "BBC", "Sputnik", "SANA", "Al Jazeera", "The National", "UPI", "RT"];

    private static readonly string[] Cities = ["Aleppo", "Homs", "Idlib", "Hama", "Raqqa", "Deir ez-Zor", "Latakia", "Daraa"];

    /// <summary>Articles and claims (about six claims per article) for <paramref name="articles"/> articles.</summary>
    public static (IReadOnlyList<Article> Articles, IReadOnlyList<Claim> Claims) Generate(int articles, int seed)
    {
        var random = new Random(seed);
        var first = new DateOnly(2016, 1, 1);
        var list = new List<Article>(articles);
        var claims = new List<Claim>(articles * 6);
        for (var i = 0; i < articles; i++)
        {
            var story = i / 20;
            var city = Cities[story % Cities.Length] + (story >= Cities.Length ? " " + (story / Cities.Length).ToString(CultureInfo.InvariantCulture) : string.Empty);
            var storyStart = first.AddDays(story % 3000);
            var published = storyStart.AddDays(1 + random.Next(0, 6));
            var id = string.Create(CultureInfo.InvariantCulture, $"a{i}");
            list.Add(new Article(id, null, Outlets[random.Next(Outlets.Length)], null, published, string.Empty));
            for (var k = 0; k < 6; k++)
            {
                var shape = Shapes[random.Next(Shapes.Length)];
                var value = Math.Round(shape.Figure * (0.7 + (random.NextDouble() * 0.6)));
                var start = storyStart.AddDays(shape.StartOffset + random.Next(0, 2));
                var end = shape.Cumulative ? published : start.AddDays(shape.Days - 1);
                var quantity = shape.Bound == BoundKind.Lower
                    ? new Quantity(value, BoundKind.Lower, "at least", value, null, value, Math.Ceiling(value * 1.25), null, null)
                    : Quantity.Exactly(value);
                var sentence = string.Create(CultureInfo.InvariantCulture, $"{shape.Source} said {value} {shape.Subject} were {shape.Predicate} in {city}.");
                claims.Add(new Claim(string.Create(CultureInfo.InvariantCulture, $"c{claims.Count + 1}"), id, new TextSpan(0, 2), value.ToString(CultureInfo.InvariantCulture), quantity, sentence, new TextSpan(0, sentence.Length))
                {
                    Subject = shape.Subject,
                    Predicate = shape.Predicate,
                    Place = shape.Side is null ? city : shape.Side + " " + city,
                    SourceId = shape.Source,
                    Period = new TimeScope(start, end, null, shape.Cumulative),
                    Wording = ClaimCompare.Extraction.EventCues.WordingOf(sentence), // as extraction writes it, for reprints
                });
            }
        }

        return (list, claims);
    }
}
