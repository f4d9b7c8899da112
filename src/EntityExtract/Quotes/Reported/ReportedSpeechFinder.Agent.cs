using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>Agent: where a passive cue's agent after "by" ends when the writer's adjunct follows it (branch attr14).</summary>
internal static partial class ReportedSpeechFinder
{
    // The last token of a passive's agent after "by" that the writer's adjunct follows, where SourceStartingAt wants the
    // clause to end: "were rejected by [the Human Rights Council] in 2015", "were echoed by [a number of tax experts] I spoke
    // to …" (PolNeAR dev, --causes "accepted, no statement from it"), "was criticised by [financial regulators] for …" (BBC
    // news). The noun phrase runs over "of" and a name, and stops before a word of another function class, a time word or
    // a pronoun. It must end on a word that can speak: a pronoun, a person or organization, a word like "many", or a plural
    // in -s outside the cue lexicon ("supporters", "campaigners"); not "encouraged by [comments]", "upset by [Arsenal]'s
    // …", "informed by [letter]", "spotted by [net] monitoring firm …" (BBC news, where these were the wrong ones). -1 when
    // there is none. A plural thing still passes ("encouraged by [comments] on Wednesday"): without part-of-speech tags
    // nothing tells it from a plural group.
    private static int AgentBeforeAdjunct(ReportedDocument d, int s, int stop)
    {
        if (s >= stop || d[s].Kind != TokenKind.Word || d.IsQuoted(s) || d.ClassOf(s) is not ("det" or null) || d.IsCueWord(s))
        {
            return -1;
        }

        int e = s;
        while (e + 1 < stop && e + 1 - s < MaxSourceTokens)
        {
            int t = e + 1;
            // A possessive makes the agent a thing of someone's ("upset by Arsenal's tactics", BBC news), not a speaker.
            if (d.Word(t) is "'s" or "’s" or "'" or "’")
            {
                return -1;
            }

            bool name = d.MentionAt(e) is { } m && d.MentionAt(t) == m;
            if (!name && (d[t].Kind != TokenKind.Word || d.IsQuoted(t) || (d.ClassOf(t) is not null && !d.Is(t, "of"))
                || (d.Is(t, "of") && !(t + 1 < stop && d[t + 1].Kind == TokenKind.Word && d.ClassOf(t + 1) is "det" or null))))
            {
                break;
            }

            e = t;
        }

        int next = e + 1;
        if (next >= stop || e + 1 - s >= MaxSourceTokens || d[next].Kind != TokenKind.Word || d.IsQuoted(next) || d.ClassOf(next) is null || d.Is(next, "of"))
        {
            return -1;
        }

        bool speaks = d.ClassOf(e) is "pron" || d.MentionAt(e) is { Type: MentionType.Person or MentionType.Organization } || d.IsIn(e, ReportedDocument.PronounDeterminers)
            || (!d.IsCapitalized(e) && d.Word(e).EndsWith('s') && !d.IsCueWord(e) && !ReportedDocument.NonSources.Contains(d.Word(e)));
        return speaks ? e : -1;
    }
}
