using System.Globalization;
using System.Text;

namespace ClaimCompare.Evaluation;

/// <summary>One measured score, with the published reference where there is one.</summary>
/// <param name="Benchmark">Benchmark name ("NewsQuant dev").</param>
/// <param name="Metric">Metric name ("value F1").</param>
/// <param name="Value">The score (percent for rates).</param>
/// <param name="Reference">Published peer score or target to show beside it, or null.</param>
public sealed record Score(string Benchmark, string Metric, double Value, string? Reference = null);

/// <summary>Scores from one or more evaluations, printable as a Markdown table.</summary>
public sealed class Scoreboard
{
    private readonly List<Score> _scores = [];
    private readonly List<string> _notes = [];

    /// <summary>Every score, in the order added.</summary>
    public IReadOnlyList<Score> Scores => _scores;

    /// <summary>Free-text lines (disagreement lists, error counts) printed under the table.</summary>
    public IReadOnlyList<string> Notes => _notes;

    public void Add(string benchmark, string metric, double value, string? reference = null) => _scores.Add(new Score(benchmark, metric, value, reference));

    public void Note(string line) => _notes.Add(line);

    public void AddRange(Scoreboard other)
    {
        _scores.AddRange(other._scores);
        _notes.AddRange(other._notes);
    }

    /// <summary>The score of a metric; throws when it was not measured.</summary>
    public double Get(string benchmark, string metric) =>
        _scores.Single(s => s.Benchmark == benchmark && s.Metric == metric).Value;

    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("| benchmark | metric | ClaimCompare | reference |\n|---|---|---:|---|\n");
        foreach (var s in _scores)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {s.Benchmark} | {s.Metric} | {s.Value:0.0} | {s.Reference} |\n");
        }

        foreach (var note in _notes)
        {
            sb.Append('\n').Append(note);
        }

        return sb.ToString();
    }
}
