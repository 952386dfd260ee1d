using System.Collections.Frozen;
using System.Globalization;

namespace ClaimCompare.Language;

/// <summary>
/// The library's own word knowledge, as data: every word the rules look up, tagged with its roles (month, weekday,
/// determiner kind, pronoun kind...), loaded once from the TSV files in <c>Language/Data</c> into frozen sets.
/// A rule asks for a role ("month") instead of keeping its own list; a rule that needs a variant (months without
/// "may", which is also a modal verb) says so in code beside the lookup. Where a new word goes: its row in the TSV.
/// </summary>
/// <remarks>
/// <para>File format (UTF-8, tab-separated, <c>#</c> starts a comment line): <c>word &lt;tab&gt; roles [&lt;tab&gt; forms]</c>.
/// Roles are separated by spaces; a role may carry one value after a colon (<c>month:5</c>). Forms (inflections sharing the
/// word's roles) are separated by commas. A line <c>%exclusive &lt;tab&gt; role &lt;tab&gt; role</c> declares two roles that no word
/// may have together.</para>
/// <para>Loading rejects, naming file and line: a word (or form) listed twice, a role given twice on one word, a role with
/// two values, a word holding two exclusive roles, and malformed lines. Words are stored as written (lower case by
/// convention; the loader rejects upper case so that lookups never depend on it).</para>
/// </remarks>
internal sealed class Lexicon
{
    private const string ResourcePrefix = "ClaimCompare.Language.Data.";

    private static readonly Lazy<Lexicon> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, FrozenSet<string>> byRole;
    private readonly FrozenDictionary<string, FrozenSet<string>> byRoleIgnoringCase;
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> values;

    private Lexicon(Dictionary<string, Dictionary<string, string?>> roles)
    {
        byRole = roles.ToFrozenDictionary(r => r.Key, r => r.Value.Keys.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        byRoleIgnoringCase = roles.ToFrozenDictionary(r => r.Key, r => r.Value.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
        values = roles.ToFrozenDictionary(
            r => r.Key,
            r => r.Value.Where(w => w.Value is not null).ToFrozenDictionary(w => w.Key, w => w.Value!, StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>The lexicon embedded in the library, loaded on first use and shared; immutable, safe from any thread.</summary>
    public static Lexicon Default => Shared.Value;

    /// <summary>Every role some word holds.</summary>
    public IEnumerable<string> Roles => byRole.Keys;

    /// <summary>The words (and forms) holding <paramref name="role"/>, compared ordinally (lower-case lookups).</summary>
    /// <exception cref="ArgumentException">No word holds the role (a misspelt role would otherwise match nothing silently).</exception>
    public FrozenSet<string> Words(string role) =>
        byRole.TryGetValue(role, out var words) ? words : throw UnknownRole(role);

    /// <summary>The words holding <paramref name="role"/>, compared ignoring case (for rules that read words as written).</summary>
    /// <exception cref="ArgumentException">No word holds the role.</exception>
    public FrozenSet<string> WordsIgnoringCase(string role) =>
        byRoleIgnoringCase.TryGetValue(role, out var words) ? words : throw UnknownRole(role);

    /// <summary>The value each word gives <paramref name="role"/> (<c>month:5</c> gives "may" -> "5"); words without a value are left out.</summary>
    /// <exception cref="ArgumentException">No word holds the role.</exception>
    public FrozenDictionary<string, string> Values(string role) =>
        values.TryGetValue(role, out var map) ? map : throw UnknownRole(role);

    /// <summary>
    /// The words holding any of <paramref name="roles"/>, with <paramref name="comparer"/>: the definition of a rule's
    /// word set as a union of roles. Each role must be known.
    /// </summary>
    public FrozenSet<string> Union(StringComparer comparer, params string[] roles)
    {
        var words = new HashSet<string>(comparer);
        foreach (var role in roles)
            words.UnionWith(Words(role));
        return words.ToFrozenSet(comparer);
    }

    /// <summary>True when <paramref name="word"/> (lower case) holds <paramref name="role"/>.</summary>
    public bool Has(string word, string role) => Words(role).Contains(word);

    private static ArgumentException UnknownRole(string role) =>
        new($"No word in the lexicon has the role \"{role}\" (see src/ClaimCompare/Language/Data/*.tsv).", nameof(role));

    private static Lexicon LoadEmbedded()
    {
        var assembly = typeof(Lexicon).Assembly;
        var files = new List<(string Name, TextReader Reader)>();
        try
        {
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                && n.EndsWith(".tsv", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                var stream = assembly.GetManifestResourceStream(name)!;
                files.Add((name[ResourcePrefix.Length..], new StreamReader(stream)));
            }

            return files.Count > 0
                ? Load(files)
                : throw new InvalidOperationException($"No lexicon files ({ResourcePrefix}*.tsv) are embedded in {assembly.GetName().Name}.");
        }
        finally
        {
            foreach (var (_, reader) in files)
                reader.Dispose();
        }
    }

    /// <summary>Reads lexicon files (name for error messages, content) into one lexicon.</summary>
    /// <exception cref="InvalidDataException">A file breaks a rule of the format; the message names file, line and problem.</exception>
    internal static Lexicon Load(IEnumerable<(string Name, TextReader Reader)> files)
    {
        var roles = new Dictionary<string, Dictionary<string, string?>>(StringComparer.Ordinal);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<(string Word, string Where, List<string> Roles)>();
        var exclusive = new List<(string A, string B, string Where)>();
        foreach (var (name, reader) in files)
        {
            int number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                string where = $"{name} line {number.ToString(CultureInfo.InvariantCulture)}";
                if (line.Length == 0 || line.StartsWith('#'))
                    continue;
                var fields = line.Split('\t');
                if (fields[0] == "%exclusive")
                {
                    if (fields.Length != 3 || fields[1].Length == 0 || fields[2].Length == 0)
                        throw new InvalidDataException($"{where}: %exclusive takes two roles: \"{line}\".");
                    exclusive.Add((fields[1], fields[2], where));
                    continue;
                }

                if (fields.Length is < 2 or > 3 || fields[0].Length == 0 || fields[1].Length == 0)
                    throw new InvalidDataException($"{where}: expected \"word<tab>roles[<tab>forms]\" but found \"{line}\".");
                var words = new List<string> { fields[0] };
                if (fields.Length == 3)
                    words.AddRange(fields[2].Split(',', StringSplitOptions.TrimEntries));
                var rowRoles = ReadRoles(fields[1], where);
                foreach (var word in words)
                {
                    if (word.Length == 0 || word.Any(char.IsUpper) || word.Trim() != word)
                        throw new InvalidDataException($"{where}: \"{word}\" must be lower case without outer spaces.");
                    if (!seen.TryAdd(word, where))
                        throw new InvalidDataException($"{where}: \"{word}\" is listed twice (first at {seen[word]}); give one row all its roles.");
                    foreach (var (role, value) in rowRoles)
                    {
                        if (!roles.TryGetValue(role, out var members))
                            roles[role] = members = new Dictionary<string, string?>(StringComparer.Ordinal);
                        members[word] = value;
                    }

                    rows.Add((word, where, [.. rowRoles.Select(r => r.Role)]));
                }
            }
        }

        foreach (var (word, where, held) in rows)
        {
            foreach (var (a, b, declared) in exclusive)
            {
                if (held.Contains(a) && held.Contains(b))
                    throw new InvalidDataException($"{where}: \"{word}\" has both {a} and {b}, which {declared} declares exclusive.");
            }
        }

        return new Lexicon(roles);
    }

    private static List<(string Role, string? Value)> ReadRoles(string field, string where)
    {
        var result = new List<(string Role, string? Value)>();
        foreach (var part in field.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = part.IndexOf(':', StringComparison.Ordinal);
            string role = colon < 0 ? part : part[..colon];
            string? value = colon < 0 ? null : part[(colon + 1)..];
            if (role.Length == 0 || value is { Length: 0 })
                throw new InvalidDataException($"{where}: malformed role \"{part}\".");
            foreach (var (earlier, earlierValue) in result)
            {
                if (earlier != role)
                    continue;
                throw new InvalidDataException(earlierValue == value
                    ? $"{where}: the role {role} is given twice."
                    : $"{where}: the role {role} has two values, \"{earlierValue}\" and \"{value}\".");
            }

            result.Add((role, value));
        }

        return result;
    }
}
