using EntityExtract.Entities;
using EntityExtract.Internal;

namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// Lemmas learned from a treebank's lemma column, in three steps:
/// <list type="number">
/// <item>an exceptions table keyed by the exact form and tag, for the forms whose lemma nothing else gives
/// (irregular verbs "went" -> go, pronouns, clitics "n't" -> not, abbreviations "Dec." -> December);</item>
/// <item>a table keyed by the lower-case form and tag, for a known word written in another case
/// ("india"/NNP -> India, "TEHRAN"/NNP -> Tehran: the treebank writes proper nouns' lemmas in their usual case);</item>
/// <item>suffix edit rules by tag and case ("-ies"/NNS -> "-y", "-ing"/VBG -> ""), the longest suffix
/// that at least two different training words share winning. Each suffix keeps up to three edits, most
/// frequent first (by word types, then tokens); the first whose result is a known word (a training lemma or a
/// word of the entity model's unlabelled-news vocabulary) is taken, which settles the spelling cases a suffix
/// cannot see: "provoked" -> provoke but "bombed" -> bomb, "modelling" -> model, "hottest" -> hot.</item>
/// </list>
/// This is the edit-script design of Chrupała's Morfette and UDPipe's guesser (lemma = an edit from the
/// form), with a lookup keyed by form and tag first as spaCy's English lemmatizer does, and the dictionary
/// check of Hunspell-style stemmers. Immutable; safe to share between threads.
/// </summary>
internal sealed class PosLemmatizer
{
    /// <summary>The longest suffix a rule reads.</summary>
    public const int MaxSuffix = 6;

    /// <summary>The most edits a suffix keeps.</summary>
    public const int MaxCandidates = 4;

    /// <summary>The shortest result of an edit that changes the letters that a training lemma confirms.</summary>
    public const int MinCutStem = 2;

    /// <summary>The shortest result of an edit that changes the letters that the news vocabulary confirms.</summary>
    public const int MinNewsStem = 4;

    private static readonly WordSet HaveParticiples = WordList.Load("HaveParticiples", ignoreCase: true);

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouyAEIOUY");

    private static readonly System.Buffers.SearchValues<char> RomanNumerals = System.Buffers.SearchValues.Create("IVXLCDMivxlcdm");

    private readonly HashSet<uint> _vocabulary;

    /// <summary>Creates a lemmatizer from its tables.</summary>
    /// <param name="exceptions">Lemma by <see cref="FormKey"/> of the exact form.</param>
    /// <param name="lowerExceptions">Lemma by <see cref="FormKey"/> of the lower-case form.</param>
    /// <param name="rules">Edits by <see cref="SuffixKey"/>, most frequent first.</param>
    /// <param name="known">Hashes (<see cref="NerHash.Exact"/>) of the training lemmas as written.</param>
    /// <param name="vocabulary">More known words (the keys of the entity model's word classes, hashed the same way).</param>
    public PosLemmatizer(Dictionary<ulong, string> exceptions, Dictionary<ulong, string> lowerExceptions, Dictionary<ulong, LemmaRule[]> rules, HashSet<uint> known, IEnumerable<uint> vocabulary)
    {
        Exceptions = exceptions;
        LowerExceptions = lowerExceptions;
        Rules = rules;
        Known = known;
        _vocabulary = [.. vocabulary];
    }

    /// <summary>Lemmas of listed forms, by <see cref="FormKey"/>.</summary>
    public Dictionary<ulong, string> Exceptions { get; }

    /// <summary>Lemmas of listed lower-case forms, by <see cref="FormKey"/>.</summary>
    public Dictionary<ulong, string> LowerExceptions { get; }

    /// <summary>Suffix edits, by <see cref="SuffixKey"/>.</summary>
    public Dictionary<ulong, LemmaRule[]> Rules { get; }

    /// <summary>Hashes of the training lemmas as written (<see cref="NerHash.Exact"/>).</summary>
    public HashSet<uint> Known { get; }

    /// <summary>The lemma of <paramref name="form"/> tagged with label <paramref name="label"/>.</summary>
    public string Lemmatize(ReadOnlySpan<char> form, int label)
    {
        if (Exceptions.TryGetValue(FormKey(form, label), out var lemma))
        {
            return lemma;
        }

        if (NumberLemma(form) is { } number)
        {
            return number;
        }

        if (Unstretched(form) is { } plain)
        {
            return Lemmatize(plain, label);
        }

        // Only a form in lower case or in capitals looks for the word's usual case: a capitalized form is
        // the case the rules expect (kept for proper nouns, lower-cased otherwise), and "Ca" is not "CA".
        // A form in capitals or capitalized may be an irregular form in another case ("HAS" -> have, "Were" ->
        // be); only an entry that changes the letters is taken, since one that changes only the case ("enron"
        // -> enron) says how that form was written, not this one.
        int caseClass = CaseClass(form);
        if (form.Length <= 64 && caseClass is not 3)
        {
            Span<char> lower = stackalloc char[form.Length];
            form.ToLowerInvariant(lower);

            // Some capitals have no lower case ("ℂ", "ϒ": char.IsUpper, yet ToLowerInvariant keeps them), so the
            // "lower-case" form of a word of them is still in capitals, and reading it again would recurse
            // forever (a stack overflow that fuzzing found). Only a form that lowering really lowers is read again.
            bool lowered = CaseClass(lower) == 0;
            if (caseClass is 0 or 2 && LowerExceptions.TryGetValue(FormKey(lower, label), out lemma))
            {
                return lemma;
            }

            if (caseClass is 1 or 2 && (Exceptions.TryGetValue(FormKey(lower, label), out lemma) || LowerExceptions.TryGetValue(FormKey(lower, label), out lemma))
                && !lemma.AsSpan().Equals(lower, StringComparison.OrdinalIgnoreCase))
            {
                return lemma;
            }

            // A word in capitals whose tag's capitalized forms mostly have a lower-case lemma (verbs,
            // adjectives, common nouns: "GREATEST" -> great) is lemmatized as the lower-case word, which the
            // tables and rules know far better than the few capitals of train.
            if (caseClass == 2 && lowered && Rules.TryGetValue(SuffixKey([], label, 2), out var general) && general[0].Lower)
            {
                return Lemmatize(lower, label);
            }

            // A word in capitals that no edit of the few training capitals turns into a training lemma takes
            // the lemma of its lower-case form where that changes the letters and is a training lemma ("HAS" ->
            // have, not HAS).
            if (caseClass == 2 && lowered && Rule(form, label, knownOnly: true) is null)
            {
                string lowerLemma = Lemmatize(lower, label);
                if (!lowerLemma.AsSpan().Equals(lower, StringComparison.OrdinalIgnoreCase) && IsKnown(lowerLemma, news: false))
                {
                    return lowerLemma;
                }
            }
        }

        // A capitalized word of a tag whose capitalized forms mostly have lower-case lemmas (a verb opening a
        // sentence or a title) that no edit of the few capitalized training forms turns into a training lemma is
        // read through the lower-case rules, which know far more words: "Putting" -> put, not the news word "putt".
        var rule = Rule(form, label);
        if (caseClass == 1 && form.Length <= 64 && rule is { Lower: true } && Rule(form, label, knownOnly: true) is null)
        {
            Span<char> lower = stackalloc char[form.Length];
            form.ToLowerInvariant(lower);
            if (Rule(lower, label, knownOnly: true) is { } lowerRule)
            {
                return lowerRule.Apply(lower);
            }
        }

        return rule is { } r ? r.Apply(form) : form.ToString();
    }

    /// <summary>
    /// A word stretched for emphasis ("sooooo", "VERYYY", "prettty", "commment"), in lower case with each run of three
    /// or more of a letter cut to two, else to one, whichever is a training lemma in lower case first; null for any other form. No
    /// English word holds a letter three times in a row, and EWT lemmatizes stretched words as the plain word (train:
    /// "Hmmmmmm" -> hmm, "waaaaaaaaaaaaay" -> way, "whoooooo" -> who, "GRRRRRRR" -> grr). A run that is the whole word
    /// ("III", "zzz") or a form with other characters than letters (URLs, "www.") is left alone.
    /// </summary>
    private string? Unstretched(ReadOnlySpan<char> form)
    {
        if (!IsStretched(form))
        {
            return null;
        }

        Span<char> buffer = stackalloc char[form.Length];
        for (int keep = 2; keep >= 1; keep--)
        {
            int n = 0;
            for (int i = 0; i < form.Length;)
            {
                char c = char.ToLowerInvariant(form[i]);
                int end = i + 1;
                while (end < form.Length && char.ToLowerInvariant(form[end]) == c)
                {
                    end++;
                }

                // Runs of one or two letters are the word's own ("pretty"); only longer runs are cut.
                for (int r = 0; r < (end - i >= 3 ? keep : end - i); r++)
                {
                    buffer[n++] = c;
                }

                i = end;
            }

            if (Known.Contains(NerHash.Exact(buffer[..n])))
            {
                return buffer[..n].ToString();
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="form"/> is a word stretched for emphasis: 4 to 64 letters and nothing else, a letter three
    /// times in a row, and more than one letter, not all of them Roman numerals ("sooooo", "Hmmmmmm"; not "zzzz",
    /// "www.un.org" or "XIII", which train keeps as it is).
    /// </summary>
    public static bool IsStretched(ReadOnlySpan<char> form)
    {
        if (form.Length < 4 || form.Length > 64 || !form.ContainsAnyExcept(RomanNumerals))
        {
            return false;
        }

        bool stretched = false, mixed = false;
        for (int i = 0; i < form.Length; i++)
        {
            if (!char.IsLetter(form[i]))
            {
                return false;
            }

            char c = char.ToLowerInvariant(form[i]);
            mixed |= c != char.ToLowerInvariant(form[0]);
            stretched |= i >= 2 && c == char.ToLowerInvariant(form[i - 1]) && c == char.ToLowerInvariant(form[i - 2]);
        }

        return stretched && mixed;
    }

    /// <summary>
    /// The lemma of <paramref name="form"/> tagged <paramref name="label"/> given the next word that is not an
    /// adverb (<paramref name="next"/>, empty at the end of the sentence; see <see cref="NextNonAdverb"/>): a clitic
    /// "'s" tagged VBZ is "has" before "been", "got", "had" ... ("it's been", "he's always had":
    /// <c>Resources/Lexicons/HaveParticiples.txt</c>), which the form and tag alone cannot tell from "is".
    /// </summary>
    public string Lemmatize(ReadOnlySpan<char> form, int label, ReadOnlySpan<char> next)
    {
        string lemma = Lemmatize(form, label);
        return lemma == "be" && next.Length > 0 && IsClitic(form) && HaveParticiples.Contains(next) ? "have" : lemma;
    }

    /// <summary>The index of the first word after <paramref name="i"/> whose Penn tag is not RB, or -1.</summary>
    /// <param name="labels">The sentence's labels.</param>
    /// <param name="tags">The Penn tag of each label.</param>
    /// <param name="i">The word's index.</param>
    public static int NextNonAdverb(ReadOnlySpan<byte> labels, string[] tags, int i)
    {
        for (int j = i + 1; j < labels.Length; j++)
        {
            if (tags[labels[j]] != "RB")
            {
                return j;
            }
        }

        return -1;
    }

    private static bool IsClitic(ReadOnlySpan<char> form)
        => form.Equals("'s", StringComparison.OrdinalIgnoreCase) || form.Equals("\u2019s", StringComparison.OrdinalIgnoreCase) || form.Equals("s", StringComparison.OrdinalIgnoreCase);

    /// <summary>The suffix edit for a form the tables do not list: see the class summary.</summary>
    /// <param name="form">The form.</param>
    /// <param name="label">Its label.</param>
    /// <param name="knownOnly">Only an edit whose result is a training lemma; null when there is none.</param>
    public LemmaRule? Rule(ReadOnlySpan<char> form, int label, bool knownOnly = false)
    {
        int caseClass = CaseClass(form);
        LemmaRule[]? longest = null;
        Span<char> buffer = stackalloc char[Math.Min(form.Length, 64) + 16];

        // The news vocabulary holds inflected forms too ("demonstrators", "abducted"), so there an edit that
        // changes the word is tried first, and keeping the word only where forms with the tag and last letter
        // mostly are their own lemma (NN, JJ, NNP; not NNS in -s or VBD in -d). The empty suffix says nothing
        // here: only edits that cut nothing vote under it.
        bool keeps = form.Length == 0
            || !(Rules.TryGetValue(SuffixKey(form[^1..], label, caseClass), out var general) || Rules.TryGetValue(SuffixKey([], label, caseClass), out general))
            || general[0].KeepsLetters;
        int passes = knownOnly ? 1 : keeps ? 3 : 2;
        for (int pass = 0; pass < passes; pass++)
        {
            for (int k = Math.Min(MaxSuffix, form.Length); k >= 0; k--)
            {
                if (!Rules.TryGetValue(SuffixKey(form[^k..], label, caseClass), out var candidates))
                {
                    continue;
                }

                longest ??= candidates;
                if (form.Length > 64 && !knownOnly)
                {
                    return candidates[0];
                }

                // The first edit, from the longest suffix down, whose result is a training lemma; failing
                // that, a word of the news vocabulary (larger, but it has names and foreign words: "bom").
                foreach (var candidate in candidates)
                {
                    if ((pass != 1 || !candidate.KeepsLetters) && (pass != 2 || candidate.KeepsLetters)
                        && candidate.TryApply(form, buffer, out int length) && Confirms(candidate, buffer[..length], pass > 0) && CutsDoubled(candidate, form))
                    {
                        return candidate;
                    }
                }
            }
        }

        if (knownOnly)
        {
            return null;
        }

        // Nothing confirmed: the suffix's most frequent edit that leaves a plausible stem ("fled" -> fl no more).
        if (longest is not null && form.Length <= 64)
        {
            foreach (var candidate in longest)
            {
                if (candidate.KeepsLetters || (candidate.TryApply(form, buffer, out int length) && PlausibleStem(buffer[..length], MinCutStem)
                    && CutsDoubled(candidate, form) && PlausibleEnding(buffer[..length])))
                {
                    return candidate;
                }
            }

            // None does: the word as it is, in the case the suffix's first edit gives it.
            return new LemmaRule(longest[0].Lower, 0, string.Empty);
        }

        return longest?[0];
    }

    /// <summary>
    /// Whether <paramref name="result"/>, what <paramref name="edit"/> makes of a form, is a known word that
    /// confirms the edit. A stem an edit cuts down to must be a plausible English stem: at least
    /// <see cref="MinCutStem"/> characters with a vowel (the one-letter lemma "f" confirmed "fled" -> f), and at
    /// least <see cref="MinNewsStem"/> when only the news vocabulary, which is full of names and abbreviations,
    /// knows it ("mired" -> Mir, "feces" -> FEC, "aches" -> ach). Short stems ("hot", "run") are training lemmas.
    /// </summary>
    private bool Confirms(LemmaRule edit, ReadOnlySpan<char> result, bool news)
    {
        return (edit.KeepsLetters || PlausibleStem(result, news ? MinNewsStem : MinCutStem)) && IsKnown(result, news);
    }

    /// <summary>
    /// Whether an edit that cuts a consonant with an ending ("controlled" -> control, "stopped" -> stop, "bigger" ->
    /// big) cuts a doubled one: English doubles the stem's last consonant before "-ed", "-ing", "-er", "-est", so the
    /// letter before the cut must be the one cut ("howled" is not how + l + ed, "tickled" not tick + l + ed).
    /// </summary>
    private static bool CutsDoubled(LemmaRule edit, ReadOnlySpan<char> form)
    {
        int strip = edit.Strip;
        if (edit.Append.Length != 0 || strip < 3 || strip >= form.Length)
        {
            return true;
        }

        var cut = form[^strip..];
        if (!(cut[1..].Equals("ed", StringComparison.OrdinalIgnoreCase) || cut[1..].Equals("ing", StringComparison.OrdinalIgnoreCase)
            || cut[1..].Equals("er", StringComparison.OrdinalIgnoreCase) || cut[1..].Equals("est", StringComparison.OrdinalIgnoreCase))
            || !char.IsAsciiLetter(cut[0]) || Vowels.Contains(cut[0]))
        {
            return true;
        }

        return char.ToLowerInvariant(form[^(strip + 1)]) == char.ToLowerInvariant(cut[0]);
    }

    /// <summary>
    /// Whether an unconfirmed stem ends as an English word can: not in a consonant and "l" other than "rl", "wl", "ll"
    /// ("recycled" -> recycle, not recycl; "muzzled" -> muzzle) nor in "v" ("loved" -> love).
    /// </summary>
    private static bool PlausibleEnding(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 2)
        {
            return true;
        }

        char last = char.ToLowerInvariant(stem[^1]);
        char before = char.ToLowerInvariant(stem[^2]);
        return last != 'v' && !(last == 'l' && "bcdfgkpstz".Contains(before, StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="stem"/> could be an English stem: no letters at all ("12's" -> 12), or <paramref name="min"/> characters or more with a vowel.</summary>
    private static bool PlausibleStem(ReadOnlySpan<char> stem, int min)
        => !stem.ContainsAnyInRange('A', 'Z') && !stem.ContainsAnyInRange('a', 'z') || (stem.Length >= min && stem.IndexOfAny(Vowels) >= 0);

    /// <summary>Whether <paramref name="word"/> is a training lemma as written (or, with <paramref name="news"/>, a word of the news vocabulary in any case).</summary>
    /// <remarks>A word in lower case must be a training lemma in lower case, so that a name does not confirm a
    /// common word's edit ("Tim" made "timed" -> tim, "FL" "fled" -> fl); a word with capitals may be one in
    /// any case ("Bridge" is confirmed by "bridge").</remarks>
    public bool IsKnown(ReadOnlySpan<char> word, bool news)
    {
        if (news)
        {
            return _vocabulary.Contains(NerHash.Lower(word));
        }

        if (Known.Contains(NerHash.Exact(word)))
        {
            return true;
        }

        if (word.Length > 64 || CaseClass(word) == 0)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return Known.Contains(NerHash.Exact(lower));
    }

    /// <summary>
    /// The lemma of a number written with a thousands separator or a decimal comma, which suffix edits cannot
    /// write: EWT drops the separators ("1,100" -> 1100, all 108 such numbers of train) and writes a decimal
    /// comma as a point ("7,5" -> 7.5); null for any other form.
    /// </summary>
    public static string? NumberLemma(ReadOnlySpan<char> form)
    {
        int comma = form.IndexOf(',');
        if (comma <= 0 || form.Length > 32)
        {
            return null;
        }

        int groups = 0, last = -1;
        for (int i = 0; i < form.Length; i++)
        {
            if (form[i] == ',')
            {
                if (last == i - 1)
                {
                    return null;
                }

                groups++;
                last = i;
            }
            else if (!char.IsAsciiDigit(form[i]))
            {
                return null;
            }
        }

        int tail = form.Length - last - 1;
        if (groups == 1 && tail is 1 or 2)
        {
            return string.Concat(form[..comma], ".", form[(comma + 1)..]);
        }

        // Thousands: every comma followed by exactly three digits.
        for (int i = 0; i < form.Length; i++)
        {
            if (form[i] == ',' && (i + 4 < form.Length ? form[i + 4] != ',' : i + 4 != form.Length))
            {
                return null;
            }
        }

        return string.Create(form.Length - groups, form.ToString(), static (dest, f) =>
        {
            int n = 0;
            foreach (char c in f)
            {
                if (c != ',')
                {
                    dest[n++] = c;
                }
            }
        });
    }

    /// <summary>The key of a form (as given) with a tag.</summary>
    public static ulong FormKey(ReadOnlySpan<char> form, int label)
    {
        ulong h = 0xcbf29ce484222325UL;
        foreach (char c in form)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }

        // The tag goes in after the characters, above the 16 bits a character can set, so that no form and
        // tag can hash like another form with another tag ("I" with one tag like "M" with another).
        return Mix((h ^ (0x1_0000_0000UL | (uint)label)) * 0x100000001B3UL);
    }

    /// <summary>The key of a suffix (compared in lower case) with a tag and a case class.</summary>
    public static ulong SuffixKey(ReadOnlySpan<char> suffix, int label, int caseClass)
    {
        ulong h = 0x84222325cbf29ce4UL;
        foreach (char c in suffix)
        {
            h = (h ^ char.ToLowerInvariant(c)) * 0x100000001B3UL;
        }

        ulong meta = 0x1_0000_0000UL | ((ulong)suffix.Length << 16) | ((ulong)caseClass << 8) | (uint)label;
        return Mix((h ^ meta) * 0x100000001B3UL);
    }

    /// <summary>0 no upper-case letter, 1 capitalized, 2 all capitals (two letters or more), 3 other mixed case.</summary>
    public static int CaseClass(ReadOnlySpan<char> form)
    {
        int upper = 0, lower = 0;
        foreach (char c in form)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        if (upper == 0)
        {
            return 0;
        }

        if (lower == 0)
        {
            return upper > 1 ? 2 : 1;
        }

        return upper == 1 && char.IsUpper(form[0]) ? 1 : 3;
    }

    private static ulong Mix(ulong h)
    {
        // MurmurHash3's 64-bit finalizer.
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }
}
