using ClaimCompare.Attribution;
using ClaimCompare.Model;
using FluentAssertions;

namespace ClaimCompare.Tests.Attribution;

/// <summary>Runs the attribution finder over a sentence written for a test.</summary>
internal static class AttributionProbe
{
    private static readonly AttributionFinder Finder = new();

    public static Article Make(string text) => new("t", null, null, null, null, text);

    /// <summary>Every attribution the finder sees in the text.</summary>
    public static IReadOnlyList<SourceAttribution> Find(string text) => Finder.Find(Make(text));

    /// <summary>The one attribution whose cue is written <paramref name="cue"/>; fails the test when there is none or more.</summary>
    public static SourceAttribution WithCue(string text, string cue)
    {
        var found = Find(text).Where(a => a.Cue == cue).ToList();
        found.Should().ContainSingle($"'{cue}' is a cue in: {text}");
        return found[0];
    }

    /// <summary>The attribution credited to a claim on <paramref name="figure"/> (its first occurrence), or null.</summary>
    public static SourceAttribution? At(string text, string figure)
    {
        var start = text.IndexOf(figure, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "the test sentence must contain the figure");
        var claim = new Claim("c1", "t", new TextSpan(start, start + figure.Length), figure, Quantity.Exactly(1), text, new TextSpan(0, text.Length));
        return Finder.Attach(Make(text), [claim]).Single().Attribution;
    }
}
