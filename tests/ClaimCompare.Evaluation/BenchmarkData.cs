using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCompare.Evaluation;

/// <summary>Finds and loads the shared benchmark material (never copied into the project).</summary>
public static class BenchmarkData
{
    /// <summary>
    /// The <c>../shared/benchmarks</c> folder beside the project root, found by walking up from
    /// <paramref name="start"/> (default: the current directory, then the binary's folder).
    /// </summary>
    public static string FindRoot(string? start = null)
    {
        foreach (var origin in new[] { start, Directory.GetCurrentDirectory(), AppContext.BaseDirectory }.OfType<string>())
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "benchmarks");
                if (File.Exists(Path.Combine(dir.FullName, "ClaimCompare.sln")) && Directory.Exists(Path.Combine(dir.FullName, "..", "shared", "benchmarks")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "benchmarks"));
                }

                if (Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, "README.md")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("../shared/benchmarks was not found beside the project root.");
    }

    /// <summary>Loads a JSON file, accepting UTF-8 with or without a byte-order mark.</summary>
    public static JToken LoadJson(string path)
    {
        using var stream = File.OpenRead(path);
        using var text = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        using var reader = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None, MaxDepth = 256 };
        return JToken.ReadFrom(reader);
    }
}
