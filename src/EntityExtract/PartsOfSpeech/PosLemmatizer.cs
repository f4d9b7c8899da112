namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// Lemmas learned from a treebank's lemma column: an exceptions table for the forms whose lemma no suffix
/// rule gives (irregular verbs "went" -> go, pronouns, clitics "n't" -> not), then suffix rules by Penn tag
/// and case ("-ies"/NNS -> "-y", "-ing"/VBG -> ""), the longest matching suffix winning. This is the edit-script
/// design of Chrupała's Morfette and UDPipe's guesser (lemma = an edit from the form), with a lookup keyed by
/// form and tag first, as spaCy's English lemmatizer does. Immutable; safe to share between threads.
/// </summary>
internal sealed class PosLemmatizer
{
    /// <summary>The longest suffix a rule reads.</summary>
    public const int MaxSuffix = 6;

    /// <summary>Creates a lemmatizer from its tables.</summary>
    /// <param name="exceptions">Lemma by <see cref="FormKey"/> (exact form and tag).</param>
    /// <param name="rules">Rule by <see cref="SuffixKey"/>.</param>
    public PosLemmatizer(Dictionary<ulong, string> exceptions, Dictionary<ulong, LemmaRule> rules)
    {
        Exceptions = exceptions;
        Rules = rules;
    }

    /// <summary>Lemmas of listed forms, by <see cref="FormKey"/>.</summary>
    public Dictionary<ulong, string> Exceptions { get; }

    /// <summary>Suffix rules, by <see cref="SuffixKey"/>.</summary>
    public Dictionary<ulong, LemmaRule> Rules { get; }

    /// <summary>The lemma of <paramref name="form"/> tagged with label <paramref name="label"/>.</summary>
    public string Lemmatize(ReadOnlySpan<char> form, int label)
    {
        if (Exceptions.TryGetValue(FormKey(form, label), out var lemma))
        {
            return lemma;
        }

        int caseClass = CaseClass(form);
        for (int k = Math.Min(MaxSuffix, form.Length); k >= 0; k--)
        {
            if (Rules.TryGetValue(SuffixKey(form[^k..], label, caseClass), out var rule))
            {
                return rule.Apply(form);
            }
        }

        return form.ToString();
    }

    /// <summary>The key of a form (as written) with a tag.</summary>
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

/// <summary>An edit from a form to its lemma: optionally lower-case, cut <see cref="Strip"/> characters, append <see cref="Append"/>.</summary>
/// <param name="Lower">Lower-case the form first.</param>
/// <param name="Strip">Characters cut from the end.</param>
/// <param name="Append">Text appended.</param>
internal readonly record struct LemmaRule(bool Lower, byte Strip, string Append)
{
    /// <summary>Applies the edit to <paramref name="form"/>.</summary>
    public string Apply(ReadOnlySpan<char> form)
    {
        int keep = Math.Max(0, form.Length - Strip);
        return string.Create(keep + Append.Length, (this, form.ToString(), keep), static (dest, s) =>
        {
            var (rule, f, keep) = s;
            for (int i = 0; i < keep; i++)
            {
                dest[i] = rule.Lower ? char.ToLowerInvariant(f[i]) : f[i];
            }

            rule.Append.AsSpan().CopyTo(dest[keep..]);
        });
    }

    /// <summary>The edit that turns <paramref name="form"/> into <paramref name="lemma"/>: case kept when the lemma shares a prefix with the form as written, else lower-cased.</summary>
    public static LemmaRule Learn(string form, string lemma)
    {
        int common = Common(form, lemma);
        if (common == 0 && form.Length > 0)
        {
            string lower = form.ToLowerInvariant();
            int lowerCommon = Common(lower, lemma);
            if (lowerCommon > 0 && lower.Length - lowerCommon <= byte.MaxValue)
            {
                return new LemmaRule(true, (byte)(lower.Length - lowerCommon), lemma[lowerCommon..]);
            }
        }

        return form.Length - common <= byte.MaxValue
            ? new LemmaRule(false, (byte)(form.Length - common), lemma[common..])
            : new LemmaRule(false, byte.MaxValue, lemma);
    }

    private static int Common(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }
}
