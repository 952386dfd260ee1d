using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Fluent.Syntax.Elements.Types;
using ArchUnitNET.Loader;
using ArchUnitNET.NUnit;
using NUnit.Framework;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace ClaimCompare.Tests.Architecture;

/// <summary>
/// The stages hand their results on and never reach back (issue 12): each rule below names a dependency that would
/// let a later stage's knowledge leak into an earlier one, or tie the data model to the code that fills it.
/// The library project has no reference to the sample or the evaluation tool, so the compiler already keeps every
/// stage from importing those; these rules cover what the compiler cannot see inside one assembly.
/// </summary>
[TestFixture]
public sealed class StageDependencyTests
{
    private static readonly ArchUnitNET.Domain.Architecture Library =
        new ArchLoader().LoadAssemblies(typeof(ClaimComparer).Assembly).Build();

    private const string Root = "ClaimCompare";

    private static GivenTypesConjunction In(string stage) => Types().That().ResideInNamespaceOrBelow($"{Root}.{stage}");

    private static GivenTypesConjunction Any(params string[] stages)
    {
        var types = Types().That().ResideInNamespaceOrBelow($"{Root}.{stages[0]}");
        foreach (var stage in stages.Skip(1))
            types = types.Or().ResideInNamespaceOrBelow($"{Root}.{stage}");
        return types;
    }

    /// <summary>
    /// The model (articles, claims, sources, reports) is what every stage reads and writes; if it imported a stage, that
    /// stage's rules would become part of the data contract and every stage would depend on every other through it.
    /// </summary>
    [Test]
    public void The_model_imports_nothing_of_the_project() =>
        In("Model").Should().NotDependOnAny(
                Types().That().ResideInNamespaceOrBelow(Root).And().DoNotResideInNamespaceOrBelow($"{Root}.Model"))
            .Because("the model is the contract between stages, not part of any stage")
            .Check(Library);

    /// <summary>The language layer holds general knowledge of English; it may read the model, nothing else.</summary>
    [Test]
    public void The_language_layer_imports_only_the_model() =>
        In("Language").Should().NotDependOnAny(
                Types().That().ResideInNamespaceOrBelow(Root).And().DoNotResideInNamespaceOrBelow($"{Root}.Model")
                    .And().DoNotResideInNamespaceOrBelow($"{Root}.Language"))
            .Because("every stage reads the language layer, so it cannot read a stage")
            .Check(Library);

    /// <summary>Text helpers (sentence splitting, figure and date formats) are shared by every stage, so they read no stage.</summary>
    [Test]
    public void Text_helpers_import_only_the_model_and_the_language_layer() =>
        In("Text").Should().NotDependOnAny(
                Types().That().ResideInNamespaceOrBelow(Root).And().DoNotResideInNamespaceOrBelow($"{Root}.Model")
                    .And().DoNotResideInNamespaceOrBelow($"{Root}.Language").And().DoNotResideInNamespaceOrBelow($"{Root}.Text"))
            .Because("a helper every stage uses cannot depend on one of them")
            .Check(Library);

    /// <summary>Reports are the last step: a stage that formats text the way a report does would change when a report changes.</summary>
    [Test]
    public void No_stage_imports_reporting() =>
        Any("Model", "Text", "Language", "Reading", "Extraction", "Attribution", "Sources", "Comparison", "Pipeline")
            .Should().NotDependOnAny(In("Reporting"))
            .Because("reports render results; stages produce them")
            .Check(Library);

    /// <summary>Extraction reads one article; comparison works across articles after it, so extraction cannot need it.</summary>
    [Test]
    public void Extraction_never_imports_comparison() =>
        In("Extraction").Should().NotDependOnAny(In("Comparison"))
            .Because("extraction runs before comparison and must not depend on how claims are grouped")
            .Check(Library);

    /// <summary>Reading turns files into articles; what a sentence means is for the stages after it.</summary>
    [Test]
    public void Reading_imports_no_later_stage() =>
        In("Reading").Should().NotDependOnAny(Any("Extraction", "Attribution", "Sources", "Comparison", "Pipeline"))
            .Because("reading hands articles on and knows nothing of claims")
            .Check(Library);

    /// <summary>
    /// Comparison reads claim fields only. If it called the extractor's or attribution's sentence readers it would read
    /// the text a second time, with rules that can disagree with what the claim says.
    /// </summary>
    [Test]
    public void Comparison_does_not_import_the_sentence_readers() =>
        In("Comparison").Should().NotDependOnAny(Any("Attribution", "Extraction", "Reading"))
            .Because("comparison compares what the claims say; reading sentences is the earlier stages' work")
            .Check(Library);

    /// <summary>Reports render a finished report; they do not read input files or run a stage.</summary>
    [Test]
    public void Reporting_imports_no_stage() =>
        In("Reporting").Should().NotDependOnAny(Any("Reading", "Extraction", "Attribution", "Sources", "Comparison", "Pipeline"))
            .Because("a report can be written from a saved report.json without running anything")
            .Check(Library);

    /// <summary>
    /// One tokenizer (issue 12): the language layer cuts each sentence into pieces once (<c>SentenceTokens</c>); a stage
    /// joins pieces into the view it needs (<c>TokenView</c>, <c>ScopeTokens</c>) but never cuts text itself, so a
    /// second tokenizer cannot grow back in a stage under that name.
    /// </summary>
    [Test]
    public void Only_the_language_layer_tokenizes() =>
        Types().That().ResideInNamespaceOrBelow(Root).And().DoNotResideInNamespaceOrBelow($"{Root}.Language")
            .Should().NotHaveNameEndingWith("Tokenizer").AndShould().NotHaveNameEndingWith("Tokeniser")
            .Because("stages read the article's shared pieces; a tokenizer of their own would read the text a second way")
            .Check(Library);
}
