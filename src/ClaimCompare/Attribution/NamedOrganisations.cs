using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>
/// Finds organisation names anywhere in a sentence ("the Russian Reconciliation Centre", "the Ministry of Health", "Cook
/// County Medical Examiner's Office") so a later definite description can refer to them. News names a body in full once
/// and then calls it "the centre", "the ministry" or "the monitor".
/// </summary>
internal static class NamedOrganisations
{
    /// <summary>Role <c>attribution.organisation-inner</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionOrganisationInnerWords = Language.Lexicon.Default.Words("attribution.organisation-inner");

    /// <summary>Longest name, in words; bounds the walk and keeps the scan linear.</summary>
    private const int MaxWords = 8;

    /// <summary>
    /// Every run of capitalised words (joined by lower-case "of", "for", "on", "and" between capitalised words) that holds a
    /// capitalised organisation word, built into a mention; runs that read as a person, an anonymous or a document are skipped.
    /// </summary>
    public static IEnumerable<SourceMention> In(string text, List<Token> tokens)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalized || Lexicon.Determiners.Contains(tokens[i].Text))
            {
                i++;
                continue;
            }

            var end = i + 1;
            var hasOrganisationWord = IsLexiconOrganisationWord(tokens[i]);
            while (end < tokens.Count && end - i < MaxWords)
            {
                if (tokens[end].IsCapitalized)
                {
                    hasOrganisationWord |= IsLexiconOrganisationWord(tokens[end]);
                    end++;
                }
                else if (tokens[end].IsWord && AttributionOrganisationInnerWords.HasWord(tokens[end].Lower) && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized
                    && !Lexicon.Determiners.Contains(tokens[end + 1].Text))
                {
                    end++;
                }
                else
                {
                    break;
                }
            }

            // "Lakeside Memorial Hospital": WordNet is asked about the head of a run only, once per run, to keep the scan cheap.
            var headIsBody = !hasOrganisationWord && end - i >= 2 && IsOrganisationWord(tokens[end - 1]);
            hasOrganisationWord |= headIsBody;

            // "Richmond police", "Dayton police", "Leeds council": a place name before a lower-case collective body noun names that body.
            if (!hasOrganisationWord && end < tokens.Count && IsLowerCaseBody(tokens[end]))
            {
                hasOrganisationWord = true;
                end++;
            }

            // Only a run of two or more words is a name worth remembering ("Ministry" alone is itself a short form).
            if (hasOrganisationWord && end - i >= 2 && MentionBuilder.Build(text, tokens, i, end) is { } mention)
            {
                if (mention.Kind is SourceKind.Official or SourceKind.Monitor or SourceKind.Organization or SourceKind.Outlet)
                {
                    yield return mention;
                }
                else if (mention.Kind == SourceKind.Person && mention.Role is null && headIsBody)
                {
                    // "Lakeside Memorial Hospital": capitalised words ending in a body noun the lexicon lacks name that body, not a person.
                    yield return mention with { Kind = SourceKind.Organization };
                }
            }

            i = end;
        }
    }

    /// <summary>
    /// A lower-case body noun that a place name before it turns into a name ("Richmond police", "Dayton police", "Leeds
    /// council"): a word not ending in "s" whose first WordNet meaning is a kind of organisation ("police" is a force,
    /// "council" an assembly). Plurals stay out ("Texas schools" names no one body).
    /// </summary>
    private static bool IsLowerCaseBody(Token t) => t.IsWord && !t.IsCapitalized && IsBodyNoun(t.Text);

    private static bool IsBodyNoun(string word) =>
        word.Length > 3 && !word.EndsWith('s') && Language.WordNet.Default.IsKindOf(word, "organization", Language.WordClass.Noun, maxSense: 1);

    /// <summary>True for a body named by a place and a lower-case body noun ("Richmond police"), which "they" may refer to.</summary>
    public static bool IsForceOfPlace(SourceMention mention)
    {
        var space = mention.Name.LastIndexOf(' ');
        return space > 0 && char.IsLower(mention.Name[space + 1]) && IsBodyNoun(mention.Name[(space + 1)..]);
    }

    private static bool IsLexiconOrganisationWord(Token t) =>
        Lexicon.OrganizationWords.Contains(Lexicon.StripPossessive(t.Text, out _)) && !Lexicon.OutletNames.Contains(t.Text);

    private static bool IsOrganisationWord(Token t) =>
        IsOrganisationNoun(Lexicon.StripPossessive(t.Text, out _)) && !Lexicon.OutletNames.Contains(t.Text);

    /// <summary>
    /// True for a noun that names a body: the organisation words of the lexicon, or a noun whose first two WordNet senses
    /// descend from "organization" ("hospital" is a medical institution, "school", "church", "firm").
    /// </summary>
    public static bool IsOrganisationNoun(string word) =>
        Lexicon.OrganizationWords.Contains(word)
        || word.Length > 2 && Language.WordNet.Default.IsKindOf(word.ToLowerInvariant(), Organisations.Value, Language.WordClass.Noun, maxSense: 2);

    // Asked once per capitalised run: the organisation meanings are settled once per process instead of walked per word.
    private static readonly Lazy<Language.KindSet> Organisations = new(() => Language.WordNet.Default.KindsOf("organization", Language.WordClass.Noun));
}
