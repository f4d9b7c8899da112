using EntityExtract.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops cleanly: batch mode reports how far it got and removes its partial output.
    e.Cancel = true;
    cancellation.Cancel();
};

return CliApp.Run(args, Console.OpenStandardInput, Console.OpenStandardOutput, Console.Error, cancellation.Token);
