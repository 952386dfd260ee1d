using System.Text;
using System.Text.RegularExpressions;

namespace ClaimCompare.Reading;

/// <summary>
/// A file glob (<c>*.html</c>, <c>2016/**/*.txt</c>): <c>*</c> and <c>?</c> match within one path segment,
/// <c>**</c> matches any number of folders. A pattern without <c>/</c> is matched against the file name,
/// one with <c>/</c> against the whole relative path. Matching ignores case, as file names on the systems
/// that news archives come from often do.
/// </summary>
internal sealed class GlobPattern
{
    private readonly Regex _regex;
    private readonly bool _nameOnly;

    public GlobPattern(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var normalised = pattern.Replace('\\', '/').TrimStart('/');
        if (normalised.StartsWith("./", StringComparison.Ordinal))
        {
            normalised = normalised[2..];
        }

        _nameOnly = !normalised.Contains('/');
        _regex = new Regex(ToRegex(normalised), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>True when the path (relative, separated by <c>/</c>) matches.</summary>
    public bool Matches(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        return _regex.IsMatch(_nameOnly ? path[(path.LastIndexOf('/') + 1)..] : path);
    }

    private static string ToRegex(string glob)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" is zero or more whole folders; a trailing "**" is anything below.
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        return sb.Append('$').ToString();
    }
}
