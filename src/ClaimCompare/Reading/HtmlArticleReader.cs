using ClaimCompare.Text;
using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClaimCompare.Model;
using Newtonsoft.Json.Linq;

namespace ClaimCompare.Reading;

/// <summary>
/// Reads a web page: the main content (SmartReader, a port of Mozilla's Readability, which drops navigation,
/// menus, cookie banners, comment sections and related-story boxes) becomes the article text, one
/// paragraph per line; title, outlet and date come from the page's metadata. What Readability keeps inside
/// the content (gallery counters, captions, share counts) is left to <see cref="PageLayoutAnalyzer"/>.
/// Stateless and thread-safe: each page gets its own parser.
/// </summary>
/// <remarks>
/// The article's text is the extracted text, not the HTML: offsets point into that text, and
/// <see cref="Article.Path"/> names the page it came from. Nothing is fetched: links, images and scripts
/// in the page are never loaded.
/// </remarks>
internal sealed class HtmlArticleReader
{
    // Readability needs an address to resolve relative links against; a page with none gets this one,
    // which is never contacted.
    private static readonly Uri NoAddress = new("https://localhost/");

    /// <summary>Reads the page; null when it has no readable text.</summary>
    public Article? Read(string id, string html, string? path)
    {
        var document = new HtmlParser().ParseDocument(html);
        var meta = PageMetadata.From(document);
        var address = Uri.TryCreate(meta.Canonical, UriKind.Absolute, out var canonical) && canonical.Scheme is "http" or "https" ? canonical : NoAddress;
        var text = MainText(html, address);
        if (string.IsNullOrWhiteSpace(text))
        {
            // Readability found no content block (a page of bare text, say): fall back to the body's text.
            foreach (var hidden in document.QuerySelectorAll("script, style, noscript, template").ToList())
            {
                hidden.Remove();
            }

            text = Normalise(document.Body?.TextContent ?? string.Empty);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return new Article(id, path, meta.Outlet, meta.Title, meta.Published, text);
    }

    private static string MainText(string html, Uri address)
    {
        try
        {
            var reader = new SmartReader.Reader(address.AbsoluteUri, html);
            var article = reader.GetArticle();
            return Normalise(article.TextContent ?? string.Empty);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A page the content extractor cannot handle still has its body text.
            return string.Empty;
        }
    }

    /// <summary>One paragraph per line: spaces inside a line collapsed, blank lines between paragraphs kept single.</summary>
    internal static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = CollapseSpaces(raw);
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(blank > 0 ? "\n\n" : "\n");
            }

            sb.Append(line);
            blank = 0;
        }

        return sb.ToString();
    }

    private static string CollapseSpaces(string line)
    {
        var sb = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// What a page says about itself: Open Graph and article meta tags, schema.org JSON-LD, the first
    /// <c>&lt;time&gt;</c> element and the canonical address, in that order of trust.
    /// </summary>
    internal sealed record PageMetadata(string? Title, string? Outlet, DateOnly? Published, string? Canonical)
    {
        public static PageMetadata From(IDocument document)
        {
            var ld = LinkedData(document);
            var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
            var outlet = Meta(document, "og:site_name") ?? Meta(document, "application-name") ?? ld.Publisher ?? Wording.Domain(canonical);
            var title = Meta(document, "og:title") ?? ld.Headline ?? TitleWithoutSite(document.Title, outlet) ?? Clean(document.QuerySelector("h1")?.TextContent);
            var published = Date(Meta(document, "article:published_time"))
                ?? Date(ld.DatePublished)
                ?? Date(Meta(document, "datePublished") ?? Meta(document, "pubdate") ?? Meta(document, "publishdate") ?? Meta(document, "date"))
                ?? Date(document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content") ?? document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("datetime"))
                ?? Date(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
            return new PageMetadata(title, outlet, published, canonical);
        }

        /// <summary>A meta tag's content, by <c>property</c> (Open Graph) or <c>name</c>.</summary>
        private static string? Meta(IDocument document, string key)
        {
            foreach (var meta in document.QuerySelectorAll("meta"))
            {
                var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
                if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase) && Clean(meta.GetAttribute("content")) is { } content)
                {
                    return content;
                }
            }

            return null;
        }

        private static (string? Headline, string? Publisher, string? DatePublished) LinkedData(IDocument document)
        {
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                JToken root;
                try
                {
                    root = JToken.Parse(script.TextContent);
                }
                catch (Newtonsoft.Json.JsonException)
                {
                    // A broken block is common on real pages; the other metadata still counts.
                    continue;
                }

                foreach (var node in Objects(root))
                {
                    if (node["datePublished"] is null && node["headline"] is null)
                    {
                        continue;
                    }

                    var publisher = node["publisher"] switch
                    {
                        JObject o => (string?)o["name"],
                        JArray { Count: > 0 } a => (string?)a[0]["name"],
                        JValue v => (string?)v,
                        _ => null,
                    };
                    return (Clean((string?)node["headline"]), Clean(publisher), (string?)node["datePublished"]);
                }
            }

            return (null, null, null);
        }

        /// <summary>The JSON-LD objects of a block: itself, an array's items, and an <c>@graph</c>'s items.</summary>
        private static IEnumerable<JObject> Objects(JToken token)
        {
            switch (token)
            {
                case JArray array:
                    foreach (var item in array)
                    {
                        foreach (var o in Objects(item))
                        {
                            yield return o;
                        }
                    }

                    break;
                case JObject obj:
                    yield return obj;
                    if (obj["@graph"] is JArray graph)
                    {
                        foreach (var o in Objects(graph))
                        {
                            yield return o;
                        }
                    }

                    break;
            }
        }

        /// <summary>The date part of an ISO date or date-time as written: the publisher's own calendar day.</summary>
        private static DateOnly? Date(string? value)
        {
            var v = value?.Trim();
            if (v is null || v.Length < 10)
            {
                return null;
            }

            return DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
                : PageLayoutAnalyzer.TryParseWrittenDate(v, out date) ? date
                : null;
        }

        /// <summary>"Headline | Outlet" or "Headline - Outlet" in a title element, without the outlet.</summary>
        private static string? TitleWithoutSite(string? title, string? outlet)
        {
            var t = Clean(title);
            if (t is null || outlet is null)
            {
                return t;
            }

            foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: " })
            {
                if (t.EndsWith(separator + outlet, StringComparison.OrdinalIgnoreCase))
                {
                    return t[..^(separator.Length + outlet.Length)].Trim();
                }
            }

            return t;
        }

        private static string? Clean(string? s)
        {
            if (s is null)
            {
                return null;
            }

            var t = CollapseSpaces(s);
            return t.Length == 0 ? null : t;
        }
    }
}
