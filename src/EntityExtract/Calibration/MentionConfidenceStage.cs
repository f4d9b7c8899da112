using EntityExtract.Pipeline;

namespace EntityExtract.Calibration;

/// <summary>
/// Gives every person, place, organization and date mention found so far its calibrated
/// <see cref="Mention.Confidence"/> (see <c>docs/confidence.md</c>). Runs after entity resolution and dates and
/// before the user's lexicons, whose matches keep confidence 1. Stateless and thread-safe.
/// </summary>
public sealed class MentionConfidenceStage : IExtractionStage
{
    /// <inheritdoc />
    public string Name => "mention-confidence";

    /// <inheritdoc />
    public void Process(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mentions = context.Mentions;
        if (mentions.Count == 0)
        {
            return;
        }

        var model = ConfidenceModel.Default;
        var evidence = context.GetFeature<NerEvidence>();
        var trace = context.GetFeature<CalibrationTrace>();

        // A name the document repeats under one canonical form is more often a real name (Finkel et al. 2005
        // use the same document consistency as evidence for the label itself). The table is the thread's, reused
        // for its next document (issue 14).
        var groups = Internal.PerThread<Dictionary<(MentionType, string), int>>.Take();
        groups.Clear();
        foreach (var m in mentions)
        {
            if (m.Type != MentionType.Date)
            {
                var key = (m.Type, m.Canonical ?? m.Text);
                groups[key] = groups.GetValueOrDefault(key) + 1;
            }
        }

        var profile = DocumentProfile.Of(context.Text, context.Tokens, context.Segments, mentions, evidence);
        var scored = new Mention[mentions.Count];
        Span<double> buffer = stackalloc double[Math.Max(ConfidenceSignals.NameCount, ConfidenceSignals.DateCount)];
        for (int i = 0; i < scored.Length; i++)
        {
            var m = mentions[i];
            var kind = m.Type switch
            {
                MentionType.Date => CalibrationKind.Date,
                MentionType.Person => CalibrationKind.Person,
                MentionType.Place => CalibrationKind.Place,
                _ => CalibrationKind.Organization,
            };
            var signals = kind == CalibrationKind.Date
                ? ConfidenceSignals.ForDate(context, m, buffer)
                : ConfidenceSignals.ForName(context, m, evidence, groups[(m.Type, m.Canonical ?? m.Text)], profile, buffer);
            trace?.Items.Add((kind, m.Start, m.End, signals.ToArray()));
            scored[i] = m.WithConfidence(model.Predict(kind, signals));
        }

        Internal.PerThread<Dictionary<(MentionType, string), int>>.Return(groups, groups.Count);
        context.ReplaceMentions(scored);
    }
}
