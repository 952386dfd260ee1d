using System.Globalization;
using ClaimCompare.Model;
using Newtonsoft.Json;

namespace ClaimCompare.Reporting;

/// <summary>Writes the report's fields in the contract's order.</summary>
internal sealed class ReportJsonWriter(JsonWriter w)
{
    public void WriteReport(ComparisonReport report)
    {
        w.WriteStartObject();
        w.WritePropertyName("formatVersion");
        w.WriteValue(report.FormatVersion);
        if (report.Counts is { } counts)
        {
            w.WritePropertyName("counts");
            w.WriteStartObject();
            Int("filesRead", counts.FilesRead);
            Int("articlesRead", counts.ArticlesRead);
            Int("articlesCompared", counts.ArticlesCompared);
            Int("rejected", counts.Rejected);
            w.WriteEndObject();
        }

        Array("articles", report.Articles, a => OneLine(x => x.WriteArticle(a)));
        Array("sources", report.Sources, s => OneLine(x => x.WriteSource(s)));

        // Each sentence is written once and claims point at it: three figures in one sentence do not carry three copies.
        var sentences = new Dictionary<(string, int, int, string), string>();
        var sentenceOf = new string[report.Claims.Length];
        var table = new List<Claim>();
        for (var i = 0; i < report.Claims.Length; i++)
        {
            var c = report.Claims[i];
            var key = (c.ArticleId, c.SentenceSpan.Start, c.SentenceSpan.End, c.Sentence);
            if (!sentences.TryGetValue(key, out var id))
            {
                sentences[key] = id = string.Create(CultureInfo.InvariantCulture, $"t{sentences.Count + 1}");
                table.Add(c);
            }

            sentenceOf[i] = id;
        }

        var n = 0;
        Array("sentences", table, c => OneLine(x => x.WriteSentence(string.Create(CultureInfo.InvariantCulture, $"t{++n}"), c)));
        var k = 0;
        Array("claims", report.Claims, c => OneLine(x => x.WriteClaim(c, sentenceOf[k++])));
        Array("groups", report.Groups, g => OneLine(x => x.WriteGroup(g)));
        Array("discrepancies", report.Discrepancies, d => OneLine(x => x.WriteDiscrepancy(d)));
        Array("errors", report.Errors, e =>
        {
            w.WriteStartObject();
            Str("path", e.Path);
            Str("reason", e.Reason);
            w.WriteEndObject();
        });
        Array("warnings", report.Warnings, e =>
        {
            w.WriteStartObject();
            Str("path", e.Path);
            Str("reason", e.Reason);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }

    private void WriteArticle(Article a)
    {
        w.WriteStartObject();
        Str("id", a.Id);
        Str("path", a.Path?.Replace('\\', '/'));
        Str("outlet", a.Outlet);
        Str("title", a.Title);
        Str("published", a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }

    private void WriteSource(Source s)
    {
        w.WriteStartObject();
        Str("id", s.Id);
        Str("name", s.Name);
        Str("kind", ReportJson.KindName(s.Kind));
        Strings("aliases", s.Aliases);
        Str("affiliation", s.Affiliation);
        if (!s.Roles.IsDefaultOrEmpty)
        {
            Strings("roles", s.Roles);
        }

        if (!s.Merges.IsDefaultOrEmpty)
        {
            Array("merges", s.Merges, m =>
            {
                w.WriteStartObject();
                Str("alias", m.Alias);
                Str("rule", m.Rule);
                Num("confidence", m.Confidence);
                w.WriteEndObject();
            });
        }

        if (!s.PossiblySame.IsDefaultOrEmpty)
        {
            Strings("possiblySame", s.PossiblySame);
        }

        w.WriteEndObject();
    }

    private void WriteSentence(string id, Claim c)
    {
        w.WriteStartObject();
        Str("id", id);
        Str("article", c.ArticleId);
        Int("start", c.SentenceSpan.Start);
        Int("end", c.SentenceSpan.End);
        Str("text", c.Sentence);
        w.WriteEndObject();
    }

    private void WriteClaim(Claim c, string sentenceId)
    {
        w.WriteStartObject();
        Str("id", c.Id);
        Str("article", c.ArticleId);
        Int("start", c.Span.Start);
        Int("end", c.Span.End);
        Str("surface", c.Surface);
        w.WritePropertyName("quantity");
        var q = c.Quantity;
        w.WriteStartObject();
        Num("value", q.Value);
        Str("bound", ReportJson.BoundName(q.Bound));
        Str("qualifier", q.Qualifier);
        Num("low", q.Low);
        Num("high", q.High);
        Num("typicalLow", q.TypicalLow);
        Num("typicalHigh", q.TypicalHigh);
        Str("unit", q.Unit);
        if (!q.LowInclusive)
        {
            Bool("lowExclusive", true);
        }

        if (!q.HighInclusive)
        {
            Bool("highExclusive", true);
        }

        if (q.RangeEnd is { } rangeEnd)
        {
            Num("rangeEnd", rangeEnd);
        }

        if (q.Granularity is { } g)
        {
            Num("granularity", g);
        }

        w.WriteEndObject();
        Str("subject", c.Subject);
        Str("predicate", c.Predicate);
        Str("concept", c.Concept);
        Str("trend", c.Trend switch { Trend.Up => "up", Trend.Down => "down", _ => null });
        Str("source", c.SourceId);
        Str("cue", c.Attribution?.Cue);
        Str("via", c.ViaId);
        if (c.Attribution is { } attribution)
        {
            Str("sourceText", attribution.Source.Surface ?? attribution.Source.Name);

            // How the source was found, written only when the cue is not in the claim's own sentence (the usual case
            // stays as the contract has it): "carried" from the passage that sentence cueSentence opened, or "quotation".
            if (attribution.Basis != AttributionBasis.Cue)
            {
                Str("sourceBasis", attribution.Basis == AttributionBasis.Carried ? "carried" : "quotation");
                if (attribution.CueSentence > 0)
                {
                    Num("cueSentence", attribution.CueSentence);
                }
            }
        }

        if (c.Period is { } period)
        {
            w.WritePropertyName("period");
            w.WriteStartObject();
            Str("start", period.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Str("end", period.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Str("text", period.Text);
            Bool("cumulative", period.Cumulative);
            w.WriteEndObject();
        }

        Str("place", c.Place);
        Str("articlePlace", c.ArticlePlace);
        Str("extent", c.Extent);
        if (c.Part is { } part)
        {
            w.WritePropertyName("part");
            w.WriteStartObject();
            Str("kind", part.Kind);
            Str("cue", part.Cue);
            if (part.Total is { } total)
            {
                Num("total", total);
            }

            w.WriteEndObject();
        }

        // What else comparison reads when it decides whether two figures are one quantity of one event, written only
        // when set so that a reader of the report can replay the decision (and the common case adds no bytes).
        if (c.IncidentDay is { } day)
        {
            Str("incidentDay", day);
        }

        if (c.Event is { } eventClass)
        {
            Str("event", eventClass);
        }

        if (c.CutOff)
        {
            Bool("cutOff", true);
        }

        if (c.AttackerDied)
        {
            Bool("attackerDied", true);
        }

        if (c.Region != RegionKind.Body)
        {
            Str("region", ReportJson.KindName(c.Region));
        }

        Str("sentenceId", sentenceId);
        Num("confidence", Math.Round(c.Confidence, 3));
        w.WriteEndObject();
    }

    private void WriteGroup(ClaimGroup g)
    {
        w.WriteStartObject();
        Str("id", g.Id);
        Strings("claims", g.ClaimIds);
        Str("subject", g.Subject);
        Str("predicate", g.Predicate);
        if (g.Label is not null)
        {
            Str("label", g.Label);
        }

        w.WritePropertyName("consensus");
        if (g.Consensus is { } c)
        {
            w.WriteStartObject();
            Num("low", c.Low);
            Num("high", c.High);
            Num("median", c.Median);
            Num("min", c.Min);
            Num("max", c.Max);
            Num("conservative", c.Conservative);
            Str("policy", c.Policy);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull();
        }

        w.WriteEndObject();
    }

    private void WriteDiscrepancy(Discrepancy d)
    {
        w.WriteStartObject();
        Str("id", d.Id);
        Str("kind", ReportJson.KindName(d.Kind));
        Strings("claims", d.ClaimIds);
        Num("severity", Math.Round(d.Severity, 3));
        Str("explanation", d.Explanation);
        if (d.GroupId is not null)
        {
            Str("group", d.GroupId);
        }

        if (!d.Positions.IsDefaultOrEmpty)
        {
            Array("positions", d.Positions, position =>
            {
                w.WriteStartArray();
                foreach (var id in position)
                {
                    w.WriteValue(id);
                }

                w.WriteEndArray();
            });
        }

        w.WriteEndObject();
    }

    // A record per line: the report stays readable line by line and grows by the record, not by its indentation.
    private void OneLine(Action<ReportJsonWriter> write)
    {
        var buffer = new StringWriter(CultureInfo.InvariantCulture);
        using (var line = new JsonTextWriter(buffer) { Formatting = Formatting.None, Culture = CultureInfo.InvariantCulture })
        {
            write(new ReportJsonWriter(line));
        }

        w.WriteRawValue(buffer.ToString());
    }

    private void Array<T>(string name, IEnumerable<T> items, Action<T> write)
    {
        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var item in items)
        {
            write(item);
        }

        w.WriteEndArray();
    }

    private void Strings(string name, IEnumerable<string> items) => Array(name, items, w.WriteValue);

    private void Str(string name, string? value)
    {
        w.WritePropertyName(name);
        w.WriteValue(value);
    }

    private void Int(string name, int value)
    {
        w.WritePropertyName(name);
        w.WriteValue(value);
    }

    private void Bool(string name, bool value)
    {
        w.WritePropertyName(name);
        w.WriteValue(value);
    }

    private void Num(string name, double? value)
    {
        w.WritePropertyName(name);
        if (value is not { } v || double.IsNaN(v))
        {
            w.WriteNull();
        }
        else if (double.IsInfinity(v))
        {
            // JSON has no infinity: an open end is null, and the strict bounds already say so.
            w.WriteNull();
        }
        else if (Math.Abs(v) < 1e15 && v == Math.Floor(v))
        {
            w.WriteValue((long)v);
        }
        else
        {
            w.WriteRawValue(v.ToString("R", CultureInfo.InvariantCulture));
        }
    }
}
