using System.Text;
using System.Text.RegularExpressions;
using EntityExtract.Tests.Infrastructure;

namespace EntityExtract.Tests.Conventions;

/// <summary>
/// Guards two house rules over every <c>.cs</c> file under <c>src/</c> (docs/architecture.md, issue 11):
/// no file longer than 600 lines, and no word list typed as a C# string literal (word lists live in
/// <c>Resources/Lexicons/*.txt</c>). The word-list check is a heuristic, so its own table below shows
/// what it flags and what it lets through.
/// </summary>
public sealed class SourceRulesTests
{
    private const int MaxLines = 600;
    private const int MaxListWords = 12;

    [Fact]
    public void NoSourceFileIsLongerThan600Lines()
    {
        var tooLong = SourceFiles()
            .Select(f => (File: f, Lines: File.ReadAllLines(f).Length))
            .Where(x => x.Lines > MaxLines)
            .Select(x => $"{Relative(x.File)}: {x.Lines} lines")
            .ToList();

        Assert.True(tooLong.Count == 0, "Split these files:\n" + string.Join("\n", tooLong));
    }

    [Fact]
    public void NoSourceFileTypesAWordListInAStringLiteral()
    {
        var found = new List<string>();
        foreach (var file in SourceFiles())
        {
            foreach (var literal in StringLiterals(File.ReadAllText(file)))
            {
                if (LooksLikeWordList(literal))
                {
                    found.Add($"{Relative(file)}: \"{Shorten(literal)}\"");
                }
            }
        }

        Assert.True(found.Count == 0, "Move these word lists to Resources/Lexicons:\n" + string.Join("\n", found));
    }

    // Word lists still typed as collections of literals (issue 11, item 3): file -> how many such lists it
    // holds. Every list once recorded here has moved to Resources/Lexicons; the count may only go down, and a
    // new list anywhere fails.
    private static readonly Dictionary<string, int> KnownListDebt = new(StringComparer.Ordinal);

    // More than a dozen word literals in a row, separated only by commas: ["in", "since", "until", ...].
    private static readonly Regex LiteralRun = new(
        @"(?:""[^\W\d_][\w'.\- ]{0,30}""\s*,\s*){12,}""[^\W\d_][\w'.\- ]{0,30}""", RegexOptions.CultureInvariant);

    [Fact]
    public void NoSourceFileAddsAWordListAsACollectionOfLiterals()
    {
        var found = new List<string>();
        foreach (var file in SourceFiles())
        {
            string name = Relative(file).Replace('\\', '/');
            int count = LiteralRun.Count(File.ReadAllText(file));
            if (count > KnownListDebt.GetValueOrDefault(name))
            {
                found.Add($"{name}: {count} lists of literals");
            }
        }

        Assert.True(found.Count == 0, "Move these word lists to Resources/Lexicons:\n" + string.Join("\n", found));
    }

    [Theory]
    [InlineData("[\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\", \"j\", \"k\", \"l\", \"m\"]", 1)]
    [InlineData("[\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\", \"j\", \"k\", \"l\"]", 0)]
    [InlineData("Write(\"a\", \"b\", x, \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\", \"j\", \"k\", \"l\", \"m\")", 0)]
    public void TheLiteralRunPatternCountsListsOfMoreThanADozen(string source, int expected)
    {
        Assert.Equal(expected, LiteralRun.Count(source));
    }

    [Theory]
    [InlineData("Mr Mrs Ms Dr Prof Sir Dame Lord Lady Rev Gen Col Capt Sgt", true)]
    [InlineData("january\nfebruary\nmarch\napril\nmay\njune\njuly\naugust\nseptember\noctober\nnovember\ndecember\nsept", true)]
    [InlineData("the of and a to in is for on that by with as at from", true)]
    [InlineData("Mr Mrs Ms Dr Prof Sir Dame Lord Lady Rev Gen Col", false)] // a dozen is allowed
    [InlineData("The tokenizer cut this token because it was longer than the limit allows, so check the input.", false)]
    [InlineData("<section class=\"article\" id=\"a1\"><h2>Heading</h2><p>text of the article goes here</p></section>", false)]
    public void TheWordListHeuristicFlagsListsAndNotProse(string literal, bool expected)
    {
        Assert.Equal(expected, LooksLikeWordList(literal));
    }

    [Theory]
    [InlineData("var s = \"a b\";", "a b")]
    [InlineData("var s = @\"say \"\"hi\"\"\";", "say \"hi\"")]
    [InlineData("var s = \"\"\"\n  raw \"quoted\" text\n  \"\"\";", "\n  raw \"quoted\" text\n  ")]
    [InlineData("// \"not a literal\"\nvar c = '\"'; var s = \"x\\\"y\";", "x\\\"y")]
    public void TheLiteralScannerFindsLiteralsOutsideComments(string source, string expected)
    {
        Assert.Equal(expected, Assert.Single(StringLiterals(source)));
    }

    /// <summary>
    /// More than a dozen whitespace-separated tokens, nearly all of them bare words (letters, with inner
    /// hyphens, apostrophes or dots), and no sentence or markup punctuation: prose has commas and a full
    /// stop, markup has angle brackets and equals signs, a word list has neither.
    /// </summary>
    internal static bool LooksLikeWordList(string literal)
    {
        var tokens = literal.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length <= MaxListWords)
        {
            return false;
        }

        if (literal.IndexOfAny([',', ';', '<', '>', '=', '{', '}', '(', ')']) >= 0 && !literal.Contains('\n', StringComparison.Ordinal))
        {
            return false;
        }

        int words = tokens.Count(IsBareWord);
        return (words > MaxListWords && words >= tokens.Length * 0.9 && !tokens[^1].EndsWith('.')) || LinesAreWords(literal);
    }

    // A raw literal with one word per line is a list whatever its punctuation elsewhere.
    private static bool LinesAreWords(string literal)
    {
        var lines = literal.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#'))
            .ToList();
        return lines.Count > MaxListWords && lines.Count(l => l.Split(' ').All(IsBareWord)) >= lines.Count * 0.9;
    }

    private static bool IsBareWord(string token) =>
        token.Length > 0 && char.IsLetter(token[0]) && token.All(c => char.IsLetter(c) || c is '-' or '\'' or '.' or '’');

    /// <summary>The contents of the string literals in C# source: regular, verbatim, interpolated and raw, skipping comments and char literals.</summary>
    internal static List<string> StringLiterals(string source)
    {
        var literals = new List<string>();
        int i = 0;
        while (i < source.Length)
        {
            char c = source[i];
            if (c == '/' && i + 1 < source.Length && source[i + 1] == '/')
            {
                i = source.IndexOf('\n', i) is int n and >= 0 ? n : source.Length;
            }
            else if (c == '/' && i + 1 < source.Length && source[i + 1] == '*')
            {
                i = source.IndexOf("*/", i + 2, StringComparison.Ordinal) is int e and >= 0 ? e + 2 : source.Length;
            }
            else if (c == '\'')
            {
                i++;
                while (i < source.Length && source[i] != '\'')
                {
                    i += source[i] == '\\' ? 2 : 1;
                }

                i++;
            }
            else if (c == '"')
            {
                bool verbatim = i > 0 && (source[i - 1] == '@' || (i > 1 && source[i - 2] == '@'));
                int quotes = 0;
                while (i + quotes < source.Length && source[i + quotes] == '"')
                {
                    quotes++;
                }

                if (quotes >= 3)
                {
                    string fence = new('"', quotes);
                    int end = source.IndexOf(fence, i + quotes, StringComparison.Ordinal);
                    end = end < 0 ? source.Length : end;
                    literals.Add(source[(i + quotes)..end]);
                    i = Math.Min(source.Length, end + quotes);
                }
                else if (quotes == 2 && !verbatim)
                {
                    literals.Add("");
                    i += 2;
                }
                else
                {
                    var text = new StringBuilder();
                    i++;
                    while (i < source.Length)
                    {
                        if (verbatim && source[i] == '"' && i + 1 < source.Length && source[i + 1] == '"')
                        {
                            text.Append('"');
                            i += 2;
                        }
                        else if (source[i] == '"' || (!verbatim && source[i] == '\n'))
                        {
                            break;
                        }
                        else if (!verbatim && source[i] == '\\' && i + 1 < source.Length)
                        {
                            text.Append(source, i, 2);
                            i += 2;
                        }
                        else
                        {
                            text.Append(source[i]);
                            i++;
                        }
                    }

                    literals.Add(text.ToString());
                    i++;
                }
            }
            else
            {
                i++;
            }
        }

        return literals;
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(TestFiles.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string Relative(string file) => Path.GetRelativePath(TestFiles.RepoRoot, file);

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
