namespace EntityExtract.Entities.Rules;

/// <summary>
/// In a Title Case or headline line every word is capitalized, so the tagger runs names into the words
/// around them ("Kim Jong Un Tightens Grip", "Ghosting Trump"). Edge words that are not name-like (never
/// capitalized in the middle of a running-text sentence of the document, not part of a known multi-word
/// name) are trimmed: to the longest inner span that is a name of the document's running text, which then
/// gives its type; else the edge words that are common lower-case words (the "usually lower case" lexicon).
/// </summary>
internal sealed class HeadlineSpanRule : IDocumentRule
{
    // Gazetteer bits are kind * 4 + part (NerTokenInfo.Gazetteer): the Begin/Inside/Last parts of all
    // four kinds (three labelled types and the world place list) mark a token inside a known multi-word name.
    internal const int MultiWordParts = 0x7777;

    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        var info = document.Info;
        var tokens = document.Tokens;
        string text = document.Text;

        // Most articles have no name in a Title Case line: then nothing is built.
        bool anyHeadline = false;
        foreach (var c in candidates)
        {
            anyHeadline |= c.First < c.Last && HeadlineLines.IsHeadline(info, c.SegmentFirst, c.SegmentEnd);
        }

        if (!anyHeadline)
        {
            return;
        }

        // Names and mid-sentence capitals of the running text: the evidence headlines cannot give.
        var running = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var capitalizedMid = new HashSet<uint>();
        foreach (var c in candidates)
        {
            if (HeadlineLines.IsHeadline(info, c.SegmentFirst, c.SegmentEnd))
            {
                continue;
            }

            string name = Span(text, tokens, c.First, c.Last);
            if (!running.TryGetValue(name, out var votes))
            {
                votes = new int[3];
                running[name] = votes;
            }

            votes[(int)c.Type]++;
        }

        int segmentStart = -1;
        bool headline = false;
        for (int i = 0; i < info.Length; i++)
        {
            if ((info[i].Flags & NerFeatures.FlagInitial) != 0 || segmentStart < 0)
            {
                segmentStart = i;
                int end = i + 1;
                while (end < info.Length && (info[end].Flags & NerFeatures.FlagInitial) == 0)
                {
                    end++;
                }

                headline = HeadlineLines.IsHeadline(info, i, end);
            }

            if (!headline && (info[i].Flags & (NerFeatures.FlagCapitalized | NerFeatures.FlagInitial)) == NerFeatures.FlagCapitalized)
            {
                capitalizedMid.Add(info[i].Lower);
            }
        }

        for (int k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            if (c.First == c.Last || !HeadlineLines.IsHeadline(info, c.SegmentFirst, c.SegmentEnd))
            {
                continue;
            }

            // How far each edge may move: over words that are not name-like.
            // A person name keeps its front, where first names are often common words ("Mark", "Bill",
            // "Grant"), except a participle that opens a heading ("Snubbing Macron").
            int maxFirst = c.First, minLast = c.Last;
            while (maxFirst < c.Last && IsTrimmable(info[maxFirst], capitalizedMid) && (c.Type != MentionType.Person || tokens[maxFirst].GetText(text).EndsWith("ing", StringComparison.Ordinal)))
            {
                maxFirst++;
            }

            while (minLast > c.First && IsTrimmable(info[minLast], capitalizedMid))
            {
                minLast--;
            }

            int first = -1, last = -1;
            var type = c.Type;
            for (int f = c.First; f <= maxFirst && first < 0; f++)
            {
                for (int l = c.Last; l >= Math.Max(f, minLast); l--)
                {
                    // A person name loses its end only to a full name (two words or more) of the running text.
                    if ((f != c.First || l != c.Last) && (c.Type != MentionType.Person || l > f || f > c.First) && running.TryGetValue(Span(text, tokens, f, l), out var votes))
                    {
                        first = f;
                        last = l;
                        type = Majority(votes);
                        break;
                    }
                }
            }

            if (first < 0 && c.Type == MentionType.Person)
            {
                continue;
            }

            if (first < 0)
            {
                first = c.First;
                last = c.Last;
                while (last > first && IsTrimmable(info[last], capitalizedMid) && info[last].Lexicon is LexiconClass.Lower or LexiconClass.MostlyLower)
                {
                    last--;
                }

                while (first < last && IsTrimmable(info[first], capitalizedMid) && info[first].Lexicon is LexiconClass.Lower or LexiconClass.MostlyLower)
                {
                    first++;
                }
            }

            if (first != c.First || last != c.Last)
            {
                candidates[k] = c with { Type = type, First = first, Last = last };
            }
        }
    }

    /// <summary>The type most running-text mentions of the name have; ties go to person, then place.</summary>
    private static MentionType Majority(int[] votes)
    {
        int person = votes[(int)MentionType.Person], place = votes[(int)MentionType.Place], organization = votes[(int)MentionType.Organization];
        return person >= place && person >= organization ? MentionType.Person : place >= organization ? MentionType.Place : MentionType.Organization;
    }

    private static bool IsTrimmable(in NerTokenInfo t, HashSet<uint> capitalizedMid)
        => t.Lexicon is LexiconClass.Lower or LexiconClass.MostlyLower or LexiconClass.Unknown
            && (t.Gazetteer & MultiWordParts) == 0 && (t.Flags & (NerFeatures.FlagHasLetter | NerFeatures.FlagAllCaps)) == NerFeatures.FlagHasLetter
            && !capitalizedMid.Contains(t.Lower);

    private static string Span(string text, ReadOnlySpan<Tokenization.TextToken> tokens, int first, int last)
        => text[tokens[first].Start..tokens[last].End];
}
