using System.Collections.Frozen;
using EntityExtract.Internal;

namespace EntityExtract.Quotes;

/// <summary>
/// The reporting-verb lexicon: verbs of saying, writing, claiming and judging that introduce speech
/// (PARC 3.0's cue verbs; the Gender Gap Tracker uses a lexicon of 257 such verbs). The lemmas are
/// data (<c>Resources/Lexicons/quote-reporting-verbs.txt</c>), one a line, expanded to every inflection by regular English rules.
/// Thread-safe: built once, read-only afterwards.
/// </summary>
internal static class ReportingVerbs
{
    // The lemmas (Resources/Lexicons/quote-reporting-verbs.txt): "lemma" for regular verbs; "lemma*" when the final
    // consonant doubles (admit → admitted); "lemma/past/participle" for irregular verbs.
    private static readonly IReadOnlyList<string> Lexicon = WordList.Lines("quote-reporting-verbs");

    // Verbs that are also common nouns ("the debate", "his remarks", "an attack"): their bare and -s forms are
    // read as nouns, so only the -ed and -ing forms count as cues (Resources/Lexicons/quote-reporting-verbs-also-nouns.txt).
    private static readonly IReadOnlyList<string> NounsToo = WordList.Lines("quote-reporting-verbs-also-nouns");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounForms = BuildNounForms();

    /// <summary>Every inflected form of every lexicon verb, compared ignoring case.</summary>
    public static FrozenSet<string> Forms { get; } = Build();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> is a form of a reporting verb.</summary>
    /// <param name="word">A word token's text.</param>
    public static bool Contains(ReadOnlySpan<char> word) => word.Length is > 1 and < 20 && Lookup.Contains(word) && !NounForms.Contains(word);

    /// <summary>Whether the form is a present participle ("accusing"), which takes the subject of the main clause.</summary>
    /// <param name="word">A word token's text.</param>
    public static bool IsParticiple(ReadOnlySpan<char> word) => word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    private static FrozenSet<string> Build()
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Lexicon)
        {
            if (entry.Contains('/', StringComparison.Ordinal))
            {
                var parts = entry.Split('/');
                string lemma = parts[0];
                forms.Add(lemma);
                forms.Add(ThirdPerson(lemma));
                forms.Add(Participle(lemma, false));
                for (int i = 1; i < parts.Length; i++)
                {
                    forms.Add(parts[i]);
                }

                continue;
            }

            bool doubles = entry.EndsWith('*');
            string word = doubles ? entry[..^1] : entry;
            forms.Add(word);
            forms.Add(ThirdPerson(word));
            forms.Add(Past(word, doubles));
            forms.Add(Participle(word, doubles));
        }

        return forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BuildNounForms()
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in NounsToo)
        {
            forms.Add(word);
            forms.Add(ThirdPerson(word));
        }

        return forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string ThirdPerson(string w)
    {
        if (w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("sh", StringComparison.Ordinal) || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith('o'))
        {
            return w + "es";
        }

        return w.EndsWith('y') && w.Length > 1 && !IsVowel(w[^2]) ? w[..^1] + "ies" : w + "s";
    }

    private static string Past(string w, bool doubles)
    {
        if (doubles)
        {
            return w + w[^1] + "ed";
        }

        if (w.EndsWith('e'))
        {
            return w + "d";
        }

        return w.EndsWith('y') && w.Length > 1 && !IsVowel(w[^2]) ? w[..^1] + "ied" : w + "ed";
    }

    private static string Participle(string w, bool doubles)
    {
        if (doubles)
        {
            return w + w[^1] + "ing";
        }

        return w.EndsWith('e') && !w.EndsWith("ee", StringComparison.Ordinal) && w.Length > 2 ? w[..^1] + "ing" : w + "ing";
    }
}
