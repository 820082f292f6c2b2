using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Tacitus.Benchmarks;

// Runs any benchmark class in this assembly, e.g.
//   dotnet run -c Release --project benchmarks/Tacitus.Benchmarks -- --filter '*TokenizerBenchmark*' --job short
// The build timeout is generous because the benchmark project is rebuilt per job on shared, busy machines.
var config = DefaultConfig.Instance
    .AddColumn(ThroughputColumn.Characters())
    .AddColumn(ThroughputColumn.Tokens(), ThroughputColumn.BytesPerToken())
    .WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
