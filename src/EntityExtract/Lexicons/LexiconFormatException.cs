namespace EntityExtract.Lexicons;

/// <summary>
/// A lexicon file holds a line that is not a valid entry. The message reads <c>FILE:LINE: what is wrong</c>,
/// and <see cref="FileName"/> and <see cref="LineNumber"/> carry the same facts for code.
/// </summary>
public sealed class LexiconFormatException : FormatException
{
    /// <summary>Creates the exception for one bad line.</summary>
    /// <param name="source">The file name (or another name for the input).</param>
    /// <param name="lineNumber">The 1-based line number.</param>
    /// <param name="problem">What is wrong with the line.</param>
    public LexiconFormatException(string source, int lineNumber, string problem)
        : base($"{source}:{lineNumber}: {problem}")
    {
        FileName = source;
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public LexiconFormatException()
        : this("lexicon", 0, "invalid lexicon")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public LexiconFormatException(string message)
        : this("lexicon", 0, message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LexiconFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = "lexicon";
        Problem = message;
    }

    /// <summary>The file name (or another name for the input) that holds the bad line.</summary>
    public string FileName { get; }

    /// <summary>The 1-based number of the bad line (0 when unknown).</summary>
    public int LineNumber { get; }

    /// <summary>What is wrong with the line.</summary>
    public string Problem { get; }
}
