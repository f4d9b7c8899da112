using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/EntityExtract.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
