using System.Collections.Immutable;
using System.Reflection;
using ClaimCompare.Attribution;
using ClaimCompare.Comparison;
using ClaimCompare.Extraction;
using ClaimCompare.Model;
using ClaimCompare.Reading;
using ClaimCompare.Sources;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Exploration;

/// <summary>
/// The model is made for exploring results from tests: value equality including collections, readable
/// <c>ToString()</c>, navigation between parts of a report, and stages that work when called one by one.
/// </summary>
[TestFixture]
public sealed class ExplorationModelTests
{
    private static readonly Lazy<ComparisonReport> Seeds = new(() => ClaimComparer.CompareFiles([TestPaths.Seeds]));

    // The seeds plus one article of our own with two rival tolls, so the report holds a discrepancy to navigate from
    // (the seeds alone dispute nothing since claims need place evidence to meet across articles).
    private static readonly Lazy<ComparisonReport> Disputed = new(() => ClaimComparer.CompareFiles(
        [TestPaths.Seeds, Path.Combine(TestPaths.RepoRoot, "tests", "ClaimCompare.Tests", "Reporting", "Data", "rival-count.txt")]));

    [Test]
    public void Two_identical_runs_give_equal_reports()
    {
        var first = Seeds.Value;
        var second = ClaimComparer.CompareFiles([TestPaths.Seeds]);

        (first.Groups.AsImmutableArray() == second.Groups.AsImmutableArray()).Should().BeFalse("two runs build separate arrays");
        first.Groups.Should().NotBeEmpty();
        second.Should().Be(first);
        second.Equals(first).Should().BeTrue();
        second.GetHashCode().Should().Be(first.GetHashCode());
        second.Groups[0].Should().Be(first.Groups[0], "a group with its claim-id list compares by value");
        second.Sources.Should().Equal(first.Sources);
        second.Articles.Should().Equal(first.Articles);
    }

    [Test]
    public void A_changed_detail_anywhere_makes_reports_unequal()
    {
        var report = Seeds.Value;
        var group = report.Groups[0];
        var source = report.Sources[0];
        var article = report.Articles[0];

        (report with { Groups = [group with { ClaimIds = [.. group.ClaimIds.Reverse()] }, .. report.Groups.Skip(1)] }).Should().NotBe(report);
        (report with { Sources = [source with { Aliases = [.. source.Aliases, "Someone Else"] }, .. report.Sources.Skip(1)] }).Should().NotBe(report);
        (report with { Articles = [article with { Regions = [] }, .. report.Articles.Skip(1)] }).Should().NotBe(report, "the first seed has marked regions");
        (report with { Claims = [.. report.Claims.Take(report.Claims.Length - 1)] }).Should().NotBe(report);
    }

    [Test]
    public void Value_arrays_compare_items_and_treat_default_as_empty()
    {
        ValueArray<string> ids = ["c1", "c2"];
        ids.Equals(ValueArray.Create("c1", "c2")).Should().BeTrue();
        ((object)ids).Should().Be(ValueArray.Create("c1", "c2"));
        ids.Equals(ValueArray.Create("c2", "c1")).Should().BeFalse();
        (ids == (ValueArray<string>)ImmutableArray.Create("c1", "c2")).Should().BeTrue();
        ids.GetHashCode().Should().Be(new[] { "c1", "c2" }.ToValueArray().GetHashCode());
        default(ValueArray<string>).Equals(ValueArray<string>.Empty).Should().BeTrue();
        default(ValueArray<string>).Equals(ValueArray.Create<string>()).Should().BeTrue();
        default(ValueArray<string>).Length.Should().Be(0);
        ids.ToString().Should().Be("[c1, c2]");
        ImmutableArray<string> back = ids;
        back.Should().Equal("c1", "c2");
    }

    [Test]
    public void No_public_model_record_holds_a_collection_that_compares_by_reference()
    {
        var types = typeof(ComparisonReport).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "ClaimCompare.Model" || t == typeof(ComparisonResult) || t == typeof(SourceResolution) || t == typeof(NameResolution));
        var offenders = types
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (t, p)))
            .Where(x => x.p.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(x.p.PropertyType)
                && !(x.p.PropertyType.IsGenericType && x.p.PropertyType.GetGenericTypeDefinition() == typeof(ValueArray<>)))
            .Select(x => $"{x.t.Name}.{x.p.Name}: {x.p.PropertyType.Name}")
            .ToList();
        offenders.Should().BeEmpty("records compare their collections by value only through ValueArray<T>");
    }

    [Test]
    public void A_claim_prints_as_a_reader_says_it()
    {
        const string text = "Over 18,000 civilians left the eastern districts, Rudskoy said.";
        var claim = new Claim("c12", "a7", new TextSpan(0, 11), "over 18,000", new Quantity(18000, BoundKind.Lower, "over", 18000, null, 18000, 22500, null, 1000), text, new TextSpan(0, text.Length))
        {
            Subject = "civilians",
            Predicate = "left",
            Attribution = new SourceAttribution(new SourceMention("Rudskoy", new TextSpan(51, 58), SourceKind.Person), "said", new TextSpan(59, 63)),
            SourceId = "s1",
        };
        var report = new ComparisonReport
        {
            Articles = [new Article("a7", null, "Sputnik", null, new DateOnly(2016, 11, 29), text)],
            Sources = [new Source("s1", "Rudskoy", SourceKind.Person)],
            Claims = [claim],
        };

        claim.ToString().Should().Be("c12 \"over 18,000\" civilians left (Rudskoy, a7)");
        report.Describe(claim).Should().Be("c12 \"over 18,000\" civilians left (Rudskoy, Sputnik, 2016-11-29)");
        claim.Quantity.ToString().Should().Be("over 18,000 (lower bound, typically 18,000 to 22,500)");
        (claim with { Attribution = null }).ToString().Should().Be("c12 \"over 18,000\" civilians left (no source, a7)");
        report.ToString().Should().Be("1 article, 1 claim, 0 groups, 0 discrepancies, 0 errors");
    }

    [Test]
    public void Every_part_of_a_real_report_prints_without_type_names()
    {
        var report = Disputed.Value;
        var printed = report.Claims.Select(c => c.ToString())
            .Concat(report.Groups.Select(g => g.ToString()))
            .Concat(report.Discrepancies.Select(d => d.ToString()))
            .Concat(report.Sources.Select(s => s.ToString()))
            .Concat(report.Articles.Select(a => a.ToString()))
            .ToList();
        printed.Should().NotContain(p => p.Contains("Array", StringComparison.Ordinal) || p.Contains("{ ", StringComparison.Ordinal) || p.Contains("ClaimCompare.", StringComparison.Ordinal));

        var group = report.Groups[0];
        group.ToString().Should().StartWith(group.Id + " ").And.Contain(string.Join(", ", group.ClaimIds));
        var discrepancy = report.Discrepancies[0];
        discrepancy.ToString().Should().Contain(discrepancy.Kind.ToString().ToLowerInvariant()).And.Contain(discrepancy.ClaimIds[0]).And.EndWith(discrepancy.Explanation);
        report.Articles[0].ToString().Should().NotContain(report.Articles[0].Text[..40]);
    }

    [Test]
    public void Navigation_leads_from_a_discrepancy_to_its_claims_sources_articles_and_groups()
    {
        var report = Disputed.Value;
        var discrepancy = report.Discrepancies.Should().NotBeEmpty().And.Subject.First();
        var claims = report.ClaimsOf(discrepancy);
        claims.Select(c => c.Id).Should().Equal(discrepancy.ClaimIds);
        report.GroupOf(claims[0])!.Id.Should().Be(discrepancy.GroupId);
        report.DiscrepanciesOf(claims[0]).Should().Contain(discrepancy);
        report.DiscrepanciesOf(report.GroupById(discrepancy.GroupId!)).Should().Contain(discrepancy);
        report.SourcesOf(discrepancy).Select(s => s.Id).Should().Equal(claims.Select(c => c.SourceId).OfType<string>().Distinct());

        foreach (var claim in report.Claims)
        {
            report.ArticleOf(claim).Id.Should().Be(claim.ArticleId);
            report.SourceOf(claim)?.Id.Should().Be(claim.SourceId);
            report.ViaOf(claim)?.Id.Should().Be(claim.ViaId);
            report.ClaimById(claim.Id).Should().BeSameAs(claim);
        }

        foreach (var source in report.Sources)
        {
            var expected = report.Groups.Where(g => g.ClaimIds.Any(id => report.ClaimById(id).SourceId == source.Id));
            report.GroupsOf(source).Should().Equal(expected);
            report.ClaimsOf(source).Should().Equal(report.Claims.Where(c => c.SourceId == source.Id));
        }

        report.Articles.Sum(a => report.ClaimsOf(a).Count).Should().Be(report.Claims.Length);
        report.Groups.SelectMany(g => report.ClaimsOf(g)).Select(c => c.Id).Should().Equal(report.Groups.SelectMany(g => g.ClaimIds));
    }

    [Test]
    public void Looking_up_a_missing_id_names_it()
    {
        var report = Seeds.Value;
        FluentActions.Invoking(() => report.ClaimById("c9999")).Should().Throw<KeyNotFoundException>().WithMessage("*claim 'c9999'*c1 to c*");
        FluentActions.Invoking(() => report.SourceById("nobody")).Should().Throw<KeyNotFoundException>().WithMessage("*source 'nobody'*");
        var stray = report.Claims[0] with { Id = "c1000", SourceId = "s404" };
        FluentActions.Invoking(() => report.SourceOf(stray)).Should().Throw<KeyNotFoundException>().WithMessage("*s404*");
    }

    [Test]
    public void The_stages_called_in_documented_order_give_the_engine_s_report()
    {
        // Exactly the sequence in ClaimExtractor.Extract's documentation and the README.
        var articles = new ArticleReader().ReadAll([TestPaths.Seeds]).Articles;
        var extractor = new ClaimExtractor();
        var finder = new AttributionFinder();
        var claims = articles.SelectMany(a => finder.Attach(a, extractor.Extract(a))).ToList();
        var resolved = new SourceResolver().Resolve(claims, articles.SelectMany(a => AliasesInText.Find(a.Text)));
        var compared = new QuantityComparer().Compare(resolved.Claims, articles, resolved.Sources);

        var engine = Seeds.Value;
        resolved.Claims.Should().Equal(engine.Claims);
        resolved.Sources.Should().Equal(engine.Sources);
        compared.Groups.Should().Equal(engine.Groups);
        compared.Discrepancies.Should().Equal(engine.Discrepancies);
        claims.Should().Contain(c => c.Period != null, "Extract reads time scopes itself");
        claims.Should().Contain(c => c.Place != null, "Extract reads places itself");
    }

    [Test]
    public void Claims_without_ids_are_numbered_by_the_resolver_and_refused_by_the_comparer()
    {
        const string text = "Officials said 40 people were hurt. Medics said 95 people were hurt.";
        var article = new Article("a1", null, null, null, null, text);
        var claims = new ClaimExtractor().Extract(article);
        claims.Should().HaveCountGreaterThan(1).And.OnlyContain(c => c.Id.Length == 0);

        FluentActions.Invoking(() => new QuantityComparer().Compare(claims, [article], []))
            .Should().Throw<ArgumentException>().WithMessage("*index 0*no id*SourceResolver.Resolve*");
        new SourceResolver().Resolve(claims).Claims.Select(c => c.Id).Should().Equal(claims.Select((_, i) => $"c{i + 1}"));

        var mixed = claims.Select((c, i) => i == 0 ? c with { Id = "x" } : c).ToList();
        FluentActions.Invoking(() => new SourceResolver().Resolve(mixed)).Should().Throw<ArgumentException>().WithMessage("*no id*index 1*");
        var twice = claims.Select(c => c with { Id = "c1" }).ToList();
        FluentActions.Invoking(() => new QuantityComparer().Compare(twice, [article], [])).Should().Throw<ArgumentException>().WithMessage("*'c1'*distinct*");
    }
}
