using System.Buffers;
using System.Runtime.CompilerServices;
using EntityExtract.Entities.Rules;
using EntityExtract.Entities.Typing;
using EntityExtract.Pipeline;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities;

/// <summary>
/// Finds people, places and organizations with the statistical recognizer that ships inside the package:
/// a two-pass greedy averaged perceptron over BILOU labels (see <c>docs/entities.md</c>).
/// Thread-safe: one instance serves concurrent calls; all working memory belongs to the call.
/// </summary>
/// <remarks>
/// The model is read from the assembly on first use. Mention spans never include a leading "the" or a
/// trailing possessive clitic ("Kim's" gives "Kim"). Every mention's <see cref="Mention.Canonical"/> is
/// its own text until <see cref="EntityResolutionStage"/> resolves it.
/// </remarks>
public sealed class EntityRecognitionStage : IExtractionStage
{
    // The rules after the tagger, in the order they run: the one place that order is written. The order is
    // part of the behaviour (a later rule sees what the earlier ones left), so a new rule goes where its
    // evidence is ready, and every change is checked with tools/identity/check.sh and the evaluations.
    //
    // 1. Corrections of the tagger's spans and types, for failure modes that a left-to-right tagger trained on
    //    Reuters 1996 running text cannot see (Title Case headlines, datelines, score lines, titles inside
    //    names, nationality adjectives, acronyms of common nouns). They run only when the tagger found at
    //    least one name: a text where it found none gains no dateline, source or score-line team either.
    private static readonly IDocumentRule[] TaggerCorrections =
    [
        new HeadlineSpanRule(),
        new HeadingCommonWordRule(),
        new CaptionCreditRule(),
        new NewsSourceRule(),
        new DatelineRule(),
        new ScoreLineRule(),
        new CommonNounAcronymRule(),
        new TitleSplitRule(),
        new CoordinationSplitRule(),
        new ClubOfCountryRule(),

        // Then each candidate on its own: edges first, then whether it is a name at all, then its type.
        new EachCandidate(
            new EdgeTrimRule(),
            new DateWordTrimRule(),
            new EllipticalPossessiveRule(),
            new GivenNameRule(),
            new GreetingRule(),
            new InitialRule(),
            new DemonymAdjectiveRule(),
            new CommonWordRule(),
            new KnownPersonRule(),
            new SentenceInitialCommonWordRule(),
            new EventNameRule(),
            new OrganizationSuffixRule()),
        new MiddleInitialRule(),
    ];

    // 2. Document evidence about types, run on every document (these may add names the tagger missed):
    //    organizations first (ampersands, shareholdings, grammar), then persons after an honorific, then the
    //    words that are no names, then places by their head noun.
    private static readonly IDocumentRule[] DocumentEvidence =
    [
        new AmpersandJoinRule(),
        new ShareholdingRule(),
        new OrganizationGrammarRule(),
        new HonorificPersonRule(),
        new NonNameRule(),
        new PlaceHeadNounRule(),
    ];

    private readonly IDocumentRule[] _corrections;
    private readonly IDocumentRule[] _evidence;

    /// <summary>Creates the stage with every rule.</summary>
    public EntityRecognitionStage()
    {
        _corrections = TaggerCorrections;
        _evidence = DocumentEvidence;
    }

    // Every rule judged by the suite, not only the last one added (issue 13): eval-ner-ablation builds the stage
    // without one rule at a time and reports what each is worth.
    internal EntityRecognitionStage(Func<string, bool> isEnabled)
    {
        _corrections = Without(TaggerCorrections, isEnabled);
        _evidence = Without(DocumentEvidence, isEnabled);
    }

    /// <summary>The rules' names (their class names), in the order they run: what <c>eval-ner-ablation</c> switches off.</summary>
    internal static IEnumerable<string> RuleNames =>
        TaggerCorrections.Concat(DocumentEvidence)
            .SelectMany(static r => r is EachCandidate each ? each.Rules.Cast<object>() : [r])
            .Select(static r => r.GetType().Name);

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    /// <exception cref="ModelFormatException">The embedded model is missing or corrupt (a broken package, not bad input).</exception>
    public void Process(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tokens = context.Tokens;
        if (tokens.IsEmpty)
        {
            return;
        }

        var model = NerModel.Default;
        var info = ArrayPool<NerTokenInfo>.Shared.Rent(tokens.Length);
        var labels = ArrayPool<byte>.Shared.Rent(tokens.Length);
        try
        {
            var infoSpan = info.AsSpan(0, tokens.Length);
            var labelSpan = labels.AsSpan(0, tokens.Length);
            labelSpan.Clear();
            NerTagger.Prepare(model, context.Text, tokens, context.Segments, infoSpan);
            var margins = new int[tokens.Length];
            var rivals = new int[2 * tokens.Length];
            NerTagger.Tag(model, context.Segments, infoSpan, labelSpan, context.CancellationToken, margins, rivals);
            var candidates = new List<NerCandidate>();
            AddMentions(context, labelSpan, infoSpan, candidates);

            // What confidence calibration reads (Calibration/): the tagger's per-token margins, and the spans
            // it proposed before the rules below cut, joined or retyped any of them.
            var tagged = new HashSet<(int Start, int End, MentionType Type)>();
            foreach (var c in candidates)
            {
                // A handle the tagger left outside every name, or typed otherwise, is the evidence's mention, not
                // the tagger's: its margin says nothing about it (calibration read a strong "outside" as confidence).
                int label = labelSpan[c.First];
                if (Handles.IsHandle(tokens[c.First], context.Text) && (label == NerLabels.Outside || NerLabels.ToMentionType(NerLabels.TypeOf(label)) != c.Type))
                {
                    margins[c.First] = 0;
                    rivals[2 * c.First] = 0;
                    rivals[(2 * c.First) + 1] = 0;
                    continue;
                }

                tagged.Add((tokens[c.First].Start, tokens[c.Last].End, c.Type));
            }

            context.SetFeature(new Calibration.NerEvidence(margins, rivals, tagged));
            var document = new CandidateDocument(context.Text, tokens, context.Segments, infoSpan);
            if (candidates.Count > 0)
            {
                foreach (var rule in _corrections)
                {
                    rule.Apply(document, candidates);
                }
            }

            foreach (var rule in _evidence)
            {
                rule.Apply(document, candidates);
            }

            foreach (var candidate in candidates)
            {
                // The rules above cut spans at titles, brackets and conjunctions: whatever they leave, a name
                // starts with a word and never ends in punctuation ("Harriet Harman," is "Harriet Harman").
                var c = candidate;
                // (A final "." stays: "Corp ." at a sentence end keeps its dot, as CoNLL marks it.)
                while (c.Last > c.First && IsSeparator(tokens[c.Last], context.Text))
                {
                    c = c with { Last = c.Last - 1 };
                }

                if (!CanStartName(tokens[c.First], context.Text) || IsSeparator(tokens[c.Last], context.Text))
                {
                    continue;
                }

                int start = tokens[c.First].Start, end = tokens[c.Last].End;
                string name = context.Text[start..end];
                context.AddMention(new Mention(c.Type, start, end, name, name));
            }
        }
        finally
        {
            ArrayPool<NerTokenInfo>.Shared.Return(info);
            ArrayPool<byte>.Shared.Return(labels);
        }
    }

    // Fully optimized from the first call: its loop runs once per token (see NerTagger's remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddMentions(ExtractionContext context, ReadOnlySpan<byte> labels, ReadOnlySpan<NerTokenInfo> info, List<NerCandidate> candidates)
    {
        foreach (var segment in context.Segments)
        {
            int open = -1;
            for (int i = segment.FirstToken; i < segment.EndToken && i < labels.Length; i++)
            {
                int label = labels[i];
                if (Handles.IsHandle(context.Tokens[i], context.Text))
                {
                    // A handle names an account (Typing/Handles), whether or not the tagger saw a name in it; the
                    // words before it are a name of their own when the tagger ran a name into it.
                    MentionType? tagged = label == NerLabels.Outside ? null : NerLabels.ToMentionType(NerLabels.TypeOf(label));
                    if (open >= 0 && open < i && tagged is MentionType before)
                    {
                        Emit(context, info, labels, before, open, i - 1, segment, candidates);
                    }

                    var body = context.Tokens[i].GetText(context.Text)[1..];
                    Emit(context, info, labels, Handles.TypeOf(NerModel.Default, body, tagged), i, i, segment, candidates);
                    open = tagged is not null && NerLabels.PartOf(label) is NerLabels.Begin or NerLabels.Inside ? i + 1 : -1;
                    continue;
                }

                if (label == NerLabels.Outside)
                {
                    open = -1;
                    continue;
                }

                int part = NerLabels.PartOf(label);
                var type = NerLabels.ToMentionType(NerLabels.TypeOf(label));
                if (Hashtags.IsHashtag(context.Tokens[i], context.Text))
                {
                    // A hashtag names one thing on its own (the Broad Twitter Corpus marks "Tyabb Oval #LukeBatty"
                    // as a place and a person): the words before it and after it are names of their own.
                    if (open >= 0 && open < i)
                    {
                        Emit(context, info, labels, type, open, i - 1, segment, candidates);
                    }

                    Emit(context, info, labels, type, i, i, segment, candidates);
                    open = part is NerLabels.Begin or NerLabels.Inside ? i + 1 : -1;
                    continue;
                }

                if (part == NerLabels.Unit)
                {
                    Emit(context, info, labels, type, i, i, segment, candidates);
                    open = -1;
                }
                else if (part == NerLabels.Begin)
                {
                    open = i;
                }
                else if (part == NerLabels.Last && open >= 0)
                {
                    Emit(context, info, labels, type, open, i, segment, candidates);
                    open = -1;
                }
            }
        }
    }

    private static void Emit(ExtractionContext context, ReadOnlySpan<NerTokenInfo> info, ReadOnlySpan<byte> labels, MentionType type, int first, int last, TextSegment segment, List<NerCandidate> candidates)
    {
        int segmentStart = segment.FirstToken;
        var tokens = context.Tokens;
        var text = context.Text.AsSpan();

        // ACE and OntoNotes guidelines: the determiner and the possessive marker are not part of the name.
        // A capitalized "The" inside a sentence belongs to the name itself ("at The Oval"), as CoNLL marks it.
        while (first < last && (tokens[first].GetText(text) is "the" || (first == segmentStart && tokens[first].GetText(text) is "The" or "THE")))
        {
            first++;
        }

        // Honorifics are not part of a person's name (CoNLL, ACE and OntoNotes alike), and "Mr Mallon" must
        // resolve to "Ray Mallon" like "Mallon" does. British style writes them without the dot.
        while (type == MentionType.Person && first < last && PersonNames.IsHonorific(tokens[first].GetText(text)))
        {
            first++;
        }

        while (last > first && IsPossessive(tokens[last].GetText(text)))
        {
            last--;
        }

        // A name never spans a colon: in "The Ultimatum: Kim vowed" the name starts after it.
        for (int k = last - 1; k >= first; k--)
        {
            if (tokens[k].GetText(text) is ":")
            {
                first = k + 1;
                break;
            }
        }

        // Names start and end with a capitalized word; lower-case edges are common words the tagger swept in
        // ("anti-Western nations"), except the particles of names ("Ludwig van Beethoven" keeps "van" inside).
        while (first < last && StartsLower(tokens[first].GetText(text)))
        {
            first++;
        }

        // A trailing separator the tagger swept in hides a lower-case word before it ("Dove soap ,"): both go.
        while (last > first && (StartsLower(tokens[last].GetText(text)) || IsSeparator(tokens[last], text)))
        {
            last--;
        }

        // A sentence-initial word that running text writes in lower case ("Despite", "Ignoring") is not the
        // start of a name even when the tagger joins it to the name after it.
        if (first < last && info[first].Lexicon == LexiconClass.Lower && (info[first].Flags & NerFeatures.FlagInitial) != 0)
        {
            first++;
        }

        // East Asian names end in short syllables that look like other words ("Kim Jong Un", "Kim Jong Il"):
        // a person name followed by a short Title-case word that running text never writes in lower case and
        // that the tagger left outside every name takes it in. Not a handle or hashtag, a name on its own: the
        // reply "@riggwelter Hi! We've changed our username" is the account, not "@riggwelter Hi" (BTC, 24 times).
        bool tag = first == last && Handles.IsTag(tokens[first], text);
        if (type == MentionType.Person && !tag && last + 1 < segment.EndToken && last + 1 < labels.Length && labels[last + 1] == NerLabels.Outside && IsNameSyllable(tokens[last + 1], text, info[last + 1]) && info[last + 1].Mode == 0)
        {
            last++;
        }

        // Arabic names join an article to the family name with a hyphen ("Muqtada al-Sadr", "Nuri al-Maliki"); the
        // tagger, which reads "al-Sadr" as a lower-case word, leaves it out: a person name takes such words in.
        while (type == MentionType.Person && !tag && last + 1 < segment.EndToken && last + 1 < labels.Length && labels[last + 1] == NerLabels.Outside
            && tokens[last + 1].Kind == TokenKind.Word && PersonNames.IsHyphenedParticleWord(tokens[last + 1].GetText(text)))
        {
            last++;
        }

        var only = tokens[first].GetText(text);
        if (first == last && (NameOrDate.IsWeekday(only) || NameOrDate.IsMonthNextToNumber(only, tokens, first, segment)))
        {
            return;
        }

        if (first == last && StartsLower(only) && !only.ContainsAnyInRange('A', 'Z'))
        {
            return;
        }

        if (first == last && Hashtags.IsHashtag(tokens[first], text) && Hashtags.IsTopic(NerModel.Default, only))
        {
            return;
        }

        if (last - first + 1 > Math.Max(1, context.Options.MaxEntityTokens))
        {
            return;
        }

        if (!CanStartName(tokens[first], text) || tokens[last].Kind is TokenKind.Dash or TokenKind.Quote)
        {
            return;
        }

        candidates.Add(new NerCandidate(type, first, last, segment.FirstToken, segment.EndToken));
    }

    private static IDocumentRule[] Without(IDocumentRule[] rules, Func<string, bool> isEnabled) =>
        rules.Select(r => r is EachCandidate each ? new EachCandidate(each.Rules.Where(c => isEnabled(c.GetType().Name)).ToArray()) : r)
            .Where(r => r is EachCandidate || isEnabled(r.GetType().Name))
            .ToArray();

    // A name starts with a word, a number ("3M"), a hashtag or a handle ("#Pistorius", "@Reuters": names in news
    // accounts' posts, marked with their mark in the Broad Twitter Corpus); never with punctuation or a symbol.
    private static bool CanStartName(TextToken token, ReadOnlySpan<char> text)
        => token.Kind is TokenKind.Word or TokenKind.Number || Handles.IsTag(token, text);


    private static bool IsSeparator(TextToken token, ReadOnlySpan<char> text)
        => token.Kind is TokenKind.Dash or TokenKind.Quote || (token.Kind == TokenKind.Punctuation && token.GetText(text) is "," or ";" or ":" or "(" or "&");

    private static bool IsNameSyllable(TextToken token, ReadOnlySpan<char> text, in NerTokenInfo info)
    {
        var word = token.GetText(text);
        return token.Kind == TokenKind.Word && token.HasSpaceBefore && word.Length is 2 or 3 && char.IsUpper(word[0])
            && word[1..].ContainsAnyExceptInRange('a', 'z') == false && info.Lexicon is not (LexiconClass.Lower or LexiconClass.MostlyLower);
    }

    private static bool StartsLower(ReadOnlySpan<char> word)
        => word.Length > 0 && char.IsLower(word[0]) && !PersonNames.IsParticle(word) && !PersonNames.IsHyphenedParticleWord(word);

    private static bool IsPossessive(ReadOnlySpan<char> token) => token is "'s" or "\u2019s" or "'" or "\u2019" or "'S" or "\u2019S";
}
