namespace EntityExtract.PartsOfSpeech;

/// <summary>An edit from a form to its lemma: optionally lower-case, cut <see cref="Strip"/> characters, append <see cref="Append"/>.</summary>
/// <param name="Lower">Lower-case the form first.</param>
/// <param name="Strip">Characters cut from the end.</param>
/// <param name="Append">Text appended.</param>
internal readonly record struct LemmaRule(bool Lower, byte Strip, string Append)
{
    /// <summary>Whether the edit leaves the letters as they are (at most it changes their case).</summary>
    public bool KeepsLetters => Strip == 0 && Append.Length == 0;

    /// <summary>Applies the edit to <paramref name="form"/>.</summary>
    public string Apply(ReadOnlySpan<char> form)
    {
        int keep = Math.Max(0, form.Length - Strip);
        if (!Lower && Append.Length == 0)
        {
            return form[..keep].ToString();
        }

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

    /// <summary>Writes the edited form into <paramref name="destination"/>; false when it does not fit.</summary>
    public bool TryApply(ReadOnlySpan<char> form, Span<char> destination, out int length)
    {
        int keep = Math.Max(0, form.Length - Strip);
        length = keep + Append.Length;
        if (length > destination.Length)
        {
            return false;
        }

        form[..keep].CopyTo(destination);
        if (Lower)
        {
            for (int i = 0; i < keep; i++)
            {
                destination[i] = char.ToLowerInvariant(destination[i]);
            }
        }

        Append.AsSpan().CopyTo(destination[keep..]);
        return true;
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
