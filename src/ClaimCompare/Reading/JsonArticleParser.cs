using System.Globalization;
using ClaimCompare.Model;
using ClaimCompare.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCompare.Reading;

/// <summary>Parses article objects from JSON and JSONL with safe settings (no type names, bounded depth).</summary>
internal sealed class JsonArticleParser
{
    private readonly int _maxDepth;

    public JsonArticleParser(int maxDepth) => _maxDepth = maxDepth;

    public IEnumerable<ReadItem> ParseDocument(string json, string stem, string? path = null)
    {
        var file = path ?? stem;
        var token = TryLoad(json, out var error);
        if (token is null)
        {
            return [ReadItem.Fail(file, "not valid JSON: " + error, file)];
        }

        return token switch
        {
            JObject obj => [ToItem(obj, stem, null, file, file)],
            JArray array => ParseArray(array, stem, file),
            _ => [ReadItem.Fail(file, $"expected an article object or an array of them, found a JSON {Describe(token.Type)}", file)],
        };
    }

    public IEnumerable<ReadItem> ParseLines(string text, string stem, string? path = null)
    {
        using var reader = new StringReader(text);
        return ParseLines(BoundedLineReader.ReadLines(reader, long.MaxValue), stem, path ?? stem, double.PositiveInfinity, () => 0).ToList();
    }

    /// <summary>
    /// Parses JSONL lazily, one line at a time, so a file of any size streams through in constant memory.
    /// <paramref name="position"/> tells how far into the file the reader is, for progress.
    /// </summary>
    public IEnumerable<ReadItem> ParseLines(IEnumerable<BoundedLine> lines, string stem, string file, double maxInvalidShare, Func<long> position)
    {
        var index = 0;
        foreach (var line in lines)
        {
            if (line.Text is { } text && string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            index++;
            var where = string.Create(CultureInfo.InvariantCulture, $"{file}#{index}");
            yield return ParseLine(line, stem, index, where, file, maxInvalidShare) with { Position = position() };
        }

        if (index == 0)
        {
            yield return ReadItem.Fail(file, "empty: the JSONL file has no lines", file) with { Position = position() };
        }
    }

    private ReadItem ParseLine(BoundedLine line, string stem, int index, string where, string file, double maxInvalidShare)
    {
        if (line.Text is not { } text)
        {
            return ReadItem.Fail(where, string.Create(CultureInfo.InvariantCulture, $"line {line.Number}: too long ({line.Length} characters)"), file);
        }

        if (!TextDecoder.LooksLikeText(text, maxInvalidShare, out var notText))
        {
            return ReadItem.Fail(where, string.Create(CultureInfo.InvariantCulture, $"line {line.Number}: {notText}"), file);
        }

        var token = TryLoad(text, out var error);
        if (token is JObject obj)
        {
            return ToItem(obj, stem, index, where, file);
        }

        var reason = token is null
            ? string.Create(CultureInfo.InvariantCulture, $"line {line.Number}: not valid JSON: {error}")
            : string.Create(CultureInfo.InvariantCulture, $"line {line.Number}: expected an article object, found a JSON {Describe(token.Type)}");
        return ReadItem.Fail(where, reason, file);
    }

    private static IEnumerable<ReadItem> ParseArray(JArray array, string stem, string file)
    {
        if (array.Count == 0)
        {
            return [ReadItem.Fail(file, "empty: the JSON array holds no articles", file)];
        }

        var items = new List<ReadItem>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{file}#{i + 1}");
            items.Add(array[i] is JObject obj
                ? ToItem(obj, stem, i + 1, where, file)
                : ReadItem.Fail(where, $"element {i + 1}: expected an article object, found a JSON {Describe(array[i].Type)}", file));
        }

        return items;
    }

    private JToken? TryLoad(string json, out string? error)
    {
        error = null;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json))
            {
                MaxDepth = _maxDepth,
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Double,
            };
            var token = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Ignore, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Replace });
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"unexpected content after the JSON value at line {reader.LineNumber}");
                return null;
            }

            return token;
        }
        catch (JsonException ex)
        {
            error = ex.Message.Contains("MaxDepth", StringComparison.Ordinal) || ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? string.Create(CultureInfo.InvariantCulture, $"nested deeper than {_maxDepth} levels")
                : ex.Message;
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or OverflowException or FormatException)
        {
            error = ex.Message;
            return null;
        }
    }

    private static ReadItem ToItem(JObject obj, string stem, int? index, string where, string file)
    {
        var textToken = obj["text"];
        if (textToken is null || textToken.Type == JTokenType.Null)
        {
            return ReadItem.Fail(where, "no \"text\" field: every article needs its text", file);
        }

        if (textToken.Type != JTokenType.String)
        {
            return ReadItem.Fail(where, $"\"text\" must be a string, found a JSON {Describe(textToken.Type)}", file);
        }

        var text = (string)textToken!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadItem.Fail(where, "\"text\" is empty", file);
        }

        var id = ScalarString(obj["id"]) ?? (index is { } i ? string.Create(CultureInfo.InvariantCulture, $"{stem}#{i}") : stem);
        var published = IsoDate.Parse(ScalarString(obj["published"]));
        var article = new Article(id, file, ScalarString(obj["outlet"]), ScalarString(obj["title"]), published, text);
        return ReadItem.Ok(article, file);
    }

    private static string? ScalarString(JToken? token) => token?.Type switch
    {
        JTokenType.String => string.IsNullOrWhiteSpace((string?)token) ? null : ((string)token!).Trim(),
        JTokenType.Integer or JTokenType.Float => Convert.ToString(((JValue)token).Value, CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string Describe(JTokenType type) => type switch
    {
        JTokenType.Array => "array",
        JTokenType.Object => "object",
        JTokenType.String => "string",
        JTokenType.Integer or JTokenType.Float => "number",
        JTokenType.Boolean => "boolean",
        JTokenType.Null => "null",
        _ => type.ToString().ToLowerInvariant(),
    };
}
