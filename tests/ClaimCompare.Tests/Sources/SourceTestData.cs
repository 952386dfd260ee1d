using ClaimCompare.Model;
using ClaimCompare.Sources;

namespace ClaimCompare.Tests.Sources;

/// <summary>Builds mentions and claims for the source tests.</summary>
internal static class SourceTestData
{
    public static SourceMention Mention(string name, SourceKind kind = SourceKind.Organization, string? surface = null) =>
        new(name, new TextSpan(0, name.Length), kind) { Surface = surface };

    public static ArticleMention In(string article, string name, SourceKind kind = SourceKind.Organization) =>
        new(article, Mention(name, kind));

    public static Claim ClaimFrom(string article, int n, SourceMention source, SourceMention? via = null) =>
        new($"c{n}", article, new TextSpan(0, 2), "10", Quantity.Exactly(10), "10 were killed.", new TextSpan(0, 15))
        {
            Attribution = new SourceAttribution(source, "said", new TextSpan(0, 4), via),
        };

    public static SourceKind Kind(string code) => code switch
    {
        "P" => SourceKind.Person,
        "M" => SourceKind.Monitor,
        "F" => SourceKind.Official,
        "U" => SourceKind.Outlet,
        "A" => SourceKind.Anonymous,
        _ => SourceKind.Organization,
    };
}
