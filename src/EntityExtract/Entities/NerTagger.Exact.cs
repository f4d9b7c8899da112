using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities;

// Exact decoding of a pass (NerModel.ExactDecoding), beside the greedy decoder of NerTagger.cs.
internal static partial class NerTagger
{
    /// <summary>The exact decoder's labels and the start before the first token; its states are pairs of them.</summary>
    internal const int States = NerLabels.Start + 1;

    /// <summary>The number of (label, previous label) states: <c>l * States + p</c>.</summary>
    internal const int Pairs = States * States;

    // The exact decoder's own layout of a token's states and back-pointers: <c>p * RowStride + l</c> (label l, p
    // before), so that the sixteen labels after one previous label are one run of vector stores.
    private const int DecodeStride = States * NerModel.RowStride;

    // The longest document whose exact decoding keeps the first pass's previous-label rows for the second (6.8 MB).
    private const int KeptRowsTokens = 8192;

    // The exact decoder's passes over a document (TagPasses, for a model with ExactDecoding), with its buffers.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TagExact(NerModel model, ReadOnlySpan<TextSegment> sentences, Span<NerTokenInfo> info, Span<byte> labels, int[] staticScores, Span<uint> features, Span<int> scores, int longest, bool disjoint, Span<int> margins, Span<int> rivals, CancellationToken cancellationToken)
    {
        // The exact decoder's back-pointers: one byte per label pair (in its layout, 16 labels a previous label) and token of the longest sentence.
        bool keepRows = disjoint && info.Length <= KeptRowsTokens;

        // And its previous-label-by-word rows, 13 per token (DecodeExact): the first pass's kept for the second where
        // the sentences do not overlap and the document is not huge (832 bytes a token), else one sentence's; with a
        // bit set per token of which of them are scored (marks), and a sentence's shared and future rows (shared).
        byte[] back = System.Buffers.ArrayPool<byte>.Shared.Rent(longest * DecodeStride);
        // A companion's rows (NerModel.Companion) follow in the same array.
        int rowsTokens = keepRows ? info.Length : longest;
        int rowsLength = rowsTokens * NerLabels.Count * NerModel.RowStride;
        int[] previousRows = System.Buffers.ArrayPool<int>.Shared.Rent(model.Companion is null ? rowsLength : 2 * rowsLength);
        int[] shared = System.Buffers.ArrayPool<int>.Shared.Rent(2 * longest * NerModel.RowStride);
        uint[] marks = System.Buffers.ArrayPool<uint>.Shared.Rent(rowsTokens);
        try
        {
            TagPasses(model, sentences, info, labels, staticScores, features, scores, back, previousRows, rowsLength, keepRows, shared.AsSpan(0, 2 * longest * NerModel.RowStride), marks.AsSpan(0, rowsTokens), margins, rivals, cancellationToken);
        }
        finally
        {
            System.Buffers.ArrayPool<uint>.Shared.Return(marks);
            System.Buffers.ArrayPool<int>.Shared.Return(shared);
            System.Buffers.ArrayPool<int>.Shared.Return(previousRows);
            System.Buffers.ArrayPool<byte>.Shared.Return(back);
        }
    }

    // The exact decoder's passes (DecodeExact). marks: the bit sets of scored previous-label rows (one per token of
    // previousRows); shared: a sentence's shared rows, then its future rows (ExactBuffers).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TagPasses(NerModel model, ReadOnlySpan<TextSegment> sentences, Span<NerTokenInfo> info, Span<byte> labels, int[] staticScores, Span<uint> features, Span<int> scores, Span<byte> back, Span<int> previousRows, int companionRowsAt, bool keepRows, Span<int> shared, Span<uint> marks, Span<int> margins, Span<int> rivals, CancellationToken cancellationToken)
    {
        int half = shared.Length / 2;
        for (int pass = 0; pass < 2; pass++)
        {
            if (pass == 1)
            {
                SetDocumentFeatures(info, labels);
            }

            foreach (var sentence in sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (sentence.TokenCount <= 0 || sentence.EndToken > info.Length)
                {
                    continue;
                }

                var s = info.Slice(sentence.FirstToken, sentence.TokenCount);
                int rowsToken = keepRows ? sentence.FirstToken : 0;
                int rowsAt = rowsToken * NerLabels.Count * NerModel.RowStride, rowsLength = sentence.TokenCount * NerLabels.Count * NerModel.RowStride;
                var buffers = new ExactBuffers(
                    previousRows.Slice(rowsAt, rowsLength),
                    marks.Slice(rowsToken, sentence.TokenCount),
                    shared[..(sentence.TokenCount * NerModel.RowStride)],
                    shared.Slice(half, sentence.TokenCount * NerModel.RowStride));
                var companion = model.Companion is null ? default : new CompanionParts(
                    staticScores.AsSpan((info.Length + sentence.FirstToken) * NerModel.RowStride, sentence.TokenCount * NerModel.RowStride),
                    previousRows.Slice(companionRowsAt + rowsAt, rowsLength));
                DecodeExact(
                    model,
                    s,
                    labels.Slice(sentence.FirstToken, sentence.TokenCount),
                    staticScores.AsSpan(sentence.FirstToken * NerModel.RowStride, sentence.TokenCount * NerModel.RowStride),
                    buffers,
                    companion,
                    keepRows && pass == 1,
                    features,
                    scores,
                    back,
                    pass == 1 && !margins.IsEmpty ? margins.Slice(sentence.FirstToken, sentence.TokenCount) : default,
                    pass == 1 && !rivals.IsEmpty ? rivals.Slice(2 * sentence.FirstToken, 2 * sentence.TokenCount) : default);
            }
        }
    }

    /// <summary>
    /// Exact decoding of one pass, for a model trained with the same decoder (<see cref="NerModel.ExactDecoding"/>):
    /// a token's score reads the previous label (the history and previous-label-by-word features) and the one
    /// before it (the history), so the states are label pairs, <c>delta[l * States + p]</c> the best path with
    /// label l here and p before, and only BILOU-allowed transitions are expanded: linear in the tokens. Margins
    /// and rivals are the chosen path's local scores, as greedy decoding writes them. A greedily trained model must
    /// not be decoded this way: its weights are right only along greedy paths (docs/entities.md, "Decoders other
    /// than greedy").
    /// </summary>
    /// <remarks>
    /// What it costs (issue 14, docs/performance.md "Exact entity decoding"): a token's scores are summed once from
    /// the parts that do not read the previous label (the static rows, scored once per document, and the document
    /// rows: ScoreShared), and only the previous-label rows once per live previous label; the rows of the previous
    /// label crossed with the words (<see cref="NerFeatures.ComputePreviousWord"/>) read no document field, so the
    /// first pass keeps them, 13 slots a token (the previous labels, Start in the slot of O at the first token, where
    /// it is the only one), and the second pass reads them back instead of the weight table where it reaches the same
    /// previous labels.
    /// Pruned (docs/performance.md "Exact entity decoding, pruned"): after each token, a label whose best path so far
    /// plus an estimate of what the rest of the sentence can add after it (Future: the shared scores and the highest
    /// history rows, not the previous-label-by-word rows) falls more than <see cref="NerModel.ExactMargin"/> below the
    /// best such sum is dropped, so its previous-label rows at the next token are never read. On the structured model
    /// about 1.1 previous labels a token stay live instead of 12; no label changed on all BBC articles and the suite
    /// sets at the default margin. <see cref="int.MaxValue"/> as the margin: the plain second-order Viterbi.
    /// The best predecessor of each (label, previous label) state is the best over the label before of the path
    /// score plus the history row, the token's own scores being the same for every label before: one vector
    /// maximum over 16 labels per pair, first of equals as before (over the four lanes of its type alone after B or
    /// I). The states are laid out by previous label (<c>p * 16 + l</c>), so that the 16 labels after one previous
    /// label are stored as vectors, and only the live ones (the bit sets) are ever read: nothing is cleared per token.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DecodeExact(NerModel model, ReadOnlySpan<NerTokenInfo> s, Span<byte> labels, ReadOnlySpan<int> staticScores, ExactBuffers buffers, CompanionParts companionParts, bool rowsReady, Span<uint> features, Span<int> scores, Span<byte> back, Span<int> margins, Span<int> rivals)
    {
        if (!rowsReady)
        {
            buffers.Scored.Clear();
        }

        ScoreShared(model, s, staticScores, buffers.Shared, features);
        Viterbi(model, s, labels, buffers, companionParts, features, scores, back);
        if (margins.IsEmpty && rivals.IsEmpty)
        {
            return;
        }

        int prev = NerLabels.Start, prev2 = NerLabels.Start;
        for (int i = 0; i < s.Length; i++)
        {
            var row = buffers.PreviousRows.Slice(((i * NerLabels.Count) + RowSlot(prev)) * NerModel.RowStride, NerModel.RowStride);
            AddTo(buffers.Shared.Slice(i * NerModel.RowStride, NerModel.RowStride), model.HistoryScores(prev, prev2), scores);
            AddTo(scores, row, scores);
            NerFeatures.Score(model, features[..NerFeatures.ComputePreviousDocument(s, i, prev, features)], scores);
            LocalMargins(scores, prev, i == s.Length - 1, labels[i], i, margins, rivals);
            prev2 = prev;
            prev = labels[i];
        }
    }

    // The second-order Viterbi of a sentence whose shared rows are scored (ScoreShared), into labels; pruned by the
    // model's ExactMargin (Prune) unless it has a companion.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Viterbi(NerModel model, ReadOnlySpan<NerTokenInfo> s, Span<byte> labels, ExactBuffers buffers, CompanionParts companionParts, Span<uint> features, Span<int> scores, Span<byte> back)
    {
        Span<long> before = stackalloc long[DecodeStride];
        Span<long> here = stackalloc long[DecodeStride];
        Span<uint> live = stackalloc uint[States];
        Span<uint> next = stackalloc uint[States];
        Span<long> best = stackalloc long[NerLabels.Count];
        before[(NerLabels.Start * NerModel.RowStride) + NerLabels.Start] = 0;
        live.Clear();
        live[NerLabels.Start] = 1u << NerLabels.Start;
        uint liveLabels = 1u << NerLabels.Start;
        var companion = model.Companion;

        // The companion's terms read every allowed label of every history: not pruned.
        bool prune = companion is null && model.ExactMargin != int.MaxValue;
        if (prune)
        {
            Future(model, s.Length, buffers.Shared, buffers.Future);
        }

        Span<int> companionShared = stackalloc int[NerModel.RowStride];
        Span<int> companionOwn = stackalloc int[NerModel.RowStride];
        Span<int> extra = companion is null ? default : stackalloc int[States * NerModel.RowStride];
        for (int i = 0; i < s.Length; i++)
        {
            bool last = i == s.Length - 1;
            next.Clear();

            // The parts of the scores that do not read the previous label, once per token (ScoreShared).
            var step = back.Slice(i * DecodeStride, DecodeStride);
            var shared = buffers.Shared.Slice(i * NerModel.RowStride, NerModel.RowStride);
            var rows = buffers.PreviousRows.Slice(i * NerLabels.Count * NerModel.RowStride, NerLabels.Count * NerModel.RowStride);
            ScoreRows(model, s, i, liveLabels, buffers.Scored, rows, features, companion is null ? default : companionParts.Rows.Slice(i * NerLabels.Count * NerModel.RowStride, NerLabels.Count * NerModel.RowStride));
            if (companion is not null)
            {
                companionParts.Static.Slice(i * NerModel.RowStride, NerModel.RowStride).CopyTo(companionShared);
                NerFeatures.Score(companion, features[..NerFeatures.ComputeDocument(s, i, features)], companionShared);
            }

            uint reached = 0;
            for (uint ps = liveLabels; ps != 0; ps &= ps - 1)
            {
                int p = System.Numerics.BitOperations.TrailingZeroCount(ps);
                uint allowed = NerLabels.AllowedAfter(p, last);
                if (allowed == 0)
                {
                    continue;
                }

                AddTo(shared, rows.Slice(RowSlot(p) * NerModel.RowStride, NerModel.RowStride), scores);
                NerFeatures.Score(model, features[..NerFeatures.ComputePreviousDocument(s, i, p, features)], scores);
                // The history rows of the labels q before p: the model's own (HistoryScores(p, q), States rows apart), or
                // with a companion those plus its terms, one row per q in extra.
                scoped ref int histories = ref MemoryMarshal.GetReference(model.HistoryScores(p, 0));
                int stride = States * NerModel.RowStride;
                if (companion is not null)
                {
                    var companionRow = companionParts.Rows.Slice(((i * NerLabels.Count) + RowSlot(p)) * NerModel.RowStride, NerModel.RowStride);
                    CompanionTerms(model, companion, s, i, p, live[p], allowed, companionShared, companionRow, companionOwn, features, extra);
                    histories = ref MemoryMarshal.GetReference(extra);
                    stride = NerModel.RowStride;
                }

                int quarter = System.Numerics.BitOperations.TrailingZeroCount(allowed | 0x10000) >> 2;
                if ((live[p] & (live[p] - 1)) == 0)
                {
                    // One label before p (the common case once pruned): no maximum to take.
                    Extend(ref histories, stride, before, p, live[p], scores, here, step);
                }
                else if (allowed >> (4 * quarter) <= 0xF)
                {
                    // After B or I of a type only its I and L may follow, four lanes of the sixteen.
                    BestBeforeQuarter(ref histories, stride, before, p, live[p], quarter, scores, here, step);
                }
                else
                {
                    BestBefore(ref histories, stride, before, p, live[p], scores, here, step);
                }

                // Every lane was written; only the allowed ones are live, the others are never read.
                reached |= allowed;
                for (uint a = allowed; a != 0; a &= a - 1)
                {
                    next[System.Numerics.BitOperations.TrailingZeroCount(a)] |= 1u << p;
                }
            }

            if (prune && !last)
            {
                reached = Prune(here, next, reached, model.ExactMargin, buffers.Future.Slice(i * NerModel.RowStride, NerModel.RowStride), best);
            }

            var swap = before;
            before = here;
            here = swap;
            next.CopyTo(live);
            liveLabels = reached;
        }

        BacktraceLive(before, live, back, labels[..s.Length]);
    }

    // The scores of every token that do not read the previous label (static and document rows), into shared.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScoreShared(NerModel model, ReadOnlySpan<NerTokenInfo> s, ReadOnlySpan<int> staticScores, Span<int> shared, Span<uint> features)
    {
        for (int i = 0; i < s.Length; i++)
        {
            var row = shared.Slice(i * NerModel.RowStride, NerModel.RowStride);
            staticScores.Slice(i * NerModel.RowStride, NerModel.RowStride).CopyTo(row);
            NerFeatures.Score(model, features[..NerFeatures.ComputeDocument(s, i, features)], row);
        }
    }

    // The previous-label-by-word rows of token i for the live previous labels (bits of liveLabels) not scored yet (bits
    // of scored[i]), in one loop, so that their weight-table reads are in flight together.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ScoreRows(NerModel model, ReadOnlySpan<NerTokenInfo> s, int i, uint liveLabels, Span<uint> scored, Span<int> rows, Span<uint> features, Span<int> companionRows)
    {
        uint missing = liveLabels & ~scored[i];
        scored[i] |= missing;
        var companion = model.Companion;
        for (; missing != 0; missing &= missing - 1)
        {
            int p = System.Numerics.BitOperations.TrailingZeroCount(missing);
            var row = rows.Slice(RowSlot(p) * NerModel.RowStride, NerModel.RowStride);
            row.Clear();
            int n = NerFeatures.ComputePreviousWord(s, i, p, features);
            NerFeatures.Score(model, features[..n], row);
            if (companion is not null)
            {
                row = companionRows.Slice(RowSlot(p) * NerModel.RowStride, NerModel.RowStride);
                row.Clear();
                NerFeatures.Score(companion, features[..n], row);
            }
        }
    }

    // The slot of previous label p among a token's 13 previous-label rows: Start (only ever before the first token,
    // where it is the only previous label) shares O's.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int RowSlot(int p) => p == NerLabels.Start ? 0 : p;

    // For previous label p and every label l: the highest before[q * RowStride + p] + history(p, q)[l] over the labels
    // q before it that are live (bits of liveBefore), plus the token's own score of l given p, into
    // here[p * RowStride + l], and the first such q into step[p * RowStride + l], for all 16 labels at once.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void BestBefore(ref int histories, int stride, ReadOnlySpan<long> before, int p, uint liveBefore, ReadOnlySpan<int> scores, Span<long> here, Span<byte> step)
    {
        var m0 = Vector256.Create(long.MinValue);
        var m1 = m0;
        var m2 = m0;
        var m3 = m0;
        var a0 = Vector256<long>.Zero;
        var a1 = a0;
        var a2 = a0;
        var a3 = a0;
        for (uint qs = liveBefore; qs != 0; qs &= qs - 1)
        {
            int q = System.Numerics.BitOperations.TrailingZeroCount(qs);
            ref int h = ref Unsafe.Add(ref histories, q * stride);
            var score = Vector256.Create(before[(q * NerModel.RowStride) + p]);
            var label = Vector256.Create((long)q);
            var (h0, h1) = Vector256.Widen(Vector256.LoadUnsafe(ref h));
            var (h2, h3) = Vector256.Widen(Vector256.LoadUnsafe(ref h, 8));
            Keep(score + h0, label, ref m0, ref a0);
            Keep(score + h1, label, ref m1, ref a1);
            Keep(score + h2, label, ref m2, ref a2);
            Keep(score + h3, label, ref m3, ref a3);
        }

        ref int own = ref MemoryMarshal.GetReference(scores[..NerModel.RowStride]);
        var (s0, s1) = Vector256.Widen(Vector256.LoadUnsafe(ref own));
        var (s2, s3) = Vector256.Widen(Vector256.LoadUnsafe(ref own, 8));
        ref long b = ref MemoryMarshal.GetReference(here.Slice(p * NerModel.RowStride, NerModel.RowStride));
        (m0 + s0).StoreUnsafe(ref b);
        (m1 + s1).StoreUnsafe(ref b, 4);
        (m2 + s2).StoreUnsafe(ref b, 8);
        (m3 + s3).StoreUnsafe(ref b, 12);
        var origins = Vector256.Narrow(Vector256.Narrow(a0, a1), Vector256.Narrow(a2, a3));
        Vector128.Narrow(origins.GetLower(), origins.GetUpper()).AsByte().StoreUnsafe(ref MemoryMarshal.GetReference(step.Slice(p * NerModel.RowStride, NerModel.RowStride)));
    }

    // BestBefore for a single live label q before p (liveBefore = 1 << q): every lane's best is q's.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Extend(ref int histories, int stride, ReadOnlySpan<long> before, int p, uint liveBefore, ReadOnlySpan<int> scores, Span<long> here, Span<byte> step)
    {
        int q = System.Numerics.BitOperations.TrailingZeroCount(liveBefore);
        ref int h = ref Unsafe.Add(ref histories, q * stride);
        ref int own = ref MemoryMarshal.GetReference(scores[..NerModel.RowStride]);
        var score = Vector256.Create(before[(q * NerModel.RowStride) + p]);
        var (v0, v1) = Vector256.Widen(Vector256.LoadUnsafe(ref h) + Vector256.LoadUnsafe(ref own));
        var (v2, v3) = Vector256.Widen(Vector256.LoadUnsafe(ref h, 8) + Vector256.LoadUnsafe(ref own, 8));
        ref long b = ref MemoryMarshal.GetReference(here.Slice(p * NerModel.RowStride, NerModel.RowStride));
        (score + v0).StoreUnsafe(ref b);
        (score + v1).StoreUnsafe(ref b, 4);
        (score + v2).StoreUnsafe(ref b, 8);
        (score + v3).StoreUnsafe(ref b, 12);
        Vector128.Create((byte)q).StoreUnsafe(ref MemoryMarshal.GetReference(step.Slice(p * NerModel.RowStride, NerModel.RowStride)));
    }

    // BestBefore for the four labels of one quarter of the lanes (4 * quarter to 4 * quarter + 3) alone; the other
    // lanes of here and step are left as they were.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void BestBeforeQuarter(ref int histories, int stride, ReadOnlySpan<long> before, int p, uint liveBefore, int quarter, ReadOnlySpan<int> scores, Span<long> here, Span<byte> step)
    {
        var m = Vector256.Create(long.MinValue);
        var a = Vector256<long>.Zero;
        for (uint qs = liveBefore; qs != 0; qs &= qs - 1)
        {
            int q = System.Numerics.BitOperations.TrailingZeroCount(qs);
            var four = Vector128.LoadUnsafe(ref Unsafe.Add(ref histories, q * stride), (nuint)(4 * quarter));
            Keep(Vector256.Create(before[(q * NerModel.RowStride) + p]) + Vector256.Create(Vector128.WidenLower(four), Vector128.WidenUpper(four)), Vector256.Create((long)q), ref m, ref a);
        }

        var own = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(scores[..NerModel.RowStride]), (nuint)(4 * quarter));
        int at = (p * NerModel.RowStride) + (4 * quarter);
        (m + Vector256.Create(Vector128.WidenLower(own), Vector128.WidenUpper(own))).StoreUnsafe(ref MemoryMarshal.GetReference(here.Slice(at, 4)));
        var target = step.Slice(at, 4);
        target[0] = (byte)a.GetElement(0);
        target[1] = (byte)a.GetElement(1);
        target[2] = (byte)a.GetElement(2);
        target[3] = (byte)a.GetElement(3);
    }

    // The history rows with the companion's terms (NerModel.Companion) for previous label p at token i, one row per
    // live label q before p into extra[q * RowStride + l]: the model's history row of (p, q) plus CompanionWeight
    // sixteenths of the companion's score of l given (p, q) minus its best allowed label's, so nothing for its own
    // choice and less for the others. The
    // regret is clamped at -2^20 (far beyond any score difference a model has) so that the product fits an int.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CompanionTerms(NerModel model, NerModel companion, ReadOnlySpan<NerTokenInfo> s, int i, int p, uint liveBefore, uint allowed, ReadOnlySpan<int> shared, ReadOnlySpan<int> previousRow, Span<int> own, Span<uint> features, Span<int> extra)
    {
        AddTo(shared, previousRow, own);
        NerFeatures.Score(companion, features[..NerFeatures.ComputePreviousDocument(s, i, p, features)], own);
        ref int o = ref MemoryMarshal.GetReference(own[..NerModel.RowStride]);
        var own0 = Vector256.LoadUnsafe(ref o);
        var own1 = Vector256.LoadUnsafe(ref o, 8);
        var lanes = Vector256.Create(1, 2, 4, 8, 16, 32, 64, 128);
        var allowed0 = Vector256.Equals(Vector256.Create((int)allowed) & lanes, lanes);
        var allowed1 = Vector256.Equals(Vector256.Create((int)(allowed >> 8)) & lanes, lanes);
        var lowest = Vector256.Create(int.MinValue);
        var floor = Vector256.Create(-(1 << 20));
        var times = Vector256.Create(model.CompanionWeight);
        for (uint qs = liveBefore; qs != 0; qs &= qs - 1)
        {
            int q = System.Numerics.BitOperations.TrailingZeroCount(qs);
            ref int h = ref MemoryMarshal.GetReference(companion.HistoryScores(p, q));
            var v0 = own0 + Vector256.LoadUnsafe(ref h);
            var v1 = own1 + Vector256.LoadUnsafe(ref h, 8);
            var m = Vector256.Max(Vector256.ConditionalSelect(allowed0, v0, lowest), Vector256.ConditionalSelect(allowed1, v1, lowest));
            var m4 = Vector128.Max(m.GetLower(), m.GetUpper());
            int best = Math.Max(Math.Max(m4.GetElement(0), m4.GetElement(1)), Math.Max(m4.GetElement(2), m4.GetElement(3)));
            var top = Vector256.Create(best);
            ref int mine = ref MemoryMarshal.GetReference(model.HistoryScores(p, q));
            ref int e = ref MemoryMarshal.GetReference(extra.Slice(q * NerModel.RowStride, NerModel.RowStride));
            (Vector256.LoadUnsafe(ref mine) + Vector256.ShiftRightArithmetic(Vector256.Max(v0 - top, floor) * times, 4)).StoreUnsafe(ref e);
            (Vector256.LoadUnsafe(ref mine, 8) + Vector256.ShiftRightArithmetic(Vector256.Max(v1 - top, floor) * times, 4)).StoreUnsafe(ref e, 8);
        }
    }

    /// <summary>The companion's scores of a sentence (<see cref="NerModel.Companion"/>): its static rows and its previous-label-by-word rows, laid out as the model's own.</summary>
    private readonly ref struct CompanionParts(ReadOnlySpan<int> staticScores, Span<int> rows)
    {
        /// <summary>The static rows, one per token.</summary>
        public ReadOnlySpan<int> Static { get; } = staticScores;

        /// <summary>The previous-label-by-word rows, 13 per token.</summary>
        public Span<int> Rows { get; } = rows;
    }

    // The end of DecodeExact in its layout: the best live final state (the first of equals in the order Backtrace
    // takes them: by label, then by the label before), then each token's label back along the back-pointers.
    private static void BacktraceLive(ReadOnlySpan<long> final, ReadOnlySpan<uint> live, ReadOnlySpan<byte> back, Span<byte> labels)
    {
        int label = 0, previous = 0;
        long bestScore = long.MinValue;
        bool found = false;
        for (int l = 0; l < States; l++)
        {
            for (uint ps = live[l]; ps != 0; ps &= ps - 1)
            {
                int p = System.Numerics.BitOperations.TrailingZeroCount(ps);
                long v = final[(p * NerModel.RowStride) + l];
                if (!found || v > bestScore)
                {
                    (label, previous, bestScore, found) = (l, p, v, true);
                }
            }
        }

        for (int i = labels.Length - 1; i >= 0; i--)
        {
            labels[i] = (byte)label;
            int earlier = back[(i * DecodeStride) + (previous * NerModel.RowStride) + label];
            label = previous;
            previous = earlier;
        }
    }

    // Keeps the candidate where it is strictly higher: the first of equals stays, as the scalar loop over q did.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Keep(Vector256<long> candidate, Vector256<long> label, ref Vector256<long> max, ref Vector256<long> arg)
    {
        var higher = Vector256.GreaterThan(candidate, max);
        max = Vector256.ConditionalSelect(higher, candidate, max);
        arg = Vector256.ConditionalSelect(higher, label, arg);
    }

    /// <summary>
    /// The end of exact decoding, shared with the structured trainer (<c>NerPerceptron</c>): the best final state
    /// (the first of equals) in <paramref name="final"/>, then each token's label back along the back-pointers
    /// (<c>back[i * Pairs + l * States + p]</c>: the label before p on the best path with l at token i and p before).
    /// </summary>
    internal static void Backtrace<T>(ReadOnlySpan<T> final, ReadOnlySpan<byte> back, Span<byte> labels)
        where T : INumber<T>
    {
        int end = 0;
        for (int k = 1; k < Pairs; k++)
        {
            if (final[k] > final[end])
            {
                end = k;
            }
        }

        int label = end / States, previous = end % States;
        for (int i = labels.Length - 1; i >= 0; i--)
        {
            labels[i] = (byte)label;
            int earlier = back[(i * Pairs) + (label * States) + previous];
            label = previous;
            previous = earlier;
        }
    }

    // The margin and rivals of position i (see Tag), from its local scores given the previous label.
    private static void LocalMargins(ReadOnlySpan<int> scores, int prev, bool last, int best, int i, Span<int> margins, Span<int> rivals)
    {
        if (!margins.IsEmpty)
        {
            margins[i] = Margin(scores, prev, last, best);
        }

        if (!rivals.IsEmpty)
        {
            uint allowed = NerLabels.AllowedAfter(prev, last);
            rivals[2 * i] = MarginOver(scores, best, allowed & 1u);
            uint otherType = 0;
            for (uint a = allowed & ~1u; a != 0; a &= a - 1)
            {
                int l = System.Numerics.BitOperations.TrailingZeroCount(a);
                otherType |= NerLabels.TypeOf(l) != NerLabels.TypeOf(best) ? 1u << l : 0;
            }

            rivals[(2 * i) + 1] = MarginOver(scores, best, otherType);
        }
    }
}
