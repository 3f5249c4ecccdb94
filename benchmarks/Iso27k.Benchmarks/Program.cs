using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project benchmarks/Iso27k.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
