using ClaimCompare.Sources;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Sources;

/// <summary>Titles, ranks and roles separated from names.</summary>
[TestFixture]
public sealed class TitleParserTests
{
    [TestCase("Lt. Gen. Sergei Rudskoi", "Sergei Rudskoi", "Lt. Gen.", null)]
    [TestCase("Lieutenant-General Sergei Rudskoi", "Sergei Rudskoi", "Lieutenant-General", null)]
    [TestCase("Head of operations in the Russian General Staff General Sergey Rudskoy", "Sergey Rudskoy", "Head of operations in the Russian General Staff General", "Russian General Staff")]
    [TestCase("Russian Defense Minister Sergei Shoigu", "Sergei Shoigu", "Russian Defense Minister", "Russian Defense Ministry")]
    [TestCase("Rami Abdel Rahman, head of the Syrian Observatory for Human Rights", "Rami Abdel Rahman", "head of the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights")]
    [TestCase("Sergei Rudskoi, chief of the Russian General Staff's Main Operations Directorate", "Sergei Rudskoi", "chief of the Russian General Staff's Main Operations Directorate", "Russian General Staff")]
    [TestCase("Chief of the Main Operational Directorate of the General Staff Lt. Gen. Sergei Rudskoy", "Sergei Rudskoy", "Chief of the Main Operational Directorate of the General Staff Lt. Gen.", "General Staff")]
    [TestCase("Sergei Rudskoi, chief of the main operations directorate of Russia's General Staff", "Sergei Rudskoi", "chief of the main operations directorate of Russia's General Staff", "Russia's General Staff")]
    [TestCase("Saudi cleric, Abdullah al-Moheisini", "Abdullah al-Moheisini", "Saudi cleric", null)]
    [TestCase("Mr de Mistura", "de Mistura", "Mr", null)]
    [TestCase("Staffan de Mistura", "Staffan de Mistura", null, null)]
    [TestCase("Rudskoy", "Rudskoy", null, null)]
    [TestCase("the spokesman", "the spokesman", null, null)]
    [TestCase("", "", null, null)]
    public void Parse(string text, string name, string? role, string? affiliation)
    {
        var parsed = TitleParser.Parse(text);
        parsed.Name.Should().Be(name);
        parsed.Role.Should().Be(role);
        parsed.Affiliation.Should().Be(affiliation);
    }
}
