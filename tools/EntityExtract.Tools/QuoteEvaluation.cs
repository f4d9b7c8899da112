namespace EntityExtract.Tools;

/// <summary>Not written yet.</summary>
public static class QuoteEvaluation
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">Its arguments.</param>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        Console.Error.WriteLine("QuoteEvaluation: not implemented yet");
        return 1;
    }
}
