using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>
/// Finds organisation names anywhere in a sentence ("the Russian Reconciliation Centre", "the Ministry of Health", "Cook
/// County Medical Examiner's Office") so a later definite description can refer to them. News names a body in full once
/// and then calls it "the centre", "the ministry" or "the monitor".
/// </summary>
internal static class NamedOrganisations
{
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
            var hasOrganisationWord = IsOrganisationWord(tokens[i]);
            while (end < tokens.Count && end - i < MaxWords)
            {
                if (tokens[end].IsCapitalized)
                {
                    hasOrganisationWord |= IsOrganisationWord(tokens[end]);
                    end++;
                }
                else if (tokens[end].IsWord && tokens[end].Lower is "of" or "for" or "on" or "and" && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized
                    && !Lexicon.Determiners.Contains(tokens[end + 1].Text))
                {
                    end++;
                }
                else
                {
                    break;
                }
            }

            // "Richmond police", "Dayton police": a place name before a lower-case "police" names that force.
            if (!hasOrganisationWord && end < tokens.Count && tokens[end].IsWord && tokens[end].Text == "police")
            {
                hasOrganisationWord = true;
                end++;
            }

            // Only a run of two or more words is a name worth remembering ("Ministry" alone is itself a short form).
            if (hasOrganisationWord && end - i >= 2 && MentionBuilder.Build(text, tokens, i, end) is { } mention
                && mention.Kind is SourceKind.Official or SourceKind.Monitor or SourceKind.Organization or SourceKind.Outlet)
            {
                yield return mention;
            }

            i = end;
        }
    }

    private static bool IsOrganisationWord(Token t) =>
        Lexicon.OrganizationWords.Contains(Lexicon.StripPossessive(t.Text, out _)) && !Lexicon.OutletNames.Contains(t.Text);
}
