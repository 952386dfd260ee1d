using ClaimCompare.Comparison;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Comparison;

public sealed partial class QuantityComparerTests
{
    private static Claim FromSentence(string id, string article, Quantity quantity, string surface, string sentence, string subject, string? predicate, string start, string end)
    {
        var at = sentence.IndexOf(surface, StringComparison.Ordinal);
        return Reread(Claim(id, article, quantity, subject, predicate, start, end, true, sentence: sentence) with
        {
            Span = new TextSpan(at, at + surface.Length),
        });
    }

    [TestCase("In the last ten days, 38 raids left 96 civi", "civi", true, TestName = "A cut-off subject after 'left N' is a casualty count of civilians")]
    [TestCase("In the last ten days, 38 raids left 96 civilians dead.", "civilians", true, TestName = "'left N civilians dead' is a death toll")]
    [TestCase("In the last ten days, 38 raids left 96 civilians wounded.", "civilians", false, TestName = "'left N civilians wounded' is not a death toll")]
    [TestCase("In the last ten days, 96 civilians left the city.", "civilians", false, TestName = "'N civilians left' is a departure, not a death toll")]
    public void Left_with_the_figure_as_object_counts_casualties(string sentence, string subject, bool groupedWithDead)
    {
        var claims = new[]
        {
            Claim("d1", "sohr1", Exact(52), "civilians", "killed", "2016-10-28", "2016-11-03", true),
            FromSentence("d2", "ru", Exact(96), "96", sentence, subject, "left", "2016-10-28", "2016-11-03"),
        };

        var grouped = Compare(claims).Groups.Any(g => g.ClaimIds.Contains("d1") && g.ClaimIds.Contains("d2"));
        grouped.Should().Be(groupedWithDead);
    }

    [Test]
    public void A_week_window_still_meets_totals_reported_after_the_week()
    {
        // Sorted by the day the week began, the window must stay open for the totals reported days later.
        var claims = new[]
        {
            Claim("w1", "sohr1", Exact(15), "civilians", "killed", null, "2016-10-28"),
            Claim("w2", "ru", Exact(127), "civilians", "killed", "2016-10-28", "2016-11-03"),
            Claim("w3", "sohr2", Exact(74), "civilians", "killed", null, "2016-11-04"),
        };

        var result = Compare(claims);
        result.Groups.Should().Contain(g => g.ClaimIds.Contains("w2") && g.ClaimIds.Contains("w3"));
        Flags(result, DiscrepancyKind.Figure, "w2", "w3").Should().BeTrue();
    }
}

[TestFixture]
public sealed class ShorterWindowTests
{
    private static readonly Article[] Articles =
    [
        Article("a", "VOA", "2016-10-30"),
        Article("b", "Alalam", "2016-10-31"),
        Article("c", "AFP", "2016-11-02"),
    ];

    [TestCase("b", "2016-10-29", "2016-10-31", DiscrepancyKind.Figure, TestName = "A larger three-day count a day after a total contradicts it")]
    [TestCase("c", null, "2016-11-02", DiscrepancyKind.Update, TestName = "A larger total three days after a total is an update")]
    public void Later_larger_figure(string article, string? start, string end, DiscrepancyKind expected)
    {
        var claims = new[]
        {
            Claim("t1", "a", AtLeast(41), "civilians", "killed", null, "2016-10-30"),
            Claim("t2", article, AtLeast(84), "people", "killed", start, end),
        };

        var result = new QuantityComparer().Compare(claims, Articles, SourceList("sohr", "army"));
        result.Discrepancies.Should().Contain(d => d.Kind == expected && d.ClaimIds.Contains("t1") && d.ClaimIds.Contains("t2"));
    }
}

[TestFixture]
public sealed class BareDurationTests
{
    private static readonly Article[] Articles = [Article("a", "Reuters", "2016-10-28"), Article("b", "TASS", "2016-10-28")];

    [TestCase("Government jets have steered clear of Idlib for ten days.", true, TestName = "Steering clear for ten days is a ten-day pause")]
    [TestCase("The bombers have not flown over Hama 10 days.", true, TestName = "Not flying over for ten days is a ten-day pause")]
    [TestCase("The air raids stayed suspended for a tenth day in a row.", true, TestName = "Suspended for a tenth day is a ten-day pause")]
    [TestCase("The convoy needed ten days to reach Idlib.", false, TestName = "A trip of ten days is not a pause")]
    public void A_bare_duration_takes_its_event_from_its_sentence(string sentence, bool grouped)
    {
        var surface = sentence.Contains("tenth day", StringComparison.Ordinal) ? "tenth day" : sentence.Contains("ten days", StringComparison.Ordinal) ? "ten days" : "10 days";
        var at = sentence.IndexOf(surface, StringComparison.Ordinal);
        var days = Quantity.Exactly(10) with { Unit = "day" };
        var claims = new[]
        {
            Claim("p1", "a", days, "lull", null, sentence: "The minister said the raids need not restart after a 10-day lull.", offset: 53),
            Reread(Claim("p2", "b", days, string.Empty, null, sentence: sentence) with { Span = new TextSpan(at, at + surface.Length) }),
        };

        var result = new QuantityComparer().Compare(claims, Articles, SourceList("kremlin"));
        result.Groups.Any(g => g.ClaimIds.Contains("p1") && g.ClaimIds.Contains("p2")).Should().Be(grouped);
    }
}

[TestFixture]
public sealed class RunningTotalAgainstWindowTests
{
    private static readonly Article[] Articles =
    [
        Article("a", "BBC", "2016-10-30"),
        Article("b", "Alalam", "2016-10-31"),
        Article("c", "BBC", "2016-10-29"),
    ];

    [TestCase("a", "2016-10-30", true, TestName = "A total since the attack as of the window's second day meets a three-day count")]
    [TestCase("c", "2016-10-29", false, TestName = "A total as of the day a three-day count began is a different quantity")]
    public void Running_total_meets_window(string article, string asOf, bool grouped)
    {
        var claims = new[]
        {
            Claim("r1", article, AtLeast(40), "civilians", "killed", null, asOf, cumulative: true),
            Claim("r2", "b", AtLeast(84), "people", "killed", "2016-10-29", "2016-10-31"),
        };

        var result = new QuantityComparer().Compare(claims, Articles, SourceList("sohr", "army"));
        result.Groups.Any(g => g.ClaimIds.Contains("r1") && g.ClaimIds.Contains("r2")).Should().Be(grouped);
    }
}
