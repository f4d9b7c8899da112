using System.Buffers;
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
            NerTagger.Prepare(model, context.Text, tokens, context.Sentences, infoSpan);
            NerTagger.Tag(model, context.Sentences, infoSpan, labelSpan, context.CancellationToken);
            AddMentions(context, labelSpan);
        }
        finally
        {
            ArrayPool<NerTokenInfo>.Shared.Return(info);
            ArrayPool<byte>.Shared.Return(labels);
        }
    }

    private static void AddMentions(ExtractionContext context, ReadOnlySpan<byte> labels)
    {
        foreach (var sentence in context.Sentences)
        {
            int open = -1;
            for (int i = sentence.FirstToken; i < sentence.EndToken && i < labels.Length; i++)
            {
                int label = labels[i];
                if (label == NerLabels.Outside)
                {
                    open = -1;
                    continue;
                }

                int part = NerLabels.PartOf(label);
                if (part == NerLabels.Unit)
                {
                    Emit(context, NerLabels.TypeOf(label), i, i, sentence.FirstToken);
                    open = -1;
                }
                else if (part == NerLabels.Begin)
                {
                    open = i;
                }
                else if (part == NerLabels.Last && open >= 0)
                {
                    Emit(context, NerLabels.TypeOf(label), open, i, sentence.FirstToken);
                    open = -1;
                }
            }
        }
    }

    private static void Emit(ExtractionContext context, int type, int first, int last, int sentenceStart)
    {
        var tokens = context.Tokens;
        var text = context.Text.AsSpan();

        // ACE and OntoNotes guidelines: the determiner and the possessive marker are not part of the name.
        // A capitalized "The" inside a sentence belongs to the name itself ("at The Oval"), as CoNLL marks it.
        while (first < last && (tokens[first].GetText(text) is "the" || (first == sentenceStart && tokens[first].GetText(text) is "The" or "THE")))
        {
            first++;
        }

        while (last > first && IsPossessive(tokens[last].GetText(text)))
        {
            last--;
        }

        if (last - first + 1 > Math.Max(1, context.Options.MaxEntityTokens))
        {
            return;
        }

        if (tokens[first].Kind is not (TokenKind.Word or TokenKind.Number) || tokens[last].Kind is TokenKind.Dash or TokenKind.Quote)
        {
            return;
        }

        int start = tokens[first].Start, end = tokens[last].End;
        string name = context.Text[start..end];
        context.AddMention(new Mention(NerLabels.ToMentionType(type), start, end, name, name));
    }

    private static bool IsPossessive(ReadOnlySpan<char> token) => token is "'s" or "\u2019s" or "'" or "\u2019" or "'S" or "\u2019S";
}
