using ClaimCompare.Model;
using ClaimCompare.Sources;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Sources;

/// <summary>Random and hostile text never makes the source stage throw, and the same input gives the same output.</summary>
[TestFixture]
public sealed class RobustnessTests
{
    private const string Alphabet = "aeiouyAEIOUbcdfghjklmnpqrstvwxzBCDFGHKLMNPRSTZ -'’.,()&ïéçñşÆ\u0301\n\t0123456789";

    private static readonly string[] Pieces =
    [
        "al-", "the ", "Lt. Gen. ", ", formerly known as ", " (", ")", "Ministry of ", "Syrian ", "Observatory ", "SOHR",
        "'s ", "so-called ", "Head of operations in the ", "Minister ", "sources", ", also known as ", "of ", "UK-based ",
    ];

    private static IEnumerable<string> RandomTexts()
    {
        var random = new Random(20161028);
        for (var i = 0; i < 300; i++)
        {
            var length = random.Next(0, 60);
            var chars = new char[length];
            for (var k = 0; k < length; k++)
            {
                chars[k] = Alphabet[random.Next(Alphabet.Length)];
            }

            var text = new string(chars);
            for (var k = random.Next(0, 6); k > 0; k--)
            {
                text = text.Insert(random.Next(0, text.Length + 1), Pieces[random.Next(Pieces.Length)]);
            }

            yield return text;
        }
    }

    [Test]
    public void Random_names_and_texts_never_throw()
    {
        var texts = RandomTexts().ToList();
        foreach (var text in texts)
        {
            var act = () =>
            {
                _ = NameText.Normalize(text);
                _ = NameKey.Of(text);
                _ = PhoneticKey.OfName(text);
                _ = TitleParser.Parse(text);
                _ = AliasesInText.Find(text);
            };
            act.Should().NotThrow(text);
        }

        var kinds = Enum.GetValues<SourceKind>();
        var mentions = texts.Select((t, i) => new ArticleMention("a" + (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture),
            new SourceMention(t, default, kinds[i % kinds.Length], i % 3 == 0 ? t : null) { Affiliation = i % 5 == 0 ? t : null, Surface = t })).ToList();
        var stated = texts.SelectMany(t => AliasesInText.Find(t)).ToList();
        var resolver = new SourceResolver();

        var first = resolver.ResolveMentions(mentions, stated);
        var second = resolver.ResolveMentions(mentions, stated);

        first.SourceIds.Should().HaveCount(mentions.Count).And.Equal(second.SourceIds);
        first.Sources.Select(s => s.Id).Should().Equal(Enumerable.Range(1, first.Sources.Length).Select(i => "s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        first.Sources.Should().OnlyContain(s => s.Affiliation != s.Id && !s.PossiblySame.Contains(s.Id));
    }

    [Test]
    public void Very_long_names_are_handled()
    {
        var longWord = new string('a', 20_000);
        var longName = string.Join(' ', Enumerable.Repeat("Head of the Army", 2_000));
        var mentions = new List<ArticleMention>
        {
            new("a", new SourceMention(longWord, default, SourceKind.Person)),
            new("b", new SourceMention(longWord + "b", default, SourceKind.Person)),
            new("a", new SourceMention(longName, default, SourceKind.Person)),
            new("b", new SourceMention(longName + " Staff", default, SourceKind.Official)),
        };

        var act = () => new SourceResolver().ResolveMentions(mentions);
        act.Should().NotThrow();
        act().SourceIds.Should().HaveCount(4);
    }
}
