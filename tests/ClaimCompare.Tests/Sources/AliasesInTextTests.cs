using ClaimCompare.Sources;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Sources;

/// <summary>Aliases an article states itself.</summary>
[TestFixture]
public sealed class AliasesInTextTests
{
    [TestCase("Units from Jabhat Fateh al-Sham, formerly known as al-Nusra Front, held the ridge.", "Jabhat Fateh al-Sham", "al-Nusra Front", "formerly known as")]
    [TestCase("the Islamic State, also known as Daesh, said", "Islamic State", "Daesh", "also known as")]
    [TestCase("On Monday the Syrian Observatory for Human Rights (SOHR) counted nine dead.", "Syrian Observatory for Human Rights", "SOHR", "acronym in parentheses")]
    [TestCase("the Syrian Arab Army (SAA) and its allies", "Syrian Arab Army", "SAA", "acronym in parentheses")]
    [TestCase("officials at the MoD (Ministry of Defence) said", "MoD", "Ministry of Defence", "expansion in parentheses")]
    [TestCase("the rebel alliance Jaish al-Fatah (Army of Conquest) launched", "Jaish al-Fatah", "Army of Conquest", "translation in parentheses")]
    [TestCase("Jabhat Fateh al-Sham (formerly al-Nusra Front) fighters", "Jabhat Fateh al-Sham", "al-Nusra Front", "formerly")]
    public void Finds_stated_alias(string text, string name, string alias, string cue)
    {
        var found = AliasesInText.Find(text);

        found.Should().ContainSingle();
        found[0].Name.Should().Be(name);
        found[0].Alias.Should().Be(alias);
        found[0].Cue.Should().Be(cue);
        found[0].NameSpan.Slice(text).Should().Be(name);
        found[0].AliasSpan.Slice(text).Should().Be(alias);
    }

    [TestCase("ALEPPO, Syria (Reuters) - Rebels attacked.")]
    [TestCase("At least 15 people (including 4 children) were killed.")]
    [TestCase("The army (which had retreated) returned.")]
    [TestCase("The Syrian Observatory for Human Rights (UK) said.")]
    [TestCase("He was formerly known as a moderate.")]
    [TestCase("((((((((")]
    [TestCase("")]
    public void Finds_nothing(string text) => AliasesInText.Find(text).Should().BeEmpty();

    [Test]
    public void Long_noisy_text_is_scanned_without_error()
    {
        var text = string.Concat(Enumerable.Repeat("Jaish al-Fatah (Army of Conquest, ( formerly known as , X (", 2000));
        var act = () => AliasesInText.Find(text);
        act.Should().NotThrow();
    }
}
