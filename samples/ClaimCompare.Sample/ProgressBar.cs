using ClaimCompare.Pipeline;

namespace ClaimCompare.Sample;

/// <summary>A progress bar on stderr, drawn only for runs long enough to need one.</summary>
internal sealed class ProgressBar(TextWriter stderr) : IProgress<ComparisonProgress>, IDisposable
{
    private const int MinArticlesToShow = 200;
    private readonly Lock _gate = new();
    private int _lastPercent = -1;
    private bool _drawn;

    public void Report(ComparisonProgress value)
    {
        if (value.ArticlesTotal is not { } total || total < MinArticlesToShow || Console.IsErrorRedirected)
        {
            return;
        }

        var percent = (int)(100L * value.ArticlesDone / Math.Max(1, total));
        lock (_gate)
        {
            if (percent == _lastPercent && value.Stage == PipelineStage.Extracting)
            {
                return;
            }

            _lastPercent = percent;
            var filled = percent / 4;
            stderr.Write($"\r[{new string('#', filled)}{new string('.', 25 - filled)}] {percent,3}% {value.Stage.ToString().ToLowerInvariant(),-10} {value.ArticlesDone}/{total}");
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
}
