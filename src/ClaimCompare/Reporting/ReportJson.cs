using System.Collections.Immutable;
using System.Globalization;
using ClaimCompare.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCompare.Reporting;

/// <summary>
/// Writes and reads the JSON report, format version 1 (docs/report-format.md). Output is deterministic:
/// the same report always gives the same bytes (invariant culture, fixed field order, "\n" line ends).
/// </summary>
public static class ReportJson
{
    /// <summary>Serialises the report as indented JSON.</summary>
    /// <example>
    /// <code>
    /// File.WriteAllText("report.json", ReportJson.Write(report));
    /// var again = ReportJson.Read(File.ReadAllText("report.json"));   // the same report, minus article texts
    /// </code>
    /// </example>
    public static string Write(ComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(report, writer);
        return writer.ToString();
    }

    /// <summary>Serialises the report as indented JSON to <paramref name="output"/>.</summary>
    public static void Write(ComparisonReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false, Culture = CultureInfo.InvariantCulture };
        new ReportJsonWriter(json).WriteReport(report);
        json.Flush();
        output.Write('\n');
    }

    /// <summary>Reads a report written by <see cref="Write(ComparisonReport)"/> (or by another tool following the contract).</summary>
    /// <exception cref="FormatException">The JSON is not a format-1 report.</exception>
    public static ComparisonReport Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JObject root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { MaxDepth = 64, DateParseHandling = DateParseHandling.None };
            root = JObject.Load(reader);
        }
        catch (JsonException ex)
        {
            throw new FormatException("Not a valid JSON report: " + ex.Message, ex);
        }

        var version = (int?)root["formatVersion"] ?? throw new FormatException("Not a ClaimCompare report: no formatVersion.");
        if (version != ComparisonReport.CurrentFormatVersion)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Unsupported report formatVersion {version}; this library reads version {ComparisonReport.CurrentFormatVersion}."));
        }

        return ReportJsonReader.Read(root);
    }

    /// <summary>The contract's name for a bound kind (<c>exact</c>, <c>approx</c>, <c>lower</c>, <c>upper</c>, <c>range</c>, <c>vague</c>).</summary>
    public static string BoundName(BoundKind kind) => kind switch
    {
        BoundKind.Exact => "exact",
        BoundKind.Approx => "approx",
        BoundKind.Lower => "lower",
        BoundKind.Upper => "upper",
        BoundKind.Range => "range",
        _ => "vague",
    };

    internal static string KindName(SourceKind kind) => kind switch
    {
        SourceKind.Person => "person",
        SourceKind.Official => "official",
        SourceKind.Monitor => "monitor",
        SourceKind.Outlet => "outlet",
        SourceKind.Anonymous => "anonymous",
        SourceKind.Document => "document",
        _ => "organization",
    };

    internal static string KindName(DiscrepancyKind kind) => kind switch
    {
        DiscrepancyKind.Figure => "figure",
        DiscrepancyKind.Attribution => "attribution",
        DiscrepancyKind.Update => "update",
        _ => "internal",
    };

    internal static string KindName(RegionKind kind) => kind.ToString().ToLowerInvariant();
}
