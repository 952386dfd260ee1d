using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Extraction;

/// <summary>
/// The day of the week a figure's incident happened on, as news writing names it (<see cref="Claim.IncidentDay"/>):
/// "Saturday", "late Friday", "early Sunday", "Tuesday night". Crime and accident reports name the day in the lead
/// ("Two men were shot Saturday night in ..."), dated or not, and two reports of one city that name different days
/// report different incidents. A figure takes the day named in its own sentence, else, when its sentence names no time
/// at all, the day of the article's lead. A sentence naming two different days gives none ("shot Saturday, died Monday").
/// Comparison reads the field (<c>IncidentEvidence.DaysCompatible</c>).
/// </summary>
internal static class IncidentDay
{
    private static readonly FrozenSet<string> DayLateBeforeWords = Lexicon.Default.Words("day.late-before");
    private static readonly FrozenSet<string> DayLateAfterWords = Lexicon.Default.Words("day.late-after");
    private static readonly FrozenSet<string> DayEarlyBeforeWords = Lexicon.Default.Words("day.early-before");
    private static readonly FrozenSet<string> DayEarlyAfterWords = Lexicon.Default.Words("day.early-after");
    /// <summary>The day named in one sentence, as "saturday", "saturday late" or "sunday early"; "" when it names two different days; null when none.</summary>
    public static string? Of(List<ScopeToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        string? found = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            // Full names only, capitalised: "Sat" or "sun" are other words too.
            if (!tokens[i].Capitalised || tokens[i].Lower.Length < 6 || !CalendarWords.Weekdays.ContainsKey(tokens[i].Lower))
            {
                continue;
            }

            var day = tokens[i].Lower + Marker(tokens, i);
            if (found is not null && !string.Equals(Name(found), Name(day), StringComparison.Ordinal))
            {
                return string.Empty;
            }

            found ??= day;
        }

        return found;
    }

    /// <summary>The day of the article's lead: the first of the headline and the lead sentences that names one.</summary>
    public static string? OfLead(ArticleText text, Article article, IEnumerable<TextSpan> lead)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(lead);
        if (!string.IsNullOrWhiteSpace(article.Title) && Of(ScopeTokens.Read(article.Title, 0)) is { } headline)
        {
            return headline.Length > 0 ? headline : null;
        }

        foreach (var sentence in lead)
        {
            if (Of(ScopeTokens.Read(text.TokensOf(sentence))) is { } day)
            {
                return day.Length > 0 ? day : null;
            }
        }

        return null;
    }

    private static string Name(string day)
    {
        var space = day.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? day : day[..space];
    }

    // "late Friday", "Friday night", "overnight Friday" are late; "early Saturday", "Saturday morning" early (a shooting
    // at 1 a.m. is "late Friday" to one outlet and "early Saturday" to another).
    private static string Marker(List<ScopeToken> t, int i)
    {
        var before = i > 0 ? t[i - 1].Lower : string.Empty;
        var after = i + 1 < t.Count ? t[i + 1].Lower : string.Empty;
        if (DayLateBeforeWords.HasWord(before) || DayLateAfterWords.HasWord(after))
        {
            return " late";
        }

        return DayEarlyBeforeWords.HasWord(before) || DayEarlyAfterWords.HasWord(after) ? " early" : string.Empty;
    }
}
