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
        // Publishing or estimating a figure ("the monitor counted 45 deaths", "the bulletin listed six villages", "the agency tallied 300").
        "count counts counted counting", "list lists listed listing", "tally tallies tallied tallying",
        // "officials put the death toll at 25": a cue only with "at" and a figure after it (SentenceScanner.FigureFollows).
        "put puts put putting",
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
    public static readonly HashSet<string> SpeechNouns = new(
        ["comment", "comments", "remark", "remarks", "reference", "case", "argument", "arguments", "point", "points", "promise", "promises",
         "pledge", "assurance", "assurances", "statement", "statements", "speech", "speeches", "announcement", "claim", "claims",
         "accusation", "accusations", "allegation", "allegations", "apology", "proof", "evidence", "explanation", "details", "concern",
         "concerns", "doubts", "doubt", "questions", "question", "objection", "objections", "criticism", "complaint", "complaints",
         "misgivings", "reservations", "outrage", "frustration", "dismay", "regret", "hope", "confidence", "support", "opposition",
         "condolences", "prediction", "predictions", "warning", "warnings", "testimony", "endorsement", "defense", "defence",
         "rebuttal", "response", "answer", "answers", "insights", "assessment", "estimate", "forecast", "vow", "threat", "threats",
         "advice"],
        Ci);

    /// <summary>Objects that make an issue verb a cue: texts and messages (with <see cref="DocumentWords"/>).</summary>
    public static readonly HashSet<string> IssuedTexts = new(
        ["proposal", "proposals", "letter", "letters", "motion", "agreement", "list", "tweets", "paper", "speech", "remarks", "warning",
         "ultimatum", "appeal", "petition", "op-ed", "column", "portions", "excerpts", "results", "guidance", "guidelines", "brief",
         "rebuttal", "response", "reply", "apology", "invitation", "call", "message"],
        Ci);

    /// <summary>
    /// Adjectives of stance after "be" ("the union is critical of", "farmers were angry that", "is confident that"): with a following
    /// that/of/about/to/over complement they attribute an attitude to the subject (<see cref="CueClass.Attitude"/>).
    /// </summary>
    public static readonly HashSet<string> StanceAdjectives = new(
        ["critical", "supportive", "skeptical", "sceptical", "confident", "convinced", "certain", "sure", "unsure", "concerned", "worried",
         "afraid", "fearful", "hopeful", "optimistic", "pessimistic", "frustrated", "furious", "angry", "incensed", "outraged", "upset",
         "unhappy", "happy", "pleased", "disappointed", "dismayed", "alarmed", "determined", "eager", "reluctant", "willing", "unwilling",
         "opposed", "adamant", "wary", "doubtful", "aware", "unaware", "proud", "grateful", "bullish", "bearish", "enthusiastic",
         "dismissive", "suspicious", "uneasy", "nervous", "anxious", "insistent", "vocal", "coy", "silent", "clear"],
        Ci);

    /// <summary>Nouns naming a statement, which a possessor makes ("the governor's claim that", "her assertion that").</summary>
    public static readonly HashSet<string> StatementNouns = new(
        ["claim", "claims", "statement", "assertion", "assertions", "remarks", "comments", "comment", "accusation", "accusations",
         "allegation", "allegations", "promise", "promises", "pledge", "insistence", "argument", "warning", "admission", "suggestion",
         "contention", "prediction", "boast", "charge", "denial", "announcement"],
        Ci);

    // ---- Nominal cues (issue 4, branch nominal): speech events opening a sentence, "by her own account" ----

    /// <summary>Speech events that, opening a sentence as "In a statement, ..." or "In her speech, ...", make the subject the speaker.</summary>
    public static readonly HashSet<string> SpeechEvents = new(
        ["statement", "interview", "speech", "letter", "op-ed", "column", "essay", "tweet", "post", "remarks", "address", "email", "e-mail",
         "memo", "briefing", "testimony", "message", "video", "ad", "advertisement", "appearance", "conference", "call", "podcast", "blog",
         "debate", "hearing", "forum"],
        Ci);

    /// <summary>Nouns of "by her own account", "by one estimate", "by most accounts": a statement that frames the clause.</summary>
    public static readonly HashSet<string> OwnAccountNouns = new(
        ["account", "accounts", "admission", "estimate", "estimates", "count", "counts", "reckoning", "telling", "tally", "calculation", "calculations"], Ci);

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
    public static readonly HashSet<string> EditorialLabels = new(
        ["correction", "clarification", "update", "updated", "note", "editor's note", "editor’s note", "latest", "the latest", "watch", "read",
         "related", "photo", "video", "source", "sources", "advertisement", "disclaimer", "warning", "breaking", "exclusive", "analysis",
         "opinion", "editorial", "live", "listen", "see", "more", "also"],
        Ci);

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
    public static readonly HashSet<string> ObjectVerbs = new(["tell", "inform", "assure", "ask", "urge", "warn", "brief"], Ci);

    /// <summary>Verbs that also head noun phrases often enough that a bare plural needs a subject to count ("reports", "estimates", "claims").</summary>
    public static readonly HashSet<string> NounLikeForms = new(
        ["reports", "estimates", "claims", "states", "notes", "records", "documents", "calls", "comments", "remarks", "questions",
         "charges", "plans", "fears", "hopes", "worries", "counters", "signals", "quotes", "details", "promises", "demands", "shows",
         "finds", "tweets", "points", "wants", "echoes", "thought", "record", "report", "estimate", "claim", "state", "note",
         "document", "call", "comment", "remark", "question", "charge", "plan", "fear", "hope", "worry", "counter", "signal",
         "quote", "detail", "promise", "demand", "show", "find", "tweet", "point", "want", "echo", "pledge", "vow", "forecast", "recall",
         "caution", "praise", "blame", "reply", "maintain", "support", "supports", "attack", "attacks", "view", "views",
         "doubt", "doubts", "wish", "wishes", "trust", "favor", "favour", "thanks", "welcome", "aim", "aims", "vote", "votes",
         "protest", "protests", "object", "objects", "contest", "contests", "challenge", "challenges", "dispute", "disputes",
         "advocate", "advocates", "suspect", "suspects", "favors", "favours", "regret", "regrets", "slam", "hail", "decline", "declines", "mock",
         "rule", "rules", "rate", "rates", "talk", "talks", "label", "labels", "brand", "brands", "joke", "jokes", "chant", "chants",
         "yell", "yells", "scream", "screams", "quip", "quips", "plea", "grill", "grills", "bash", "bashes", "rail", "rails",
         "taunt", "taunts", "herald", "beg", "dub", "tout", "touts", "weigh", "lash", "speak", "issue", "issues", "release", "releases",
         "file", "files", "post", "posts", "sign", "signs", "send", "fire", "fires", "make", "give", "offer", "offers", "raise",
         "raises", "voice", "voices", "express", "reference", "references", "highlight", "highlights", "champion", "champions",
         "address", "addresses", "link", "links", "compare", "back", "backs", "push", "pushes", "lobby", "campaign", "campaigns",
         "veto", "vetoes", "boycott", "boycotts", "outline", "outlines", "press", "hint", "hints", "sponsor", "sponsors", "tease",
         "count", "counts", "list", "lists", "tally", "tallies"],
        Ci);

    /// <summary>Verb forms and adverbs that may stand between a subject and its cue ("has also said", "had told").</summary>
    public static readonly HashSet<string> Auxiliaries = new(
        ["has", "have", "had", "also", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "not",
         "never", "reportedly", "previously", "later", "earlier", "recently", "once", "then", "further", "repeatedly", "already", "still",
         "just", "now", "too", "again", "first", "often", "long", "separately", "publicly", "privately", "initially", "even", "always",
         "has't", "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "won't", "wouldn't", "couldn't", "had'nt", "'s", "’s",
         "flatly", "openly", "having", "ever", "only", "originally", "subsequently", "similarly", "likewise", "finally", "quickly", "immediately"],
        Ci);

    /// <summary>Forms of "be": a cue right after one is passive ("are said to") and names no source.</summary>
    public static readonly HashSet<string> BeForms = new(["is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "get", "got", "gets"], Ci);

    /// <summary>Words that start a new clause: a subject noun phrase never reaches back past them.</summary>
    public static readonly HashSet<string> ClauseWords = new(
        ["that", "which", "who", "whom", "whose", "where", "when", "while", "as", "because", "but", "if", "since", "after", "before",
         "although", "though", "so", "than", "whether", "until", "unless", "or", "nor", "yet", "then", "there", "here", "what", "how",
         "why", "however", "meanwhile", "also", "not", "whereas", "once", "thus", "therefore", "amid", "despite", "by", "like",
         "about", "into", "onto", "over", "under", "through", "during", "against", "without", "within", "between", "among", "upon",
         "toward", "towards", "across", "behind", "beyond", "near", "around", "via", "per", "is", "are", "was", "were", "be", "been",
         "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "shall", "should",
         "must", "to", "it's", "it’s", "just", "even", "only", "said", "says", "say"],
        Ci);

    /// <summary>Prepositions that may join a source phrase ("Head of operations in the General Staff", "sources close to").</summary>
    public static readonly HashSet<string> InnerPrepositions = new(["of", "for", "in", "at", "to", "with", "from", "on"], Ci);

    /// <summary>Determiners and possessive pronouns that open a noun phrase.</summary>
    public static readonly HashSet<string> Determiners = new(
        ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "another", "other",
         "some", "several", "many", "two", "three", "both", "one", "each", "every", "no", "most", "few", "all", "any"],
        Ci);

    /// <summary>Pronouns that can be speakers.</summary>
    public static readonly HashSet<string> Pronouns = new(["he", "she", "they", "it", "we", "i", "you"], Ci);

    /// <summary>Words introducing a time adjunct that may stand next to a cue ("said on Monday", "said last week").</summary>
    public static readonly HashSet<string> TimeWords = new(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "earlier",
         "later", "last", "this", "late", "early", "on", "in", "week", "month", "year", "morning", "afternoon", "evening", "night",
         "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         "recently", "again", "then", "previously", "too", "also", "separately", "privately", "publicly", "a", "statement", "an",
         "interview", "press", "conference", "briefing", "the", "news", "at", "weekend", "day", "days", "ago", "tuesday’s"],
        Ci);

    /// <summary>Titles and ranks written before a name ("Lt. Gen.", "President", "Spokeswoman").</summary>
    public static readonly HashSet<string> Titles = new(
        ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "gen", "gen.", "lt", "lt.", "col", "col.", "maj", "maj.",
         "capt", "capt.", "sgt", "sgt.", "adm", "adm.", "gov", "gov.", "sen", "sen.", "rep", "rep.", "rev", "rev.", "lt.-gen.", "lt-gen",
         "general", "lieutenant", "lieutenant-general", "major-general", "brigadier-general", "colonel", "major", "captain", "sergeant",
         "admiral", "marshal", "commander", "president", "vice", "prime", "minister", "secretary", "spokesman", "spokeswoman",
         "spokesperson", "ambassador", "envoy", "senator", "governor", "mayor", "chairman", "chairwoman", "chair", "director",
         "chief", "head", "deputy", "king", "queen", "prince", "imam", "cleric", "journalist", "analyst", "reporter",
         "correspondent", "editor", "professor", "judge", "justice", "attorney", "officer", "brigadier", "candidate", "nominee",
         "speaker", "leader", "representative", "official", "expert", "researcher", "economist", "pastor", "bishop", "pope", "rabbi",
         "columnist", "commentator", "activist", "lawyer", "author", "writer", "founder", "ceo", "manager", "coordinator", "adviser",
         "advisor", "aide", "strategist", "pollster", "congressman", "congresswoman", "lawmaker", "sir", "lord", "dame",
         "foreign", "defense", "defence", "interior", "emir", "ayatollah", "mufti", "colonel-general", "lt.-col.", "first", "lady",
         "former", "u.s.", "us", "democratic", "republican", "gop", "democrat", "presidential", "vice-president", "press", "campaign", "manager"],
        Ci);

    /// <summary>Lower-case particles inside personal names ("Nour al-Din", "Staffan de Mistura").</summary>
    public static readonly HashSet<string> NameParticles = new(["al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "bin", "ibn", "la", "le", "ben", "bint", "abu", "ul"], Ci);

    /// <summary>Words that make a capitalised phrase an organisation rather than a person.</summary>
    public static readonly HashSet<string> OrganizationWords = new(
        ["ministry", "staff", "army", "military", "forces", "force", "government", "command", "council", "agency", "office", "department",
         "center", "centre", "committee", "commission", "observatory", "organization", "organisation", "union", "front", "party", "group",
         "coalition", "alliance", "brigade", "brigades", "battalion", "movement", "league", "institute", "foundation", "university",
         "bank", "fund", "court", "parliament", "assembly", "congress", "senate", "house", "kremlin", "pentagon", "police", "service",
         "services", "authority", "authorities", "administration", "embassy", "corps", "navy", "guard", "legion", "association",
         "federation", "network", "media", "news", "times", "post", "journal", "press", "tv", "television", "radio", "channel", "daily",
         "newspaper", "magazine", "company", "inc.", "ltd.", "corp.", "watch", "international", "amnesty", "crescent", "cross", "helmets",
         "campaign", "team", "board", "bureau", "unit", "units", "division", "regiment", "headquarters", "nations", "room", "operation",
         "operations", "council", "club", "society", "project", "program", "programme", "initiative", "centre", "fsa", "isis", "isil",
         "daesh", "nusra", "hezbollah", "hamas", "taliban", "commission", "secretariat", "tribunal", "republicans", "democrats", "gop",
         "dnc", "rnc", "fbi", "cia", "nsa", "un", "u.n.", "nato", "eu", "who", "unicef", "unhcr", "ocha", "wfp", "sohr", "sana", "dpa",
         "gazette", "herald", "tribune", "telegraph", "review", "monitor", "broadcasting", "corporation", "wire", "outlook", "state",
         "department", "reconciliation", "staff’s", "staff's", "ministry's", "ministry’s", "poll", "survey", "study", "report", "census",
         "associated", "reuters", "sputnik", "cnn", "bbc", "afp", "ap", "rt", "tass", "ria", "fox", "msnbc", "nbc", "abc", "cbs", "npr",
         "pbs", "politico", "breitbart", "bloomberg", "xinhua", "irna", "fars", "tasnim", "anadolu", "interfax", "jazeera", "arabiya",
         "mayadeen", "mayadin", "manar", "watan", "safir", "akhbar", "vzglyad", "izvestia", "kommersant", "yonhap", "upi", "efe", "ansa",
         "quinnipiac", "gallup", "rasmussen", "ipsos", "yougov", "pew", "monmouth", "marist", "emerson", "suffolk"],
        Ci);

    /// <summary>News outlets and agencies known by name (the channel in "told Sputnik").</summary>
    public static readonly HashSet<string> OutletNames = new(
        ["reuters", "afp", "ap", "sputnik", "rt", "tass", "ria", "ria-novosti", "interfax", "sana", "bbc", "cnn", "fox", "msnbc", "nbc",
         "abc", "cbs", "npr", "pbs", "bloomberg", "xinhua", "irna", "fars", "tasnim", "mehr", "anadolu", "al-jazeera", "aljazeera",
         "al-arabiya", "al-mayadeen", "al-mayadin", "al-watan", "al-safir", "al-akhbar", "al-manar", "politico", "breitbart", "axios",
         "guardian", "independent", "telegraph", "economist", "vzglyad", "izvestia", "kommersant", "yonhap", "kyodo", "dpa", "efe",
         "ansa", "upi", "vox", "slate", "huffpost", "buzzfeed", "cnbc", "wsj", "nyt", "prensa", "presstv", "dailymail", "jazeera", "arabiya"],
        Ci);

    /// <summary>Head words that make a phrase a news outlet ("al-Watan daily", "state TV", "The Lakeside Post").</summary>
    public static readonly HashSet<string> OutletWords = new(
        ["newspaper", "daily", "paper", "tv", "television", "radio", "channel", "broadcaster", "outlet", "magazine", "website", "media",
         "times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "news", "press", "wire", "outlook", "network", "tabloid",
         "weekly", "blog", "site", "broadcasting", "agency"],
        Ci);

    /// <summary>Words that make a phrase a monitor or NGO.</summary>
    public static readonly HashSet<string> MonitorWords = new(
        ["observatory", "monitor", "monitors", "monitoring", "watchdog", "ngo", "ngos", "amnesty", "watch", "helmets", "crescent", "cross",
         "msf", "charity", "rights", "humanitarian", "relief", "sohr", "defence", "médecins", "medecins", "doctors"],
        Ci);

    /// <summary>Words that make a phrase an official body (government, military, UN agency).</summary>
    public static readonly HashSet<string> OfficialWords = new(
        ["ministry", "staff", "army", "military", "government", "command", "forces", "police", "kremlin", "pentagon", "council", "office",
         "department", "administration", "embassy", "authorities", "authority", "center", "centre", "un", "u.n.", "unicef", "unhcr", "who",
         "ocha", "wfp", "nato", "navy", "presidency", "cabinet", "parliament", "regime", "state", "officials", "ministries", "troops",
         "fbi", "cia", "nsa", "congress", "senate", "commission", "nations", "russia", "moscow", "damascus", "syria", "washington",
         "turkey", "ankara", "tehran", "iran", "beijing", "china", "kiev", "kyiv", "ukraine", "israel", "britain", "london", "france",
         "paris", "germany", "berlin", "riyadh", "baghdad", "iraq", "jordan", "egypt", "cairo", "beirut", "lebanon", "qatar", "doha"],
        Ci);

    /// <summary>Head words of a document, estimate or finding ("recent estimates", "a report", "the poll").</summary>
    public static readonly HashSet<string> DocumentWords = new(
        ["estimate", "estimates", "report", "reports", "statement", "statements", "study", "studies", "survey", "surveys", "poll", "polls",
         "figures", "data", "document", "documents", "records", "analysis", "review", "investigation", "census", "assessment", "tally",
         "research", "memo", "letter", "filing", "release", "count", "numbers", "statistics", "projections", "forecast", "polling",
         "findings", "report's", "communique", "communiqué", "bulletin", "briefing", "note", "article", "editorial", "book", "tweet",
         "ruling", "indictment", "complaint", "lawsuit", "audit", "model", "index", "results", "evidence", "footage", "video", "ad",
         "advertisement", "email", "emails", "post", "transcript", "message", "announcement", "declaration", "resolution", "order", "plan",
         "slide", "average", "chart", "graph", "map", "table", "list", "page", "polls", "averages", "projection", "scorecard"],
        Ci);

    /// <summary>Nouns that name an unnamed speaker ("a military source", "local sources", "activists").</summary>
    public static readonly HashSet<string> AnonymousHeads = new(
        ["source", "sources", "official", "officials", "activist", "activists", "resident", "residents", "witness", "witnesses", "people",
         "analyst", "analysts", "expert", "experts", "observer", "observers", "diplomat", "diplomats", "medic", "medics", "doctor",
         "doctors", "rebels", "rebel", "fighters", "fighter", "militants", "commanders", "commander", "insiders", "insider", "aides", "aide",
         "spokesman", "spokeswoman", "spokesperson", "person", "someone", "locals", "eyewitnesses", "critics", "supporters", "officers",
         "officer", "soldiers", "soldier", "staffers", "advisers", "advisors", "lawmakers", "members", "voters", "respondents", "leaders",
         "representative", "representatives", "opponents", "volunteers", "workers", "residents", "journalists", "reporters", "sources’",
         "campaign", "allies", "republicans", "democrats", "americans", "men", "women", "man", "woman", "others", "many", "some",
         "correspondent", "protesters", "protestors", "demonstrators", "negotiators", "investigators", "researchers", "scientists",
         "economists", "historians", "strategists", "operatives", "pollsters", "observers", "participants", "organizers", "organisers"],
        Ci);

    /// <summary>Role nouns that refer back to a person already named ("the general", "the Russian diplomat").</summary>
    public static readonly HashSet<string> PersonRoleNouns = new(
        ["general", "minister", "spokesman", "spokeswoman", "spokesperson", "diplomat", "journalist", "analyst", "envoy", "president",
         "commander", "senator", "governor", "candidate", "nominee", "lawyer", "author", "expert", "reporter", "columnist", "chief",
         "director", "ambassador", "secretary", "leader", "mayor", "colonel", "officer", "economist", "professor", "writer", "man",
         "woman", "congressman", "congresswoman", "lawmaker", "chairman", "chairwoman", "republican", "democrat", "official", "cleric",
         "scholar", "researcher", "activist", "businessman", "billionaire", "pollster", "strategist", "adviser", "advisor", "aide"],
        Ci);

    /// <summary>Listeners that are not a channel ("told reporters", "told the council").</summary>
    public static readonly HashSet<string> AudienceWords = new(
        ["reporters", "journalists", "the", "a", "an", "him", "her", "them", "us", "me", "lawmakers", "parliament", "supporters",
         "audience", "crowd", "students", "congress", "senators", "members", "delegates", "viewers", "listeners", "readers"],
        Ci);

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
