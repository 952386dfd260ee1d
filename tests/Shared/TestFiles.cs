using System.Diagnostics;

namespace ClaimCompare.Testing;

/// <summary>
/// What both test projects need from the file system and the process table: the repository root, temp folders and
/// the sample console as a child process. Compiled into each test project as a linked source file.
/// </summary>
internal static class TestFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimCompare.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ClaimCompare.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (the folder holding ClaimCompare.sln above the test binary).</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>A new, empty folder under the system's temp folder.</summary>
    public static string NewTempFolder(string prefix = "claimcompare-tests")
    {
        var path = Path.Combine(Path.GetTempPath(), prefix, Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>The sample console beside the test assembly (both test projects reference it).</summary>
    public static string SampleDll
    {
        get
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "ClaimCompare.Sample.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("The sample console is not beside the tests: the test project must reference samples/ClaimCompare.Sample.", dll);
        }
    }

    /// <summary>Starts the sample console as a child process with stdout and stderr redirected.</summary>
    public static Process StartConsole(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(SampleDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start the sample console");
    }

    /// <summary>Runs the console to the end (at most <paramref name="timeout"/>): exit code, stdout, stderr.</summary>
    public static async Task<(int Code, string Out, string Error)> RunConsoleAsync(TimeSpan timeout, params string[] args)
    {
        using var process = StartConsole(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
        return (process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }
}

/// <summary>A temp folder removed when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = TestFiles.NewTempFolder();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process killed on purpose may still hold a file for a moment; the OS cleans temp.
        }
    }
}
