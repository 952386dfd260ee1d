using System.Text;
using ClaimCompare.Pipeline;
using ClaimCompare.Reading;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Robustness;

/// <summary>
/// Hostile files through the reader and the whole pipeline: every file yields its articles or an error
/// naming it, nothing throws, nothing hangs, and the counts add up.
/// </summary>
[TestFixture]
public sealed class ReaderFuzzTests
{
    private static readonly string[] Extensions = [".txt", ".json", ".jsonl"];
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempFolder();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static ReadResult ReadOne(string path)
    {
        var result = HangGuard.Run(Path.GetFileName(path), () => new ArticleReader().ReadAll([path]));
        (result.Articles.Count + result.Errors.Count).Should().BeGreaterThan(0, "every file yields its articles or an error");
        foreach (var error in result.Errors)
        {
            error.Path.Should().StartWith(path, "an error names the file");
            error.Reason.Should().NotBeNullOrWhiteSpace();
        }

        return result;
    }

    [Test]
    public void Random_bytes_in_every_format()
    {
        var random = new Random(424242);
        for (var i = 0; i < 150; i++)
        {
            var bytes = new byte[random.Next(0, 6000)];
            random.NextBytes(bytes);
            ReadOne(WriteBytes($"random{i}{Extensions[i % 3]}", bytes));
        }
    }

    [Test]
    public void Random_printable_ascii_with_json_punctuation()
    {
        var random = new Random(5150);
        const string alphabet = "{}[]\":,\\ntextu0123456789 \n\r\t-+.eE";
        for (var i = 0; i < 150; i++)
        {
            var chars = new char[random.Next(1, 3000)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            ReadOne(WriteBytes($"punct{i}{Extensions[i % 3]}", Encoding.UTF8.GetBytes("{\"text\":\"" + new string(chars))));
        }
    }

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xC0, 0x80], [0x80], [0xBF], [0xE2, 0x82], [0xF0, 0x9F, 0x92], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80],
        [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFE], [0xFF], [0xC3],
    ];

    [TestCase(400, false)]
    [TestCase(3, true)]
    public void Invalid_utf8_is_tolerated_in_small_doses_and_rejected_in_large(int every, bool rejected)
    {
        var seed = Encoding.UTF8.GetBytes(HostileText.SeedText("001"));
        var random = new Random(every);
        var bytes = new List<byte>();
        foreach (var b in seed)
        {
            bytes.Add(b);
            if (random.Next(every) == 0)
            {
                bytes.AddRange(InvalidUtf8[random.Next(InvalidUtf8.Length)]);
            }
        }

        var txt = ReadOne(WriteBytes("bad.txt", [.. bytes]));
        txt.Errors.Should().HaveCount(rejected ? 1 : 0);
        var line = Encoding.UTF8.GetBytes("{\"text\":\"").Concat(bytes.Where(b => b is not ((byte)'\n' or (byte)'\r' or (byte)'"' or (byte)'\\'))).Concat(Encoding.UTF8.GetBytes("\"}\n")).ToArray();
        var jsonl = ReadOne(WriteBytes("bad.jsonl", [.. line, .. Encoding.UTF8.GetBytes("{\"text\":\"good line\"}\n")]));
        jsonl.Articles.Select(a => a.Text).Should().Contain("good line", "a bad line costs only itself");
        jsonl.Errors.Should().HaveCount(rejected ? 1 : 0);
    }

    [TestCase("[", "]", 100_000)]
    [TestCase("{\"a\":", "}", 100_000)]
    [TestCase("{\"text\":\"x\",\"meta\":[", "]}", 100_000)]
    public void Deeply_nested_json_is_an_error_not_a_crash(string open, string close, int depth)
    {
        var json = new StringBuilder().Insert(0, open, depth).Append(new StringBuilder().Insert(0, close, depth)).ToString();
        foreach (var ext in new[] { ".json", ".jsonl" })
        {
            var result = ReadOne(WriteBytes("deep" + ext, Encoding.UTF8.GetBytes(json)));
            result.Articles.Should().BeEmpty();
            result.Errors.Should().ContainSingle().Which.Reason.Should().Contain("nested deeper");
        }
    }

    [Test]
    public void Huge_json_array_and_huge_string_fields_are_read()
    {
        var seed = HostileText.SeedText("002");
        var path = Path.Combine(_dir, "huge.json");
        using (var writer = new StreamWriter(path))
        {
            writer.Write('[');
            for (var i = 0; i < 3000; i++)
            {
                writer.Write(i == 0 ? string.Empty : ",");
                writer.Write(Newtonsoft.Json.JsonConvert.SerializeObject(new { id = $"a{i}", outlet = "O", text = seed }));
            }

            writer.Write(",{\"text\":");
            writer.Write(Newtonsoft.Json.JsonConvert.SerializeObject(string.Concat(Enumerable.Repeat(seed, 20 * 1024 * 1024 / seed.Length))));
            writer.Write("}]");
        }

        var result = ReadOne(path);
        result.Articles.Should().HaveCount(3001);
        result.Errors.Should().BeEmpty();
    }

    [TestCase("{\"text\":\"x\",\"id\":1e999}")]
    [TestCase("{\"text\":\"x\",\"id\":123456789012345678901234567890}")]
    [TestCase("{\"text\":\"x\",\"published\":\"99999-99-99\"}")]
    [TestCase("{\"text\":\"x\",\"published\":12345}")]
    [TestCase("{\"text\":\"x\",\"published\":\"0001-01-01T00:00:00+14:00\"}")]
    [TestCase("{\"text\":\"a\\u0000b\\ud800c\"}")]
    [TestCase("{\"text\":\"x\",\"text\":\"y\"}")]
    [TestCase("{\"text\":\"x\"} trailing")]
    [TestCase("{\"text\":\"x\"}\u0000")]
    [TestCase("\uFEFF{\"text\":\"bom\"}")]
    [TestCase("{'text':'single quotes'}")]
    [TestCase("{\"text\":\"x\" /* comment */}")]
    [TestCase("{\"title\":{\"deep\":[1,2,3]},\"outlet\":[\"a\"],\"text\":\"odd fields\"}")]
    public void Odd_json_values_give_an_article_or_an_error(string json)
    {
        foreach (var ext in new[] { ".json", ".jsonl" })
        {
            var result = ReadOne(WriteBytes("odd" + ext, Encoding.UTF8.GetBytes(json)));
            foreach (var article in result.Articles)
            {
                ClaimInvariants.CheckAll(new ClaimEngine().Analyze, article, json);
            }
        }
    }

    [Test]
    public void Fifty_megabyte_single_line_files()
    {
        var line = string.Join(' ', HostileText.AllSeedTexts()).Replace('\n', ' ').Replace('\r', ' ').Replace("\"", "'", StringComparison.Ordinal);
        var text = string.Concat(Enumerable.Repeat(line, (50 * 1024 * 1024 / line.Length) + 1));
        var txt = ReadOne(WriteBytes("huge.txt", Encoding.UTF8.GetBytes(text)));
        txt.Articles.Should().ContainSingle().Which.Text.Length.Should().Be(text.Length);
        var jsonl = ReadOne(WriteBytes("huge.jsonl", Encoding.UTF8.GetBytes("{\"text\":\"" + text + "\"}\n{\"text\":\"after\"}")));
        jsonl.Articles.Should().HaveCount(2);
    }

    [Test]
    public void Mix_of_good_and_bad_files_loses_no_good_article()
    {
        var random = new Random(777);
        var seeds = HostileText.AllSeedTexts().ToList();
        var expected = new List<string>();
        var badItems = 0;
        for (var i = 0; i < 60; i++)
        {
            var text = seeds[i % seeds.Count];
            switch (random.Next(6))
            {
                case 0:
                    File.WriteAllText(Path.Combine(_dir, $"f{i:D3}.txt"), text);
                    expected.Add($"f{i:D3}");
                    break;
                case 1:
                    File.WriteAllText(Path.Combine(_dir, $"f{i:D3}.json"), Newtonsoft.Json.JsonConvert.SerializeObject(new { id = $"j{i}", text }));
                    expected.Add($"j{i}");
                    break;
                case 2:
                    var lines = Enumerable.Range(0, 3).Select(k => k == 1 ? "{broken" : Newtonsoft.Json.JsonConvert.SerializeObject(new { id = $"l{i}-{k}", text }));
                    File.WriteAllText(Path.Combine(_dir, $"f{i:D3}.jsonl"), string.Join('\n', lines));
                    expected.AddRange([$"l{i}-0", $"l{i}-2"]);
                    badItems++;
                    break;
                case 3:
                    var junk = new byte[500];
                    random.NextBytes(junk);
                    junk[10] = 0;
                    File.WriteAllBytes(Path.Combine(_dir, $"f{i:D3}{Extensions[random.Next(3)]}"), junk);
                    badItems++;
                    break;
                case 4:
                    File.WriteAllText(Path.Combine(_dir, $"f{i:D3}.json"), "{\"text\": " + new string('[', 1000));
                    badItems++;
                    break;
                default:
                    File.WriteAllText(Path.Combine(_dir, $"f{i:D3}.json"), "[" + Newtonsoft.Json.JsonConvert.SerializeObject(new { id = $"a{i}", text }) + ",{\"no\":\"text\"}]");
                    expected.Add($"a{i}");
                    badItems++;
                    break;
            }
        }

        var report = HangGuard.Run("mixed folder", () => new ClaimEngine().CompareFiles([_dir, Path.Combine(_dir, "missing.json")]));
        report.Articles.Select(a => a.Id).Should().Equal(expected);
        report.Errors.Should().HaveCount(badItems + 1);
        report.Counts.Should().Be(new Model.ReportCounts(60, expected.Count, expected.Count, badItems + 1));
    }
}
