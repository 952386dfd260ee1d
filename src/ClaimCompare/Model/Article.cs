namespace ClaimCompare.Model;

/// <summary>One news article as read from a file, with its text kept exactly as read.</summary>
/// <param name="Id">Stable identifier (the <c>id</c> field, or derived from the file name; see docs/report-format.md).</param>
/// <param name="Path">The file it came from, or null when built in memory.</param>
/// <param name="Outlet">The publisher, when the file or page names it.</param>
/// <param name="Title">The headline, when known.</param>
/// <param name="Published">Publication date, when the file or page states it.</param>
/// <param name="Text">The text exactly as read; every offset in the library points into it.</param>
public sealed record Article(string Id, string? Path, string? Outlet, string? Title, DateOnly? Published, string Text)
{
    /// <summary>
    /// Classified regions of <see cref="Text"/> in offset order. Text not covered by a region is body.
    /// Empty for articles whose text is all body (JSON input usually is).
    /// </summary>
    internal ValueArray<TextRegion> Regions { get; init; } = ValueArray<TextRegion>.Empty;

    /// <summary>The page's address (the <c>url</c> field of JSON input), when known; reports name its domain when no outlet is given.</summary>
    public string? Url { get; init; }

    /// <summary>Where the body text is (chrome, captions and footers left out), in offset order.</summary>
    public IEnumerable<TextSpan> BodySpans()
    {
        var cursor = 0;
        foreach (var region in Regions)
        {
            if (region.Span.Start > cursor)
            {
                yield return new TextSpan(cursor, region.Span.Start);
            }

            if (region.Kind is RegionKind.Body or RegionKind.Subtitle)
            {
                yield return region.Span;
            }

            cursor = Math.Max(cursor, region.Span.End);
        }

        if (cursor < Text.Length)
        {
            yield return new TextSpan(cursor, Text.Length);
        }
    }

    /// <summary>
    /// The article as a reader names it: <c>002_abd5eaf9 "Rebels leave the city" (Sputnik, 2016-11-29)</c>; the text itself is
    /// left out.
    /// </summary>
    public override string ToString()
    {
        var where = Display.List(Outlet, Published is { } day ? Display.Day(day) : null);
        return Display.Words(Id, Title is null ? null : $"\"{Display.Short(Title, 80)}\"", where.Length == 0 ? null : $"({where})");
    }

    /// <summary>The kind of region that <paramref name="offset"/> falls in (body when none is marked).</summary>
    public RegionKind RegionAt(int offset)
    {
        foreach (var region in Regions)
        {
            if (region.Span.Contains(offset))
            {
                return region.Kind;
            }
        }

        return RegionKind.Body;
    }
}
