using System.Collections.Immutable;
using ClaimCompare.Model;
using ClaimCompare.Reporting;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace ClaimCompare.Tests.Reporting;

[TestFixture]
public sealed class ReportJsonTests
{
    private static ComparisonReport Sample()
    {
        var quantity = new Quantity(18000, BoundKind.Lower, "over", 18000, null, 18000, 19999, null, 1000) { LowInclusive = false };
        var mention = new SourceMention("Sergey Rudskoy", new TextSpan(10, 24), SourceKind.Person, "General") { Surface = "General Sergey Rudskoy" };
        var claim = new Claim("c1", "002", new TextSpan(40, 51), "over 18,000", quantity, "Rudskoy told Sputnik that over 18,000 civilians left.", new TextSpan(0, 60))
        {
            Subject = "civilians",
            Predicate = "left",
            SourceId = "s1",
            ViaId = "s2",
            Attribution = new SourceAttribution(mention, "told", new TextSpan(25, 29)),
            Period = new TimeScope(new DateOnly(2016, 11, 26), new DateOnly(2016, 11, 28), "in past 72 hours"),
            Confidence = 0.92,
        };
        return new ComparisonReport
        {
            Articles = [new Article("002", "seeds/002.txt", "Islamic Invitation Turkey", "16 Districts", null, "text")],
            Sources =
            [
                new Source("s1", "Sergey Rudskoy", SourceKind.Person) { Aliases = ["Sergei Rudskoi", "Rudskoy"], Affiliation = "s3", Merges = [new MergeReason("Sergei Rudskoi", "transliteration key", 0.95)] },
                new Source("s2", "Sputnik", SourceKind.Outlet),
            ],
            Claims = [claim],
            Groups = [new ClaimGroup("g1", ["c1"], "civilians", "left", new Consensus(18000, 19999, 18000) { Min = 18000, Max = 18000, Policy = "typical" })],
            Discrepancies = [new Discrepancy("d1", DiscrepancyKind.Figure, ["c1", "c1"], 0.8, "Rudskoy says over 18,000.") { GroupId = "g1" }],
            Errors = [new ReadError("inbox/broken.json", "not valid JSON")],
            Counts = new ReportCounts(2, 1, 1, 1),
        };
    }

    [Test]
    public void Writes_the_contract_fields()
    {
        var json = JObject.Parse(ReportJson.Write(Sample()));
        json["formatVersion"]!.Value<int>().Should().Be(1);
        var claim = json["claims"]![0]!;
        claim["surface"]!.Value<string>().Should().Be("over 18,000");
        claim["start"]!.Value<int>().Should().Be(40);
        claim["quantity"]!["bound"]!.Value<string>().Should().Be("lower");
        claim["quantity"]!["high"]!.Type.Should().Be(JTokenType.Null);
        claim["quantity"]!["value"]!.Type.Should().Be(JTokenType.Integer);
        claim["source"]!.Value<string>().Should().Be("s1");
        claim["via"]!.Value<string>().Should().Be("s2");
        claim["cue"]!.Value<string>().Should().Be("told");
        json["articles"]![0]!["published"]!.Type.Should().Be(JTokenType.Null);
        json["sources"]![0]!["aliases"]!.Values<string>().Should().Equal("Sergei Rudskoi", "Rudskoy");
        json["discrepancies"]![0]!["kind"]!.Value<string>().Should().Be("figure");
        json["errors"]![0]!["path"]!.Value<string>().Should().Be("inbox/broken.json");
    }

    [Test]
    public void Round_trips_through_the_reader()
    {
        var original = Sample();
        var json = ReportJson.Write(original);
        var back = ReportJson.Read(json);
        ReportJson.Write(back).Should().Be(json);
        back.Claims.Single().Quantity.Should().Be(original.Claims.Single().Quantity);
        back.Sources.Should().BeEquivalentTo(original.Sources);
    }

    [Test]
    public void Claims_of_one_sentence_share_one_sentence_entry_and_read_back_with_it()
    {
        var sample = Sample();
        var first = sample.Claims[0];
        var second = first with { Id = "c2", Span = new TextSpan(52, 55), Surface = "two" };
        var other = first with { Id = "c3", Sentence = "Another sentence with 5 figures.", SentenceSpan = new TextSpan(61, 93), Span = new TextSpan(83, 84), Surface = "5" };
        var report = sample with { Claims = [first, second, other] };

        var json = JObject.Parse(ReportJson.Write(report));
        json["sentences"]!.Should().HaveCount(2);
        json["sentences"]![0]!["text"]!.Value<string>().Should().Be(first.Sentence);
        json["claims"]!.Select(c => c["sentenceId"]!.Value<string>()).Should().Equal("t1", "t1", "t2");
        json["claims"]!.Should().OnlyContain(c => c["sentence"] == null, "the text is written once, in the sentence table");

        var back = ReportJson.Read(json.ToString());
        back.Claims.Select(c => (c.Sentence, c.SentenceSpan)).Should().Equal(report.Claims.Select(c => (c.Sentence, c.SentenceSpan)));
    }

    [Test]
    public void A_source_carried_from_an_earlier_sentence_says_so_and_reads_back()
    {
        var sample = Sample();
        var first = sample.Claims[0];
        first.Attribution.Should().NotBeNull("the sample claim has a source");
        var carried = first with { Attribution = first.Attribution! with { Basis = AttributionBasis.Carried, CueSentence = 3 } };
        var report = sample with { Claims = [carried] };

        var json = JObject.Parse(ReportJson.Write(report));
        json["claims"]![0]!["sourceBasis"]!.Value<string>().Should().Be("carried");
        json["claims"]![0]!["cueSentence"]!.Value<int>().Should().Be(3);
        var back = ReportJson.Read(json.ToString()).Claims.Single().Attribution!;
        (back.Basis, back.CueSentence).Should().Be((AttributionBasis.Carried, 3));

        var plain = JObject.Parse(ReportJson.Write(sample));
        plain["claims"]![0]!["sourceBasis"].Should().BeNull("a cue in the claim's own sentence is the contract's usual case");
    }

    [Test]
    public void Part_extent_and_article_place_are_written_and_read_back()
    {
        var sample = Sample();
        var first = sample.Claims[0] with
        {
            Part = new ClaimPart(ClaimPart.Condition, "in critical condition") { Total = 5 },
            Extent = "city/year",
            ArticlePlace = "Millbrook",
        };
        var json = JObject.Parse(ReportJson.Write(sample with { Claims = [first] }));
        var claim = json["claims"]![0]!;
        claim["part"]!["kind"]!.Value<string>().Should().Be("condition");
        claim["part"]!["total"]!.Value<double>().Should().Be(5);
        claim["extent"]!.Value<string>().Should().Be("city/year");
        claim["articlePlace"]!.Value<string>().Should().Be("Millbrook");

        var back = ReportJson.Read(json.ToString()).Claims.Single();
        (back.Part, back.Extent, back.ArticlePlace).Should().Be((first.Part, "city/year", "Millbrook"));

        var plain = JObject.Parse(ReportJson.Write(sample));
        plain["claims"]![0]!["part"].Should().BeNull("a whole count writes no part");
    }

    [Test]
    public void Incident_day_event_and_cut_off_are_written_when_set_and_read_back()
    {
        var sample = Sample();
        var first = sample.Claims[0] with { IncidentDay = "friday late", Event = "killed", CutOff = true, AttackerDied = true };
        var json = JObject.Parse(ReportJson.Write(sample with { Claims = [first] }));
        var claim = json["claims"]![0]!;
        claim["incidentDay"]!.Value<string>().Should().Be("friday late");
        claim["event"]!.Value<string>().Should().Be("killed");
        claim["cutOff"]!.Value<bool>().Should().BeTrue();
        claim["attackerDied"]!.Value<bool>().Should().BeTrue();

        var back = ReportJson.Read(json.ToString()).Claims.Single();
        (back.IncidentDay, back.Event, back.CutOff, back.AttackerDied).Should().Be(("friday late", "killed", true, true));

        var plain = JObject.Parse(ReportJson.Write(sample with { Claims = [sample.Claims[0] with { IncidentDay = null, Event = null, CutOff = false }] }));
        plain["claims"]![0]!["incidentDay"].Should().BeNull("an unset field is not written");
        plain["claims"]![0]!["event"].Should().BeNull();
        plain["claims"]![0]!["cutOff"].Should().BeNull();
        plain["claims"]![0]!["attackerDied"].Should().BeNull();
    }

    [Test]
    public void A_claim_naming_a_sentence_the_report_does_not_list_is_a_format_error()
    {
        var json = JObject.Parse(ReportJson.Write(Sample()));
        json["claims"]![0]!["sentenceId"] = "t99";
        var read = () => ReportJson.Read(json.ToString());
        read.Should().Throw<FormatException>().WithMessage("*c1*t99*");
    }

    [Test]
    public void A_report_with_the_sentence_text_on_each_claim_is_still_read()
    {
        var json = JObject.Parse(ReportJson.Write(Sample()));
        json.Remove("sentences");
        var claim = (JObject)json["claims"]![0]!;
        claim.Remove("sentenceId");
        claim["sentence"] = "Written inline by another tool.";
        ReportJson.Read(json.ToString()).Claims.Single().Sentence.Should().Be("Written inline by another tool.");
    }

    [Test]
    public void Output_is_byte_identical_across_runs()
    {
        ReportJson.Write(Sample()).Should().Be(ReportJson.Write(Sample()));
    }

    [TestCase("{}", "no formatVersion")]
    [TestCase("{\"formatVersion\": 2}", "Unsupported report formatVersion 2")]
    [TestCase("not json", "Not a valid JSON report")]
    public void Reader_rejects_what_is_not_a_format_1_report(string json, string message)
    {
        var act = () => ReportJson.Read(json);
        act.Should().Throw<FormatException>().WithMessage("*" + message + "*");
    }

    [Test]
    public void Empty_report_is_valid()
    {
        var json = JObject.Parse(ReportJson.Write(new ComparisonReport()));
        foreach (var field in new[] { "articles", "sources", "claims", "groups", "discrepancies", "errors" })
        {
            json[field].Should().BeOfType<JArray>();
        }

        ImmutableArray<Claim> claims = ReportJson.Read(json.ToString()).Claims;
        claims.Should().BeEmpty();
    }
}
