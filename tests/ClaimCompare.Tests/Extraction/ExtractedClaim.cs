using ClaimCompare.Extraction;
using ClaimCompare.Model;
using FluentAssertions;

namespace ClaimCompare.Tests.Extraction;

/// <summary>Extracts a sentence written for a test: every claim, their surfaces, or the one claim with a given surface.</summary>
internal static class ExtractedClaim
{
    private static readonly ClaimExtractor Default = new();

    public static IReadOnlyList<Claim> All(string text) => Default.Extract(new Article("t", null, null, null, null, text));

    public static List<string> Surfaces(string text) => All(text).Select(c => c.Surface).ToList();

    public static Claim Only(string text, string surface, ClaimExtractor? extractor = null)
    {
        var claims = (extractor ?? Default).Extract(new Article("t", null, null, null, null, text));
        var match = claims.Where(c => c.Surface == surface).ToList();
        match.Should().ContainSingle("\"{0}\" should be read in \"{1}\"; found: {2}", surface, text, string.Join(" | ", claims.Select(c => c.Surface)));
        return match[0];
    }
}
