using System.Runtime.CompilerServices;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities;

/// <summary>The tagger's document-level token facts: runs of capitalized words, gazetteer matches, case flags.</summary>
internal static partial class NerTagger
{
    /// <summary>
    /// Marks runs of capitalized words in running text ("Douglas &amp; Lomason Inc", "Bank of England"):
    /// every token learns the run's first and last word and its own position, so that a company suffix or a
    /// first name at one end informs the whole phrase.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MarkNameRuns(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, Span<NerTokenInfo> s)
    {
        int k = 0;
        while (k < s.Length)
        {
            if ((s[k].Flags & NerFeatures.FlagCapitalized) == 0)
            {
                k++;
                continue;
            }

            int end = k;
            while (end + 1 < s.Length)
            {
                if ((s[end + 1].Flags & NerFeatures.FlagCapitalized) != 0)
                {
                    end++;
                }
                else if (end + 2 < s.Length && (s[end + 2].Flags & NerFeatures.FlagCapitalized) != 0 && tokens[end + 1].GetText(text) is "&" or "of" or "de" or "van" or "von" or "al" or "bin" or "du" or "la" or "der" or "y")
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            int length = end - k + 1;
            for (int j = k; j <= end; j++)
            {
                int position = length == 1 ? 3 : j == k ? 0 : j == end ? 2 : 1;
                s[j].RunFirst = s[k].Word;
                s[j].RunLast = s[end].Word;
                s[j].RunShape = (byte)((Math.Min(length, 5) * 4) + position);
            }

            k = end + 1;
        }
    }

    /// <summary>
    /// A hashtag that runs the words of a known name together ("#MichaelBrown") gets the name's gazetteer kinds
    /// as a one-token match.
    /// </summary>
    private static void DescribeHashtagName(NerModel model, ReadOnlySpan<char> body, ref NerTokenInfo info)
    {
        byte kinds = Typing.Hashtags.KnownName(model, body);
        for (int type = 0; type < NerModel.GazetteerKinds; type++)
        {
            if ((kinds & (1 << type)) != 0)
            {
                info.Gazetteer |= (ushort)(1 << ((type * 4) + NerLabels.Unit));
            }
        }
    }

    /// <summary>Marks every token covered by a gazetteer phrase that starts with a capitalized word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MatchGazetteer(NerModel model, Span<NerTokenInfo> s)
    {
        var gazetteer = model.GazetteerTable;
        var filter = model.GazetteerFilter;
        if (model.GazetteerTable.Count == 0)
        {
            return;
        }

        int maxLength = model.MaxPhraseTokens;
        for (int start = 0; start < s.Length; start++)
        {
            if ((s[start].Flags & NerFeatures.FlagCapitalized) == 0 && s[start].Mode != 3)
            {
                continue;
            }

            ulong h = NerHash.EmptySequence;
            for (int end = start; end < s.Length && end - start < maxLength; end++)
            {
                h = NerHash.Extend(h, s[end].Word);
                if (!filter.MayContain(h) || !gazetteer.TryGetValue(h, out byte types))
                {
                    continue;
                }

                for (int type = 0; type < NerModel.GazetteerKinds; type++)
                {
                    if ((types & (1 << type)) == 0)
                    {
                        continue;
                    }

                    if (end == start)
                    {
                        s[start].Gazetteer |= (ushort)(1 << ((type * 4) + NerLabels.Unit));
                        continue;
                    }

                    s[start].Gazetteer |= (ushort)(1 << ((type * 4) + NerLabels.Begin));
                    for (int k = start + 1; k < end; k++)
                    {
                        s[k].Gazetteer |= (ushort)(1 << ((type * 4) + NerLabels.Inside));
                    }

                    s[end].Gazetteer |= (ushort)(1 << ((type * 4) + NerLabels.Last));
                }
            }
        }
    }

    /// <summary>
    /// Document case evidence that needs no labels: whether the word also appears in lower case, or
    /// capitalized in the middle of a running-text sentence, somewhere else in the document.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddDocumentCaseFlags(Span<NerTokenInfo> info)
    {
        var ids = new NerWordIds(info.Length);
        long[] seen = System.Buffers.ArrayPool<long>.Shared.Rent(Math.Max(1, info.Length));
        try
        {
            CountCases(info, ref ids, seen);
        }
        finally
        {
            System.Buffers.ArrayPool<long>.Shared.Return(seen);
            ids.Dispose();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CountCases(Span<NerTokenInfo> info, ref NerWordIds ids, long[] seen)
    {
        seen.AsSpan(0, Math.Max(1, info.Length)).Clear();
        for (int i = 0; i < info.Length; i++)
        {
            ref readonly var t = ref info[i];
            if ((t.Flags & NerFeatures.FlagHasLetter) == 0)
            {
                continue;
            }

            // A lower-case sentence says nothing about how the word is written (case mode 3).
            int bits = t.Mode == 3 ? 0 : (t.Flags & NerFeatures.FlagCapitalized) == 0 ? 1 : t.Mode == 0 && (t.Flags & NerFeatures.FlagInitial) == 0 ? 2 : 0;
            if (bits == 0)
            {
                continue;
            }

            seen[ids.GetOrAdd(t.Lower)] += bits == 1 ? 1L : 1L << 32;
        }

        for (int i = 0; i < info.Length; i++)
        {
            ref var t = ref info[i];
            int id = (t.Flags & NerFeatures.FlagHasLetter) == 0 ? -1 : ids.Find(t.Lower);
            if (id < 0)
            {
                continue;
            }

            long packed = seen[id];

            long lower = packed & 0xFFFF_FFFFL, capitalMid = packed >> 32;
            if (t.Mode != 3 && (t.Flags & NerFeatures.FlagCapitalized) == 0)
            {
                lower--; // itself, when it was counted above
            }
            else if (t.Mode == 0 && (t.Flags & NerFeatures.FlagInitial) == 0)
            {
                capitalMid--;
            }

            if (lower > 0)
            {
                t.Flags |= NerFeatures.FlagDocLower;
            }

            if (capitalMid > 0)
            {
                t.Flags |= NerFeatures.FlagDocCapitalizedMid;
            }
        }
    }
}
