using EntityExtract.Tokenization;

namespace EntityExtract.Grammar;

/// <summary>
/// A shallow reader of English clauses over tokens, with no parse tree: the subject that ends before a verb, the
/// noun phrase that starts after one, the subject of a main clause, the verb after a subject. Subjects are found
/// by proximity, skipping what sits between a subject and its verb in news English (adverbs, auxiliaries, time
/// adverbials, infinitives, parentheses and asides between commas or dashes), as the rule-based quote attribution
/// of Muzny et al. (2017) and the Gender Gap Tracker do. Names, places, verbs of saying and the resolution of
/// pronouns come from the <see cref="IPhraseContext"/> of the extractor that uses it. Created per document; every
/// scan is bounded (an aside is at most 30 tokens, a description at most 6), so the cost per call is constant.
/// </summary>
internal sealed class ShallowParser
{
    /// <summary>The longest aside between commas, dashes or parentheses that is skipped (tokens).</summary>
    public const int MaxAppositive = 30;

    /// <summary>The longest description read after a verb or back from a head (tokens).</summary>
    public const int MaxNounPhrase = 6;

    private readonly IPhraseContext _c;
    private readonly TokenReader _r;

    /// <summary>A parser over the document that <paramref name="context"/> describes.</summary>
    public ShallowParser(IPhraseContext context)
    {
        _c = context;
        _r = context.Reader;
    }

    private ReadOnlySpan<TextToken> Tokens => _r.Tokens;

    private ReadOnlySpan<char> Word(int i) => _r.Word(i);

    private bool IsPunct(int i, char c) => _r.IsPunct(i, c);

    private bool IsDash(int i) => _r.IsDash(i);

    private bool IsLower(int i) => _r.IsLower(i);

    private bool IsSentenceEnd(int i) => _r.IsSentenceEnd(i);

    private static bool IsParticiple(ReadOnlySpan<char> word) => word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>The token before a parenthesis that ends at <paramref name="p"/> ("Rep. Trey Gowdy (R-S.C.)"), else <paramref name="p"/>.</summary>
    public int SkipParenthesesBack(int p)
    {
        if (IsPunct(p, ')'))
        {
            int k = p - 1;
            while (k >= 0 && p - k < 12 && !IsPunct(k, '('))
            {
                k--;
            }

            return k - 1;
        }

        return p;
    }

    /// <summary>The first name, pronoun or description of the clause [<paramref name="from"/>, <paramref name="to"/>), when the clause opens with it.</summary>
    public NounPhrase? ClauseSubject(int from, int to)
    {
        var np = MainSubject(from, to);
        return np is NounPhrase s && (s.Canonical is not null || _c.NameAt(s.FirstToken) is not null || GrammarWords.IsPronoun(Word(s.FirstToken)) || GrammarWords.IsDeterminer(Word(s.FirstToken))) ? s : null;
    }

    /// <summary>From the end of a subject to its verb: "X also said", "X, a researcher, said", "X (R-Texas) said"; -1 when none.</summary>
    public int SkipToVerb(int p)
    {
        for (int guard = 0; p < Tokens.Length && guard < 4; guard++)
        {
            if (IsPunct(p, ',') || IsPunct(p, '('))
            {
                char closer = IsPunct(p, '(') ? ')' : ',';
                int k = p + 1;
                while (k < Tokens.Length && k - p < MaxAppositive && !IsPunct(k, closer) && !IsSentenceEnd(k) && !_c.IsOpaque(k))
                {
                    k++;
                }

                if (!IsPunct(k, closer))
                {
                    return -1;
                }

                p = k + 1;
                continue;
            }

            // "went" and "continued" sit between a subject and its verb ("X went on to say") but are cues themselves
            // in "“…” Trump went on, …".
            if (Tokens[p].Kind == TokenKind.Word && GrammarWords.IsBetween(Word(p)) && !_c.IsCue(p))
            {
                p++;
                continue;
            }

            return p;
        }

        return p < Tokens.Length ? p : -1;
    }

    /// <summary>The subject noun phrase that ends just before the verb at <paramref name="verb"/>, not before <paramref name="limit"/>.</summary>
    public NounPhrase? SubjectBefore(int verb, int limit = 0)
    {
        int p = verb - 1;
        bool skippedAside = false;
        int asideEnd = -1;
        for (int guard = 0; guard < 6 && p >= limit; guard++)
        {
            if (_c.IsOpaque(p))
            {
                return null;
            }

            if (Tokens[p].Kind == TokenKind.Word && GrammarWords.IsBetween(Word(p)))
            {
                p--;
                continue;
            }

            // "Trump was prompted to say", "Clinton went on to say": skip the infinitive and the verbs before it.
            if (p == verb - 1 && Word(p) is "to")
            {
                int k = p - 1;
                while (k > limit && p - k <= 3 && IsLower(k) && !GrammarWords.IsDeterminer(Word(k)) && (!GrammarWords.IsFunction(Word(k)) || GrammarWords.IsBetween(Word(k))))
                {
                    k--;
                }

                if (k < p - 1)
                {
                    p = k;
                    continue;
                }
            }

            // "Feinstein last week said", "Trump at the time said": skip a short time adverbial.
            if (Tokens[p].Kind == TokenKind.Word && GrammarWords.IsTemporal(Word(p)) && p == verb - 1)
            {
                int k = p;
                while (k > limit && verb - k < 6 && Tokens[k].Kind == TokenKind.Word && GrammarWords.IsTemporal(Word(k)))
                {
                    k--;
                }

                if (k < p && Tokens[k].Kind == TokenKind.Word && (!GrammarWords.IsFunction(Word(k)) || GrammarWords.IsBetween(Word(k))))
                {
                    p = k;
                    continue;
                }
            }

            if (IsPunct(p, ')'))
            {
                int k = p - 1;
                while (k >= limit && p - k < 12 && !IsPunct(k, '('))
                {
                    k--;
                }

                if (k < limit || !IsPunct(k, '('))
                {
                    return null;
                }

                p = k - 1;
                continue;
            }

            // "…, Gov. John Kasich (R-OH), said": a comma right after a parenthesis closes no aside (an aside would
            // have opened after the name), so the name before the parenthesis is the subject even when an earlier
            // comma of the sentence ("after winning Ohio in the primary, Gov. …") could pass for an aside's start.
            if (IsPunct(p, ',') && !skippedAside && p == verb - 1 && p - 1 >= limit && IsPunct(p - 1, ')'))
            {
                p--;
                continue;
            }

            if (IsPunct(p, ',') || IsDash(p))
            {
                // An aside between the name and the verb: "X, a defector-turned-researcher, said".
                int k = p - 1;
                while (k >= limit && p - k < MaxAppositive && !IsPunct(k, ',') && !IsDash(k) && !IsSentenceEnd(k) && !_c.IsOpaque(k))
                {
                    k--;
                }

                if (k < limit || !(IsPunct(k, ',') || IsDash(k)))
                {
                    // A lone comma before the verb, as in "Gov. John Kasich (R-OH), said": the name is right before it.
                    if (!skippedAside && p - 1 >= limit && (_c.NameAt(p - 1) is not null || IsPunct(p - 1, ')')))
                    {
                        p--;
                        continue;
                    }

                    return null;
                }

                if (!skippedAside)
                {
                    asideEnd = p - 1;
                }

                p = k - 1;
                skippedAside = true;

                // "Clinton, during a meeting in Columbus, Ohio, said": a name after a preposition is inside the aside.
                var inside = p >= 0 ? _c.NameAt(p) : null;
                if (inside is NounPhrase within && within.FirstToken > 0 && GrammarWords.IsAdjunct(Word(within.FirstToken - 1)))
                {
                    int j = within.FirstToken - 1;
                    while (j > limit && p - j < MaxAppositive && !IsPunct(j, ',') && !IsSentenceEnd(j) && !_c.IsOpaque(j))
                    {
                        j--;
                    }

                    if (j > limit && IsPunct(j, ','))
                    {
                        p = j - 1;
                    }
                }

                continue;
            }

            break;
        }

        if (p < limit || p < 0)
        {
            return null;
        }

        // After an aside only a name or a pronoun is the subject: "X, a defector-turned-researcher, said"; when the
        // aside is itself the name ("her adviser, Jake Sullivan, said"), the name is the speaker.
        if (skippedAside && _c.NameAt(p) is null && !GrammarWords.IsPronoun(Word(p)))
        {
            var inner = asideEnd >= 0 ? _c.NameAt(asideEnd) : null;
            if (inner is NounPhrase n && n.FirstToken == p + 2)
            {
                return n;
            }

            return null;
        }

        // "a leader who once claimed": the relative pronoun refers back past the description to the name. The
        // attribution rests on "who", as it rests on a pronoun; the speaker is the name it refers to.
        if (Word(p) is "who" or "which")
        {
            var antecedent = RelativeAntecedent(p, limit);
            return antecedent is NounPhrase a ? new NounPhrase(p, p + 1, _c.CanonicalOf(a.FirstToken, a.EndToken, a.Canonical)) : null;
        }

        return NounPhraseEndingAt(p, limit, allowDescription: true);
    }

    // The name a relative pronoun refers to: the subject that the aside before it describes.
    private NounPhrase? RelativeAntecedent(int p, int limit)
    {
        int k = p - 1;
        int stop = Math.Max(limit, p - MaxNounPhrase);
        while (k >= stop && IsLower(k) && !_c.IsCue(k))
        {
            k--;
        }

        if (k >= limit && (IsPunct(k, ',') || IsDash(k)))
        {
            // "Donald Trump back in the White House—a leader who once claimed": the person the aside describes.
            for (int j = k - 1; j >= limit && k - j < 15 && !IsSentenceEnd(j) && !_c.IsOpaque(j); j--)
            {
                if (_c.NameAt(j) is NounPhrase name && _c.IsPersonName(name))
                {
                    return name;
                }
            }

            return NounPhraseEndingAt(k - 1, limit, allowDescription: true);
        }

        return k >= limit ? NounPhraseEndingAt(k, limit, allowDescription: true) : null;
    }

    /// <summary>
    /// The subject of the main clause that starts at <paramref name="from"/>, for a participle at
    /// <paramref name="participle"/>: "Kim launched an attack …, accusing them of …".
    /// </summary>
    public NounPhrase? MainSubject(int from, int participle)
    {
        int p = from;

        // "And then Trump went fully on the attack, saying …": a conjunction or a linking adverb opens the clause
        // without an opening phrase to skip; the subject follows it directly.
        int q = p;
        while (q < participle && q - p < 3 && Tokens[q].Kind == TokenKind.Word && Word(q) is "And" or "But" or "So" or "Yet" or "Then" or "then" or "also" or "Also" or "now" or "Now")
        {
            q++;
        }

        if (q > p && NounPhraseAfter(q) is NounPhrase direct && direct.EndToken <= participle && (direct.Canonical is not null || GrammarWords.IsPronoun(Word(direct.FirstToken))))
        {
            return direct;
        }

        var w = Word(p);
        if (Tokens[p].Kind == TokenKind.Word && (GrammarWords.IsCapitalStop(w) || w.Equals("According", StringComparison.Ordinal)) && !GrammarWords.IsPronoun(w) && !GrammarWords.IsDeterminer(w))
        {
            // Skip an opening phrase up to its comma: "According to KCNA, Kim …", "In a statement, she …".
            int k = p;
            while (k < participle && !IsPunct(k, ','))
            {
                k++;
            }

            if (k >= participle)
            {
                return null;
            }

            p = k + 1;
        }

        var np = NounPhraseAfter(p);

        // A place that opens the clause is a dateline or a locative ("WASHINGTON (AP) — Clinton …", "In Salem, New
        // Hampshire, Trump went after Bush, calling him …"): the subject comes after it, past its comma or dash.
        for (int hops = 0; hops < 3 && np is NounPhrase place && _c.IsPlace(place.FirstToken, place.EndToken); hops++)
        {
            int k = place.EndToken;
            while (k < participle && k - place.EndToken < 8 && !IsPunct(k, ',') && !IsDash(k))
            {
                k++;
            }

            if (k >= participle || k - place.EndToken >= 8)
            {
                return null;
            }

            np = NounPhraseAfter(k + 1);
        }

        if (np is NounPhrase s && s.EndToken <= participle && !_c.IsPlace(s.FirstToken, s.EndToken))
        {
            return s;
        }

        // The sentence opens otherwise ("“…,” Trump told a rally, saying …"): the subject of the finite cue before.
        for (int k = participle - 1; k > from; k--)
        {
            if (_c.IsOpaque(k) || !_c.IsCue(k) || IsParticiple(Word(k)))
            {
                continue;
            }

            int before = IsPunct(k - 1, ',') ? k - 2 : k - 1;
            if (before >= 0 && Tokens[before].Kind == TokenKind.Quote)
            {
                return NounPhraseAfter(k + 1);
            }

            return SubjectBefore(k);
        }

        return null;
    }

    /// <summary>A name, pronoun or description starting at <paramref name="p"/>, as in "said Ahn Chan-il" or "said the report".</summary>
    public NounPhrase? NounPhraseAfter(int p)
    {
        // "said Tuesday", "said in a statement" are not names.
        if (p >= Tokens.Length || _c.IsOpaque(p) || Tokens[p].Kind != TokenKind.Word)
        {
            return null;
        }

        var w = Word(p);
        if (GrammarWords.IsPronoun(w))
        {
            return _c.Pronoun(p);
        }

        if (_c.NameAt(p) is NounPhrase n && n.FirstToken == p)
        {
            // "said England sevens coach Mike Friday", "said Forest manager Gary Megson": a team, place or
            // organization with a lower-case role is a modifier of the person's name that follows it.
            if (!_c.IsPersonName(n) && RoleChainPerson(n.EndToken) is int personEnd)
            {
                return _c.Describe(p, personEnd);
            }

            return n;
        }

        if (!GrammarWords.IsDeterminer(w) && !IsLower(p))
        {
            return null;
        }

        // A description: "the report", "a spokesman for the campaign", "officials".
        int k = p + (GrammarWords.IsDeterminer(w) ? 1 : 0);
        int head = -1;
        while (k < Tokens.Length && k - p < MaxNounPhrase && (Tokens[k].Kind == TokenKind.Word || (Tokens[k].Kind == TokenKind.Number && k > p)) && !_c.IsOpaque(k))
        {
            var x = Word(k);
            if ((GrammarWords.IsFunction(x) && !GrammarWords.IsDeterminer(x)) || (IsLower(k) && _c.IsVerbOfSaying(x) && head >= 0) || x is "'s" or "’s")
            {
                if (x is "'s" or "’s")
                {
                    k++;
                    continue;
                }

                break;
            }

            if (_c.NameAt(k) is NounPhrase inner)
            {
                head = inner.EndToken - 1;
                k = inner.EndToken;
                continue;
            }

            head = k;
            k++;
        }

        if (head < 0 || (IsLower(head) && GrammarWords.IsFunction(Word(head))))
        {
            return null;
        }

        return _c.Describe(p, head + 1);
    }

    /// <summary>
    /// The end of a person's name after one to three lower-case role words starting at <paramref name="k"/>
    /// ("sevens coach Mike Friday"), or null. Function words and verbs end the role ("said Paris on Monday").
    /// </summary>
    private int? RoleChainPerson(int k)
    {
        int first = k;
        while (k < Tokens.Length && k - first < 3 && !_c.IsOpaque(k) && IsLower(k) && !GrammarWords.IsFunction(Word(k)) && !_c.IsVerbOfSaying(Word(k)))
        {
            k++;
        }

        if (k == first || k >= Tokens.Length)
        {
            return null;
        }

        return _c.NameAt(k) is NounPhrase person && person.FirstToken == k && _c.IsPersonName(person) ? person.EndToken : null;
    }

    /// <summary>A name, pronoun or description whose last token is <paramref name="p"/>, not before <paramref name="limit"/>.</summary>
    public NounPhrase? NounPhraseEndingAt(int p, int limit, bool allowDescription)
    {
        if (p < limit || p < 0 || Tokens[p].Kind != TokenKind.Word || _c.IsOpaque(p))
        {
            return null;
        }

        var w = Word(p);
        if (GrammarWords.IsPronoun(w))
        {
            return _c.Pronoun(p);
        }

        if (_c.NameAt(p) is NounPhrase n)
        {
            int start = n.FirstToken;

            // "Rep. Tom Cole of Oklahoma said", "Chancellor Angela Merkel of Germany condemned": the place is the person's
            // state or country, and the subject is the name before "of" (the recognizer tags the place, not the person).
            if (start > 1 && n.EndToken - 1 == p && Word(start - 1) is "of" && _c.IsPlace(n.FirstToken, n.EndToken))
            {
                if (_c.NameAt(start - 2) is NounPhrase owner && owner.FirstToken != n.FirstToken && start - 2 >= limit && _c.IsPersonName(owner))
                {
                    return new NounPhrase(owner.FirstToken, p + 1, _c.CanonicalOf(owner.FirstToken, owner.EndToken, owner.Canonical));
                }
            }

            // "the Clinton campaign" is handled below as a description; a bare name stands for itself.
            if (n.EndToken - 1 == p)
            {
                int det = start - 1;
                if (det >= limit && det >= 0 && start == p && _c.IsNationalityReference(det, p + 1))
                {
                    return _c.Describe(det, p + 1);
                }

                if (det >= limit && det >= 0 && Tokens[det].Kind == TokenKind.Word && Word(det) is "the" or "The")
                {
                    return new NounPhrase(det, p + 1, n.Canonical);
                }

                return new NounPhrase(start, p + 1, n.Canonical);
            }
        }

        if (!allowDescription || !IsLower(p) || GrammarWords.IsFunction(w))
        {
            return null;
        }

        // Walk back to a determiner or a possessive: "the report", "a senior official", "Trump's campaign".
        int k = p - 1;
        while (k >= limit && k >= 0 && p - k < 4 && Tokens[k].Kind == TokenKind.Word && !_c.IsOpaque(k))
        {
            var x = Word(k);
            if (IsLower(k) && x.EndsWith("ed", StringComparison.Ordinal))
            {
                break;
            }

            if (GrammarWords.IsDeterminer(x))
            {
                return _c.Describe(k, p + 1);
            }

            if (x is "'s" or "’s")
            {
                var owner = _c.NameAt(k - 1);
                return _c.Describe(owner is NounPhrase o ? o.FirstToken : k - 1, p + 1);
            }

            if (GrammarWords.IsFunction(x) || _c.IsVerbOfSaying(x))
            {
                break;
            }

            k--;
        }

        // A bare plural or mass noun: "officials said", "sources said".
        return new NounPhrase(p, p + 1, null);
    }
}
