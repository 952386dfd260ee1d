using BenchmarkDotNet.Running;
using ClaimCompare.Benchmarks;

// dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- scale      (the scale benchmark, docs/scale.md)
// dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- store --articles 100000   (docs/store.md)
// dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- --filter '*'
return args switch
{
    ["store", ..] => await StoreRunner.Run(args),
    ["scale", ..] => ScaleRunner.Run(args),
    ["scale-one", _, _] => ScaleRunner.RunOne(args),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ScaleRunner).Assembly).Run(args);
    return 0;
}
