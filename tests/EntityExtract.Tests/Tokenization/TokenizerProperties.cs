using System.Globalization;
using System.Text;
using CsCheck;
using EntityExtract.Tokenization;

namespace EntityExtract.Tests.Tokenization;

/// <summary>
/// The tokenizer's invariants on generated strings (CsCheck, shrinking to the smallest failing input):
/// the tokens and the gaps between them rebuild the input exactly, whatever UTF-16 it holds, and a gap
/// only ever holds whitespace or invisible characters, so no visible character is lost.
/// </summary>
public class TokenizerProperties
{
    // Any code unit at all, weighted towards the ones the tokenizer decides on: lone and paired surrogates,
    // C0 and C1 controls, every kind of space and line break, zero-width and combining marks, quotes,
    // dashes and punctuation, letters and digits.
    private static readonly Gen<char> AnyUnit = Gen.OneOf(
        Gen.Char,
        Gen.Char['\uD800', '\uDFFF'],
        Gen.Char['\u0000', '\u001F'],
        Gen.Char['\u007F', '\u009F'],
        Gen.Char[" \t\r\n\u00A0\u2002\u2028\u2029\u200B\u200D\u2060\uFEFF\u0301"],
        Gen.Char["\"'\u201C\u201D\u2018\u2019.,;:!?-\u2013\u2014()@#/$%&\u2022\u2026"],
        Gen.Char['a', 'z'],
        Gen.Char['A', 'Z'],
        Gen.Char['0', '9']);

    // Runs of the same units, so that long tokens (and the MaxTokenLength cut) are generated too.
    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String[AnyUnit, 0, 200],
        Gen.Select(AnyUnit, Gen.Int[1, 700], (c, n) => new string(c, n)),
        Gen.Select(Gen.String[AnyUnit, 0, 40], Gen.String[AnyUnit, 0, 40], (a, b) => a + new string('x', 600) + b));

    [Fact]
    public void Tokens_and_the_gaps_between_them_rebuild_any_string()
    {
        AnyText.Sample(
            text =>
            {
                var tokens = new List<TextToken>();
                Tokenizer.Tokenize(text, tokens);
                var rebuilt = new StringBuilder(text.Length);
                int position = 0;
                foreach (var token in tokens)
                {
                    Assert.True(token.Length is > 0 and <= Tokenizer.MaxTokenLength, $"token of length {token.Length}");
                    Assert.True(token.Start >= position && token.End <= text.Length, $"token [{token.Start},{token.End}) after {position}");
                    string gap = text[position..token.Start];
                    Assert.True(gap.All(IsSpaceOrInvisible), $"gap holds {Units(gap)}");

                    // A token says whether a gap came before it, and never starts or ends inside a surrogate pair.
                    Assert.Equal(gap.Length > 0, token.HasSpaceBefore);
                    Assert.False(SplitsPair(text, token.Start), $"token starts inside a surrogate pair at {token.Start}");
                    Assert.False(SplitsPair(text, token.End), $"token ends inside a surrogate pair at {token.End}");

                    rebuilt.Append(gap).Append(token.GetText(text));
                    position = token.End;
                }

                string tail = text[position..];
                Assert.True(tail.All(IsSpaceOrInvisible), $"trailing gap holds {Units(tail)}");
                Assert.Equal(text, rebuilt.Append(tail).ToString());
            },
            iter: 3000);
    }

    private static bool IsSpaceOrInvisible(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);

    private static string Units(string s) => string.Join(" ", s.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
}
