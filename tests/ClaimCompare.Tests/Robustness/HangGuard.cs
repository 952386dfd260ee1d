using NUnit.Framework;

namespace ClaimCompare.Tests.Robustness;

/// <summary>
/// Runs a case on its own task and fails the test when it does not finish within a generous budget.
/// This is a hang check (an endless loop or catastrophic backtracking), not a speed assertion: budgets
/// are many times what the case needs on a slow, shared machine.
/// </summary>
internal static class HangGuard
{
    public static readonly TimeSpan Small = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Large = TimeSpan.FromSeconds(180);

    /// <summary>
    /// For tens of thousands of figures in one sentence: linear stages finish in a few seconds, but the CI
    /// machine is shared (load averages of 20 on 2 cores were seen), which stretches seconds into minutes.
    /// </summary>
    public static readonly TimeSpan Pathological = TimeSpan.FromSeconds(90);

    public static T Run<T>(string what, Func<T> action, TimeSpan? budget = null)
    {
        var limit = budget ?? Small;
        var task = Task.Run(action);
        try
        {
            if (!task.Wait(limit))
            {
                Assert.Fail($"hang: {what} did not finish within {limit.TotalSeconds:F0} s");
            }
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            Assert.Fail($"{what} threw {ex.InnerException!.GetType().Name}: {ex.InnerException.Message}\n{ex.InnerException.StackTrace}");
        }

        return task.Result;
    }

    public static void Run(string what, Action action, TimeSpan? budget = null) =>
        Run(
            what,
            () =>
            {
                action();
                return true;
            },
            budget);
}
