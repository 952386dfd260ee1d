using ClaimCompare.Model;

namespace ClaimCompare.Extraction;

/// <summary>One quantity expression found in text by <see cref="QuantityRecognizer"/>.</summary>
/// <param name="Span">The whole expression with its qualifier and unit ("more than 18 thousand", "10-hour").</param>
/// <param name="Text">The text of <see cref="Span"/>, as written.</param>
/// <param name="Quantity">The figure read as an interval under the recogniser's conventions.</param>
internal sealed record RecognizedQuantity(TextSpan Span, string Text, Quantity Quantity)
{
    /// <summary>Where the figure itself stands ("18 thousand" in "more than 18 thousand civilians").</summary>
    public TextSpan NumberSpan { get; init; }

    /// <summary>Rise or fall when the figure is a change ("rose 0.45 per cent", "fell by 3,000"), or null.</summary>
    public Trend? Trend { get; init; }

    /// <summary>True when the figure is a length of time ("10-hour", "two weeks", "five-and-a-half-years-long").</summary>
    public bool IsDuration { get; init; }
}
