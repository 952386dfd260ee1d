using System.Collections.Frozen;
using ClaimCompare.Extraction.Scanning;
using ClaimCompare.Language;
using ClaimCompare.Model;
using ClaimCompare.Text;

namespace ClaimCompare.Extraction;

/// <summary>Finds every numeric claim in an article's body. Thread-safe; share one instance.</summary>
public sealed class ClaimExtractor
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> CoordinatorWords = Lexicon.Default.Words("coordinator");
    private static readonly FrozenSet<string> AgeNounBeforeOfWords = Lexicon.Default.Words("age.noun-before-of");
    private static readonly FrozenSet<string> AgeOldWords = Lexicon.Default.Words("age.old");
    private static readonly FrozenSet<string> AgeWordBeforeWords = Lexicon.Default.Words("age.word-before");
    private static readonly FrozenSet<string> AgeWordBeforeRangeWords = Lexicon.Default.Words("age.word-before-range");
    private static readonly FrozenSet<string> ClauseContrastOpenerWords = Lexicon.Default.Words("clause.contrast-opener");
    private static readonly FrozenSet<string> OrdinalSuffixWords = Lexicon.Default.Words("ordinal-suffix");
    private static readonly FrozenSet<string> RangeStartWords = Lexicon.Default.Words("range-start");
    private static readonly FrozenSet<string> TimeWindowStartWords = Lexicon.Default.Words("time.window-start");
    private static readonly FrozenSet<string> AgeRangeVerbWords = Lexicon.Default.Words("age.range-verb");
    private static readonly FrozenSet<string> DeterminerSuperlativeOfWords = Lexicon.Default.Words("determiner.superlative-of");
    private static readonly FrozenSet<string> NumberJoinerWords = Lexicon.Default.Words("number.joiner");
    private static readonly FrozenSet<string> SuperlativeWordWords = Lexicon.Default.Words("superlative-word");
    private static readonly FrozenSet<string> TimeDatingAfterWords = Lexicon.Default.Words("time.dating-after");
    private static readonly FrozenSet<string> TimeSequenceAfterWords = Lexicon.Default.Words("time.sequence-after");
    private static readonly FrozenSet<string> TimeWindowBeforeWords = Lexicon.Default.Words("time.window-before");
    private static readonly FrozenSet<string> TimeWindowDeterminerWords = Lexicon.Default.Words("time.window-determiner");

    private readonly ExtractionOptions _options;
    private readonly QuantityRecognizer _recognizer;

    // Word meanings (person nouns, nouns at all) for the casualty and age rules; WordNet unless a test swaps it.
    private readonly ISenses _senses;

    /// <summary>Function words ("of", "was", "have"), which end a noun phrase.</summary>
    private static readonly HashSet<string> PhraseEnds = new(ClaimCompare.Language.Lexicon.Default.Words("stop.phrase-end"), StringComparer.Ordinal);

    // Stateless and thread-safe, like the extractor itself.
    private static readonly ScopeAnnotator Scopes = new();

    /// <summary>Creates an extractor with the given options (defaults when null).</summary>
    public ClaimExtractor(ExtractionOptions? options = null)
        : this(options, WordNetSenses.Instance)
    {
    }

    /// <summary>Creates an extractor that reads word meanings from <paramref name="senses"/> (tests swap the resource).</summary>
    internal ClaimExtractor(ExtractionOptions? options, ISenses senses)
    {
        ArgumentNullException.ThrowIfNull(senses);
        _senses = senses;
        _options = options ?? ExtractionOptions.Default;
        _recognizer = new QuantityRecognizer(_options.Conventions, senses);
    }

    /// <summary>The recogniser this extractor reads figures with.</summary>
    internal QuantityRecognizer Recognizer => _recognizer;

    /// <summary>
    /// Extracts the claims of one article, in offset order, with their time scope and place read from their sentences
    /// (<see cref="ScopeAnnotator"/> runs here). Claim ids are left empty: ids are numbered across all articles, which
    /// <see cref="Sources.SourceResolver.Resolve(IReadOnlyList{Claim})"/> does for claims that have none.
    /// </summary>
    /// <example>
    /// The stages one by one, in the order <see cref="Pipeline.ClaimEngine"/> runs them:
    /// <code>
    /// var extractor = new ClaimExtractor();
    /// var finder = new AttributionFinder();
    /// var claims = articles.SelectMany(a => finder.Attach(a, extractor.Extract(a))).ToList();
    /// var resolved = new SourceResolver().Resolve(claims);
    /// var compared = new QuantityComparer().Compare(resolved.Claims, articles, resolved.Sources);
    /// </code>
    /// </example>
    public IReadOnlyList<Claim> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return ExtractText(ArticleText.Of(article));
    }

    /// <summary>Extracts the claims of an article already read (its sentences split once, shared with the later stages).</summary>
    internal IReadOnlyList<Claim> ExtractText(ArticleText text)
    {
        var article = text.Article;
        var claims = new List<Claim>();
        var lead = new List<TextSpan>(3);
        for (var i = 0; i < text.Sentences.Count; i++)
        {
            var sentence = text.Sentences[i];
            AddClaims(article, text.BodyTokens(i), RegionKind.Body, claims);
            if (lead.Count < 3 && ArticlePlace.IsProse(article.Text, sentence))
            {
                lead.Add(sentence);
            }
        }

        if (_options.IncludeHeadlines)
        {
            for (var i = 0; i < text.Titles.Count; i++)
            {
                AddClaims(article, text.TitleTokens(i), RegionKind.Title, claims);
            }
        }

        claims.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        // The article's place and day are read only when there is a claim to give them to.
        var any = claims.Count > 0;
        return Scopes.Annotate(text, claims, any ? ArticlePlace.Of(text, lead) : null, any ? IncidentDay.OfLead(text, article, lead) : null);
    }

    private void AddClaims(Article article, SentenceTokens pieces, RegionKind region, List<Claim> claims)
    {
        var text = article.Text;
        var sentence = pieces.Span;
        var found = _recognizer.Scan(pieces, out var tokens);
        string? sentenceText = null; // one copy of the sentence, shared by all its claims
        AddSingleCounts(article, sentence, region, tokens, claims, ref sentenceText);
        if (found.Count == 0)
        {
            return;
        }

        var contexts = ClaimContextReader.Read(tokens, found, _senses);
        var parts = PartReader.Read(tokens, found, contexts, _senses);
        var concepts = ConceptReader.Read(tokens, found);
        var hasCount = found.Exists(f => !f.Result.IsDuration);
        ClauseMap? clauses = null; // built once, only for a sentence with a window to test
        var wordCount = WordsIn(tokens, 0, tokens.Count - 1);
        sentenceText ??= sentence.Slice(text);
        var added = 0;
        var ages = new bool[found.Count];
        for (var n = 0; n < found.Count && added < _options.MaxClaimsPerSentence; n++)
        {
            var r = found[n].Result;
            ages[n] = IsAge(tokens, found, n, n > 0 && ages[n - 1], _senses);
            if (!_options.IncludeVagueWithoutMagnitude && r.Quantity.Bound == BoundKind.Vague && r.Quantity.Granularity is null && contexts[n].Subject is null && found[n].Unit is null)
            {
                continue; // a bare "several" or "a few" that counts nothing nameable
            }

            if (!_options.ReportOneOfSuperlatives && IsOneOfSuperlative(tokens, found[n]))
            {
                continue; // "one of the biggest defeats": a ranking, not a count
            }

            if (!_options.ReportFramingDurations && r.IsDuration && (DatesAnEvent(tokens, found[n]) || (hasCount && FramesAnotherFigure(tokens, found, n, clauses ??= ClauseMap.Of(tokens, found)))))
            {
                continue; // "in three days": the window of another figure; "three days after the vote": a date, not a length
            }

            if (!_options.ReportFramingDurations && (ages[n] || (n + 1 < found.Count && AgeListContinues(tokens, found, n))))
            {
                continue; // "aged 29", "ages 24, 27 and 33", "a miner, 52,", "the 29-year-old", "a 20-year veteran": how old someone is, or how long they served, not a count
            }

            if (WordsIn(tokens, found[n].First, found[n].Last) == wordCount)
            {
                continue; // a figure alone on its line ("Newsfeed\n0", page counters): page furniture
            }

            var ctx = contexts[n];
            claims.Add(new Claim(string.Empty, article.Id, r.Span, r.Text, r.Quantity, sentenceText, sentence)
            {
                Subject = ctx.Subject,
                Concept = concepts[n] ?? ctx.Subject,
                Predicate = ages[n] ? null : ctx.Predicate, // "the 29-year-old man was killed": an age stays a length of years, never a count of the dead
                Trend = r.Trend,
                Part = parts[n],
                Region = region,
                Confidence = Confidence(r),
            });
            added++;
        }
    }

    /// <summary>"A man was killed", "shot a teenager": a person named with an indefinite article where a casualty count is meant.</summary>
    private void AddSingleCounts(Article article, TextSpan sentence, RegionKind region, List<Token> tokens, List<Claim> claims, ref string? sentenceText)
    {
        foreach (var single in SingleCounts.Find(tokens, _senses))
        {
            var span = new TextSpan(tokens[single.First].Start, tokens[single.Last].End);
            claims.Add(new Claim(string.Empty, article.Id, span, span.Slice(article.Text), Quantity.Exactly(1), sentenceText ??= sentence.Slice(article.Text), sentence)
            {
                Subject = single.Subject,
                Concept = single.Subject,
                Predicate = single.Predicate,
                // "a 44-year-old man was killed": one person picked out, who may be one of several; "another was hurt": one more.
                Part = tokens[single.First].Is("another") ? new ClaimPart(ClaimPart.Remainder, "other") : new ClaimPart(ClaimPart.Individual, "a"),
                Region = region,
                Confidence = 0.6, // a count of one read from an article, as sure as a bare "one"
            });
        }
    }

    private static int WordsIn(List<Token> tokens, int first, int last)
    {
        var n = 0;
        for (var k = first; k <= last; k++)
        {
            n += tokens[k].Kind == TokenKind.Word ? 1 : 0;
        }

        return n;
    }

    /// <summary>
    /// An age: a length ending in "old" ("a 29-year-old", "15-year-olds", "six months old"), a plain figure after
    /// "aged"/"age"/"ages", or a plain figure that continues a list of ages ("ages 24, 27 and 33").
    /// </summary>
    private static bool IsAge(List<Token> t, List<Found> found, int n, bool previousIsAge, ISenses senses)
    {
        var f = found[n];
        if (f.Result.IsDuration)
        {
            var after = f.Last + 1 < t.Count && t[f.Last + 1].IsDash && !t[f.Last + 1].SpaceBefore ? f.Last + 2 : f.Last + 1;
            return AgeOldWords.HasWord(t[f.Last].Lower) || (after < t.Count && AgeOldWords.HasWord(t[after].Lower)) || DescribesAPerson(t, f, senses);
        }

        // "two men ages ranging from 17 to 28", "aged ranging between 18 and 25": a range of ages.
        var from = AgeRangeVerbWords.HasWord(t[f.First].Lower) ? f.First : RangeStartWords.HasWord(t[f.First].Lower) ? f.First - 1 : f.First - 2;
        if (f.Unit is null && from >= 1 && (from >= f.First - 1 || RangeStartWords.HasWord(t[from + 1].Lower)) && AgeRangeVerbWords.HasWord(t[from].Lower) && AgeWordBeforeRangeWords.HasWord(t[from - 1].Lower))
        {
            return true;
        }

        if (f.Unit is not null || f.Result.Quantity.Bound != BoundKind.Exact)
        {
            return false;
        }

        var prev = f.First - 1;
        if (prev >= 0 && AgeWordBeforeWords.HasWord(t[prev].Lower))
        {
            return true;
        }

        if (prev >= 1 && t[prev].Is("of") && AgeNounBeforeOfWords.HasWord(t[prev - 1].Lower))
        {
            return true; // "guards between the ages of 30 and 45"
        }

        // "a woman, 52, was hurt", "the victim, 19, died": a plain figure between commas after a person noun is an age.
        if (prev >= 1 && t[prev].IsSymbol(',') && t[prev - 1].Kind == TokenKind.Word && senses.IsPerson(t[prev - 1].Lower)
            && f.Last + 1 < t.Count && t[f.Last + 1].IsSymbol(',') && f.Result.Quantity.Value is >= 1 and < 120 && t[f.First].Kind == TokenKind.Number)
        {
            return true;
        }

        return previousIsAge && found[n - 1].Unit is null && !found[n - 1].Result.IsDuration
            && prev > found[n - 1].Last && prev - found[n - 1].Last <= 2 && JoinsList(t[prev]) && (prev - 1 == found[n - 1].Last || t[prev - 1].IsSymbol(','));
    }

    /// <summary>
    /// "a 20-year veteran", "a 12-year member", "the 30-year employee": a length hyphenated before a person noun is how
    /// long that person has been what the noun says (service, tenure, membership), a fact about one person, not a quantity
    /// of an event. A length before a thing or an event stays one ("a 10-hour pause", "a 20-year sentence").
    /// </summary>
    private static bool DescribesAPerson(List<Token> t, Found f, ISenses senses)
    {
        var hyphened = false;
        for (var k = f.First; k < f.Last; k++)
        {
            hyphened |= t[k + 1].IsDash && !t[k + 1].SpaceBefore;
        }

        var head = f.Last + 1;
        if (!hyphened || head >= t.Count || t[head].Kind != TokenKind.Word)
        {
            return false;
        }

        // The head is the last noun of the phrase: "a 10-hour humanitarian pause" is a pause, "a 20-year veteran officer" an
        // officer, "an eight-year City Police veteran" a veteran (a name may stand between).
        while (head + 1 < t.Count && head < f.Last + 5 && t[head + 1].Kind == TokenKind.Word && !PhraseEnds.Contains(t[head + 1].Lower)
            && (t[head + 1].Capitalized || senses.CanBeNoun(t[head + 1].Lower)))
        {
            head++;
        }

        return !t[head].Capitalized && senses.IsPerson(t[head].Lower);
    }

    /// <summary>"an 18 and 15 year old", "aged 6 and 11 years old": a plain figure before "and"/"or"/"," and an age is one too.</summary>
    private static bool AgeListContinues(List<Token> t, List<Found> found, int n)
    {
        var (f, next) = (found[n], found[n + 1]);
        if (f.Unit is not null || f.Result.IsDuration || f.Result.Quantity.Bound != BoundKind.Exact || next.First - f.Last != 2 || !JoinsList(t[f.Last + 1]))
        {
            return false;
        }

        var after = next.Last + 1 < t.Count && t[next.Last + 1].IsDash ? next.Last + 2 : next.Last + 1;
        return next.Result.IsDuration && (AgeOldWords.HasWord(t[next.Last].Lower) || (after < t.Count && AgeOldWords.HasWord(t[after].Lower)));
    }

    /// <summary>
    /// A window ("in three days", "over the past 48 hours") or a relative time ("three days later") frames another
    /// figure when a count or measure stands in the same clause: "killed 40 people in three days". Alone it is a
    /// length of its own ("sold out in fewer than 20 minutes", "six minutes later, he scored"), and so is a measured
    /// time: one with a decimal part ("in 7.2 seconds") or the time to reach a speed ("0-60 mph in 6 seconds").
    /// </summary>
    private static bool FramesAnotherFigure(List<Token> t, List<Found> found, int n, ClauseMap clauses)
    {
        var f = found[n];
        if (!(IsSequenceTime(t, f) || IsFramingWindow(t, f)) || IsMeasuredTime(t, found, n))
        {
            return false;
        }

        // The nearest count on each side is enough: a farther one in the same clause would put the nearer one there too.
        return (clauses.CountBefore[n] is var b && b >= 0 && clauses.Same(found[b].First, f.Last))
            || (clauses.CountAfter[n] is var a && a >= 0 && clauses.Same(f.First, found[a].Last));
    }

    private static bool IsMeasuredTime(List<Token> t, List<Found> found, int n)
    {
        var f = found[n];
        for (var k = f.First; k <= f.Last; k++)
        {
            if (t[k].Kind == TokenKind.Number && t[k].Decimals > 0)
            {
                return true; // "in 7.2 seconds", "in 9.58s"
            }
        }

        // "0-60 mph in 6 seconds", "zero to 100 km/h in 4 seconds": the time a rate is reached in. Only "in" says so;
        // "within" and "over" give a window ("within 24 hours"), "after" a date.
        return n > 0 && found[n - 1].Unit is { } rate && UnitLexicon.RatesPerTime.Contains(rate) && found[n - 1].Last + 2 == f.First && t[f.First - 1].Is("in");
    }

    /// <summary>
    /// "three days after the vote", "a week before the election": an offset from another event dates that event, as
    /// "ago" does. After a window word it is a length again ("stood for 16 years before she broke it").
    /// </summary>
    private static bool DatesAnEvent(List<Token> t, Found f) =>
        f.Last + 1 < t.Count && TimeDatingAfterWords.HasWord(t[f.Last + 1].Lower) && !IsOrdinal(t, f) && !AfterWindowWord(t, f);

    /// <summary>"six minutes later", "two years earlier": the time between two events told in sequence, a length.</summary>
    private static bool IsSequenceTime(List<Token> t, Found f) =>
        f.Last + 1 < t.Count && TimeSequenceAfterWords.HasWord(t[f.Last + 1].Lower) && !IsOrdinal(t, f);

    private static bool AfterWindowWord(List<Token> t, Found f) =>
        f.First > 0 && TimeWindowBeforeWords.HasWord(t[f.First - 1].Lower);

    private static bool IsOrdinal(List<Token> t, Found f) =>
        NumberLexicon.Ordinals.ContainsKey(t[f.First].Lower) || (f.First + 1 < t.Count && t[f.First].Kind == TokenKind.Number && OrdinalSuffixWords.HasWord(t[f.First + 1].Lower));

    private static bool IsFramingWindow(List<Token> t, Found f)
    {
        if (IsOrdinal(t, f))
        {
            return false; // "the tenth day" counts days of its own
        }

        // "8-day-old offensive": the age of the thing another figure counts.
        if (t[f.Last].Is("old"))
        {
            return true;
        }

        // "a 10-hour pause", "a three-day operation": a length hyphenated to its unit describes an event of its own
        // (the hyphen of "twenty-one days" only joins number words).
        for (var k = f.First; k < f.Last; k++)
        {
            if (t[k].IsDash && !t[k].SpaceBefore && !JoinsNumberWords(t[k + 1].Lower))
            {
                return false;
            }
        }

        for (var k = f.First - 1; k >= Math.Max(0, f.First - 3); k--)
        {
            var w = t[k].Lower;
            if (TimeWindowStartWords.HasWord(w))
            {
                return true;
            }

            if (!TimeWindowDeterminerWords.HasWord(w))
            {
                return false;
            }
        }

        return false;
    }

    private static bool JoinsNumberWords(string next) =>
        NumberLexicon.IsNumberWord(next) || NumberLexicon.Denominators.ContainsKey(next) || NumberJoinerWords.HasWord(next);

    private static bool IsOneOfSuperlative(List<Token> t, Found f)
    {
        if (f.First != f.Last || !t[f.First].Is("one") || f.Last + 3 >= t.Count || !t[f.Last + 1].Is("of"))
        {
            return false;
        }

        var k = f.Last + 2;
        if (!DeterminerSuperlativeOfWords.HasWord(t[k].Lower))
        {
            return false;
        }

        var w = t[k + 1].Lower;
        return SuperlativeWordWords.HasWord(w) || (w.Length > 4 && w.EndsWith("est", StringComparison.Ordinal));
    }

    private static double Confidence(RecognizedQuantity r) => r.Quantity.Bound switch
    {
        BoundKind.Vague => 0.7,
        _ when r.Quantity.Value == 1 && r.Quantity.Unit is null => 0.6,
        _ => 1.0,
    };

    /// <summary>
    /// Clauses of one sentence, numbered in one pass so that "same clause" is a comparison, and the nearest figure that
    /// is no duration on each side of every figure: the framing test stays linear on run-on text with thousands of figures.
    /// A clause ends at a semicolon or colon, or at a comma before a conjunction that opens another clause (", but",
    /// ", while"); ", and" also closes lists, so it does not end one.
    /// </summary>
    private sealed class ClauseMap
    {
        private readonly int[] _clauseOf;

        private ClauseMap(int[] clauseOf, int[] before, int[] after)
        {
            _clauseOf = clauseOf;
            CountBefore = before;
            CountAfter = after;
        }

        /// <summary>Index in the found list of the nearest figure before each one that is no duration, or -1.</summary>
        public int[] CountBefore { get; }

        /// <summary>Index of the nearest figure after each one that is no duration, or -1.</summary>
        public int[] CountAfter { get; }

        public static ClauseMap Of(List<Token> t, List<Found> found)
        {
            var clauseOf = new int[t.Count];
            var clause = 0;
            for (var k = 0; k < t.Count; k++)
            {
                clauseOf[k] = clause;
                if (t[k].IsSymbol(';') || t[k].IsSymbol(':')
                    || (t[k].IsSymbol(',') && k + 1 < t.Count && ClauseContrastOpenerWords.HasWord(t[k + 1].Lower)))
                {
                    clause++;
                }
            }

            var before = new int[found.Count];
            var after = new int[found.Count];
            var last = -1;
            for (var m = 0; m < found.Count; m++)
            {
                before[m] = last;
                last = found[m].Result.IsDuration ? last : m;
            }

            last = -1;
            for (var m = found.Count - 1; m >= 0; m--)
            {
                after[m] = last;
                last = found[m].Result.IsDuration ? last : m;
            }

            return new ClauseMap(clauseOf, before, after);
        }

        /// <summary>True when tokens <paramref name="from"/> and <paramref name="to"/> are in one clause.</summary>
        public bool Same(int from, int to) => _clauseOf[from] == _clauseOf[to];
    }

    // A comma or a coordinator between two figures joins them as items of one list ("2, 3 and 5").
    private static bool JoinsList(Token token) => token.Lower is "," || CoordinatorWords.HasWord(token.Lower);
}
