using ClaimCompare.Sources;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Sources;

/// <summary>Normalisation, the transliteration key and Jaro-Winkler.</summary>
[TestFixture]
public sealed class NameKeyTests
{
    [TestCase("The Syrian Observatory for Human Rights", "syrian observatory for human rights")]
    [TestCase("the so-called Syrian Observatory", "syrian observatory")]
    [TestCase("UK-based Syrian Observatory", "syrian observatory")]
    [TestCase("Russia's Defence Ministry", "russia defence ministry")]
    [TestCase("Russia’s Defence Ministry", "russia defence ministry")]
    [TestCase("Sergueï Rudskoï", "serguei rudskoi")]
    [TestCase("Abdullah al-Moheisini", "abdullah moheisini")]
    [TestCase("Ahrar ash-Sham", "ahrar sham")]
    [TestCase("Rami Abdel-Rahman", "rami abdel rahman")]
    [TestCase("Ma'arat al-Numan", "maarat numan")]
    [TestCase("  ", "")]
    [TestCase("The", "the")]
    public void Normalize(string name, string expected) => NameText.Normalize(name).Should().Be(expected);

    [TestCase("Rudskoi", "Rudskoy")]
    [TestCase("Rudskoy", "Rudskiy")]
    [TestCase("Sergei", "Sergey")]
    [TestCase("Sergej", "Sergey")]
    [TestCase("Serguei", "Sergei")]
    [TestCase("Muhaysini", "Moheisini")]
    [TestCase("Jaish", "Jeish")]
    [TestCase("Fatah", "Fateh")]
    [TestCase("Muhammad", "Mohammed")]
    [TestCase("Khaled", "Haled")]
    [TestCase("Qasem", "Kasem")]
    [TestCase("Yousef", "Yusuf")]
    [TestCase("Hussein", "Husayn")]
    [TestCase("Zinki", "Zenki")]
    [TestCase("Nour", "Nur")]
    public void Transliteration_variants_share_a_key(string a, string b) =>
        PhoneticKey.Of(NameText.Normalize(a)).Should().Be(PhoneticKey.Of(NameText.Normalize(b)));

    [TestCase("Rudskoy", "Rudnitsky")]
    [TestCase("Syrian", "Russian")]
    [TestCase("Lavrov", "Shoigu")]
    [TestCase("Sham", "Sahm")]
    [TestCase("Defence", "Foreign")]
    public void Different_names_have_different_keys(string a, string b) =>
        PhoneticKey.Of(NameText.Normalize(a)).Should().NotBe(PhoneticKey.Of(NameText.Normalize(b)));

    [TestCase("MARTHA", "MARHTA", 0.961)]
    [TestCase("DWAYNE", "DUANE", 0.840)]
    [TestCase("DIXON", "DICKSONX", 0.813)]
    [TestCase("abc", "abc", 1.0)]
    [TestCase("abc", "xyz", 0.0)]
    [TestCase("", "", 1.0)]
    [TestCase("a", "", 0.0)]
    public void Jaro_winkler_reference_values(string a, string b, double expected) =>
        JaroWinkler.Similarity(a, b).Should().BeApproximately(expected, 0.001);

    [Test]
    public void Keys_separate_what_edit_distance_confuses()
    {
        // Plain edit similarity rates Muhaysini/Moheisini 0.67 and Rudskoy/Rudnitsky 0.89; over the keys it is the other way round.
        JaroWinkler.Similarity(PhoneticKey.Of("muhaysini"), PhoneticKey.Of("moheisini")).Should().Be(1.0);
        JaroWinkler.Similarity(PhoneticKey.Of("rudskoy"), PhoneticKey.Of("rudnitsky")).Should().BeLessThan(SourceOptions.Default.MergeThreshold);
    }

    [TestCase("Syrian Observatory for Human Rights", "sohr")]
    [TestCase("Ministry of Defence", "mod")]
    [TestCase("Russian Ministry of Defence", "mod")]
    [TestCase("Russian Defence Ministry", "mod")]
    [TestCase("Syrian Arab Army", "saa")]
    [TestCase("Free Syrian Army", "fsa")]
    public void Acronyms(string name, string acronym) => NameKey.Of(name).Acronyms.Should().Contain(acronym);

    [TestCase("SOHR", true)]
    [TestCase("MoD", true)]
    [TestCase("U.N.", true)]
    [TestCase("Sana", false)]
    [TestCase("Syrian army", false)]
    public void Looks_like_an_acronym(string name, bool expected) => NameKey.Of(name).IsAcronym.Should().Be(expected);

    [TestCase("Ministry of Defence of Russia", "Russian Defense Ministry")]
    [TestCase("Russia's army", "Russian army")]
    [TestCase("Ministry of Defence of the Russian Federation", "Russian Defence Ministry")]
    public void Same_words_in_another_order(string a, string b) => NameKey.Of(a).WordSet.Should().Be(NameKey.Of(b).WordSet);
}
