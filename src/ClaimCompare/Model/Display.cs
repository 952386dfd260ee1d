using System.Globalization;

namespace ClaimCompare.Model;

/// <summary>How the model prints itself in test failures and debuggers: short, invariant, in the reader's words.</summary>
internal static class Display
{
    /// <summary>A figure as a person writes it: "18,000", "0.45", "1,234.5".</summary>
    public static string Number(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);

    /// <summary>A day as "2016-11-29".</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The non-empty parts joined by a space.</summary>
    public static string Words(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>The non-empty parts joined by a comma.</summary>
    public static string List(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>Text cut to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Short(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
