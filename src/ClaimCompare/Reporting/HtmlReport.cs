using System.Net;
using System.Text;
using ClaimCompare.Model;

namespace ClaimCompare.Reporting;

/// <summary>A self-contained HTML report (no scripts or assets from elsewhere).</summary>
public static class HtmlReport
{
    /// <summary>Renders the report as one HTML page.</summary>
    public static string Write(ComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ClaimCompare report</title></head><body>\n<h1>ClaimCompare report</h1>\n");
        sb.Append("<pre>").Append(WebUtility.HtmlEncode(TableReport.Write(report, 120))).Append("</pre>\n</body></html>\n");
        return sb.ToString();
    }
}
