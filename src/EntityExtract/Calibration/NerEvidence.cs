namespace EntityExtract.Calibration;

/// <summary>
/// What the entity tagger leaves for confidence calibration in the <see cref="Pipeline.ExtractionContext"/>:
/// each token's final-pass margin (chosen label's score minus the best other allowed label's), its margins over
/// "outside" and over the best label of another type, and the spans
/// the tagger itself proposed, before the rules cut, joined or retyped them.
/// </summary>
internal sealed class NerEvidence
{
    public NerEvidence(int[] margins, int[] rivals, HashSet<(int Start, int End, MentionType Type)> tagged)
    {
        Margins = margins;
        Rivals = rivals;
        Tagged = tagged;
    }

    /// <summary>One margin per token of the document.</summary>
    public int[] Margins { get; }

    /// <summary>Two per token: at 2i the margin over "outside", at 2i + 1 over the best label of another entity type.</summary>
    public int[] Rivals { get; }

    /// <summary>The tagger's own spans, as character offsets and type.</summary>
    public HashSet<(int Start, int End, MentionType Type)> Tagged { get; }
}
