using System.Diagnostics;
using System.Globalization;
using ClaimCompare.Pipeline;

namespace ClaimCompare.Sample;

/// <summary>
/// A progress bar on stderr, drawn only for runs long enough to need one (half a second) and only when
/// stderr is a terminal. The bar follows bytes read when the input files' size is known, else articles.
/// </summary>
internal sealed class ProgressBar(TextWriter stderr, bool interactive) : IProgress<ComparisonProgress>, IDisposable
{
    private const int Width = 25;
    private static readonly TimeSpan QuietStart = TimeSpan.FromSeconds(0.5);
    private static readonly TimeSpan Redraw = TimeSpan.FromSeconds(0.1);
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDrawn = TimeSpan.MinValue;
    private PipelineStage _lastStage = PipelineStage.Extracting;
    private bool _drawn;

    public ProgressBar(TextWriter stderr)
        : this(stderr, !Console.IsErrorRedirected)
    {
    }

    public void Report(ComparisonProgress value)
    {
        if (!interactive)
        {
            return;
        }

        lock (_gate)
        {
            var now = _clock.Elapsed;
            var stageChanged = value.Stage != _lastStage;
            if (now < QuietStart || (!stageChanged && now - _lastDrawn < Redraw))
            {
                return;
            }

            _lastDrawn = now;
            _lastStage = value.Stage;
            stderr.Write('\r' + Line(value, now));
            _drawn = true;
        }
    }

    public void Dispose()
    {
        if (_drawn)
        {
            stderr.WriteLine();
        }
    }

    /// <summary>One line of the bar: fraction done, stage, articles and the rate so far.</summary>
    internal static string Line(ComparisonProgress value, TimeSpan elapsed)
    {
        double? fraction = value switch
        {
            { Stage: PipelineStage.Done } => 1,
            { BytesTotal: > 0 and var bytes } => (double)value.BytesDone / bytes,
            { ArticlesTotal: > 0 and var total } => (double)value.ArticlesDone / total,
            _ => null,
        };
        var rate = elapsed.TotalSeconds > 0 ? value.ArticlesDone / elapsed.TotalSeconds : 0;
        var stage = value.Stage.ToString().ToLowerInvariant();
        var rejected = value.Rejected > 0 ? string.Create(CultureInfo.InvariantCulture, $", {value.Rejected} rejected") : string.Empty;
        if (fraction is not { } f)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{stage,-10} {value.ArticlesDone:N0} articles ({rate:N0}/s{rejected})   ");
        }

        f = Math.Clamp(f, 0, 1);
        var filled = (int)(f * Width);
        return string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('.', Width - filled)}] {f * 100,3:F0}% {stage,-10} {value.ArticlesDone:N0} articles ({rate:N0}/s{rejected})   ");
    }
}
