namespace ClaimCompare.Model;

/// <summary>What a stretch of a page is, so later stages can skip what is not the article's body.</summary>
public enum RegionKind
{
    /// <summary>Running text of the article.</summary>
    Body,

    /// <summary>The article's headline.</summary>
    Title,

    /// <summary>Standfirst or subtitle under the headline.</summary>
    Subtitle,

    /// <summary>Navigation, menus, share buttons, script notices and similar page furniture.</summary>
    Chrome,

    /// <summary>Photo caption or media credit ("© AFP 2023 / ...").</summary>
    Caption,

    /// <summary>Byline, dateline or publication stamp.</summary>
    Byline,

    /// <summary>Comments, donation appeals, "read more" lists and the page footer.</summary>
    Footer,
}

/// <summary>A classified stretch of an article's text.</summary>
/// <param name="Span">Where the region lies in the text as read.</param>
/// <param name="Kind">What the region is.</param>
internal sealed record TextRegion(TextSpan Span, RegionKind Kind);
