using EntityExtract.Grammar;
using EntityExtract.Internal;
using EntityExtract.Pipeline;

namespace EntityExtract.Quotes;

/// <summary>
/// The quote stage's reported-speech component: runs <see cref="ReportedSpeechFinder"/> after the quotes
/// between marks are attributed, and adds each statement as a <see cref="Quote"/> of kind
/// <see cref="QuoteKind.Indirect"/> whose span is the content, with its speaker resolved like a direct
/// quote's. Stateless and thread-safe.
/// </summary>
internal static class ReportedQuotes
{
    // How far back (characters) a "he"/"she" source looks for the person it stands for.
    private const int PronounReach = 3000;

    // How far back (characters) a relative "who" looks: within its clause.
    private const int RelativeReach = 80;

    /// <summary>Adds the document's indirect quotes to <paramref name="context"/>.</summary>
    /// <param name="context">The document, with its mentions and its quotes between marks.</param>
    public static void Add(ExtractionContext context) => Add(context, CueModel.Default);

    /// <summary>
    /// Adds the document's indirect quotes as <paramref name="model"/> decides its cues: the tools score models
    /// trained with other shuffles (<c>eval-attributions --model</c>) without rebuilding the library.
    /// </summary>
    /// <param name="context">The document, with its mentions and its quotes between marks.</param>
    /// <param name="model">The cue classifier.</param>
    public static void Add(ExtractionContext context, CueModel model) => Add(context, model, null);

    /// <summary>
    /// Adds the document's indirect quotes, resolving "he"/"she" sources over <paramref name="quoteDocument"/>'s names when
    /// given (the quote stage's own reading, which the caller disposes); else over a reading made here when needed.
    /// </summary>
    /// <param name="context">The document, with its mentions and its quotes between marks.</param>
    /// <param name="model">The cue classifier.</param>
    /// <param name="quoteDocument">The quote stage's reading of the document, or null.</param>
    public static void Add(ExtractionContext context, CueModel model, QuoteDocument? quoteDocument)
    {
        var quotes = context.Quotes;
        List<ReportedStatement> statements;
        using (var document = ReportedDocument.Of(context))
        {
            statements = ReportedSpeechFinder.Find(document, model, context.CancellationToken);
        }

        if (statements.Count == 0)
        {
            return;
        }

        context.SetFeature(new Calibration.ReportedEvidence(statements));

        var people = QuoteDocument.MentionsByStart(context.Mentions, static m => m.Type == MentionType.Person);
        var all = new List<Quote>(quotes);
        // The document as the quote stage reads it (names, their genders, sentence subjects), made only when a
        // "he"/"she" source needs it.
        QuoteDocument? names = quoteDocument;
        try
        {
            AddStatements(context, statements, people, quotes, all, ref names);
        }
        finally
        {
            if (names != quoteDocument)
            {
                names?.Dispose();
            }
        }

        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        context.ReplaceQuotes(all);
    }

    private static void AddStatements(ExtractionContext context, List<ReportedStatement> statements, Mention[] people, IReadOnlyList<Quote> quotes, List<Quote> all, ref QuoteDocument? names)
    {
        foreach (var s in statements)
        {
            var (speaker, start, end) = Speaker(context, s, people, quotes, ref names);
            string cue = context.Text[s.CueStart..s.CueEnd];
            all.Add(new Quote(s.ContentStart, s.ContentEnd, context.Text[s.ContentStart..s.ContentEnd], QuoteKind.Indirect, speaker, start, end, cue));

            // A partial quote inside the statement is the same source's words (PARC 3.0, mixed attribution), and
            // takes the statement's speaker when it has none: also when its own attribution rests on the same source
            // words, which name no entity ("The report cited numerous "deviations in discipline"": issue 12 keeps a
            // source's words as the speaker, "the partial quote inside it ... with the same speaker"), or on words inside
            // them (the quote stage's "murder" of the statement's "the section on murder said").
            for (int i = 0; i < all.Count; i++)
            {
                var q = all[i];
                if (q.Kind == QuoteKind.Partial && q.Speaker is null && (q.SpeakerStart is null || (q.SpeakerStart >= start && q.SpeakerEnd <= end)) && q.Start >= s.ContentStart && q.End <= s.ContentEnd + 1 && speaker is not null)
                {
                    all[i] = q.WithSpeaker(speaker, start, end, cue);
                }
            }
        }
    }

    // A personal pronoun source, "he"/"she" or the possessor "his"/"her".
    private static bool PersonPronoun(ReadOnlySpan<char> words) =>
        words.Equals("he", StringComparison.OrdinalIgnoreCase) || words.Equals("she", StringComparison.OrdinalIgnoreCase)
        || words.Equals("his", StringComparison.OrdinalIgnoreCase) || words.Equals("her", StringComparison.OrdinalIgnoreCase);

    // The person a "he"/"she" (or "his"/"her") source at character offset start stands for, as the quote stage reads
    // names (PronounResolver.Antecedent: the most recent person-like name of that gender within three paragraphs),
    // except that a pronoun with no such name in its own sentence stands for the subject of the sentence before when
    // that is a person of its gender ("Mr Blair told MPs that Gordon Brown would stay. He said …" → Blair, not
    // Brown): the nearest person before it, whatever the gender, was taken before.
    //
    // A name inside the statement's own content, before its source in the same sentence, is not the pronoun's person:
    // "[But trust in Mr Brown's economic stewardship would be a central election issue], he said" (BBC news: the
    // political editor), "While saying he admired Mr Blair's leadership, he criticised …" (a writer who meant Brown or
    // Blair would have named him as the source); the pronoun is then resolved as if it stood where the content starts.
    // Only in the pronoun's sentence: a content that runs over sentences may hold the speaker's own earlier words.
    private static string? Antecedent(ExtractionContext context, int start, ReadOnlySpan<char> words, int contentStart, int contentEnd, ref QuoteDocument? names)
    {
        names ??= new QuoteDocument(context);
        var tokens = names.Tokens;
        int lo = Sorted.FirstAbove(tokens, static t => t.Start, start - 1);
        if (lo >= tokens.Length || tokens[lo].Start != start)
        {
            return null;
        }

        var gender = words.Equals("he", StringComparison.OrdinalIgnoreCase) || words.Equals("his", StringComparison.OrdinalIgnoreCase) ? Gender.Male : Gender.Female;
        if (names.Pronouns.Antecedent(lo, gender) is not NameOccurrence recent)
        {
            return null;
        }

        int named = tokens[recent.FirstToken].Start;
        if (contentEnd <= start && named >= contentStart && named < contentEnd && names.SentenceStart(recent.FirstToken) == names.SentenceStart(lo))
        {
            int first = Sorted.FirstAbove(tokens, static t => t.Start, contentStart - 1);
            if (names.Pronouns.Antecedent(first, gender) is not NameOccurrence outside)
            {
                return null;
            }

            recent = outside;
            lo = first;
        }

        int sentence = names.SentenceStart(lo);
        if (recent.FirstToken < sentence && sentence > 0)
        {
            int before = names.SentenceStart(sentence - 1);
            if (names.Parser.MainSubject(before, sentence - 1) is NounPhrase subject && names.Names.NameAt(subject.EndToken - 1) is int n and >= 0)
            {
                var name = names.Names.Names[n];
                var g = names.Names.GenderOf(name);
                // A possessor is no subject: "Merck's head of research Peter Kim said …", "But Jaynes' lawyer David Oblon
                // called …" (the subject reader stops at the possessive; the person is then the most recent name).
                if (name.FirstToken >= before && !Possessive(names, subject.EndToken) && names.IsPersonName(name) && !(g == Gender.Male && gender == Gender.Female) && !(g == Gender.Female && gender == Gender.Male))
                {
                    return names.CanonicalOf(name);
                }
            }
        }

        return names.CanonicalOf(recent);
    }

    // Whether the noun phrase ending before token end is a possessor: its last word ends in "'s", "’s" or an apostrophe,
    // or the next token is one of those endings.
    private static bool Possessive(QuoteDocument d, int end)
    {
        var last = d.Word(end - 1);
        if (last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("’s", StringComparison.Ordinal) || last.EndsWith('\'') || last.EndsWith('’'))
        {
            return true;
        }

        return end < d.Tokens.Length && d.Word(end) is "'s" or "’s" or "'" or "’" or "s";
    }

    // The speaker of a statement: the person named in its source (the last one: "Clinton campaign chairman
    // John Podesta"), else the organization ("a spokesman for X" → X), else a "he"/"she" resolved to the
    // nearest person before it, else the source's own words ("officials"); null without a source.
    private static (string? Speaker, int? Start, int? End) Speaker(ExtractionContext context, ReportedStatement s, Mention[] people, IReadOnlyList<Quote> quotes, ref QuoteDocument? names)
    {
        if (!s.HasSource)
        {
            return (null, null, null);
        }

        var words = context.Text.AsSpan(s.SourceStart, s.SourceEnd - s.SourceStart);
        bool personPronoun = PersonPronoun(words);
        if (personPronoun)
        {
            // "She says it underscores that Trump is “temperamentally unfit …”": the quote stage has resolved this
            // very pronoun for the quotation it attributes (gender, the speaker just quoted: PronounResolver), so the
            // statement takes that speaker rather than the nearest person before it, and the two agree.
            foreach (var q in quotes)
            {
                if (q.SpeakerStart == s.SourceStart && q.SpeakerEnd == s.SourceEnd && q.Speaker is not null)
                {
                    return (q.Speaker, s.SourceStart, s.SourceEnd);
                }
            }
        }

        Mention? person = null, organization = null;
        foreach (var m in context.Mentions)
        {
            if (m.Start >= s.SourceStart && m.End <= s.SourceEnd)
            {
                if (m.Type == MentionType.Person && (person is null || m.Start > person.Start))
                {
                    person = m;
                }
                else if (m.Type == MentionType.Organization && (organization is null || m.Start > organization.Start))
                {
                    organization = m;
                }
            }
        }

        var chosen = person ?? organization;
        if (chosen is not null)
        {
            return (chosen.Canonical ?? chosen.Text, s.SourceStart, s.SourceEnd);
        }

        // "he"/"she" stand for the nearest person before them; a relative "who" for the person it follows in
        // its sentence ("Donald Trump—a leader who once claimed").
        // So do the possessors of a nominal cue ("his allegations that …": the person "he" would be).
        if (personPronoun && Antecedent(context, s.SourceStart, words, s.ContentStart, s.ContentEnd, ref names) is string antecedent)
        {
            return (antecedent, s.SourceStart, s.SourceEnd);
        }

        bool who = words.Equals("who", StringComparison.OrdinalIgnoreCase);
        if (personPronoun || who)
        {
            int lo = 0, hi = people.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (people[mid].End <= s.SourceStart)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo > 0 && s.SourceStart - people[lo - 1].End <= (who ? RelativeReach : PronounReach)
                ? (people[lo - 1].Canonical ?? people[lo - 1].Text, s.SourceStart, s.SourceEnd)
                : (null, s.SourceStart, s.SourceEnd);
        }

        bool pronoun = words.Length <= 4 && (words.Equals("they", StringComparison.OrdinalIgnoreCase) || words.Equals("we", StringComparison.OrdinalIgnoreCase) || words.Equals("i", StringComparison.OrdinalIgnoreCase) || words.Equals("it", StringComparison.OrdinalIgnoreCase) || words.Equals("who", StringComparison.OrdinalIgnoreCase) || words.Equals("you", StringComparison.OrdinalIgnoreCase)
            || words.Equals("their", StringComparison.OrdinalIgnoreCase) || words.Equals("its", StringComparison.OrdinalIgnoreCase));
        return (pronoun ? null : words.ToString(), s.SourceStart, s.SourceEnd);
    }
}
