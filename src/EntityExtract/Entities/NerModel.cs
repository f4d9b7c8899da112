using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EntityExtract.Entities;

/// <summary>
/// The trained recognizer: hashed perceptron weights (quantized to 16 bits), the "usually lower case"
/// lexicon and the phrase gazetteer, all learnt by <c>train-ner</c>. Immutable after loading and so safe to
/// share between threads.
/// </summary>
/// <remarks>
/// File layout (little endian): the magic <c>EXNR</c>, a format version (int32), the length of the payload
/// (int32), an FNV-1a 64 checksum of the payload (uint64), then the Deflate-compressed payload. A file that
/// fails any check raises <see cref="ModelFormatException"/>; it is never half-loaded. The payload holds the
/// hash bits and the label count (int32 each), the weights, then the lexicon, the longest phrase, the gazetteer
/// and the word classes as counted lists of key and value sorted by key. Format 4 stores every weight row;
/// format 5 stores a bitmap of the rows that hold a non-zero weight (int32 count, then one bit per row) and only
/// those rows: about 15% of them, so loading inflates 4 MB instead of 26 (issue 14). Format 6 is format 5 with
/// one more int32 after the word classes, a bit set of how the weights were trained: bit 0 the decoder (0 greedy, 1
/// exact: see <see cref="ExactDecoding"/>), bit 1 the word keys (<see cref="CaseKeyedWords"/>); a greedy model with
/// lower-case word keys is still written as format 5, so its file does not change. All three are read.
/// </remarks>
internal sealed class NerModel
{
    /// <summary>The resource name of the model that ships in the package.</summary>
    public const string ResourceName = "EntityExtract.Resources.ner.model";

    /// <summary>The newest format version this code writes (format 5 for a greedy lower-case model, 6 for an exact or case-keyed one).</summary>
    public const int FormatVersion = 6;

    // The format a greedy model with lower-case word keys is written in: format 6 adds only how it was trained.
    private const int GreedyFormatVersion = 5;

    // The bits of format 6's training int32: exact decoding, case-keyed words.
    private const int ExactBit = 1, CaseKeyedBit = 2;

    /// <summary>The oldest format version this code still reads (every weight row stored, zero or not).</summary>
    public const int OldestFormatVersion = 4;

    /// <summary>
    /// Gazetteer value bits 0-2 are the labelled types (person, place, organization) a phrase was seen with;
    /// bit 3 marks a name from the world place list (GeoNames cities, countries, capitals). Format 4 added it.
    /// </summary>
    public const byte PlaceListBit = 8;

    /// <summary>The number of gazetteer kinds: the three labelled types and the place list.</summary>
    public const int GazetteerKinds = 4;

    private static readonly byte[] Magic = "EXNR"u8.ToArray();

    private static NerModel? overrideDefault;

    private static readonly Lazy<NerModel> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    // The dictionaries are what training and the tools work with; the tagger reads only the tables. A model read
    // from a file builds them on first use from its tables, so that loading does not fill both (issue 14).
    private readonly Lazy<Dictionary<uint, byte>> _lexicon;
    private readonly Lazy<Dictionary<ulong, byte>> _gazetteer;
    private readonly Lazy<Dictionary<uint, ushort>> _clusters;
    private readonly int[] _history;
    private readonly int[] _historyBound;

    /// <summary>Creates a model from its parts.</summary>
    public NerModel(int bits, short[] weights, Dictionary<uint, byte> lexicon, Dictionary<ulong, byte> gazetteer, int maxPhraseTokens, Dictionary<uint, ushort> clusters)
        : this(
            Pack(bits, weights),
            new NerTable<byte>(lexicon.Select(static p => KeyValuePair.Create((ulong)p.Key, p.Value)).ToArray()),
            new NerTable<byte>(gazetteer.ToArray()),
            maxPhraseTokens,
            new NerTable<ushort>(clusters.Select(static p => KeyValuePair.Create((ulong)p.Key, p.Value)).ToArray()))
    {
        _lexicon = new(() => lexicon);
        _gazetteer = new(() => gazetteer);
        _clusters = new(() => clusters);
    }

    // From the packed table itself: Read fills it straight from the file, so that loading never holds the full
    // 2^bits-row table (issue 14).
    private NerModel(NerWeightTable table, NerTable<byte> lexicon, NerTable<byte> gazetteer, int maxPhraseTokens, NerTable<ushort> clusters)
    {
        Bits = table.Bits;
        Mask = table.Mask;
        WeightTable = table;
        _history = ScoreHistories(table);
        _historyBound = BoundHistories(_history);
        MaxPhraseTokens = Math.Clamp(maxPhraseTokens, 1, 16);
        LexiconTable = lexicon;
        ClusterTable = clusters;
        GazetteerTable = gazetteer;
        WordTable = new NerWordTable(lexicon, clusters);
        GazetteerFilter = new NerKeyFilter(gazetteer);
        // In key order, as the file lists them: the dictionaries enumerate as they did when Read filled them.
        _lexicon = new(() => lexicon.Pairs().ToDictionary(static p => (uint)p.Key, static p => p.Value));
        _gazetteer = new(() => gazetteer.Pairs().ToDictionary(static p => p.Key, static p => p.Value));
        _clusters = new(() => clusters.Pairs().ToDictionary(static p => (uint)p.Key, static p => p.Value));
    }

    // A copy that shares every table, decodes as <paramref name="exact"/> says and reads words as
    // <paramref name="caseKeyed"/> says.
    private NerModel(NerModel other, bool exact, bool caseKeyed, NerModel? companion = null, int companionWeight = 0)
    {
        Companion = companion;
        CompanionWeight = companionWeight;
        Bits = other.Bits;
        Mask = other.Mask;
        WeightTable = other.WeightTable;
        _history = other._history;
        _historyBound = other._historyBound;
        MaxPhraseTokens = other.MaxPhraseTokens;
        LexiconTable = other.LexiconTable;
        ClusterTable = other.ClusterTable;
        GazetteerTable = other.GazetteerTable;
        WordTable = other.WordTable;
        GazetteerFilter = other.GazetteerFilter;
        _lexicon = other._lexicon;
        _gazetteer = other._gazetteer;
        _clusters = other._clusters;
        ExactDecoding = exact;
        CaseKeyedWords = caseKeyed;
        ExactMargin = other.ExactMargin;
    }

    /// <summary>
    /// Whether the tagger decodes each pass exactly (second-order Viterbi) instead of greedily: right only for a
    /// model trained with the same decoder (<c>train-ner --structured</c>). Stored in the model file (format 6), so a
    /// model decodes as it was trained; the developer tools can also set it (<c>--exact</c>).
    /// </summary>
    public bool ExactDecoding { get; }

    /// <summary>This model, decoded exactly or greedily (see <see cref="ExactDecoding"/>).</summary>
    /// <param name="exact">Whether to decode exactly.</param>
    public NerModel WithExactDecoding(bool exact) => exact == ExactDecoding ? this : new NerModel(this, exact, CaseKeyedWords, Companion, CompanionWeight);

    /// <summary>
    /// How far below the best label at a token exact decoding keeps a label (<see cref="ExactDecoding"/>; in score
    /// units): the best path to it plus an estimate of the rest of the sentence after it, against the best such sum;
    /// a label further below is dropped before the next token's previous-label features are read for it
    /// (NerTagger.DecodeExact, docs/performance.md "Exact entity decoding, pruned"). <see cref="int.MaxValue"/>: none
    /// dropped, the plain second-order Viterbi. Not pruned with a <see cref="Companion"/>.
    /// </summary>
    public int ExactMargin { get; private init; } = DefaultExactMargin;

    /// <summary>The <see cref="ExactMargin"/> of a loaded model, chosen on all BBC articles and the suite sets (docs/performance.md).</summary>
    public const int DefaultExactMargin = 60_000;

    /// <summary>This model, pruning exact decoding's labels by <paramref name="margin"/> (see <see cref="ExactMargin"/>).</summary>
    /// <param name="margin">The margin, at least 0; <see cref="int.MaxValue"/> for none.</param>
    public NerModel WithExactMargin(int margin)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(margin);
        return margin == ExactMargin ? this : new NerModel(this, ExactDecoding, CaseKeyedWords, Companion, CompanionWeight) { ExactMargin = margin };
    }

    /// <summary>
    /// A greedily trained model whose own evidence exact decoding adds to every path (<see cref="CompanionWeight"/>):
    /// for each token, label and label history, the companion's score of the label minus its best allowed label's
    /// score given that history, 0 for the label greedy decoding would choose there and negative otherwise, so that
    /// a label the companion finds clearly worse for the token cannot be bought by its neighbours' history features
    /// (docs/entities.md). It must read the same token facts: the same word keys, lexicon, gazetteer and classes.
    /// </summary>
    public NerModel? Companion { get; }

    /// <summary>The weight of <see cref="Companion"/>'s normalised scores, in sixteenths (16: added as they are; at most <see cref="MaxCompanionWeight"/>).</summary>
    public int CompanionWeight { get; }

    /// <summary>This model with <paramref name="companion"/> weighted by <paramref name="weight"/> sixteenths (see <see cref="Companion"/>).</summary>
    /// <param name="companion">A greedily trained model with the same word keys, lexicon, gazetteer and word classes, or null for none.</param>
    /// <param name="weight">Its weight in sixteenths, 0 to 1024.</param>
    public NerModel WithCompanion(NerModel? companion, int weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(weight);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weight, MaxCompanionWeight);
        return new(this, ExactDecoding, CaseKeyedWords, companion, companion is null ? 0 : weight);
    }

    /// <summary>The largest <see cref="CompanionWeight"/>: 64 times the companion's scores, so that a clamped regret times it fits in an int.</summary>
    public const int MaxCompanionWeight = 1024;

    /// <summary>
    /// Whether the word features and the gazetteer read a word in capitals apart from the same letters in lower or
    /// title case (<see cref="NerHash.Word"/>, <see cref="NerTokenInfo.Word"/>: the acronym "UN" is not the name "Un"
    /// of "Kim Jong Un"), instead of every word through its lower-case form. Set by <c>train-ner --case-keys 1</c>
    /// and stored in the model file (format 6), since the gazetteer's keys and the weights were built that way.
    /// </summary>
    public bool CaseKeyedWords { get; }

    /// <summary>This model, reading words as <paramref name="caseKeyed"/> says (see <see cref="CaseKeyedWords"/>).</summary>
    /// <param name="caseKeyed">Whether a word in capitals has keys of its own.</param>
    public NerModel WithCaseKeyedWords(bool caseKeyed) => caseKeyed == CaseKeyedWords ? this : new NerModel(this, ExactDecoding, caseKeyed, Companion, CompanionWeight);

    /// <summary>The gazetteer key of one word as this model reads it (see <see cref="CaseKeyedWords"/>).</summary>
    /// <param name="word">The word as written.</param>
    public uint WordHash(ReadOnlySpan<char> word) => CaseKeyedWords ? NerHash.Word(word) : NerHash.Lower(word);

    private static NerWeightTable Pack(int bits, short[] weights)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 26);
        if (weights.Length != (1 << bits) * NerLabels.Count)
        {
            throw new ArgumentException("The weight table does not match the number of hash bits.", nameof(weights));
        }

        var builder = new NerWeightTable.Builder(bits, 1 << 12);
        for (int row = 0; row < 1 << bits; row++)
        {
            builder.Add(row, weights.AsSpan(row * NerLabels.Count, NerLabels.Count));
        }

        return builder.Build();
    }

    /// <summary>The model embedded in the package, loaded on first use.</summary>
    /// <exception cref="ModelFormatException">The embedded model is missing or corrupt.</exception>
    public static NerModel Default => Volatile.Read(ref overrideDefault) ?? LazyDefault.Value;

    /// <summary>
    /// Replaces the embedded model for the rest of the process. Developer tools only (<c>eval-ner --model</c>
    /// scores a freshly trained model without rebuilding the library); the library never calls it.
    /// </summary>
    /// <param name="model">The model to use.</param>
    internal static void OverrideDefault(NerModel model) => Volatile.Write(ref overrideDefault, model);

    /// <summary>The number of hash bits: the table holds 2^Bits rows of <see cref="NerLabels.Count"/> weights.</summary>
    public int Bits { get; }

    /// <summary>The mask that maps a feature hash to its row.</summary>
    public uint Mask { get; }

    /// <summary>
    /// The summed weights of the label-history features (<see cref="NerFeatures.ComputeHistory"/>) of
    /// <paramref name="prev"/> and <paramref name="prev2"/> (labels or <see cref="NerLabels.Start"/>),
    /// <see cref="RowStride"/> long: read instead of two table look-ups per token and pass.
    /// </summary>
    public ReadOnlySpan<int> HistoryScores(int prev, int prev2) => _history.AsSpan(((prev2 * (NerLabels.Start + 1)) + prev) * RowStride, RowStride);

    /// <summary>
    /// The highest history score (<see cref="HistoryScores"/>) of <paramref name="label"/> after each label, over every
    /// label before that one: lane l after label l, or <see cref="NoPath"/> where the BILOU grammar does not allow
    /// <paramref name="label"/> after l (when <paramref name="last"/>, also where it cannot end a sentence). What the
    /// history can add to a label, for exact decoding's pruning (NerTagger.Future).
    /// </summary>
    public ReadOnlySpan<int> HistoryBoundsBefore(int label, bool last) => _historyBound.AsSpan(((last ? NerLabels.Count : 0) + label) * RowStride, RowStride);

    /// <summary>The lanes of <see cref="HistoryBoundsBefore"/> that no path takes: low enough that any score added stays far below every real one, high enough not to overflow.</summary>
    public const int NoPath = int.MinValue / 4;

    private static int[] BoundHistories(int[] history)
    {
        const int Labels = NerLabels.Start + 1;
        var bound = new int[2 * NerLabels.Count * RowStride];
        bound.AsSpan().Fill(NoPath);
        for (int last = 0; last < 2; last++)
        {
            for (int label = 0; label < NerLabels.Count; label++)
            {
                for (int prev = 0; prev < NerLabels.Count; prev++)
                {
                    if ((NerLabels.AllowedAfter(prev, last == 1) & (1u << label)) == 0)
                    {
                        continue;
                    }

                    int highest = int.MinValue;
                    for (int prev2 = 0; prev2 < Labels; prev2++)
                    {
                        highest = Math.Max(highest, history[(((prev2 * Labels) + prev) * RowStride) + label]);
                    }

                    bound[(((last * NerLabels.Count) + label) * RowStride) + prev] = highest;
                }
            }
        }

        return bound;
    }

    private static int[] ScoreHistories(NerWeightTable table)
    {
        const int Labels = NerLabels.Start + 1;
        var history = new int[Labels * Labels * RowStride];
        Span<uint> features = stackalloc uint[2];
        for (int prev2 = 0; prev2 < Labels; prev2++)
        {
            for (int prev = 0; prev < Labels; prev++)
            {
                int n = NerFeatures.ComputeHistory(prev, prev2, features);
                table.Score(features[..n], history.AsSpan(((prev2 * Labels) + prev) * RowStride, RowStride));
            }
        }

        return history;
    }

    /// <summary>Weights per row of <see cref="WeightTable"/>: the 13 labels padded to 16, so that a row is one aligned 32-byte vector.</summary>
    public const int RowStride = NerWeightTable.RowStride;

    /// <summary>The weights: row <c>hash &amp; Mask</c> holds one weight per label; only the non-zero rows are stored.</summary>
    public NerWeightTable WeightTable { get; }

    /// <summary>Case class (see <see cref="LexiconClass"/>) of common words, by <see cref="NerHash.Lower"/>.</summary>
    public Dictionary<uint, byte> Lexicon => _lexicon.Value;

    /// <summary>Entity-type bit mask (1 person, 2 place, 4 organization) of known names, by token-sequence hash.</summary>
    public Dictionary<ulong, byte> Gazetteer => _gazetteer.Value;

    /// <summary>Word classes by <see cref="NerHash.Lower"/>: coarse class + 1 in the low byte, fine class + 1 in the high byte.</summary>
    public Dictionary<uint, ushort> Clusters => _clusters.Value;

    /// <summary><see cref="Lexicon"/> as the tagger reads it (see <see cref="NerTable{TValue}"/> for why not the dictionary).</summary>
    internal NerTable<byte> LexiconTable { get; }

    /// <summary><see cref="Clusters"/> as the tagger reads it.</summary>
    internal NerTable<ushort> ClusterTable { get; }

    /// <summary><see cref="Gazetteer"/> as the tagger reads it.</summary>
    internal NerTable<byte> GazetteerTable { get; }

    /// <summary>The lexicon and word-class tables in one, as <c>NerTagger.Describe</c> reads them for every token.</summary>
    internal NerWordTable WordTable { get; }

    /// <summary>Which phrase hashes <see cref="GazetteerTable"/> may hold: most phrases the tagger tries are not there.</summary>
    internal NerKeyFilter GazetteerFilter { get; }

    /// <summary>The longest gazetteer phrase, in tokens.</summary>
    public int MaxPhraseTokens { get; }

    /// <summary>Reads a model.</summary>
    /// <param name="stream">The model file.</param>
    /// <exception cref="ModelFormatException">The data is not a valid model of this format version.</exception>
    public static NerModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            var payload = Internal.ModelEnvelope.OpenPayload(stream, Magic, OldestFormatVersion, FormatVersion, "entity model", 256 << 20, out int version);
            using var inflater = new DeflateStream(payload, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(inflater);
            int bits = reader.ReadInt32();
            int labels = reader.ReadInt32();
            if (bits is < 8 or > 26 || labels != NerLabels.Count)
            {
                throw new ModelFormatException("The entity model was trained for another label set or table size.");
            }

            var table = version == OldestFormatVersion ? ReadAllRows(inflater, bits) : ReadNonZeroRows(reader, bits);
            var lexicon = ReadTable<byte>(inflater, reader, sizeof(uint));
            int maxPhrase = reader.ReadInt32();
            var gazetteer = ReadTable<byte>(inflater, reader, sizeof(ulong));
            var clusters = ReadTable<ushort>(inflater, reader, sizeof(uint));
            int trained = version > GreedyFormatVersion ? reader.ReadInt32() : 0;
            if ((trained & ~(ExactBit | CaseKeyedBit)) != 0)
            {
                throw new ModelFormatException("The entity model names an unknown decoder; it is corrupt or newer than this library.");
            }

            var model = new NerModel(table, lexicon, gazetteer, maxPhrase, clusters);
            return model.WithExactDecoding((trained & ExactBit) != 0).WithCaseKeyedWords((trained & CaseKeyedBit) != 0);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or ArgumentException)
        {
            throw new ModelFormatException("The entity model is truncated or corrupt.", e);
        }
    }

    // Format 4: every row, in order. The weights go row by row into the packed table, through a small buffer
    // (see the private constructor).
    private static NerWeightTable ReadAllRows(Stream inflater, int bits)
    {
        var table = new NerWeightTable.Builder(bits, 1 << 12);
        var chunk = new short[1024 * NerLabels.Count];
        for (int row = 0; row < 1 << bits; row += 1024)
        {
            int rows = Math.Min(1024, (1 << bits) - row);
            var part = ReadWeights(inflater, chunk, rows);
            for (int r = 0; r < rows; r++)
            {
                table.Add(row + r, part.Slice(r * NerLabels.Count, NerLabels.Count));
            }
        }

        return table.Build();
    }

    // Format 5: the bitmap of non-zero rows, then those rows in order; every other row stays zero.
    private static NerWeightTable ReadNonZeroRows(BinaryReader reader, int bits)
    {
        var inflater = reader.BaseStream;
        int count = reader.ReadInt32();
        var bitmap = new byte[(1 << bits) / 8];
        inflater.ReadExactly(bitmap);
        if (count < 0 || count > 1 << bits || BitmapCount(bitmap) != count)
        {
            throw new ModelFormatException("The entity model's row bitmap does not match its row count; it is corrupt.");
        }

        var table = new NerWeightTable.Builder(bits, count);
        var chunk = new short[1024 * NerLabels.Count];
        int row = -1;
        for (int done = 0; done < count; done += 1024)
        {
            int rows = Math.Min(1024, count - done);
            var part = ReadWeights(inflater, chunk, rows);
            for (int r = 0; r < rows; r++)
            {
                row = NextSetBit(bitmap, row + 1);
                table.Add(row, part.Slice(r * NerLabels.Count, NerLabels.Count));
            }
        }

        return table.Build();
    }

    private static Span<short> ReadWeights(Stream inflater, short[] chunk, int rows)
    {
        var part = chunk.AsSpan(0, rows * NerLabels.Count);
        inflater.ReadExactly(MemoryMarshal.AsBytes(part));
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(part, part);
        }

        return part;
    }

    private static int BitmapCount(byte[] bitmap)
    {
        int count = 0;
        foreach (byte b in bitmap)
        {
            count += System.Numerics.BitOperations.PopCount(b);
        }

        return count;
    }

    private static int NextSetBit(byte[] bitmap, int from)
    {
        int i = from;
        while ((bitmap[i >> 3] & (1 << (i & 7))) == 0)
        {
            i++;
        }

        return i;
    }

    // A counted list of (key, value) pairs, keys of keySize bytes (uint or ulong), 4,096 at a time straight into the table,
    // not through arrays of all 136,000, whose fresh memory cost more than the table's filling (issue 14). Last key wins.
    private static NerTable<TValue> ReadTable<TValue>(Stream inflater, BinaryReader reader, int keySize)
        where TValue : unmanaged
    {
        int count = reader.ReadInt32();
        int valueSize = Unsafe.SizeOf<TValue>();
        if (count < 0 || count > (1 << 28) / (keySize + valueSize))
        {
            throw new ModelFormatException("The entity model holds an impossible list length; it is corrupt.");
        }

        int pairSize = keySize + valueSize;
        var table = new NerTable<TValue>(count);
        var buffer = ArrayPool<byte>.Shared.Rent(4096 * pairSize);
        try
        {
            for (int done = 0; done < count; done += 4096)
            {
                var bytes = buffer.AsSpan(0, Math.Min(4096, count - done) * pairSize);
                inflater.ReadExactly(bytes);
                for (int at = 0; at < bytes.Length; at += pairSize)
                {
                    var value = bytes.Slice(at + keySize, valueSize);
                    if (!BitConverter.IsLittleEndian)
                    {
                        value.Reverse();
                    }

                    table.Add(keySize == sizeof(ulong) ? BinaryPrimitives.ReadUInt64LittleEndian(bytes[at..]) : BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]), MemoryMarshal.Read<TValue>(value));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return table;
    }

    // How the weights were trained, as format 6 stores it (0 for a format 5 file).
    private int Trained => (ExactDecoding ? ExactBit : 0) | (CaseKeyedWords ? CaseKeyedBit : 0);

    /// <summary>Writes the model in the format <see cref="Read"/> reads.</summary>
    /// <param name="stream">The destination.</param>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var body = new MemoryStream();
        using (var deflater = new DeflateStream(body, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new BinaryWriter(deflater))
        {
            writer.Write(Bits);
            writer.Write(NerLabels.Count);
            var bitmap = new byte[(1 << Bits) / 8];
            var rows = new List<short>();
            for (int row = 0; row < 1 << Bits; row++)
            {
                var weights = WeightTable.Row(row)[..NerLabels.Count];
                if (weights.ContainsAnyExcept((short)0))
                {
                    bitmap[row >> 3] |= (byte)(1 << (row & 7));
                    rows.AddRange(weights);
                }
            }

            writer.Write(rows.Count / NerLabels.Count);
            writer.Write(bitmap);
            writer.Flush();
            var copy = rows.ToArray();
            if (!BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.ReverseEndianness(copy, copy);
            }

            deflater.Write(MemoryMarshal.AsBytes(copy.AsSpan()));
            writer.Write(Lexicon.Count);
            foreach (var (key, value) in Lexicon.OrderBy(static p => p.Key))
            {
                writer.Write(key);
                writer.Write(value);
            }

            writer.Write(MaxPhraseTokens);
            writer.Write(Gazetteer.Count);
            foreach (var (key, value) in Gazetteer.OrderBy(static p => p.Key))
            {
                writer.Write(key);
                writer.Write(value);
            }

            writer.Write(Clusters.Count);
            foreach (var (key, value) in Clusters.OrderBy(static p => p.Key))
            {
                writer.Write(key);
                writer.Write(value);
            }

            if (Trained != 0)
            {
                writer.Write(Trained);
            }
        }

        Internal.ModelEnvelope.Write(stream, Magic, Trained != 0 ? FormatVersion : GreedyFormatVersion, body.ToArray());
    }

    /// <summary>FNV-1a 64 over the compressed payload: catches truncation and flipped bytes.</summary>
    internal static ulong Checksum(ReadOnlySpan<byte> data) => Checksum(data, ChecksumBasis);

    /// <summary>FNV-1a's offset basis: the checksum of no bytes, from which <c>Checksum(data, h)</c> goes on piece by piece.</summary>
    internal const ulong ChecksumBasis = 0xcbf29ce484222325UL;

    internal static ulong Checksum(ReadOnlySpan<byte> data, ulong h)
    {
        foreach (byte b in data)
        {
            h = (h ^ b) * 0x100000001B3UL;
        }

        return h;
    }

    private static NerModel LoadDefault()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ModelFormatException($"The entity model resource {ResourceName} is missing from the assembly; run train-ner.");
        return Read(stream);
    }
}

/// <summary>How a word is usually written in the middle of running text (learnt from the training corpora).</summary>
internal static class LexiconClass
{
    /// <summary>Not in the lexicon.</summary>
    public const byte Unknown = 0;

    /// <summary>Written in lower case at least 90% of the time.</summary>
    public const byte Lower = 1;

    /// <summary>Lower case more often than not.</summary>
    public const byte MostlyLower = 2;

    /// <summary>Capitalized more often than not.</summary>
    public const byte Capitalized = 3;

    /// <summary>Written in capitals more often than not (acronyms).</summary>
    public const byte AllCaps = 4;
}
