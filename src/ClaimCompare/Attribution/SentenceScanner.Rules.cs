using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>
/// The cue rules <see cref="SentenceScanner.Scan"/> runs, as small objects in the order they are tried (Markdig's inline
/// parsers are the model): each says which word can open its cue (<see cref="CueRule.Triggers"/>, cheap) and reads the one
/// construction it knows at that word (<see cref="CueRule.TryMatch"/>). At each word the first rule that triggers and matches
/// wins, so the order is the precedence: a reporting verb is read before a speaker label, a label before a stance adjective,
/// and so on. Sentence rules are tried once at the end when no word rule found anything.
/// </summary>
internal static partial class SentenceScanner
{
    /// <summary>Role <c>attribution.clause-conjunction</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionClauseConjunctionWords = Language.Lexicon.Default.Words("attribution.clause-conjunction");

    /// <summary>Word rules in precedence order. A new cue construction is a new rule here, in its place in the order.</summary>
    private static readonly CueRule[] WordRules =
    [
        new AccordingToRule(),
        new CueVerbRule(),
        new SpeakerLabelRule(),
        new StanceAdjectiveRule(),
        new StatementNounRule(),
        new AuthoredDocumentRule(),
        new OwnAccountRule(),
        new AsPutItRule(),
        new InViewRule(),
    ];

    /// <summary>Sentence rules, tried in order when no word rule found a cue; the first match is the sentence's only attribution.</summary>
    private static readonly SentenceRule[] SentenceRules =
    [
        new DashSignatureRule(),
        new OpeningDocumentRule(),
        new OpeningSpeechEventRule(),
    ];

    /// <summary>
    /// What the rules see of the sentence being scanned. It lives for one <see cref="Scan"/> call: the quotation state and the
    /// attributions found so far change as the walk goes on, and rules read them (a rule never writes them).
    /// </summary>
    private sealed class ScanState(string text, IReadOnlyList<Token> tokens, TextSpan sentence, bool inQuote)
    {
        public string Text { get; } = text;

        public IReadOnlyList<Token> Tokens { get; } = tokens;

        public TextSpan Sentence { get; } = sentence;

        /// <summary>True for a title-case line, where capitalised cue forms can be verbs.</summary>
        public bool Headline { get; } = IsHeadline(tokens);

        /// <summary>Attributions found so far, in the order found.</summary>
        public List<RawAttribution> Found { get; } = [];

        /// <summary>Whether the current word stands inside a quotation.</summary>
        public bool InQuote { get; set; } = inQuote;

        /// <summary>True once a verb of saying has been seen in the sentence ("the mayor said she was doubtful about ...").</summary>
        public bool AfterSpeech { get; set; }

        /// <summary>The word whose cue lemma <see cref="CueLemma"/> holds (-1 for none): a rule's trigger looks it up once for its match.</summary>
        public int CueAt { get; set; } = -1;

        /// <summary>The cue lemma of the word at <see cref="CueAt"/>.</summary>
        public string CueLemma { get; set; } = string.Empty;
    }

    /// <summary>One cue construction read at a word.</summary>
    private abstract class CueRule
    {
        /// <summary>True when the word at <paramref name="i"/> (a word token) can open this rule's cue in the current state.</summary>
        public abstract bool Triggers(ScanState s, int i);

        /// <summary>Reads the construction at <paramref name="i"/>; null when it is not there.</summary>
        public abstract RawAttribution? TryMatch(ScanState s, int i);
    }

    /// <summary>One construction read over the whole sentence after the word walk.</summary>
    private abstract class SentenceRule
    {
        /// <summary>Reads the construction; null when the sentence does not have it.</summary>
        public abstract RawAttribution? TryMatch(ScanState s);
    }

    /// <summary>"according to X", at either end of the sentence.</summary>
    private sealed class AccordingToRule : CueRule
    {
        public override bool Triggers(ScanState s, int i) =>
            s.Tokens[i].Lower == "according" && i + 1 < s.Tokens.Count && s.Tokens[i + 1].Lower == "to";

        public override RawAttribution? TryMatch(ScanState s, int i) => According(s.Tokens, i, s.Sentence);
    }

    /// <summary>
    /// A cue verb of the table or a WordNet verb of stating or criticising: finite with its subject, inverted, participles,
    /// infinitives; attitudes and acts pass the holder filters.
    /// </summary>
    private sealed class CueVerbRule : CueRule
    {
        public override bool Triggers(ScanState s, int i)
        {
            if (!CueLemma(s.Tokens[i], out var lemma))
            {
                return false;
            }

            (s.CueAt, s.CueLemma) = (i, lemma);
            return true;
        }

        public override RawAttribution? TryMatch(ScanState s, int i)
        {
            var tokens = s.Tokens;
            var t = tokens[i];
            // The lemma its trigger looked up (the scan asks the trigger first); looked up again only if called alone.
            var lemma = s.CueAt == i ? s.CueLemma : LemmaOf(t);

            // A capitalised cue word inside a sentence is part of a name ("the United States", "The Washington Post"),
            // except the forms that only headline verbs take ("Senator Hale Says").
            // A sense that reports nothing ("went to see the harbour", "to find a way") stays out of non-finite clauses too.
            if (!(!t.IsCapitalized || i <= FirstContentToken(tokens) || t.Text is "Says" or "Tells" || (s.Headline && HeadlineVerb(tokens, i, lemma)))
                || !FigureVerbSense(tokens, i, lemma))
            {
                return null;
            }

            var found = s.Found;
            var raw = Verb(tokens, i, lemma, s.Sentence, found.Count > 0) ?? (OtherSense(tokens, i, lemma) ? null : Nonfinite(tokens, i, lemma, s.Sentence, found));

            // "The levy, first proposed by Okafor, ...": a participle before "by" and its agent was read with the phrase before it as
            // subject; the agent is the source. (Adding the construction where no subject was read made 2 predictions on PolNeAR dev, 1 right.)
            if (raw is not null && raw.SourceFrom >= 0 && raw.SourceFrom < i && !raw.Trailing && ByAgent(tokens, i, lemma, s.Sentence) is { } agent)
            {
                raw = agent;
            }

            if (raw is not null && (Lexicon.AttitudeLemmas.Contains(lemma) || Lexicon.IsAction(lemma)))
            {
                // "The senator said she now believes ...": an attitude inside what someone says is part of the statement.
                // A coordinating or concessive conjunction opens a clause of its own: "5 percent prefer X and 1 percent support Y"
                // holds two attitudes side by side; "because he doubted ..." stays part of what was said.
                var nested = found.Exists(f => !f.Trailing && f.Content is { } c && c.Contains(t.Start))
                    && !(raw.SourceFrom >= 1 && tokens[raw.SourceFrom - 1].IsWord && AttributionClauseConjunctionWords.HasWord(tokens[raw.SourceFrom - 1].Lower));
                var cueClass = Lexicon.IsAction(lemma) ? CueClass.Action : CueClass.Attitude;
                return !nested && PlausibleHolder(tokens, raw, s.InQuote) && !Labelled(tokens, raw, lemma) ? raw with { Class = cueClass } : null;
            }

            if (raw is not null && raw.SourceFrom >= 0 && raw.SourceFrom < i
                && (!raw.Trailing && NestedPronoun(tokens, raw, found, t) || s.InQuote || Labelled(tokens, raw, lemma)))
            {
                // Speech reported inside a quotation ("she told me one thing, she posted another") belongs to the quoted speaker's words.
                return null;
            }

            return raw;
        }

        /// <summary>The lemma of a cue verb form: the table's, else (lower-case forms only) a WordNet verb of stating or criticising.</summary>
        private static string LemmaOf(Token t)
        {
            CueLemma(t, out var lemma);
            return lemma;
        }

        private static bool CueLemma(Token t, out string lemma) =>
            Lexicon.CueVerbs.TryGetValue(t.Text, out lemma!) || !t.IsCapitalized && CommunicationVerbs.TryGet(t.Lower, out lemma, out _);
    }

    /// <summary>"PENCE: ...", "Okafor: ...": a speaker label before a colon near the sentence start, when nothing was found yet.</summary>
    private sealed class SpeakerLabelRule : CueRule
    {
        public override bool Triggers(ScanState s, int i) =>
            s.Found.Count == 0 && i + 1 < s.Tokens.Count && s.Tokens[i + 1].Kind == TokenKind.Colon && i - FirstContentToken(s.Tokens) < 6;

        public override RawAttribution? TryMatch(ScanState s, int i) => Colon(s.Text, s.Tokens, i, s.Sentence);
    }

    /// <summary>"the union is critical of", "farmers were angry that": a stance adjective after "be", outside quotations.</summary>
    private sealed class StanceAdjectiveRule : CueRule
    {
        public override bool Triggers(ScanState s, int i) =>
            !s.InQuote && s.Found.Count == 0 && Lexicon.StanceAdjectives.Contains(s.Tokens[i].Text) && !s.Tokens[i].IsCapitalized;

        public override RawAttribution? TryMatch(ScanState s, int i) => Stance(s.Tokens, i, s.Sentence, s.AfterSpeech);
    }

    /// <summary>"the governor's claim that": a statement noun with a possessor.</summary>
    private sealed class StatementNounRule : CueRule
    {
        public override bool Triggers(ScanState s, int i) => !s.InQuote && i >= 1 && Lexicon.StatementNouns.Contains(s.Tokens[i].Text);

        public override RawAttribution? TryMatch(ScanState s, int i) => Nominal(s.Tokens, i, s.Sentence);
    }

    /// <summary>"a Harbor Times report that": a document named after its author.</summary>
    private sealed class AuthoredDocumentRule : CueRule
    {
        public override bool Triggers(ScanState s, int i) =>
            !s.InQuote && !s.Tokens[i].IsCapitalized && i >= 2 && Lexicon.DocumentWords.Contains(s.Tokens[i].Text);

        public override RawAttribution? TryMatch(ScanState s, int i) => AuthoredDocument(s.Tokens, i, s.Sentence);
    }

    /// <summary>"by her own account", "by one estimate".</summary>
    private sealed class OwnAccountRule : CueRule
    {
        public override bool Triggers(ScanState s, int i) => !s.InQuote && s.Tokens[i].Lower == "by";

        public override RawAttribution? TryMatch(ScanState s, int i) => OwnAccount(s.Tokens, i, s.Sentence);
    }

    /// <summary>"as X put it".</summary>
    private sealed class AsPutItRule : CueRule
    {
        public override bool Triggers(ScanState s, int i) => !s.InQuote && s.Tokens[i].Lower == "as";

        public override RawAttribution? TryMatch(ScanState s, int i) => AsPutIt(s.Tokens, i, s.Sentence);
    }

    /// <summary>"in X's view / eyes / opinion".</summary>
    private sealed class InViewRule : CueRule
    {
        public override bool Triggers(ScanState s, int i) => !s.InQuote && s.Tokens[i].Lower == "in";

        public override RawAttribution? TryMatch(ScanState s, int i) => InView(s.Tokens, i, s.Sentence);
    }

    /// <summary>'"..." ― Lina Marsh': a dash after a closing quote names the speaker of the quotation before it.</summary>
    private sealed class DashSignatureRule : SentenceRule
    {
        public override RawAttribution? TryMatch(ScanState s) => Dash(s.Tokens);
    }

    /// <summary>
    /// "In the latest poll, the mayor leads by 4 points": a document opening the sentence is the source of what follows,
    /// unless the sentence names a speaker for it ("In its reply, the agency said ...").
    /// </summary>
    private sealed class OpeningDocumentRule : SentenceRule
    {
        public override RawAttribution? TryMatch(ScanState s) => s.InQuote ? null : InDocument(s.Tokens, s.Sentence);
    }

    /// <summary>"In a memo sent to staff, the manager was less upbeat": a speech event opening the sentence makes its subject the speaker.</summary>
    private sealed class OpeningSpeechEventRule : SentenceRule
    {
        public override RawAttribution? TryMatch(ScanState s) => s.InQuote ? null : InSpeechEvent(s.Tokens, s.Sentence);
    }
}
