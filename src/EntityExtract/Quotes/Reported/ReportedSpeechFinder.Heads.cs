using System.Runtime.InteropServices;
using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>A source's head noun phrase before a locating preposition ("Some commentators on the net say").</summary>
internal static partial class ReportedSpeechFinder
{
    // A source noun phrase that a frame read up to a locating preposition takes the head before it ("Some commentators
    // on the net say": the commentators, not the net; SourceEndingAt with located). Read here, after the cue model has
    // scored the frames, so the frames it was trained on (Verb, OpenCandidate, CanSpeak) stay as they were: read in the
    // frames, the four-shuffle mean of eval-attributions F1 fell 0.7578 -> 0.7570 and the open candidates took heads
    // that cannot speak ("The rise in oil prices partly reflects", "The rules on marketing calls apply"). Only a source
    // that stands before its cue and is the very phrase SourceEndingAt reads, and never back over an earlier frame's cue
    // or source ("said in the UK officials …"); a frame that shares an earlier one's source ("…, adding that") shares its
    // head too. A frame's left edge moves with its source only when it was the source's ("… and said" keeps its own).
    private static void ReadHeads(ReportedDocument d, List<Frame> frames, int first)
    {
        var span = CollectionsMarshal.AsSpan(frames);
        for (int f = 0; f < span.Length; f++)
        {
            ref var frame = ref span[f];
            if (frame.SourceFirst < 0 || frame.SourceLast >= frame.CueFirst || frame.Sourceless)
            {
                continue;
            }

            int bound = first;
            int shared = -1;
            for (int g = 0; g < f; g++)
            {
                if (span[g].SourceLast == frame.SourceLast && span[g].SourceFirst >= 0 && span[g].SourceFirst < frame.SourceFirst)
                {
                    shared = span[g].SourceFirst;
                }

                bound = Math.Max(bound, Math.Max(span[g].CueLast, span[g].SourceLast) + 1);
            }

            int head = shared >= 0 ? shared
                : SourceEndingAt(d, frame.SourceLast, first) == frame.SourceFirst ? SourceEndingAt(d, frame.SourceLast, first, located: true) : -1;
            if (head >= 0 && head < frame.SourceFirst && (shared >= 0 || head >= bound))
            {
                frame = frame with { SourceFirst = head, Left = frame.Left == frame.SourceFirst ? head : frame.Left };
            }
        }
    }

    // Whether token h, before a locating preposition (attribution-locating-prepositions) inside a source, is the
    // head noun the preposition's phrase modifies: a name, a noun ("commentators on", "Police in"), "one" ("One in
    // four"), or a determiner that stands alone ("those in", "all over"). Not a verb the phrase is an adverbial of, which
    // without part-of-speech tags (ReportedDocument.TagSentences) is read off the word: not an "-ing" form ("opponents
    // of taking in migrants", "Speaking on German TV, Bert Ruerup said"), and an "-ed"/"-en" form only right after a lower-case noun, a reduced relative ("The
    // company named in the lawsuit denied", "A poll released in late August found"), not after a name ("MPs voted in
    // favour", "Politifact seized on"). Nor a word after an auxiliary ("had been found in a cave", "is still in").
    private static bool LocatedHead(ReportedDocument d, int h, int first)
    {
        if (h < first || d[h].Kind != TokenKind.Word || (h - 1 >= first && d.ClassOf(h - 1) is "aux"))
        {
            return false;
        }

        if (d.ClassOf(h) is string c)
        {
            return (c is "det" && d.IsIn(h, ReportedDocument.PronounDeterminers)) || d.Is(h, "one");
        }

        var w = d.Word(h);
        if (d.MentionAt(h) is not null)
        {
            return true;
        }

        if (w.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (d.IsCapitalized(h))
        {
            return true;
        }

        if (d.IsCueWord(h) && !OpensCueNoun(d, h, first))
        {
            return false;
        }

        if (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            return h - 1 >= first && d[h - 1].Kind == TokenKind.Word && !d.IsCapitalized(h - 1) && d.ClassOf(h - 1) is null && d.MentionAt(h - 1) is null;
        }

        return true;
    }

    // Whether cue word h stands inside a noun phrase, after a word of it ("A weekend report in the Telegraph", "a
    // statement on her website"), as a locating preposition's head or a word before it: after a comma or a pronoun it is a
    // verb whose own frame read no source ("The Hefce report, drawing on child benefits data, said teenagers in the
    // richest areas could expect": the source is the teenagers, not "said teenagers").
    private static bool OpensCueNoun(ReportedDocument d, int h, int first) =>
        h - 1 >= first && d[h - 1].Kind == TokenKind.Word && d.ClassOf(h - 1) is null or "det" or "time";
}
