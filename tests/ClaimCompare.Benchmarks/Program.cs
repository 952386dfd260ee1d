using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
