using System.Text;
using ClaimCompare.Reading;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Reading;

/// <summary>JSONL is streamed line by line: big files pass, one bad line costs only itself.</summary>
[TestFixture]
public sealed class JsonLinesStreamingTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempFolder();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void A_jsonl_file_larger_than_the_file_limit_streams_through()
    {
        var path = Path.Combine(_dir, "big.jsonl");
        var line = "{\"text\":\"" + new string('x', 1000) + " 12 people.\"}\n";
        File.WriteAllText(path, string.Concat(Enumerable.Repeat(line, 500)));
        var reader = new ArticleReader(new ReaderOptions { MaxFileBytes = 4096 });

        var items = reader.Read([path]).ToList();
        items.Should().HaveCount(500).And.OnlyContain(i => i.Article != null);
        items.Select(i => i.Position).Should().BeInAscendingOrder();
        items[^1].Position.Should().Be(new FileInfo(path).Length);
        new ArticleReader(new ReaderOptions { MaxFileBytes = 4096 }).ReadAll([Path.Combine(_dir, "big.jsonl")]).FilesRead.Should().Be(1);
    }

    [Test]
    public void A_line_over_the_limit_is_skipped_and_named_without_being_held()
    {
        var path = Path.Combine(_dir, "long.jsonl");
        File.WriteAllText(path, "{\"text\":\"a\"}\r\n{\"text\":\"" + new string('y', 10_000) + "\"}\r\n{\"text\":\"c\"}");
        var result = new ArticleReader(new ReaderOptions { MaxFileBytes = 5000 }).ReadAll([path]);
        result.Articles.Select(a => (a.Id, a.Text)).Should().Equal(("long#1", "a"), ("long#3", "c"));
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Path.Should().Be(path + "#2");
        error.Reason.Should().Be("line 2: too long (10012 characters)");
    }

    [TestCase(new byte[] { 0xFF, 0xFE }, "utf-16")]
    [TestCase(new byte[] { 0xFE, 0xFF }, "utf-16BE")]
    [TestCase(new byte[] { 0xEF, 0xBB, 0xBF }, "utf-8")]
    public void Byte_order_marks_pick_the_encoding(byte[] bom, string encodingName)
    {
        var path = Path.Combine(_dir, "bom.jsonl");
        var body = Encoding.GetEncoding(encodingName).GetBytes("{\"text\":\"été 5\"}\n{\"text\":\"two\"}\n");
        File.WriteAllBytes(path, [.. bom, .. body]);
        new ArticleReader().ReadAll([path]).Articles.Select(a => a.Text).Should().Equal("été 5", "two");
    }

    [Test]
    public void Binary_jsonl_is_one_error_not_one_per_line()
    {
        var path = Path.Combine(_dir, "image.jsonl");
        var bytes = new byte[20_000];
        new Random(3).NextBytes(bytes);
        bytes[100] = 0;
        File.WriteAllBytes(path, bytes);
        new ArticleReader().ReadAll([path]).Errors.Should().ContainSingle().Which.Reason.Should().Contain("NUL bytes");
    }

    [Test]
    public void A_line_of_junk_is_rejected_alone()
    {
        var path = Path.Combine(_dir, "mixed.jsonl");
        var junk = Enumerable.Repeat((byte)0x01, 300).ToArray();
        File.WriteAllBytes(path, [.. "{\"text\":\"one\"}\n"u8, .. junk, (byte)'\n', .. "{\"text\":\"three\"}"u8]);
        var result = new ArticleReader().ReadAll([path]);
        result.Articles.Select(a => a.Id).Should().Equal("mixed#1", "mixed#3");
        result.Errors.Should().ContainSingle().Which.Reason.Should().StartWith("line 2: not text");
    }

    [Test]
    public async Task Async_reading_streams_a_big_file_in_order()
    {
        var path = Path.Combine(_dir, "many.jsonl");
        File.WriteAllLines(path, Enumerable.Range(1, 2000).Select(i => $"{{\"id\":\"n{i}\",\"text\":\"{i} cases\"}}"));
        var ids = new List<string>();
        await foreach (var item in new ArticleReader().ReadAsync([path]))
        {
            ids.Add(item.Article!.Id);
        }

        ids.Should().Equal(Enumerable.Range(1, 2000).Select(i => $"n{i}"));
    }

    [Test]
    public void A_listed_file_that_cannot_be_opened_is_an_error_naming_it()
    {
        // A dangling link is listed by the folder but cannot be opened, whoever runs the tests (root included).
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("symbolic links need extra rights on Windows");
            return;
        }

        var folder = Path.Combine(_dir, "with-dangling-link");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "good.txt"), "Title\n\n12 people were hurt.");
        var dangling = Path.Combine(folder, "gone.txt");
        File.CreateSymbolicLink(dangling, Path.Combine(folder, "missing-target.txt"));

        var result = new ArticleReader().ReadAll([folder]);

        result.Articles.Should().ContainSingle();
        result.Errors.Should().ContainSingle().Which.Path.Should().Be(dangling);
    }

    [Test]
    public void An_unreadable_folder_is_an_error_not_silence()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            Assert.Ignore("needs POSIX permissions that bind the current user");
            return;
        }

        var locked = Path.Combine(_dir, "locked");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var result = new ArticleReader().ReadAll([locked]);
            result.Errors.Should().ContainSingle().Which.Reason.Should().StartWith("cannot list the folder");
            result.FilesRead.Should().Be(0);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
