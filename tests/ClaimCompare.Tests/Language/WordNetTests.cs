using System.IO.Compression;
using System.Text;
using ClaimCompare.Language;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Language;

/// <summary>
/// WordNet as embedded: lemmas (exceptions and detachment rules), meanings in frequency order, kinds, synonyms,
/// derivations, opposites and verb groups, across domains (conflict, disasters, economy, elections, health, sport).
/// Each expectation is a fact of WordNet 3.1 that the library relies on; if a resource update changes one, the test says which.
/// </summary>
[TestFixture]
public sealed class WordNetTests
{
    private static WordNet Net => WordNet.Default;

    // Irregular forms come from the exception lists, regular ones from the detachment rules.
    [TestCase("fled", "Verb", "flee")]
    [TestCase("left", "Verb", "leave")]
    [TestCase("rose", "Verb", "rise")]
    [TestCase("fell", "Verb", "fall")]
    [TestCase("slain", "Verb", "slay")]
    [TestCase("sought", "Verb", "seek")]
    [TestCase("hit", "Verb", "hit")]
    [TestCase("voted", "Verb", "vote")]
    [TestCase("evacuated", "Verb", "evacuate")]
    [TestCase("reports", "Verb", "report")]
    [TestCase("dying", "Verb", "die")]
    [TestCase("stopped", "Verb", "stop")]
    [TestCase("carries", "Verb", "carry")]
    [TestCase("Announced", "Verb", "announce")]
    [TestCase("passed away", "Verb", "pass away")]
    [TestCase("civilians", "Noun", "civilian")]
    [TestCase("children", "Noun", "child")]
    [TestCase("women", "Noun", "woman")]
    [TestCase("casualties", "Noun", "casualty")]
    [TestCase("buses", "Noun", "bus")]
    [TestCase("boxes", "Noun", "box")]
    [TestCase("churches", "Noun", "church")]
    [TestCase("geese", "Noun", "goose")]
    [TestCase("crises", "Noun", "crisis")]
    [TestCase("people", "Noun", "people")]
    [TestCase("death tolls", "Noun", "death toll")]
    [TestCase("worse", "Adjective", "bad")]
    [TestCase("larger", "Adjective", "large")]
    [TestCase("highest", "Adjective", "high")]
    [TestCase("latest", "Adjective", "late")]
    [TestCase("older", "Adjective", "old")]
    [TestCase("bigger", "Adjective", "big")]
    [TestCase("reportedly", "Adverb", "reportedly")]
    public void The_first_lemma_of_a_form_is_its_usual_base_form(string form, string wordClass, string lemma) =>
        Net.Lemma(form, C(wordClass)).Should().Be(lemma);

    [TestCase("saw", "Verb", new[] { "see", "saw" })]
    [TestCase("found", "Verb", new[] { "find", "found" })]
    [TestCase("dying", "Verb", new[] { "die", "dye" })]
    [TestCase("better", "Adjective", new[] { "good", "well", "better" })]
    [TestCase("larger", "Adjective", new[] { "large", "larger" })]
    public void An_ambiguous_form_lists_every_lemma_irregular_first(string form, string wordClass, string[] lemmas) =>
        Net.Lemmas(form, C(wordClass)).Should().Equal(lemmas);

    [TestCase("qwertyuiop", "Noun")]
    [TestCase("", "Verb")]
    [TestCase("the", "Noun")]
    [TestCase("fled", "Noun")]
    [TestCase("quickly", "Verb")]
    public void A_form_WordNet_does_not_have_in_that_class_has_no_lemma(string form, string wordClass)
    {
        Net.Lemmas(form, C(wordClass)).Should().BeEmpty();
        Net.Knows(form, C(wordClass)).Should().BeFalse();
    }

    [TestCase("person", "Noun", new[] { "person", "individual", "someone", "somebody", "mortal", "soul" })]
    [TestCase("flee", "Verb", new[] { "flee", "fly", "take flight" })]
    [TestCase("die", "Verb", new[] { "die", "decease", "perish", "go", "exit", "pass away", "expire", "pass", "kick the bucket", "cash in one's chips", "buy the farm", "conk", "give-up the ghost", "drop dead", "pop off", "choke", "croak", "snuff it" })]
    public void The_first_sense_holds_the_synonyms_in_WordNet_order(string lemma, string wordClass, string[] words) =>
        Net.Words(Net.Senses(lemma, C(wordClass))[0]).Should().Equal(words);

    [Test]
    public void Senses_come_in_frequency_order_and_lookups_ignore_case()
    {
        var bank = Net.Senses("Bank", WordClass.Noun);
        bank.Length.Should().BeGreaterThan(5);
        Net.Contains("ALEPPO", WordClass.Noun).Should().BeTrue();
        Net.Contains("aleppo", WordClass.Verb).Should().BeFalse();
        Net.Senses("civilians", WordClass.Noun).IsEmpty.Should().BeTrue("Senses takes a lemma; Lemmas reads inflected forms");
    }

    [TestCase("fled", "take flight", "Verb")]
    [TestCase("injured", "wounded", "Verb")]
    [TestCase("said", "stated", "Verb")]
    [TestCase("said", "told", "Verb")]
    [TestCase("died", "perished", "Verb")]
    [TestCase("bought", "purchased", "Verb")]
    [TestCase("started", "began", "Verb")]
    [TestCase("casualties", "casualty", "Noun")]
    [TestCase("physicians", "doctors", "Noun")]
    [TestCase("ballots", "votes", "Noun")]
    [TestCase("automobile", "cars", "Noun")]
    [TestCase("large", "big", "Adjective")]
    public void Words_sharing_a_frequent_meaning_are_synonyms(string a, string b, string wordClass)
    {
        Net.AreSynonyms(a, b, C(wordClass)).Should().BeTrue();
        Net.AreSynonyms(b, a, C(wordClass)).Should().BeTrue("synonymy is symmetric");
    }

    [TestCase("fled", "stayed", "Verb")]
    [TestCase("killed", "injured", "Verb")]
    [TestCase("rose", "fell", "Verb")]
    [TestCase("won", "lost", "Verb")]
    [TestCase("doctors", "patients", "Noun")]
    [TestCase("toll", "price", "Noun")]
    [TestCase("soldiers", "civilians", "Noun")]
    public void Words_of_different_frequent_meanings_are_not_synonyms(string a, string b, string wordClass) =>
        Net.AreSynonyms(a, b, C(wordClass)).Should().BeFalse();

    [Test]
    public void A_rare_shared_meaning_counts_only_when_the_caller_asks_for_it()
    {
        // "toll" meets "price" only in its fourth meaning (the cost of something); the first two are about fees and bells.
        Net.AreSynonyms("toll", "price", WordClass.Noun, maxSense: 2).Should().BeFalse();
        Net.AreSynonyms("toll", "price", WordClass.Noun, maxSense: 5).Should().BeTrue();
    }

    [TestCase("civilians", "person", "Noun")]
    [TestCase("residents", "person", "Noun")]
    [TestCase("evacuees", "person", "Noun")]
    [TestCase("soldiers", "person", "Noun")]
    [TestCase("voters", "person", "Noun")]
    [TestCase("nurses", "person", "Noun")]
    [TestCase("refugees", "person", "Noun")]
    [TestCase("person", "person", "Noun")]
    [TestCase("Aleppo", "city", "Noun")]
    [TestCase("shelling", "attack", "Noun")]
    [TestCase("dollars", "monetary unit", "Noun")]
    [TestCase("euros", "monetary unit", "Noun")]
    [TestCase("tonnes", "unit of measurement", "Noun")]
    [TestCase("hospitals", "building", "Noun")]
    [TestCase("houses", "building", "Noun")]
    [TestCase("murdered", "kill", "Verb")]
    [TestCase("shot", "kill", "Verb")]
    [TestCase("strangled", "kill", "Verb")]
    [TestCase("sprinted", "run", "Verb")]
    public void A_word_is_a_kind_of_its_hypernyms(string word, string ancestor, string wordClass) =>
        Net.IsKindOf(word, ancestor, C(wordClass)).Should().BeTrue();

    [TestCase("troops", "person", "Noun")]
    [TestCase("tables", "person", "Noun")]
    [TestCase("person", "civilian", "Noun")]
    [TestCase("houses", "person", "Noun")]
    [TestCase("earthquake", "weapon", "Noun")]
    [TestCase("killed", "murder", "Verb")]
    [TestCase("fled", "kill", "Verb")]
    [TestCase("unknownword", "person", "Noun")]
    [TestCase("civilians", "unknownword", "Noun")]
    public void A_word_is_not_a_kind_of_an_unrelated_or_narrower_word(string word, string ancestor, string wordClass) =>
        Net.IsKindOf(word, ancestor, C(wordClass)).Should().BeFalse();

    [Test]
    public void A_kind_set_built_once_answers_as_the_walk_does()
    {
        // Words of several domains, persons and not, regular and irregular plurals, capitalised and unknown: the set
        // of all kinds of one ancestor must give IsKindOf's own answer for each, at every sense depth.
        string[] words = ["civilians", "residents", "Voters", "nurses", "troops", "tables", "fan", "shot", "children", "women",
            "deputies", "hospital", "houses", "Aleppo", "unknownword", "organization", "police", "firm", "church", "teenager"];
        foreach (var ancestor in new[] { "person", "organization", "building", "city" })
        {
            var kinds = Net.KindsOf(ancestor, WordClass.Noun);
            foreach (var word in words)
            {
                foreach (var maxSense in new[] { 1, 2, 3 })
                {
                    Net.IsKindOf(word, kinds, WordClass.Noun, maxSense).Should().Be(
                        Net.IsKindOf(word, ancestor, WordClass.Noun, maxSense), $"{word} as a kind of {ancestor} within {maxSense} senses");
                }
            }
        }

        Net.IsKindOf("civilians", Net.KindsOf("person", WordClass.Noun), WordClass.Noun).Should().BeTrue();
        Net.IsKindOf("tables", Net.KindsOf("person", WordClass.Noun), WordClass.Noun).Should().BeFalse();
    }

    [Test]
    public void Hypernyms_walk_up_from_a_sense()
    {
        var person = Net.Senses("person", WordClass.Noun)[0];
        Net.Hypernyms(person).ToArray().Select(Net.Head).Should().Contain("organism");
        Net.ClassOf(person).Should().Be(WordClass.Noun);
    }

    [TestCase("die", "Verb", "death", "Noun")]
    [TestCase("died", "Verb", "death", "Noun")]
    [TestCase("death", "Noun", "die", "Verb")]
    [TestCase("evacuate", "Verb", "evacuation", "Noun")]
    [TestCase("kill", "Verb", "killing", "Noun")]
    [TestCase("kill", "Verb", "killer", "Noun")]
    [TestCase("injure", "Verb", "injury", "Noun")]
    [TestCase("arrested", "Verb", "arrest", "Noun")]
    [TestCase("vote", "Verb", "voter", "Noun")]
    [TestCase("elect", "Verb", "election", "Noun")]
    [TestCase("invest", "Verb", "investment", "Noun")]
    [TestCase("rise", "Verb", "rise", "Noun")]
    [TestCase("infected", "Verb", "infection", "Noun")]
    [TestCase("dead", "Adjective", "deadness", "Noun")]
    [TestCase("fatality", "Noun", "fatal", "Adjective")]
    public void Derivations_link_a_word_to_its_relatives_in_other_classes(string word, string wordClass, string relative, string relativeClass) =>
        Net.Derivations(word, C(wordClass)).Should().Contain(new WordForm(relative, C(relativeClass)));

    [TestCase("rise", "Verb", "fall")]
    [TestCase("rose", "Verb", "fall")]
    [TestCase("increase", "Verb", "decrease")]
    [TestCase("win", "Verb", "lose")]
    [TestCase("lost", "Verb", "win")]
    [TestCase("dead", "Adjective", "alive")]
    [TestCase("higher", "Adjective", "low")]
    [TestCase("birth", "Noun", "death")]
    [TestCase("gain", "Noun", "loss")]
    [TestCase("victory", "Noun", "defeat")]
    [TestCase("war", "Noun", "peace")]
    [TestCase("success", "Noun", "failure")]
    public void Antonyms_name_the_direct_opposite(string word, string wordClass, string opposite) =>
        Net.Antonyms(word, C(wordClass)).Should().Contain(opposite);

    [TestCase("regain", "Verb")]
    [TestCase("evacuate", "Verb")]
    [TestCase("hospital", "Noun")]
    [TestCase("attack", "Noun")]
    public void A_word_without_an_opposite_has_no_antonyms(string word, string wordClass) =>
        Net.Antonyms(word, C(wordClass)).Should().BeEmpty();

    [Test]
    public void Verb_groups_pertainyms_participles_and_causes_follow_their_links()
    {
        Net.VerbGroup("regain", maxSense: 2).Should().Contain("recover");
        Net.Pertainyms("reportedly", WordClass.Adverb).Should().Contain(new WordForm("reported", WordClass.Adjective));
        Net.Pertainyms("presidential", WordClass.Adjective).Should().Contain(new WordForm("president", WordClass.Noun));
        Net.Pertainyms("medical", WordClass.Adjective).Should().Contain(new WordForm("medicine", WordClass.Noun));
        Net.Pertainyms("electoral", WordClass.Adjective).Should().Contain(new WordForm("election", WordClass.Noun));
        Net.Causes("kill").Should().Contain("die");
        Net.ParticipleOf("avenged").Select(f => f.Lemma).Should().Contain("avenge");
        Net.SimilarTo("wounded", maxSense: 1).Should().Contain("injured");
        Net.SimilarTo("dead", maxSense: 1).Should().Contain(["deceased", "slain"]);
        Net.Synonyms("flee", WordClass.Verb).Should().Equal("fly", "take flight");
    }

    [Test]
    public void Default_is_loaded_once_and_shared_across_threads()
    {
        var seen = new WordNet[8];
        Parallel.For(0, seen.Length, i => seen[i] = WordNet.Default);
        seen.Should().OnlyContain(w => ReferenceEquals(w, WordNet.Default));
        WordNet.Default.SynsetCount.Should().BeGreaterThan(100_000);
        WordNet.Default.LemmaCount.Should().BeGreaterThan(140_000);
    }

    [Test]
    public void Concurrent_queries_agree_with_sequential_ones()
    {
        string[] words = ["civilians", "soldiers", "nurses", "tables", "refugees", "houses", "voters", "Aleppo"];
        var expected = words.Select(w => Net.IsKindOf(w, "person", WordClass.Noun)).ToArray();
        var results = new bool[words.Length * 50];
        Parallel.For(0, results.Length, i => results[i] = Net.IsKindOf(words[i % words.Length], "person", WordClass.Noun));
        results.Select((r, i) => r == expected[i % words.Length]).Should().OnlyContain(same => same);
    }

    [TestCase("", "ends early")]
    [TestCase("L\t1\nword\nS\t1\nn\t0\tz0\nI\t0\nX\t0\n", "unknown pointer kind 'z'")]
    [TestCase("L\t1\nword\nS\t1\nn\t5\nI\t0\nX\t0\n", "\"5\" is not a number below 1")]
    [TestCase("L\t1\nword\nS\t1\nq\t0\nI\t0\nX\t0\n", "unknown word class \"q\"")]
    [TestCase("L\t1\nword\nS\t1\nn\t0\nI\t2\nn\t0\t0\nn\t0\t0\nX\t0\n", "indexed twice")]
    [TestCase("L\t1\nword\nS\t1\nn\t0\nI\t0\nX\t1\nv\tfled\n", "at least one base form")]
    [TestCase("L\t1\nword\nZ\t1\n", "expected the section header \"S<tab>count\"")]
    [TestCase("L\t1\nword\nS\t1\nn\t0\nI\t0\nX\t0\nmore\n", "unexpected text")]
    public void A_malformed_resource_fails_naming_the_line_and_the_problem(string text, string problem)
    {
        var load = () => WordNet.Load(Gzip(text), "test.gz");
        load.Should().Throw<InvalidDataException>().WithMessage($"test.gz line *{problem}*");
    }

    [Test]
    public void A_minimal_resource_loads_and_answers()
    {
        var net = WordNet.Load(Gzip("# comment\nL\t2\nfled\nflee\nS\t2\nv\t1\nv\t1\th0\nI\t1\nv\t1\t1,0\nX\t1\nv\tfled\tflee\n"), "mini.gz");
        net.Lemma("fled", WordClass.Verb).Should().Be("flee");
        net.Senses("flee", WordClass.Verb).Length.Should().Be(2);
        net.IsKindOf("flee", "flee", WordClass.Verb).Should().BeTrue();
    }

    private static WordClass C(string name) => Enum.Parse<WordClass>(name);

    private static MemoryStream Gzip(string text)
    {
        var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            zip.Write(Encoding.UTF8.GetBytes(text));
        buffer.Position = 0;
        return buffer;
    }
}
