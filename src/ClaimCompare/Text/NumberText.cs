using System.Globalization;

namespace ClaimCompare.Text;

/// <summary>
/// How a figure is written in explanations and reports: thousands separated from 100 up ("1,250"), at most two
/// decimals below ("2.5", "0.33"), invariant culture. One place so that an explanation and the table beside it agree.
/// </summary>
internal static class NumberText
{
    /// <summary>Writes <paramref name="value"/> as explanations and reports show figures.</summary>
    public static string Format(double value) =>
        value.ToString(Math.Abs(value) >= 100 ? "#,0" : "0.##", CultureInfo.InvariantCulture);
}
