using BenchmarkDotNet.Running;
using EntityExtract.Benchmarks.Pipeline;

// dotnet run -c Release --project benchmarks/EntityExtract.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/EntityExtract.Benchmarks -- profile [rounds]   (Stopwatch profile per stage)
// dotnet run -c Release --project benchmarks/EntityExtract.Benchmarks -- memory             (what each model costs in memory)
// dotnet run -c Release --project benchmarks/EntityExtract.Benchmarks -- startup [file]     (load time of each resource, first extraction)
// dotnet run -c Release --project benchmarks/EntityExtract.Benchmarks -- tokenizer-ratio [rounds]  (tokenizer / scan, best of N)
// dotnet run -c Release --project benchmarks/EntityExtract.Benchmarks -- lexicon-ratio [rounds]    (100,000-entry lexicon / none, interleaved)
// dotnet run -c Release --project benchmarks/EntityExtract.Benchmarks -- pos-ratio [rounds]  (tagger words/s and / tokenizer, best of N)
if (args is ["profile", ..])
{
    StageProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

if (args is ["tokenizer-ratio", ..])
{
    EntityExtract.Benchmarks.Tokenization.TokenizerRatio.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50);
    return;
}

if (args is ["startup", ..])
{
    StartupProfile.Run(args.Length > 1 ? args[1] : null);
    return;
}

if (args is ["lexicon-ratio", ..])
{
    EntityExtract.Benchmarks.Lexicons.LexiconRatio.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15);
    return;
}

if (args is ["pos-ratio", ..])
{
    EntityExtract.Benchmarks.PartsOfSpeech.PartOfSpeechRatio.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}

if (args is ["memory", ..])
{
    MemoryProfile.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
