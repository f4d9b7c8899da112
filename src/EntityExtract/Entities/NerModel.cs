using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
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
/// fails any check raises <see cref="ModelFormatException"/>; it is never half-loaded.
/// </remarks>
internal sealed class NerModel
{
    /// <summary>The resource name of the model that ships in the package.</summary>
    public const string ResourceName = "EntityExtract.Resources.ner.model";

    /// <summary>The format version this code reads and writes.</summary>
    public const int FormatVersion = 4;

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

    /// <summary>Creates a model from its parts.</summary>
    public NerModel(int bits, short[] weights, Dictionary<uint, byte> lexicon, Dictionary<ulong, byte> gazetteer, int maxPhraseTokens, Dictionary<uint, ushort> clusters)
        : this(bits, Pad(bits, weights), lexicon, gazetteer, maxPhraseTokens, clusters, padded: true)
    {
    }

    // From the padded table itself: Read fills it straight from the file, so that loading never holds the
    // unpadded copy as well (26 MB more at the peak of the process's working set; issue 14).
    private NerModel(int bits, short[] table, Dictionary<uint, byte> lexicon, Dictionary<ulong, byte> gazetteer, int maxPhraseTokens, Dictionary<uint, ushort> clusters, bool padded)
    {
        Debug.Assert(padded && table.Length == (1 << bits) * RowStride, "the table is padded to RowStride");
        Bits = bits;
        Mask = (1u << bits) - 1;
        Table = table;
        Lexicon = lexicon;
        Gazetteer = gazetteer;
        MaxPhraseTokens = Math.Clamp(maxPhraseTokens, 1, 16);
        Clusters = clusters;
        LexiconTable = new NerTable<byte>(lexicon.Select(static p => KeyValuePair.Create((ulong)p.Key, p.Value)).ToArray());
        ClusterTable = new NerTable<ushort>(clusters.Select(static p => KeyValuePair.Create((ulong)p.Key, p.Value)).ToArray());
        GazetteerTable = new NerTable<byte>(gazetteer.ToArray());
    }

    private static short[] Pad(int bits, short[] weights)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 26);
        if (weights.Length != (1 << bits) * NerLabels.Count)
        {
            throw new ArgumentException("The weight table does not match the number of hash bits.", nameof(weights));
        }

        var table = new short[(1 << bits) * RowStride];
        for (int row = 0; row < 1 << bits; row++)
        {
            weights.AsSpan(row * NerLabels.Count, NerLabels.Count).CopyTo(table.AsSpan(row * RowStride));
        }

        return table;
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

    /// <summary>Weights per row in <see cref="Table"/>: the 13 labels padded to 16, so that a row is one aligned 32-byte vector.</summary>
    public const int RowStride = 16;

    /// <summary>The weights, row-major: row <c>hash &amp; Mask</c> at <c>row * RowStride</c>, one column per label, then zero padding.</summary>
    public short[] Table { get; }

    /// <summary>The weights without padding (13 per row), as they are stored in the file.</summary>
    public short[] Weights
    {
        get
        {
            var weights = new short[(1 << Bits) * NerLabels.Count];
            for (int row = 0; row < 1 << Bits; row++)
            {
                Table.AsSpan(row * RowStride, NerLabels.Count).CopyTo(weights.AsSpan(row * NerLabels.Count));
            }

            return weights;
        }
    }

    /// <summary>Case class (see <see cref="LexiconClass"/>) of common words, by <see cref="NerHash.Lower"/>.</summary>
    public Dictionary<uint, byte> Lexicon { get; }

    /// <summary>Entity-type bit mask (1 person, 2 place, 4 organization) of known names, by token-sequence hash.</summary>
    public Dictionary<ulong, byte> Gazetteer { get; }

    /// <summary>Word classes by <see cref="NerHash.Lower"/>: coarse class + 1 in the low byte, fine class + 1 in the high byte.</summary>
    public Dictionary<uint, ushort> Clusters { get; }

    /// <summary><see cref="Lexicon"/> as the tagger reads it (see <see cref="NerTable{TValue}"/> for why not the dictionary).</summary>
    internal NerTable<byte> LexiconTable { get; }

    /// <summary><see cref="Clusters"/> as the tagger reads it.</summary>
    internal NerTable<ushort> ClusterTable { get; }

    /// <summary><see cref="Gazetteer"/> as the tagger reads it.</summary>
    internal NerTable<byte> GazetteerTable { get; }

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
            var payload = Internal.ModelEnvelope.ReadPayload(stream, Magic, FormatVersion, "entity model", 256 << 20);
            using var inflater = new DeflateStream(new MemoryStream(payload), CompressionMode.Decompress);
            using var reader = new BinaryReader(inflater);
            int bits = reader.ReadInt32();
            int labels = reader.ReadInt32();
            if (bits is < 8 or > 26 || labels != NerLabels.Count)
            {
                throw new ModelFormatException("The entity model was trained for another label set or table size.");
            }

            // The weights go row by row into the padded table, through a small buffer (see the private constructor).
            var table = new short[(1 << bits) * RowStride];
            var chunk = new short[1024 * labels];
            for (int row = 0; row < 1 << bits; row += 1024)
            {
                int rows = Math.Min(1024, (1 << bits) - row);
                var part = chunk.AsSpan(0, rows * labels);
                inflater.ReadExactly(MemoryMarshal.AsBytes(part));
                if (!BitConverter.IsLittleEndian)
                {
                    BinaryPrimitives.ReverseEndianness(part, part);
                }

                for (int r = 0; r < rows; r++)
                {
                    part.Slice(r * labels, labels).CopyTo(table.AsSpan((row + r) * RowStride));
                }
            }

            int lexCount = reader.ReadInt32();
            var lexicon = new Dictionary<uint, byte>(lexCount);
            for (int i = 0; i < lexCount; i++)
            {
                lexicon[reader.ReadUInt32()] = reader.ReadByte();
            }

            int maxPhrase = reader.ReadInt32();
            int gazCount = reader.ReadInt32();
            var gazetteer = new Dictionary<ulong, byte>(gazCount);
            for (int i = 0; i < gazCount; i++)
            {
                gazetteer[reader.ReadUInt64()] = reader.ReadByte();
            }

            int clusterCount = reader.ReadInt32();
            var clusters = new Dictionary<uint, ushort>(clusterCount);
            for (int i = 0; i < clusterCount; i++)
            {
                clusters[reader.ReadUInt32()] = reader.ReadUInt16();
            }

            return new NerModel(bits, table, lexicon, gazetteer, maxPhrase, clusters, padded: true);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or ArgumentException)
        {
            throw new ModelFormatException("The entity model is truncated or corrupt.", e);
        }
    }

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
            writer.Flush();
            var copy = Weights;
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
        }

        var payload = body.ToArray();
        Span<byte> header = stackalloc byte[20];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], payload.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(header[12..], Checksum(payload));
        stream.Write(header);
        stream.Write(payload);
    }

    /// <summary>FNV-1a 64 over the compressed payload: catches truncation and flipped bytes.</summary>
    internal static ulong Checksum(ReadOnlySpan<byte> data)
    {
        ulong h = 0xcbf29ce484222325UL;
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
