using ClaimCompare.Attribution;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Attribution.AttributionProbe;

namespace ClaimCompare.Tests.Attribution;

/// <summary>
/// Attitude, belief and intention cues: found as attributions (as PolNeAR and PARC annotate them) but never used to credit
/// a figure; and the nesting rules that keep speech and attitudes voiced inside another statement from counting twice.
/// </summary>
[TestFixture]
public sealed class AttributionAttitudeTests
{
    [TestCase("The rebels want 5,000 prisoners freed before any truce.", "rebels", "want")]
    [TestCase("Clinton believes the plan would create 10 million jobs.", "Clinton", "believes")]
    [TestCase("Rebel commanders fear that 200 more families will flee.", "Rebel commanders", "fear")]
    [TestCase("The ministry refused to confirm the toll.", "ministry", "refused")]
    [TestCase("Moscow rejected the proposal on Monday.", "Moscow", "rejected")]
    public void Attitude_cues_are_attributions_of_their_own_class(string text, string name, string cue)
    {
        var found = Find(text);
        found.Should().ContainSingle();
        found[0].Source.Name.Should().Be(name);
        found[0].Cue.Should().Be(cue);
        found[0].CueClass.Should().Be(CueClass.Attitude);
    }

    [TestCase("The rebels want 5,000 prisoners freed before any truce.", "5,000")]
    [TestCase("Clinton believes the plan would create 10 million jobs.", "10 million")]
    [TestCase("Rebel commanders fear that 200 more families will flee.", "200")]
    public void A_figure_inside_an_attitude_is_not_credited_to_its_holder(string text, string figure) =>
        At(text, figure).Should().BeNull();

    [TestCase("The governor said the rebels want 5,000 prisoners freed.", "5,000", "governor")]
    [TestCase("Trump said he believes 3 million people voted illegally.", "3 million", "Trump")]
    public void A_figure_inside_a_statement_stays_with_the_speaker(string text, string figure, string name) =>
        At(text, figure)!.Source.Name.Should().Be(name);

    [TestCase("Okafor said he believes 3 million ballots were forged.", "said")]
    [TestCase("\"We want 40 trucks a day,\" the governor said.", "said")]
    [TestCase("\"Nobody knows how many died,\" the doctor said.", "said")]
    [TestCase("She said she plans to donate the $7 million she says her foundation collected.", "said")]
    [TestCase("Kessler condemned what she called a reckless waste of city funds.", "condemned")]
    public void Nested_and_quoted_cues_do_not_add_attributions(string text, string only) =>
        Find(text).Select(a => a.Cue).Should().Equal(only);

    [TestCase("Voters want to see his returns, and people who want answers are angry.")]
    [TestCase("We think 12 soldiers died.")]
    [TestCase("FactWatch rated 27% of the senator's statements as misleading.")]
    [TestCase("Toxic solvents found in old paint were recalled.")]
    [TestCase("The campaign plans more detailed records.")]
    [TestCase("Anyone who complains about the lighting is not enjoying the show.")]
    [TestCase("Having said that, the levy passed easily.")]
    [TestCase("Their rivals continued to scheme against the mayor.")]
    [TestCase("These negotiations are continuing.")]
    [TestCase("Don't blame the referee.")]
    [TestCase("The practice of underpaying seasonal workers isn't repeated.")]
    [TestCase("Clerks kept the old folder labeled \"urgent\" in a drawer.")]
    public void Rhetoric_nouns_and_participles_are_not_cues(string text) =>
        Find(text).Where(a => !(a.Source.Name == "Voters" && a.Cue == "want")).Should().BeEmpty();

    [TestCase("Police say 3 officers were hurt.", "3", "Police")]
    [TestCase("Ms. Ortega and Mr. Hale say 9 amendments are needed.", "9", "Ms. Ortega and Mr. Hale")]
    [TestCase("Advisers to Ms. Delaney say 25 volunteers quit.", "25", "Advisers to Ms. Delaney")]
    [TestCase("Those close to them say 7 candidates remain in contention.", "7", "Those close to them")]
    [TestCase("Rivera Could Carry 12 Counties, Alma Price Says.", "12", "Alma Price")]
    [TestCase("Limbaugh continued: \"They counted 300 votes.\"", "300", "Limbaugh")]
    [TestCase("\"We lost 12 men,\" she continued.", "12", "she")]
    public void Plural_subjects_of_a_base_form_and_headline_verbs_are_speakers(string text, string figure, string surface) =>
        At(text, figure)!.Source.Surface.Should().Be(surface);
}
