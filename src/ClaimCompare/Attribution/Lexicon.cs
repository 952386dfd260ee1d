using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>
/// The word tables attribution runs on. Written for this project from general English news usage;
/// docs/attribution.md lists what each table is for. All lookups are case-insensitive.
/// </summary>
internal static class Lexicon
{
    private static readonly StringComparer Ci = StringComparer.OrdinalIgnoreCase;

    /// <summary>
    /// Reporting and stance verbs that introduce what a source says or holds, as
    /// "base third-person past participle -ing" (one verb per entry). Order does not matter.
    /// </summary>
    private static readonly string[] VerbForms =
    [
        "say says said saying", "tell tells told telling", "report reports reported reporting", "add adds added adding",
        "detail details detailed detailing", "announce announces announced announcing", "confirm confirms confirmed confirming",
        "estimate estimates estimated estimating", "note notes noted noting", "claim claims claimed claiming",
        "state states stated stating", "explain explains explained explaining", "write writes wrote written writing",
        "argue argues argued arguing", "insist insists insisted insisting", "warn warns warned warning",
        "suggest suggests suggested suggesting", "predict predicts predicted predicting", "acknowledge acknowledges acknowledged acknowledging",
        "admit admits admitted admitting", "assert asserts asserted asserting", "declare declares declared declaring",
        "deny denies denied denying", "reveal reveals revealed revealing", "disclose discloses disclosed disclosing",
        "stress stresses stressed stressing", "emphasize emphasizes emphasized emphasizing", "emphasise emphasises emphasised emphasising",
        "recall recalls recalled recalling", "mention mentions mentioned mentioning", "respond responds responded responding",
        "reply replies replied replying", "comment comments commented commenting", "remark remarks remarked remarking",
        "indicate indicates indicated indicating", "conclude concludes concluded concluding", "contend contends contended contending",
        "maintain maintains maintained maintaining",
        "pledge pledges pledged pledging",
        "promise promises promised promising", "vow vows vowed vowing", "urge urges urged urging", "ask asks asked asking",
        "demand demands demanded demanding", "propose proposes proposed proposing", "agree agrees agreed agreeing",
        "echo echoes echoed echoing", "find finds found finding", "show shows showed shown showing", "tweet tweets tweeted tweeting",
        "testify testifies testified testifying", "complain complains complained complaining", "concede concedes conceded conceding",
        "counter counters countered countering", "criticize criticizes criticized criticizing", "criticise criticises criticised criticising",
        "condemn condemns condemned condemning", "accuse accuses accused accusing", "allege alleges alleged alleging",
        "assure assures assured assuring", "inform informs informed informing", "repeat repeats repeated repeating",
        "reiterate reiterates reiterated reiterating", "caution cautions cautioned cautioning", "boast boasts boasted boasting",
        "forecast forecasts forecasted forecasting", "calculate calculates calculated calculating", "record records recorded recording",
        "document documents documented documenting", "describe describes described describing", "call calls called calling",
        "cite cites cited citing", "quote quotes quoted quoting", "recount recounts recounted recounting", "observe observes observed observing",
        "signal signals signaled signalled signaling", "question questions questioned questioning",
        "threaten threatens threatened threatening", "charge charges charged charging", 
        "shout shouts shouted shouting", "posit posits posited positing", "speculate speculates speculated speculating",
        "announce announces announced", "point points pointed pointing", "blame blames blamed blaming", "praise praises praised praising", "continue continues continued continuing", "blast blasts blasted blasting", "liken likens likened likening",
    ];

    /// <summary>
    /// Attitude, belief, intention, knowledge and stance verbs ("X believes", "X wants to", "X opposes"), in the same
    /// "base third-person past -ing" layout. They relate a holder to a content as an attribution does, but the holder
    /// did not necessarily state it, so these cues are <see cref="CueClass.Attitude"/>. Think, plan, consider and accept
    /// are left out: in news text they are mostly rhetoric or plain intentions ("I think", "the governor plans to visit"); know,
    /// feel and see are in, but count only with a clause after them or as "see X as Y" (the scanner's cognition check).
    /// </summary>
    private static readonly string[] AttitudeVerbForms =
    [
        "want wants wanted wanting", "believe believes believed believing", "hope hopes hoped hoping", "fear fears feared fearing",
        "expect expects expected expecting", "worry worries worried worrying",
        "doubt doubts doubted doubting", "wonder wonders wondered wondering", "intend intends intended intending",
        "seek seeks sought seeking", "support supports supported supporting",
        "oppose opposes opposed opposing", "favor favors favored favoring", "favour favours favoured favouring",
        "prefer prefers preferred preferring", "reject rejects rejected rejecting",
        "endorse endorses endorsed endorsing", "decide decides decided deciding", "refuse refuses refused refusing",
        "wish wishes wished wishing", "trust trusts trusted trusting", "suspect suspects suspected suspecting",
        "assume assumes assumed assuming", "understand understands understood understanding",
        "dispute disputes disputed disputing", "approve approves approved approving",
        "defend defends defended defending", "attack attacks attacked attacking", "slam slams slammed slamming",
        "mock mocks mocked mocking", "dismiss dismisses dismissed dismissing", "applaud applauds applauded applauding",
        "hail hails hailed hailing", "encourage encourages encouraged encouraging", "recognize recognizes recognized recognizing",
        "recognise recognises recognised recognising", "realize realizes realized realizing", "realise realises realised realising",
        "learn learns learned learnt learning", "denounce denounces denounced denouncing", "decry decries decried decrying",
        "lament laments lamented lamenting", "advocate advocates advocated advocating",
        "challenge challenges challenged challenging", "regret regrets regretted regretting",
        "anticipate anticipates anticipated anticipating", "envision envisions envisioned envisioning", "imagine imagines imagined imagining",
        "remember remembers remembered remembering", "protest protests protested protesting",
        "vote votes voted voting", "thank thanks thanked thanking", "apologize apologizes apologized apologizing",
        "concur concurs concurred concurring", "deem deems deemed deeming", "insinuate insinuates insinuated insinuating", "decline declines declined declining",

        // Cognition verbs, cues only with a clause or an "as" complement (SentenceScanner.Precision.cs, CognitionComplement).
        "know knows knew", "feel feels felt", "see sees saw",
    ];

    /// <summary>
    /// Verbal acts and reactions aimed at a person, a plan or a topic: criticism ("lambasted", "scolded"), praise ("lauded",
    /// "touted"), manner of speaking ("joked", "proclaimed"), pleading ("implored"), labelling ("branded", "characterized"),
    /// discussing a topic ("discussed", "spoke about") and verdicts ("the court ruled"). They are
    /// <see cref="CueClass.Action"/>: what follows is a target or a topic, not a statement the actor made.
    /// </summary>
    private static readonly string[] ActionVerbForms =
    [
        "lambaste lambastes lambasted lambasting", "chastise chastises chastised chastising", "scold scolds scolded scolding",
        "berate berates berated berating", "rebuke rebukes rebuked rebuking", "castigate castigates castigated castigating",
        "excoriate excoriates excoriated excoriating", "deride derides derided deriding", "ridicule ridicules ridiculed ridiculing",
        "taunt taunts taunted taunting", "assail assails assailed assailing", "chide chides chided chiding",
        "admonish admonishes admonished admonishing", "bash bashes bashed bashing", "grill grills grilled grilling",
        "laud lauds lauded lauding", "commend commends commended commending", "congratulate congratulates congratulated congratulating",
        "tout touts touted touting", "extol extols extolled extolling", "herald heralds heralded heralding",
        "joke jokes joked joking", "quip quips quipped quipping", "proclaim proclaims proclaimed proclaiming", "brag brags bragged bragging",
        "chant chants chanted chanting", "yell yells yelled yelling", "scream screams screamed screaming", "exclaim exclaims exclaimed exclaiming",
        "plead pleads pleaded pleading", "implore implores implored imploring", "exhort exhorts exhorted exhorting", "beg begs begged begging",
        "characterize characterizes characterized characterizing", "characterise characterises characterised characterising",
        "portray portrays portrayed portraying", "brand brands branded branding", "dub dubs dubbed dubbing", "label labels labeled labelled labeling",
        "discuss discusses discussed discussing", "rule rules ruled ruling", "overrule overrules overruled overruling",
        "speak speaks spoke spoken speaking", "talk talks talked talking", "rail rails railed railing", "lash lashes lashed lashing",
        "weigh weighs weighed weighing", "bemoan bemoans bemoaned bemoaning",
        "reference references referenced referencing", "refer refers referred referring", "highlight highlights highlighted highlighting",
        "underscore underscores underscored underscoring", "invoke invokes invoked invoking", "compare compares comparing",
        "downplay downplays downplayed downplaying", "promote promotes promoted promoting", "champion champions championed championing",
        "address addresses addressed addressing", "link links linked linking",
        "embrace embraces embraced embracing", "sponsor sponsors sponsored sponsoring", "push pushes pushed pushing",
        "lobby lobbies lobbied lobbying", "ignore ignores ignored ignoring",
        "resist resists resisted resisting", "veto vetoes vetoed vetoing", "boycott boycotts boycotted boycotting",
        "outline outlines outlined outlining", "lay lays laid laying", "press presses pressed pressing",
        "tease teases teased teasing", "hint hints hinted hinting", "allude alludes alluded alluding",
        "reaffirm reaffirms reaffirmed reaffirming", "restate restates restated restating", "vouch vouches vouched vouching",
    ];

    /// <summary>
    /// Verbs of putting out a text ("issued a statement", "released a letter", "unveiled a proposal", "sent a letter", "filed a
    /// complaint"): a cue only when their object is a document or message (<see cref="IssuedTexts"/>), and then the issuer is
    /// the source of that text, as with a statement.
    /// </summary>
    private static readonly string[] IssueVerbForms =
    [
        "issue issues issued issuing", "release releases released releasing", "publish publishes published publishing",
        "unveil unveils unveiled unveiling", "send sends sent sending", "file files filed filing", "post posts posted posting",
        "circulate circulates circulated circulating", "sign signs signed signing", "deliver delivers delivered delivering",
        "unleash unleashes unleashed unleashing", "fire fires fired firing",
    ];

    /// <summary>
    /// Light verbs that make a speech act with a speech noun ("made an argument for", "gave a speech", "offered no
    /// evidence", "raised doubts about", "voiced concern"): a cue only when their object is one of <see cref="SpeechNouns"/>.
    /// </summary>
    private static readonly string[] LightVerbForms =
    [
        "make makes made making", "give gives gave giving", "offer offers offered offering", "raise raises raised raising",
        "express expresses expressed expressing", "voice voices voiced voicing", "lodge lodges lodged lodging",
        "use uses used using", // only "used the phrase/term/word" with its quotation (SentenceScanner.IssuesText)
    ];

    /// <summary>Nouns naming a speech act or a stated stance, the objects that make a light verb a cue.</summary>
    public static readonly HashSet<string> SpeechNouns = new(Language.Lexicon.Default.Words("source.speech-noun"), Ci);

    /// <summary>Objects that make an issue verb a cue: texts and messages (with <see cref="DocumentWords"/>).</summary>
    public static readonly HashSet<string> IssuedTexts = new(Language.Lexicon.Default.Words("source.issued-text"), Ci);

    /// <summary>
    /// Adjectives of stance after "be" ("the union is critical of", "farmers were angry that", "is confident that"): with a following
    /// that/of/about/to/over complement they attribute an attitude to the subject (<see cref="CueClass.Attitude"/>).
    /// </summary>
    public static readonly HashSet<string> StanceAdjectives = new(Language.Lexicon.Default.Words("source.stance-adjective"), Ci);

    /// <summary>Nouns naming a statement, which a possessor makes ("the governor's claim that", "her assertion that").</summary>
    public static readonly HashSet<string> StatementNouns = new(Language.Lexicon.Default.Words("source.statement-noun"), Ci);

    // ---- Nominal cues (issue 4, branch nominal): speech events opening a sentence, "by her own account" ----

    /// <summary>Speech events that, opening a sentence as "In a statement, ..." or "In her speech, ...", make the subject the speaker.</summary>
    public static readonly HashSet<string> SpeechEvents = new(Language.Lexicon.Default.Words("source.speech-event"), Ci);

    /// <summary>Nouns of "by her own account", "by one estimate", "by most accounts": a statement that frames the clause.</summary>
    public static readonly HashSet<string> OwnAccountNouns = new(Language.Lexicon.Default.Words("source.own-account-noun"), Ci);

    /// <summary>
    /// Verbs that report speech only with a particle ("called for", "called on"); alone they name or phone
    /// ("a group called X", "Hale called Ortega").
    /// </summary>
    /// <summary>True when <paramref name="word"/> is one of the space-separated <paramref name="particles"/> (no allocation).</summary>
    public static bool IsParticle(string particles, string word)
    {
        var all = particles.AsSpan();
        foreach (var range in all.Split(' '))
        {
            if (all[range].SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    public static readonly IReadOnlyDictionary<string, string> ParticleVerbs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["call"] = "for on",
        ["point"] = "out to",
        ["speak"] = "about of out",
        ["talk"] = "about of",
        ["rail"] = "against",
        ["lash"] = "out",
        ["weigh"] = "in",
        ["refer"] = "to",
        ["push"] = "for",
        ["lobby"] = "for against",
        ["lay"] = "out",
        ["press"] = "for on",
        ["hint"] = "at that",
        ["allude"] = "to",
        ["vouch"] = "for",
    };

    /// <summary>Labels that open an editorial line with a colon and name no speaker ("Correction:", "Editor's note:").</summary>
    public static readonly HashSet<string> EditorialLabels = new(Language.Lexicon.Default.Words("source.editorial-label"), Ci);

    /// <summary>Every cue verb form (speech and attitude) mapped to its base form.</summary>
    public static readonly IReadOnlyDictionary<string, string> CueVerbs = BuildVerbs();

    /// <summary>Base forms of the attitude verbs: their cues are <see cref="CueClass.Attitude"/>.</summary>
    public static readonly HashSet<string> AttitudeLemmas = new(AttitudeVerbForms.Select(e => e.Split(' ')[0]), Ci);

    /// <summary>Base forms of the verbs of issuing a text ("issued a statement"): cues only with a text as their object.</summary>
    public static readonly HashSet<string> IssueLemmas = new(IssueVerbForms.Select(e => e.Split(' ')[0]), Ci);

    /// <summary>Base forms of the light verbs ("made the case"): cues only with a speech noun as their object.</summary>
    public static readonly HashSet<string> LightLemmas = new(LightVerbForms.Select(e => e.Split(' ')[0]), Ci);

    /// <summary>Base forms of the action and reaction verbs: their cues are <see cref="CueClass.Action"/>.</summary>
    public static readonly HashSet<string> ActionLemmas = new(ActionVerbForms.Select(e => e.Split(' ')[0]), Ci);

    /// <summary>Verbs whose object is the person or outlet told ("told Sputnik", "informed reporters").</summary>
    public static readonly HashSet<string> ObjectVerbs = new(Language.Lexicon.Default.Words("source.object-verb"), Ci);

    /// <summary>Verbs that also head noun phrases often enough that a bare plural needs a subject to count ("reports", "estimates", "claims").</summary>
    public static readonly HashSet<string> NounLikeForms = new(Language.Lexicon.Default.Words("source.noun-like-form"), Ci);

    /// <summary>Verb forms and adverbs that may stand between a subject and its cue ("has also said", "had told").</summary>
    public static readonly HashSet<string> Auxiliaries = new(Language.Lexicon.Default.Words("skip.before-cue"), Ci);

    /// <summary>Forms of "be": a cue right after one is passive ("are said to") and names no source.</summary>
    public static readonly HashSet<string> BeForms = new(Language.Lexicon.Default.Words("passive-auxiliary"), Ci);

    /// <summary>Words that start a new clause: a subject noun phrase never reaches back past them.</summary>
    public static readonly HashSet<string> ClauseWords = new(Language.Lexicon.Default.Words("clause-start.source"), Ci);

    /// <summary>Prepositions that may join a source phrase ("Head of operations in the General Staff", "sources close to").</summary>
    public static readonly HashSet<string> InnerPrepositions = new(Language.Lexicon.Default.Words("source.inner-preposition"), Ci);

    /// <summary>Determiners and possessive pronouns that open a noun phrase.</summary>
    /// <remarks>Small numbers open a source phrase as a determiner does ("two officials", "one source").</remarks>
    public static readonly HashSet<string> Determiners = new(
        [.. Language.Lexicon.Default.Union(Ci, "determiner.article", "determiner.demonstrative", "determiner.possessive", "determiner.quantifier"),
         "one", "two", "three"],
        Ci);

    /// <summary>Pronouns that can be speakers.</summary>
    public static readonly HashSet<string> Pronouns = new(Language.Lexicon.Default.Words("pronoun.subject"), Ci);

    /// <summary>Words introducing a time adjunct that may stand next to a cue ("said on Monday", "said last week").</summary>
    public static readonly HashSet<string> TimeWords = new(Language.Lexicon.Default.Words("source.time-word"), Ci);

    /// <summary>Titles and ranks written before a name ("Lt. Gen.", "President", "Spokeswoman").</summary>
    public static readonly HashSet<string> Titles = new(Language.Lexicon.Default.Words("title.source"), Ci);

    /// <summary>Lower-case particles inside personal names ("Nour al-Din", "Staffan de Mistura").</summary>
    public static readonly HashSet<string> NameParticles = new(Language.Lexicon.Default.Words("name-particle.source"), Ci);

    /// <summary>Words that make a capitalised phrase an organisation rather than a person.</summary>
    public static readonly HashSet<string> OrganizationWords = new(Language.Lexicon.Default.Words("organisation-word.source"), Ci);

    /// <summary>News outlets and agencies known by name (the channel in "told Sputnik").</summary>
    public static readonly HashSet<string> OutletNames = new(Language.Lexicon.Default.Words("source.outlet-name"), Ci);

    /// <summary>Head words that make a phrase a news outlet ("al-Watan daily", "state TV", "The Lakeside Post").</summary>
    public static readonly HashSet<string> OutletWords = new(Language.Lexicon.Default.Words("outlet-word.source"), Ci);

    /// <summary>Words that make a phrase a monitor or NGO.</summary>
    public static readonly HashSet<string> MonitorWords = new(Language.Lexicon.Default.Words("source.monitor"), Ci);

    /// <summary>Words that make a phrase an official body (government, military, UN agency).</summary>
    public static readonly HashSet<string> OfficialWords = new(Language.Lexicon.Default.Words("source.official"), Ci);

    /// <summary>Head words of a document, estimate or finding ("recent estimates", "a report", "the poll").</summary>
    public static readonly HashSet<string> DocumentWords = new(Language.Lexicon.Default.Words("source.document"), Ci);

    /// <summary>Nouns that name an unnamed speaker ("a military source", "local sources", "activists").</summary>
    public static readonly HashSet<string> AnonymousHeads = new(Language.Lexicon.Default.Words("source.anonymous-head"), Ci);

    /// <summary>Role nouns that refer back to a person already named ("the general", "the Russian diplomat").</summary>
    public static readonly HashSet<string> PersonRoleNouns = new(Language.Lexicon.Default.Words("source.person-role"), Ci);

    /// <summary>Listeners that are not a channel ("told reporters", "told the council").</summary>
    public static readonly HashSet<string> AudienceWords = new(Language.Lexicon.Default.Words("source.audience"), Ci);

    /// <summary>Abbreviations whose full stop belongs to the word.</summary>
    public static readonly HashSet<string> Abbreviations = new(
        ["Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Gov", "Sen", "Rep", "Rev", "St", "Jr", "Sr",
         "Inc", "Ltd", "Co", "Corp", "No", "Mt", "Gens", "Cmdr", "Brig", "Pres", "Sec", "Sept", "Gen-Lt", "Lt-Gen"],
        StringComparer.Ordinal);

    private static Dictionary<string, string> BuildVerbs()
    {
        var verbs = new Dictionary<string, string>(Ci);
        foreach (var entry in VerbForms.Concat(AttitudeVerbForms).Concat(ActionVerbForms).Concat(IssueVerbForms).Concat(LightVerbForms))
        {
            var forms = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var form in forms)
            {
                verbs.TryAdd(form, forms[0]);
            }
        }

        return verbs;
    }

    /// <summary>Strips a possessive ending ("Ministry's" is "Ministry").</summary>
    public static string StripPossessive(string word, out bool possessive)
    {
        possessive = word.Length > 2 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase));
        if (possessive)
        {
            return word[..^2];
        }

        if (word.Length > 2 && (word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal)))
        {
            possessive = true;
            return word[..^1];
        }

        return word;
    }
}
