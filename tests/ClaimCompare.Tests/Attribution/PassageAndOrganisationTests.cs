using ClaimCompare.Attribution;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Attribution.AttributionProbe;

namespace ClaimCompare.Tests.Attribution;

/// <summary>
/// Issue 13: reported passages carry their source, organisations named once are referred to by their head noun, people keep
/// the body they speak for, and the verbs that publish or estimate a figure are cues. Sentences written for these tests.
/// </summary>
[TestFixture]
public sealed class PassageAndOrganisationTests
{
    [TestCase("The county coroner said the two victims were shot at close range. One died where he fell. A third man died in the ambulance.", "A third", "county coroner", 1)]
    [TestCase("Harbour officials said the storm had sunk several boats in the night. Fourteen crew members were rescued by morning.", "Fourteen", "Harbour officials", 1)]
    [TestCase("The school board reported that enrolment had dropped sharply. Only 212 pupils were registered in September.", "212", "school board", 1)]
    [TestCase("A hospital spokeswoman said the ward was full. Another 30 patients were waiting in corridors. Nine of them were children.", "Nine", "hospital spokeswoman", 1)]
    public void A_source_carries_over_the_cue_less_sentences_of_its_passage(string text, string figure, string name, int cueSentence)
    {
        var attribution = At(text, figure);
        attribution.Should().NotBeNull();
        attribution!.Source.Name.Should().Be(name);
        attribution.Basis.Should().Be(AttributionBasis.Carried);
        attribution.CueSentence.Should().Be(cueSentence);
    }

    [TestCase("Police said the man was shot twice.\n\n12 people were arrested at a protest downtown on Sunday.", "12")]
    [TestCase("The coroner said the victim was shot twice. Meanwhile, 12 people were arrested in another case.", "12")]
    [TestCase("The ministry said the convoy was attacked. \"It is a disgrace,\" another 40 residents wrote in a letter.", "40")]
    [TestCase("The mayor said the pool was closed for repairs. About 4,000 people have used it every summer since 1990.", "4,000")]
    [TestCase("The rebels announced a large offensive on the city. Shelling killed at least 15 civilians in the west.", "15")]
    [TestCase("The union said the talks had failed. Our crew filmed 300 strikers outside the gates.", "300")]
    public void A_passage_ends_at_a_paragraph_a_change_of_thread_a_quotation_a_background_fact_or_the_writers_voice(string text, string figure) =>
        At(text, figure).Should().BeNull();

    [TestCase("The reconciliation centre said the following figures were confirmed:\n- 6 tanks destroyed\n- 3 vehicles seized", "3", "reconciliation centre")]
    [TestCase("The fire brigade listed the damage:\n• 14 houses burned\n• 2 barns collapsed", "2", "fire brigade")]
    [TestCase("County health officials reported that cases had risen:\n1) 45 in the north\n2) 61 in the south", "61", "County health officials")]
    public void Figures_listed_after_a_cue_sentence_colon_are_carried(string text, string figure, string name)
    {
        var attribution = At(text, figure);
        attribution.Should().NotBeNull();
        attribution!.Source.Name.Should().Be(name);
        attribution.Basis.Should().Be(AttributionBasis.Carried);
    }

    [Test]
    public void A_cue_in_the_claims_own_sentence_is_said_so()
    {
        var attribution = At("The water board said on Monday that 300 homes had no supply.", "300");
        attribution!.Basis.Should().Be(AttributionBasis.Cue);
        attribution.CueSentence.Should().Be(1);
    }

    [TestCase("The Syrian Observatory for Human Rights tracks the war from abroad. The monitor said 40 civilians died.", "40", "Syrian Observatory for Human Rights")]
    [TestCase("The Russian Reconciliation Centre opened two corridors. The centre said 14 fighters surrendered.", "14", "Russian Reconciliation Centre")]
    [TestCase("Staff at the Millbrook County Coroner's Office worked through the night. The office said three bodies were identified.", "three", "Millbrook County Coroner's Office")]
    [TestCase("The Federal Emergency Management Agency sent trucks to the coast. The agency said 12 shelters were open.", "12", "Federal Emergency Management Agency")]
    [TestCase("Lakeside Memorial Hospital admitted the injured overnight. The hospital said 9 patients were critical.", "9", "Lakeside Memorial Hospital")]
    [TestCase("Pupils at Ridgeway Grammar School sat exams in May. The school said 212 pupils passed.", "212", "Ridgeway Grammar School")]
    public void A_definite_head_noun_refers_to_the_organisation_named_earlier(string text, string figure, string name) =>
        At(text, figure)!.Source.Name.Should().Be(name);

    [TestCase("The Russian Centre for Reconciliation opened a corridor. Its representatives said 300 civilians left.", "300", "Russian Centre for Reconciliation", "representatives")]
    [TestCase("The Norwegian Refugee Council runs the camp. The council's officials said 85 tents were lost.", "85", "Norwegian Refugee Council", "officials")]
    [TestCase("The Lakeside Community Foundation runs the shelter. The foundation's staff said 9 families were turned away.", "9", "Lakeside Community Foundation", "staff")]
    public void Members_of_an_organisation_named_earlier_speak_for_it(string text, string figure, string name, string role)
    {
        var source = At(text, figure)!.Source;
        source.Name.Should().Be(name);
        source.Role.Should().Be(role);
        source.Affiliation.Should().Be(name);
    }

    [TestCase("Rami Abdel Rahman, who heads the Syrian Observatory for Human Rights, said 40 died.", "Rami Abdel Rahman", "Syrian Observatory for Human Rights")]
    [TestCase("Maria Lopez, a spokeswoman for the Health Ministry, said 12 people died.", "Maria Lopez", "Health Ministry")]
    [TestCase("The Interior Ministry said 14 soldiers died. Ministry spokesman Ivan Petrov said 20 were hurt.", "Ivan Petrov", "Interior Ministry")]
    [TestCase("Harbour Authority director Tomas Berg said 7 ships ran aground.", "Tomas Berg", "Harbour Authority")]
    public void A_person_keeps_the_organisation_he_speaks_for(string text, string name, string affiliation)
    {
        var found = Find(text).Where(a => a.Source.Kind == SourceKind.Person).ToList();
        found.Should().NotBeEmpty();
        found[^1].Source.Name.Should().Be(name);
        found[^1].Source.Affiliation.Should().Be(affiliation);
    }

    [TestCase("Officials put the death toll at 25.", "25", "Officials", "put")]
    [TestCase("The ministry put the number of displaced people at more than 3,000 on Sunday.", "3,000", "ministry", "put")]
    [TestCase("The death toll was put at 25 by local officials.", "25", "local officials", "put")]
    [TestCase("Losses were estimated at more than 300 by the ministry.", "300", "ministry", "estimated")]
    [TestCase("The monitor counted 45 children among the dead.", "45", "monitor", "counted")]
    [TestCase("The state auditor tallied 1,200 unpaid invoices last year.", "1,200", "state auditor", "tallied")]
    [TestCase("Data from the state police indicate 80 arrests.", "80", "state police", "indicate")]
    [TestCase("According to the sheriff's office, three people were injured.", "three", "sheriff's office", "according to")]
    [TestCase("Police said two men were shot near the station.", "two", "Police", "said")]
    public void Verbs_and_nouns_that_publish_or_estimate_a_figure_are_cues(string text, string figure, string name, string cue)
    {
        var attribution = At(text, figure);
        attribution.Should().NotBeNull();
        attribution!.Source.Name.Should().Be(name);
        attribution.Cue.Should().BeEquivalentTo(cue);
    }

    [TestCase("The coach put his players at ease before the final.")]
    [TestCase("The senator is counting on rural voters in the fall.")]
    [TestCase("The address listed on the form is a parking lot.")]
    [TestCase("She wanted to put the dispute behind her.")]
    public void Figure_verbs_in_other_senses_are_not_cues(string text) =>
        Find(text).Should().NotContain(a => a.Cue.StartsWith("put", StringComparison.Ordinal) || a.Cue.StartsWith("count", StringComparison.Ordinal) || a.Cue.StartsWith("list", StringComparison.Ordinal));

    [Test]
    public void The_document_an_organisation_issued_speaks_for_it()
    {
        var attribution = At("The Russian Reconciliation Centre issued a bulletin on Monday. It gave no details. The bulletin said 14 fighters surrendered.", "14");
        attribution!.Source.Name.Should().Be("Russian Reconciliation Centre");
        attribution.Source.Role.Should().Be("bulletin");
    }

    [Test]
    public void Carrying_can_be_switched_off()
    {
        var finder = new AttributionFinder(new AttributionOptions { CarryPassages = false });
        const string text = "The county coroner said the victims were shot at close range. Two were pronounced dead at the scene.";
        var start = text.IndexOf("Two", StringComparison.Ordinal);
        var claim = new Claim("c1", "t", new TextSpan(start, start + 3), "Two", Quantity.Exactly(2), text, new TextSpan(0, text.Length));
        finder.Attach(Make(text), [claim]).Single().Attribution.Should().BeNull();
    }

    [TestCase("Springfield police are hunting a driver who they say hit 3 cyclists near a school.", "3", "Springfield police")]
    [TestCase("Lt. Ann Ruiz of the Dayton police spoke to reporters. Dayton police said 2 men were wounded.", "2", "Dayton police")]
    [TestCase("Officer Dan Kerr of the Tulsa police arrived first. Tulsa police said 4 people were hurt.", "4", "Tulsa police")]
    public void A_police_force_is_the_source_and_never_a_person_whose_role_names_it(string text, string figure, string name) =>
        At(text, figure)!.Source.Name.Should().Be(name);

    [TestCase("Leeds council is closing two libraries. They said 40 staff would move to other branches.", "40", "Leeds council")]
    [TestCase("Harlow police are searching for a driver who they say struck 2 parked cars.", "2", "Harlow police")]
    [TestCase("Marston constabulary is short of officers. They said 12 posts were unfilled.", "12", "Marston constabulary")]
    public void A_place_and_a_lower_case_body_noun_name_a_body_that_they_refers_to(string text, string figure, string name) =>
        At(text, figure)!.Source.Name.Should().Be(name);

    [TestCase("The Lakeside Water Board met on Friday. Its technicians said 30 pipes had burst.", "30", "Lakeside Water Board", "technicians")]
    [TestCase("The Northfield Rail Authority runs the line. The authority's employees said 14 trains were cancelled.", "14", "Northfield Rail Authority", "employees")]
    [TestCase("The Coastal Fisheries Council meets monthly. Its members said 6 boats were seized.", "6", "Coastal Fisheries Council", "members")]
    public void Any_kind_of_worker_official_or_member_speaks_for_the_body(string text, string figure, string name, string role)
    {
        var source = At(text, figure)!.Source;
        source.Name.Should().Be(name);
        source.Role.Should().Be(role);
    }

    [TestCase("The Riverside Housing Agency manages the estate. Its residents said 50 flats were damp.", "50", "Riverside Housing Agency")]
    [TestCase("The Greenway Transit Authority raised fares. Its critics said 20 routes were cut.", "20", "Greenway Transit Authority")]
    [TestCase("The Hillcrest Medical Trust runs the clinic. Its patients said 8 appointments were cancelled.", "8", "Hillcrest Medical Trust")]
    public void Residents_critics_and_patients_do_not_speak_for_the_body(string text, string figure, string name) =>
        At(text, figure)?.Source.Name.Should().NotBe(name);

    [TestCase("The man charged with murder in the case is 41.", "charged")]
    [TestCase("Two teens charged with robbery appeared in court on Monday.", "charged")]
    [TestCase("A driver accused of hitting 3 cyclists was released on bail.", "accused")]
    [TestCase("The nurse accused of stealing 40 vials has resigned.", "accused")]
    [TestCase("Two guards accused of beating an inmate were suspended.", "accused")]
    [TestCase("Elmwood police have charged a driver in a crash that injured 4 cyclists.", "charged")]
    [TestCase("Prosecutors charged him in the theft of 12 laptops.", "charged")]
    [TestCase("The district attorney charged two brothers after a fire killed 3 horses.", "charged")]
    [TestCase("When deputies responded, they found 2 men wounded in a car.", "responded")]
    [TestCase("Two officers responded to the crash site near Elm Street with 3 medics.", "responded")]
    [TestCase("Firefighters responded to a report of smoke at 9 a.m.", "responded")]
    public void Criminal_charges_and_call_outs_are_not_speech(string text, string cue) =>
        Find(text).Should().NotContain(a => a.Cue == cue);

    [TestCase("The governor responded to the criticism by saying 40 jobs would stay.", "respond")]
    [TestCase("The company never responded to our questions about 12 layoffs.", "respond")]
    [TestCase("The senator charged that 30 contracts had been rigged.", "charged")]
    [TestCase("The ministry responded to the report by promising 200 new inspectors.", "respond")]
    [TestCase("Her office has not responded to the reports in two newspapers about 15 missing files.", "respond")]
    [TestCase("The bank responded to a critical report on Monday, saying 3 branches would close.", "respond")]
    public void Answers_to_words_and_spoken_charges_stay_cues(string text, string cueWord) =>
        Find(text).Should().Contain(a => a.Cue.Contains(cueWord, StringComparison.Ordinal));
}
