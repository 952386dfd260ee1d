using System.Diagnostics;
using System.Globalization;
using ClaimCompare.Pipeline;

namespace ClaimCompare.Sample;

/// <summary>
/// A progress bar on stderr, drawn only for runs long enough to need one (half a second) and only when
/// stderr is a terminal. The bar follows bytes read when the input files' size is known, else articles.
/// </summary>
/// <param name="stderr">Where the bar is drawn.</param>
/// <param name="interactive">False draws nothing (stderr is a file or a pipe, or --quiet).</param>
/// <param name="clock">Time since the run started; a test passes its own to step past the quiet start.</param>
internal sealed class ProgressBar(TextWriter stderr, bool interactive, Func<TimeSpan>? clock = null) : IProgress<ComparisonProgress>, IDisposable
{
    private const int Width = 25;
    private static readonly TimeSpan QuietStart = TimeSpan.FromSeconds(0.5);
    private static readonly TimeSpan Redraw = TimeSpan.FromSeconds(0.1);
    private readonly Lock _gate = new();
    private readonly Func<TimeSpan> _clock = clock ?? StartClock();

    // Nothing drawn yet: null rather than TimeSpan.MinValue, whose difference with any positive time
    // overflows (the crash of every terminal run longer than the quiet start).
    private TimeSpan? _lastDrawn;
    private PipelineStage _lastStage = PipelineStage.Extracting;
    private int _lastLength;
    private bool _drawn;

    public void Report(ComparisonProgress value)
    {
        if (!interactive)
        {
            return;
        }

        lock (_gate)
        {
            var now = _clock();
            var stageChanged = value.Stage != _lastStage;
            if (now < QuietStart || (!stageChanged && _lastDrawn is { } last && now - last < Redraw))
            {
                return;
            }

            _lastDrawn = now;
            _lastStage = value.Stage;

            // A shorter line than the last one is padded so no tail of the old line stays on screen.
            var line = Line(value, now);
            stderr.Write('\r' + line.PadRight(_lastLength));
            stderr.Flush();
            _lastLength = line.Length;
            _drawn = true;
        }
    }

    private static Func<TimeSpan> StartClock()
    {
        var watch = Stopwatch.StartNew();
        return () => watch.Elapsed;
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
