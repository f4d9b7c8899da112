using System.Buffers;
using EntityExtract.Dates;
using EntityExtract.Entities.Typing;
using EntityExtract.Tokenization;

namespace EntityExtract.Pipeline;

/// <summary>
/// A built, sealed sequence of stages. Thread-safe: one instance may serve any number of concurrent
/// calls. Build a custom one with <see cref="ExtractionPipelineBuilder"/>.
/// </summary>
public sealed class ExtractionPipeline
{
    private static readonly Lazy<ExtractionPipeline> LazyDefault = new(
        static () =>
        {
            // The default stages' models load side by side from here on (issue 14, start-up).
            Internal.ModelPreload.Start();
            return ExtractionPipelineBuilder.CreateDefault().Build();
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IExtractionStage[] _stages;

    internal ExtractionPipeline(IEnumerable<IExtractionStage> stages)
    {
        _stages = stages.ToArray();
    }

    /// <summary>The default pipeline: entities, entity resolution, geocoding, dates, quotes. Built on first use and cached.</summary>
    public static ExtractionPipeline Default => LazyDefault.Value;

    /// <summary>The stages, in the order they run.</summary>
    public IReadOnlyList<IExtractionStage> Stages => _stages;

    /// <summary>Runs every stage over <paramref name="text"/>.</summary>
    /// <param name="text">Any string; no content makes this method throw.</param>
    /// <param name="options">Per-call options, or <see langword="null"/> for <see cref="ExtractionOptions.Default"/>.</param>
    /// <param name="cancellationToken">Checked between stages and inside long loops.</param>
    /// <returns>The result, with every span inside the text and matching its text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ExtractionResult Extract(string text, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ExtractionOptions.Default;
        cancellationToken.ThrowIfCancellationRequested();

        int window = Math.Max(MinimumWindow, options.MaxDocumentLength);
        if (text.Length <= window)
        {
            var (mentions, quotes, referenceDate) = Run(text, options, null, cancellationToken);
            return new ExtractionResult(mentions, quotes, referenceDate);
        }

        // A text longer than one document window is read window by window, cut at paragraph breaks, so
        // that working memory stays bounded whatever the input size; offsets are shifted back into the
        // whole text. Names resolve within their window: a text this long is many articles.
        var allMentions = new List<Mention>();
        var allQuotes = new List<Quote>();
        DateOnly? firstReference = null;
        int start = 0;
        while (start < text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int end = WindowEnd(text, start, window);
            var (mentions, quotes, referenceDate) = Run(text[start..end], options, firstReference, cancellationToken);
            firstReference ??= referenceDate;
            foreach (var m in mentions)
            {
                allMentions.Add(new Mention(m.Type, m.Start + start, m.End + start, m.Text, m.Canonical, m.Value, m.Confidence).WithGeo(m.Geo));
            }

            foreach (var q in quotes)
            {
                allQuotes.Add(new Quote(q.Start + start, q.End + start, q.Text, q.Kind, q.Speaker, q.SpeakerStart + start, q.SpeakerEnd + start, q.Cue, q.Confidence));
            }

            start = end;
        }

        return new ExtractionResult(allMentions.ToArray(), allQuotes.ToArray(), firstReference);
    }

    /// <summary>The smallest window <see cref="ExtractionOptions.MaxDocumentLength"/> may set.</summary>
    private const int MinimumWindow = 1024;

    private (Mention[] Mentions, Quote[] Quotes, DateOnly? ReferenceDate) Run(string text, ExtractionOptions options, DateOnly? inheritedReference, CancellationToken cancellationToken)
    {
        // The tokens live in a buffer rented for this call and returned after the stages (issue 14: no list
        // growth and no exact-size copy per document); the context, and so every stage, sees only the count.
        var buffer = Tokenize(text, cancellationToken, out int tokenCount);
        Mention[] mentions;
        Quote[] quotes;
        DateOnly? referenceDate;
        try
        {
            var tokens = buffer.AsSpan(0, tokenCount);
            var sentenceList = new List<TextSegment>(Math.Max(4, tokenCount / 20));
            SentenceSplitter.Split(text, tokens, sentenceList, options.MaxSentenceTokens);
            var sentences = sentenceList.ToArray();
            referenceDate = options.ReferenceDate ?? inheritedReference ?? DatelineReader.Find(text, tokens, sentences);

            var context = new ExtractionContext(text, buffer, tokenCount, sentences, options, referenceDate, cancellationToken);
            foreach (var stage in _stages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                stage.Process(context);
            }

            mentions = CleanMentions(text, context.Mentions);
            quotes = CleanQuotes(text, context.Quotes);
        }
        finally
        {
            ArrayPool<TextToken>.Shared.Return(buffer);
        }

        double minimum = Math.Min(options.MinimumConfidence, 1);
        if (minimum > 0)
        {
            // After cleaning, so that the mentions kept are exactly those the default would give, less the weak ones.
            mentions = Array.FindAll(mentions, m => m.Confidence >= minimum);
            quotes = Array.FindAll(quotes, q => q.Confidence >= minimum);
        }

        return (mentions, quotes, referenceDate);
    }

    // The end of the window that starts at start: the last blank line in its second half, else the last
    // line break, else the last whitespace, else a hard cut that never splits a surrogate pair.
    private static int WindowEnd(string text, int start, int window)
    {
        if (text.Length - start <= window)
        {
            return text.Length;
        }

        int limit = start + window;
        int half = start + (window / 2);
        var span = text.AsSpan(half, limit - half);
        int cut = span.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = span.LastIndexOf('\n');
        }

        if (cut < 0)
        {
            cut = span.LastIndexOfAny(' ', '\t', '\r');
        }

        if (cut >= 0)
        {
            return half + cut + 1;
        }

        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }

    // Tokens into a rented buffer (news text has about one token per five characters), grown when needed;
    // the caller returns it to the pool.
    private static TextToken[] Tokenize(string text, CancellationToken cancellationToken, out int count)
    {
        var buffer = ArrayPool<TextToken>.Shared.Rent(Math.Max(16, text.Length / 5));
        count = 0;
        var reader = new Tokenizer(text);
        while (reader.Read())
        {
            if (count == buffer.Length)
            {
                var larger = ArrayPool<TextToken>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan().CopyTo(larger);
                ArrayPool<TextToken>.Shared.Return(buffer);
                buffer = larger;
            }

            buffer[count++] = reader.Current;
            if ((count & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return buffer;
    }

    // A stage, built-in or custom, cannot hand the caller a span outside the text or a text that is not
    // the span's substring: such mentions are dropped. Ordering, duplicates and names that overlap dates
    // are the entity rules' business (Entities/Typing/NameOrDate).
    private static Mention[] CleanMentions(string text, IReadOnlyList<Mention> mentions)
    {
        var kept = new List<Mention>(mentions.Count);
        foreach (var m in mentions)
        {
            if (m.End <= text.Length && m.Length > 0 && text.AsSpan(m.Start, m.Length).SequenceEqual(m.Text))
            {
                kept.Add(m);
            }
        }

        return NameOrDate.Settle(kept);
    }

    private static Quote[] CleanQuotes(string text, IReadOnlyList<Quote> quotes)
    {
        var kept = new List<Quote>(quotes.Count);
        foreach (var q in quotes)
        {
            bool speakerOk = q.SpeakerStart is null || (q.SpeakerEnd is int se && q.SpeakerStart.Value >= 0 && se >= q.SpeakerStart.Value && se <= text.Length);
            if (q.End <= text.Length && q.End > q.Start && text.AsSpan(q.Start, q.End - q.Start).SequenceEqual(q.Text) && speakerOk)
            {
                kept.Add(q);
            }
        }

        kept.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return kept.ToArray();
    }
}
