namespace ClaimCompare.Sources;

/// <summary>
/// The confidence each merge rule gives (documented in docs/sources.md). Rules that can only be wrong
/// through a misspelled fact score high; rules that guess from context score lower, and those that guess
/// across articles fall under the default merge bar (0.88), so they only produce "possibly the same".
/// </summary>
internal static class Confidences
{
    /// <summary>An entry of an alias file names both spellings.</summary>
    public const double AliasFile = 0.99;

    /// <summary>The same words in another order or US/UK spelling ("Ministry of Defence of Russia").</summary>
    public const double SameWords = 0.97;

    /// <summary>An article states the alias ("X, formerly known as Y").</summary>
    public const double Stated = 0.95;

    /// <summary>Every word has the same transliteration key.</summary>
    public const double Transliteration = 0.94;

    /// <summary>First and last names have the same key; a middle name is missing on one side.</summary>
    public const double FirstAndLast = 0.93;

    /// <summary>A surname alone, and exactly one full name in the same article has it.</summary>
    public const double SurnameInArticle = 0.95;

    /// <summary>A surname alone, and exactly one full name in the whole set has it.</summary>
    public const double SurnameUnique = 0.90;

    /// <summary>The same surname alone in several articles, and no full name has it.</summary>
    public const double SameSurname = 0.90;

    /// <summary>A name written with a description around it ("state news agency SANA", "al-Watan daily").</summary>
    public const double DescribedName = 0.93;

    /// <summary>An acronym of exactly one name in the same article.</summary>
    public const double AcronymInArticle = 0.95;

    /// <summary>An acronym of exactly one name in the whole set.</summary>
    public const double AcronymUnique = 0.90;

    /// <summary>A short form ("the Observatory", "General Staff") of exactly one name in the same article.</summary>
    public const double ShortFormInArticle = 0.92;

    /// <summary>A short form of exactly one name elsewhere in the set (below the default bar).</summary>
    public const double ShortFormElsewhere = 0.85;

    /// <summary>A description ("the monitor") of the only source of its kind in the same article.</summary>
    public const double Descriptor = 0.90;

    /// <summary>A surname, acronym or short form that fits several sources (below the default bar).</summary>
    public const double Ambiguous = 0.80;
}
