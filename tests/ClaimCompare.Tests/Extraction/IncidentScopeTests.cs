using ClaimCompare.Extraction;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>
/// What ties a figure to the article's own incident: tallies over an area or a period and earlier events mentioned in
/// passing carry an extent; the article's dateline, headline or lead gives the place its placeless figures are about.
/// </summary>
[TestFixture]
public sealed class IncidentScopeTests
{
    private static Claim Only(string text, string surface) => ExtractedClaim.Only(text, surface);

    [TestCase("Across the city, 40 people were shot over the weekend, police said.", "40", "city/weekend")]
    [TestCase("Statewide, 312 flu cases have been confirmed so far this year.", "312", "state/year")]
    [TestCase("Nationwide, 1,200 drivers have died on the roads since January.", "1,200", "nation/year")]
    [TestCase("Crews have fought 85 wildfires throughout the county in the past month.", "85", "county/month")]
    [TestCase("The league handed out 14 suspensions in the past 12 months.", "14", "/month")]
    [TestCase("Burglars hit 230 homes citywide last year.", "230", "city/last year")]
    [TestCase("Rescuers pulled 61 swimmers from rip currents this weekend.", "61", "/weekend")]
    [TestCase("Inspectors closed 19 restaurants so far in 2023, the agency said.", "19", "/2023")]
    public void A_tally_over_an_area_or_a_period_records_its_extent(string text, string surface, string extent) =>
        Only(text, surface).Extent.Should().Be(extent);

    [TestCase("Two people were shot outside a bar on Main Street early Sunday.", "Two")]
    [TestCase("The storm damaged 40 homes in Pine Ridge on Tuesday, officials said.", "40")]
    [TestCase("Seven players were injured in the second half of the match.", "Seven")]
    [TestCase("Police arrested 12 protesters near the courthouse since Friday.", "12")]
    public void The_count_of_one_event_has_no_extent(string text, string surface) =>
        Only(text, surface).Extent.Should().BeNull();

    [TestCase("Police said 28 people were shot in the city since Friday, and 10 of them died.", "28", "city/since friday")]
    [TestCase("Lifeguards said 12 swimmers have drowned in the state since Saturday.", "12", "state/since saturday")]
    [TestCase("Officials counted 40 new measles cases in the county since Monday.", "40", "county/since monday")]
    [TestCase("Since Friday in the city, 31 people have been arrested for looting.", "31", "city/since friday")]
    public void A_whole_area_and_a_window_of_days_make_a_tally(string text, string surface, string extent) =>
        Only(text, surface).Extent.Should().Be(extent);

    [TestCase("Two men were shot in the city on Friday, police said.", "Two")]
    [TestCase("Flood waters have covered 300 homes in the valley since Saturday.", "300")]
    [TestCase("The strike has idled 2,000 workers at the plant since Monday.", "2,000")]
    public void An_area_or_a_window_alone_is_one_events(string text, string surface) =>
        Only(text, surface).Extent.Should().BeNull();

    [TestCase("Three people were killed Sunday, bringing the city's homicide total this year to 45.", "Three", "45", "/year")]
    [TestCase("Fire destroyed 12 homes on Elm Road, the 300th structure fire across the state.", "12", null, null)]
    [TestCase("Two men were shot Saturday, part of a violent weekend across the city.", "Two", null, null)]
    [TestCase("Nine passengers were hurt in the crash; 240 have been hurt on the line since January.", "Nine", "240", "/year")]
    public void Each_cue_goes_to_the_figure_beside_it(string text, string incident, string? tally, string? extent)
    {
        Only(text, incident).Extent.Should().BeNull();
        if (tally is not null)
        {
            Only(text, tally).Extent.Should().Be(extent);
        }
    }

    [TestCase("The attack came weeks after last month's shooting at a mall, which left four people dead.", "four", "/last month")]
    [TestCase("Two years ago, 11 workers died in a blast at the same plant.", "11", "/before year")]
    [TestCase("Earlier this year, 23 patients fell ill at the clinic.", "23", "/earlier year")]
    [TestCase("The bridge is near the site of the 2011 flood that destroyed 300 homes.", "300", "/2011")]
    [TestCase("The driver had survived a March 2018 crash that killed four passengers.", "four", "/2018")]
    [TestCase("Union leaders recalled the 2009 strike, which idled 2,000 workers for a month.", "2,000", "/2009")]
    public void An_earlier_event_mentioned_in_passing_records_its_extent(string text, string surface, string extent) =>
        Only(text, surface).Extent.Should().Be(extent);

    [TestCase("SPRINGFIELD, Ill. (AP) — Two people were shot late Friday, police said. Springfield officers are looking for a car.", "Springfield")]
    [TestCase("RIVERTON — Fire crews rescued three children from a house on Oak Lane. Riverton has two stations.", "Riverton")]
    [TestCase("LAKE MILTON, Ohio -- Flooding forced 60 families from their homes. Lake Milton schools closed.", "Lake Milton")]
    public void A_dateline_gives_the_article_place(string text, string place) =>
        ExtractedClaim.All(text).Should().NotBeEmpty().And.OnlyContain(c => c.ArticlePlace == place);

    [TestCase("UPDATE — Two people were shot late Friday, police said.")]
    [TestCase("WATCH - Fire crews rescued three children from a burning house.")]
    public void A_label_in_capitals_is_not_a_dateline(string text) =>
        ExtractedClaim.All(text).Should().NotBeEmpty().And.OnlyContain(c => c.ArticlePlace == null);

    [TestCase("Three hurt in north Wichita shooting", "Two men and a woman were wounded late Friday, police said.", "Wichita")]
    [TestCase("Bus crash near Dayton injures 14", "Fourteen passengers were taken to hospital after the crash on the highway.", "Dayton")]
    [TestCase("Fire guts warehouse in Port Albany", "About 30 firefighters fought the blaze for six hours overnight.", "Port Albany")]
    public void A_headline_place_is_the_article_place(string title, string text, string place)
    {
        var claims = new ClaimExtractor().Extract(new Article("t", null, null, title, new DateOnly(2024, 3, 11), text));
        claims.Should().NotBeEmpty().And.OnlyContain(c => c.ArticlePlace != null && c.ArticlePlace.Contains(place));
    }

    [TestCase("Two men were shot outside a store in Brookdale on Friday night. Both were taken to hospital.", "Brookdale")]
    [TestCase("A flash flood hit homes in Millbury on Tuesday afternoon. About 200 people were moved out.", "Millbury")]
    [TestCase("Voters in Carver County approved the school levy on Tuesday by a wide margin. It passed with 61 percent.", "Carver County")]
    public void The_first_place_of_the_lead_is_the_article_place_when_dateline_and_headline_name_none(string text, string place) =>
        ExtractedClaim.All(text).Should().NotBeEmpty().And.OnlyContain(c => c.ArticlePlace != null && c.ArticlePlace.Contains(place));

    [TestCase("Syria", true)]
    [TestCase("Ohio", true)]
    [TestCase("France", true)]
    [TestCase("Illinois", true)]
    [TestCase("Africa", true)]
    [TestCase("Wichita", false)]
    [TestCase("Aleppo", false)]
    [TestCase("Dallas", false)]
    [TestCase("Brookdale", false)]
    public void A_country_a_state_or_a_continent_is_too_broad_to_name_an_incident(string name, bool broad) =>
        ArticlePlace.IsBroad(name).Should().Be(broad);
}
