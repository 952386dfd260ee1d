using ClaimCompare.Model;
using ClaimCompare.Reading;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Reading;

[TestFixture]
public sealed class ArticleReaderTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempFolder();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Test]
    public void Json_object_takes_id_from_file_name_and_keeps_metadata()
    {
        var path = Write("report.json", """{"outlet":"TASS","published":"2016-10-28","title":"T","text":"127 civilians were killed."}""");
        var result = new ArticleReader().ReadAll([path]);
        result.Errors.Should().BeEmpty();
        var article = result.Articles.Should().ContainSingle().Subject;
        article.Id.Should().Be("report");
        article.Outlet.Should().Be("TASS");
        article.Published.Should().Be(new DateOnly(2016, 10, 28));
        article.Text.Should().Be("127 civilians were killed.");
    }

    [Test]
    public void Json_id_field_wins_over_file_name()
    {
        var path = Write("x.json", """{"id":"A06","text":"Some text."}""");
        new ArticleReader().ReadAll([path]).Articles.Single().Id.Should().Be("A06");
    }

    [Test]
    public void Json_array_numbers_elements_and_reports_bad_ones_without_losing_the_rest()
    {
        var path = Write("batch.json", """[{"text":"one"}, {"title":"no text"}, 5, {"text":"three","published":"2016-11-03T10:15:00+03:00"}]""");
        var result = new ArticleReader().ReadAll([path]);
        result.Articles.Select(a => a.Id).Should().Equal("batch#1", "batch#4");
        result.Articles[1].Published.Should().Be(new DateOnly(2016, 11, 3));
        result.Errors.Select(e => e.Path).Should().Equal(path + "#2", path + "#3");
        result.Errors[0].Reason.Should().Contain("text");
        result.Errors[1].Reason.Should().Contain("number");
    }

    [Test]
    public void Jsonl_reads_each_line_and_reports_broken_lines_by_number()
    {
        var path = Write("feed.jsonl", "{\"text\":\"a\"}\n\n{broken\n{\"id\":\"z\",\"text\":\"c\"}\n");
        var result = new ArticleReader().ReadAll([path]);
        result.Articles.Select(a => a.Id).Should().Equal("feed#1", "z");
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Path.Should().Be(path + "#2");
        error.Reason.Should().StartWith("line 3: not valid JSON");
    }

    [TestCase("{\"text\": \"unterminated", "not valid JSON")]
    [TestCase("\"just a string\"", "found a JSON string")]
    [TestCase("{\"text\": 42}", "must be a string")]
    [TestCase("{\"text\": \"   \"}", "empty")]
    [TestCase("[]", "empty")]
    public void Bad_json_becomes_an_error_naming_the_file(string content, string reason)
    {
        var path = Write("bad.json", content);
        var result = new ArticleReader().ReadAll([path]);
        result.Articles.Should().BeEmpty();
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Path.Should().StartWith(path);
        error.Reason.Should().Contain(reason);
    }

    [Test]
    public void Deeply_nested_json_is_rejected_not_crashed()
    {
        var path = Write("deep.json", new string('[', 5000) + new string(']', 5000));
        var error = new ArticleReader().ReadAll([path]).Errors.Should().ContainSingle().Subject;
        error.Reason.Should().Contain("nested deeper than 64");
    }

    [Test]
    public void Binary_file_is_not_text()
    {
        var path = Path.Combine(_dir, "image.txt");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0xFF, 0xFE, 0x00]);
        var error = new ArticleReader().ReadAll([path]).Errors.Should().ContainSingle().Subject;
        error.Reason.Should().StartWith("not text");
    }

    [Test]
    public void Invalid_utf8_beyond_the_tolerance_is_not_text()
    {
        var path = Path.Combine(_dir, "latin1.txt");
        File.WriteAllBytes(path, Enumerable.Repeat((byte)0xE9, 50).Concat("abc"u8.ToArray()).ToArray());
        new ArticleReader().ReadAll([path]).Errors.Should().ContainSingle().Which.Reason.Should().Contain("not valid UTF-8");
    }

    [Test]
    public void Missing_path_and_unsupported_extension_are_errors()
    {
        var other = Write("notes.csv", "a,b");
        var result = new ArticleReader().ReadAll([Path.Combine(_dir, "nope.json"), other]);
        result.Errors.Select(e => e.Reason).Should().SatisfyRespectively(
            r => r.Should().Be("no such file or folder"),
            r => r.Should().StartWith("unsupported file type '.csv'"));
    }

    [Test]
    public void Folder_is_read_in_ordinal_file_name_order_and_not_recursively_by_default()
    {
        Write("b.txt", "Second article text.");
        Write("B.json", """{"text":"First by ordinal order."}""");
        Write("ignored.md", "not an article");
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));
        File.WriteAllText(Path.Combine(_dir, "sub", "c.txt"), "Nested article.");

        new ArticleReader().ReadAll([_dir]).Articles.Select(a => a.Id).Should().Equal("B", "b");
        new ArticleReader(new ReaderOptions { Recursive = true }).ReadAll([_dir]).Articles.Select(a => a.Id).Should().Equal("B", "b", "c");
    }

    [Test]
    public void Utf8_bom_is_dropped_and_text_kept_exactly()
    {
        var path = Path.Combine(_dir, "bom.txt");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "Line one.\r\nLine two."u8.ToArray()]);
        new ArticleReader().ReadAll([path]).Articles.Single().Text.Should().Be("Line one.\r\nLine two.");
    }

    [Test]
    public async Task Async_stream_yields_the_same_items_as_the_sync_reader()
    {
        Write("a.json", """[{"text":"x"},{"nope":1}]""");
        Write("b.txt", "Plain text.");
        var reader = new ArticleReader();
        var sync = reader.Read([_dir]).Select(i => i.Article?.Id ?? i.Error!.Path).ToList();
        var items = new List<string>();
        await foreach (var item in reader.ReadAsync([_dir]))
        {
            items.Add(item.Article?.Id ?? item.Error!.Path);
        }

        items.Should().Equal(sync);
    }
}
