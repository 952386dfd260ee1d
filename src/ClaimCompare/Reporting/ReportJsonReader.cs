using System.Collections.Immutable;
using System.Globalization;
using ClaimCompare.Model;
using ClaimCompare.Text;
using Newtonsoft.Json.Linq;

namespace ClaimCompare.Reporting;

/// <summary>Reads a format-1 report back into the model (article texts are not part of the report).</summary>
internal static class ReportJsonReader
{
    public static ComparisonReport Read(JObject root)
    {
        var counts = root["counts"] as JObject;
        var sentences = Sentences(root);
        return new ComparisonReport
        {
            FormatVersion = (int)root["formatVersion"]!,
            Articles = Items(root, "articles", a => new Article(
                Str(a, "id") ?? throw new FormatException("An article has no id."), Str(a, "path"), Str(a, "outlet"), Str(a, "title"),
                IsoDate.Parse(Str(a, "published")), string.Empty)),
            Sources = Items(root, "sources", s => new Source(Str(s, "id")!, Str(s, "name")!, ParseEnum<SourceKind>(Str(s, "kind")))
            {
                Aliases = StringList(s, "aliases"),
                Affiliation = Str(s, "affiliation"),
                Roles = StringList(s, "roles"),
                PossiblySame = StringList(s, "possiblySame"),
                Merges = Items(s, "merges", m => new MergeReason(Str(m, "alias")!, Str(m, "rule")!, (double?)m["confidence"] ?? 1)),
            }),
            Claims = Items(root, "claims", c => ReadClaim(c, sentences)),
            Groups = Items(root, "groups", g => new ClaimGroup(Str(g, "id")!, StringList(g, "claims"), Str(g, "subject"), Str(g, "predicate"), ReadConsensus(g["consensus"] as JObject))
            {
                Label = Str(g, "label"),
            }),
            Discrepancies = Items(root, "discrepancies", d => new Discrepancy(Str(d, "id")!, ParseEnum<DiscrepancyKind>(Str(d, "kind")), StringList(d, "claims"), (double?)d["severity"] ?? 0, Str(d, "explanation") ?? string.Empty)
            {
                GroupId = Str(d, "group"),
                Positions = d["positions"] is JArray positions
                    ? [.. positions.OfType<JArray>().Select(p => p.Values<string>().OfType<string>().ToValueArray())]
                    : ValueArray<ValueArray<string>>.Empty,
            }),
            Errors = Items(root, "errors", e => new ReadError(Str(e, "path") ?? string.Empty, Str(e, "reason") ?? string.Empty)),
            Warnings = Items(root, "warnings", e => new ReadWarning(Str(e, "path") ?? string.Empty, Str(e, "reason") ?? string.Empty)),
            Counts = counts is null ? null : new ReportCounts((int?)counts["filesRead"] ?? 0, (int?)counts["articlesRead"] ?? 0, (int?)counts["articlesCompared"] ?? 0, (int?)counts["rejected"] ?? 0),
        };
    }

    // The sentence table (report-json.md): id to article offsets and text, written once per sentence.
    private static Dictionary<string, (TextSpan Span, string Text)> Sentences(JObject root)
    {
        var table = new Dictionary<string, (TextSpan, string)>(StringComparer.Ordinal);
        if (root["sentences"] is JArray sentences)
        {
            foreach (var s in sentences.OfType<JObject>())
            {
                if (Str(s, "id") is { } id)
                {
                    table[id] = (new TextSpan((int?)s["start"] ?? 0, (int?)s["end"] ?? 0), Str(s, "text") ?? string.Empty);
                }
            }
        }

        return table;
    }

    private static Claim ReadClaim(JObject c, Dictionary<string, (TextSpan Span, string Text)> sentences)
    {
        var q = c["quantity"] as JObject ?? throw new FormatException($"Claim {Str(c, "id")} has no quantity.");
        var quantity = new Quantity(
            (double?)q["value"] ?? 0, ParseEnum<BoundKind>(Str(q, "bound")), Str(q, "qualifier"), (double?)q["low"], (double?)q["high"],
            (double?)q["typicalLow"] ?? 0, (double?)q["typicalHigh"] ?? 0, Str(q, "unit"), (double?)q["granularity"])
        {
            LowInclusive = !((bool?)q["lowExclusive"] ?? false),
            HighInclusive = !((bool?)q["highExclusive"] ?? false),
            RangeEnd = (double?)q["rangeEnd"],
        };
        var span = new TextSpan((int?)c["start"] ?? 0, (int?)c["end"] ?? 0);
        var period = c["period"] as JObject;
        var cue = Str(c, "cue");
        var sourceText = Str(c, "sourceText");
        // A claim names its sentence by id; a report written to the plain contract carries the text itself.
        var (sentenceSpan, sentence) = Str(c, "sentenceId") is { } sid
            ? sentences.TryGetValue(sid, out var found) ? found : throw new FormatException($"Claim {Str(c, "id")} names sentence {sid}, which the report does not list.")
            : (default(TextSpan), Str(c, "sentence") ?? string.Empty);
        return new Claim(Str(c, "id")!, Str(c, "article")!, span, Str(c, "surface") ?? string.Empty, quantity, sentence, sentenceSpan)
        {
            Subject = Str(c, "subject"),
            Predicate = Str(c, "predicate"),
            Concept = Str(c, "concept"),
            Trend = Str(c, "trend") switch { "up" => Trend.Up, "down" => Trend.Down, _ => null },
            SourceId = Str(c, "source"),
            ViaId = Str(c, "via"),
            Attribution = sourceText is not null && cue is not null
                ? new SourceAttribution(new SourceMention(sourceText, default, SourceKind.Organization) { Surface = sourceText }, cue, default)
                {
                    Basis = Str(c, "sourceBasis") switch { "carried" => AttributionBasis.Carried, "quotation" => AttributionBasis.Quotation, _ => AttributionBasis.Cue },
                    CueSentence = (int?)c["cueSentence"] ?? 0,
                }
                : null,
            Period = period is null ? null : new TimeScope(
                IsoDate.Parse(Str(period, "start")), IsoDate.Parse(Str(period, "end")), Str(period, "text"), (bool?)period["cumulative"] ?? false),
            Place = Str(c, "place"),
            ArticlePlace = Str(c, "articlePlace"),
            Extent = Str(c, "extent"),
            Part = c["part"] is JObject part ? new ClaimPart(Str(part, "kind") ?? string.Empty, Str(part, "cue") ?? string.Empty) { Total = (double?)part["total"] } : null,
            IncidentDay = Str(c, "incidentDay"),
            Event = Str(c, "event"),
            CutOff = (bool?)c["cutOff"] ?? false,
            AttackerDied = (bool?)c["attackerDied"] ?? false,
            Region = Str(c, "region") is { } region ? ParseEnum<RegionKind>(region) : RegionKind.Body,
            Confidence = (double?)c["confidence"] ?? 1,
        };
    }

    private static Consensus? ReadConsensus(JObject? c) => c is null ? null : new Consensus((double?)c["low"] ?? 0, (double?)c["high"] ?? 0, (double?)c["median"] ?? 0)
    {
        Min = (double?)c["min"],
        Max = (double?)c["max"],
        Conservative = (double?)c["conservative"],
        Policy = Str(c, "policy"),
    };

    private static ImmutableArray<T> Items<T>(JObject parent, string name, Func<JObject, T> read) =>
        parent[name] is JArray array ? [.. array.OfType<JObject>().Select(read)] : ImmutableArray<T>.Empty;

    private static ImmutableArray<string> StringList(JObject parent, string name) =>
        parent[name] is JArray array ? [.. array.Select(t => (string?)t).OfType<string>()] : ImmutableArray<string>.Empty;

    private static string? Str(JObject o, string name) => o[name] is { Type: not JTokenType.Null } t ? Convert.ToString(((JValue)t).Value, CultureInfo.InvariantCulture) : null;

    private static T ParseEnum<T>(string? name)
        where T : struct, Enum =>
        name is not null && Enum.TryParse<T>(name, ignoreCase: true, out var value) ? value : default;
}
