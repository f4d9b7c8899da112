using System.IO.Compression;
using EntityExtract.Entities;

namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// The trained part-of-speech model: sparse perceptron weights over joint labels (a Penn Treebank tag with
/// a Universal tag, the ~100 pairs that UD_English-EWT train uses: "VBZ" is AUX for "is" but VERB for
/// "wants"), the tag dictionary of frequent unambiguous words, and the lemmatizer's tables, all learnt by <c>train-pos</c> from UD_English-EWT train. Immutable after loading
/// and so safe to share between threads.
/// </summary>
/// <remarks>
/// File layout (little endian), as for the entity model: the magic <c>EXPS</c>, a format version (int32),
/// the payload length (int32), an FNV-1a 64 checksum of the payload (uint64), then the Deflate-compressed
/// payload. A file that fails any check raises <see cref="ModelFormatException"/>; it is never half-loaded.
/// </remarks>
internal sealed class PosModel
{
    /// <summary>The resource name of the model that ships in the package.</summary>
    public const string ResourceName = "EntityExtract.Resources.pos.model";

    /// <summary>The format version this code reads and writes (4 added the second pass, <see cref="SecondPass"/>; a file of
    /// version 3 or older is refused with a <see cref="ModelFormatException"/> naming both versions: run <c>train-pos</c>).</summary>
    public const int FormatVersion = 4;

    /// <summary>The most labels a model may have (labels are bytes; 255 is the sentence start).</summary>
    public const int MaxTags = 128;

    private static readonly byte[] Magic = "EXPS"u8.ToArray();

    private static readonly Lazy<PosModel> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates a model from its parts.</summary>
    public PosModel(
        string[] tags,
        UniversalTag[] universalByTag,
        Dictionary<ulong, byte> universalExceptions,
        Dictionary<uint, byte> tagDictionary,
        PosWeights weights,
        PosLemmatizer lemmatizer,
        Dictionary<uint, ushort> clusters,
        Dictionary<uint, byte> likely,
        Dictionary<uint, UInt128> allowed,
        PosSecondPass? secondPass = null)
    {
        if (tags.Length is 0 or > MaxTags || universalByTag.Length != tags.Length)
        {
            throw new ArgumentException("The tag set is empty, too large, or does not match its universal map.", nameof(tags));
        }

        Tags = tags;
        UniversalByTag = universalByTag;
        UniversalExceptions = universalExceptions;
        TagDictionary = tagDictionary;
        Weights = weights;
        Lemmatizer = lemmatizer;
        Clusters = clusters;
        ClusterTable = new NerTable<ushort>(clusters.Select(static p => KeyValuePair.Create((ulong)p.Key, p.Value)).ToArray());
        TagDictionaryTable = new NerTable<byte>(tagDictionary.Select(static p => KeyValuePair.Create((ulong)p.Key, p.Value)).ToArray());
        Likely = likely;
        Allowed = allowed;
        LexiconTable = PosLexeme.Table(likely, allowed);
        SmallFeatures = new PosSmallFeatures(weights, tags.Length);
        SecondPass = secondPass ?? PosSecondPass.None;
        SecondSmallFeatures = SecondPass.Margin > 0 ? new PosSmallFeatures(SecondPass.Weights, tags.Length) : SmallFeatures;
    }

    /// <summary>The model embedded in the package, loaded on first use.</summary>
    /// <exception cref="ModelFormatException">The embedded model is missing or corrupt.</exception>
    public static PosModel Default => LazyDefault.Value;

    /// <summary>The Penn Treebank tag of each label.</summary>
    public string[] Tags { get; }

    /// <summary>The Universal tag of each label.</summary>
    public UniversalTag[] UniversalByTag { get; }

    /// <summary>
    /// Universal tags of words whose tag is not their label's, by <see cref="UniversalKey"/>: empty for joint
    /// labels, kept so that a model over Penn tags alone can carry its word-level map.
    /// </summary>
    public Dictionary<ulong, byte> UniversalExceptions { get; }

    /// <summary>The Penn tag (label) of frequent words that the training data always tags the same way, by <see cref="NerHash.Exact"/>.</summary>
    public Dictionary<uint, byte> TagDictionary { get; }

    /// <summary><see cref="TagDictionary"/> as the tagger reads it (an open-addressing table, cheaper than a Dictionary's lookup).</summary>
    internal NerTable<byte> TagDictionaryTable { get; }

    /// <summary>The perceptron weights.</summary>
    public PosWeights Weights { get; }

    /// <summary>The weights of the features over small sets of values, in flat arrays (built from <see cref="Weights"/> at load).</summary>
    internal PosSmallFeatures SmallFeatures { get; }

    /// <summary>The second pass's weights of the features over small sets of values, as <see cref="SmallFeatures"/> (the first pass's when there is no second pass).</summary>
    internal PosSmallFeatures SecondSmallFeatures { get; }

    /// <summary>The lemmatizer.</summary>
    public PosLemmatizer Lemmatizer { get; }

    /// <summary>Word classes by <see cref="NerHash.Lower"/> (coarse + 1 in the low byte, fine + 1 in the high byte), copied from the entity model at training time.</summary>
    public Dictionary<uint, ushort> Clusters { get; }

    /// <summary><see cref="Clusters"/> as the tagger reads it.</summary>
    internal NerTable<ushort> ClusterTable { get; }

    /// <summary>The most frequent training label of the words seen at least three times, by <see cref="NerHash.Lower"/>.</summary>
    public Dictionary<uint, byte> Likely { get; }

    /// <summary>The labels each word of <see cref="Likely"/> has in the training data, one bit per label.</summary>
    public Dictionary<uint, UInt128> Allowed { get; }

    /// <summary>The second pass, which scores the words the first pass was unsure of again (<see cref="PosSecondPass.None"/> when there is none).</summary>
    public PosSecondPass SecondPass { get; }

    /// <summary>This model with another second pass (the first pass, lexicon and lemmas shared).</summary>
    public PosModel WithSecondPass(PosSecondPass secondPass)
        => new(Tags, UniversalByTag, UniversalExceptions, TagDictionary, Weights, Lemmatizer, Clusters, Likely, Allowed, secondPass);

    /// <summary><see cref="Likely"/> and <see cref="Allowed"/> as the tagger reads them.</summary>
    internal NerTable<PosLexeme> LexiconTable { get; }

    /// <summary>The key of <see cref="UniversalExceptions"/>: the word's lower-case hash and its Penn label.</summary>
    public static ulong UniversalKey(uint lower, int label) => ((ulong)lower << 8) | (uint)label;

    /// <summary>The Universal tag of a word with lower-case hash <paramref name="lower"/> and Penn label <paramref name="label"/>.</summary>
    public UniversalTag Universal(uint lower, int label)
        => UniversalExceptions.TryGetValue(UniversalKey(lower, label), out byte u) ? (UniversalTag)u : UniversalByTag[label];

    /// <summary>Reads a model.</summary>
    /// <param name="stream">The model file.</param>
    /// <exception cref="ModelFormatException">The data is not a valid model of this format version.</exception>
    public static PosModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            var payload = Internal.ModelEnvelope.ReadPayload(stream, Magic, FormatVersion, "part-of-speech model", 64 << 20);
            using var inflater = new DeflateStream(new MemoryStream(payload), CompressionMode.Decompress);
            using var reader = new BinaryReader(inflater);
            int tagCount = reader.ReadInt32();
            if (tagCount is <= 0 or > MaxTags)
            {
                throw new ModelFormatException("The part-of-speech model holds an impossible number of tags.");
            }

            var tags = new string[tagCount];
            var universal = new UniversalTag[tagCount];
            for (int i = 0; i < tagCount; i++)
            {
                tags[i] = reader.ReadString();
                universal[i] = (UniversalTag)reader.ReadByte();
            }

            var exceptions = ReadTable(reader, static r => r.ReadUInt64(), static r => r.ReadByte());

            var dictionary = ReadTable(reader, static r => r.ReadUInt32(), static r => r.ReadByte());

            var features = ReadWeights(reader, tagCount);

            var lemmas = ReadTable(reader, static r => r.ReadUInt64(), static r => r.ReadString());

            var lowerLemmas = ReadTable(reader, static r => r.ReadUInt64(), static r => r.ReadString());

            int count = reader.ReadInt32();
            var rules = new Dictionary<ulong, LemmaRule[]>(count);
            for (int i = 0; i < count; i++)
            {
                ulong key = reader.ReadUInt64();
                var candidates = new LemmaRule[reader.ReadByte()];
                for (int k = 0; k < candidates.Length; k++)
                {
                    candidates[k] = new LemmaRule(reader.ReadBoolean(), reader.ReadByte(), reader.ReadString());
                }

                rules[key] = candidates;
            }

            count = reader.ReadInt32();
            var known = new HashSet<uint>(count);
            for (int i = 0; i < count; i++)
            {
                known.Add(reader.ReadUInt32());
            }

            var clusters = ReadTable(reader, static r => r.ReadUInt32(), static r => r.ReadUInt16());

            var likely = ReadTable(reader, static r => r.ReadUInt32(), static r => r.ReadByte());

            var allowed = ReadTable(reader, static r => r.ReadUInt32(), static r =>
            {
                ulong low = r.ReadUInt64();
                return new UInt128(r.ReadUInt64(), low);
            });

            int margin = reader.ReadInt32();
            var secondPass = new PosSecondPass(new PosWeights(ReadWeights(reader, tagCount)), margin);
            return new PosModel(tags, universal, exceptions, dictionary, new PosWeights(features), new PosLemmatizer(lemmas, lowerLemmas, rules, known, clusters.Keys), clusters, likely, allowed, secondPass);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or ArgumentException)
        {
            throw new ModelFormatException("The part-of-speech model is truncated or corrupt.", e);
        }
    }

    /// <summary>Writes the model in the format <see cref="Read"/> reads; every table in key order, so the bytes depend only on the content.</summary>
    /// <param name="stream">The destination.</param>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var body = new MemoryStream();
        using (var deflater = new DeflateStream(body, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new BinaryWriter(deflater))
        {
            writer.Write(Tags.Length);
            for (int i = 0; i < Tags.Length; i++)
            {
                writer.Write(Tags[i]);
                writer.Write((byte)UniversalByTag[i]);
            }

            WriteSorted(writer, UniversalExceptions, static (w, k, v) => { w.Write(k); w.Write(v); });

            WriteSorted(writer, TagDictionary, static (w, k, v) => { w.Write(k); w.Write(v); });

            WriteWeights(writer, Weights);

            WriteSorted(writer, Lemmatizer.Exceptions, static (w, k, v) => { w.Write(k); w.Write(v); });

            WriteSorted(writer, Lemmatizer.LowerExceptions, static (w, k, v) => { w.Write(k); w.Write(v); });

            writer.Write(Lemmatizer.Rules.Count);
            foreach (var (key, candidates) in Lemmatizer.Rules.OrderBy(static p => p.Key))
            {
                writer.Write(key);
                writer.Write((byte)candidates.Length);
                foreach (var rule in candidates)
                {
                    writer.Write(rule.Lower);
                    writer.Write(rule.Strip);
                    writer.Write(rule.Append);
                }
            }

            writer.Write(Lemmatizer.Known.Count);
            foreach (uint key in Lemmatizer.Known.Order())
            {
                writer.Write(key);
            }

            WriteSorted(writer, Clusters, static (w, k, v) => { w.Write(k); w.Write(v); });

            WriteSorted(writer, Likely, static (w, k, v) => { w.Write(k); w.Write(v); });

            WriteSorted(writer, Allowed, static (w, k, v) =>
            {
                w.Write(k);
                w.Write((ulong)v);
                w.Write((ulong)(v >> 64));
            });

            writer.Write(SecondPass.Margin);
            WriteWeights(writer, SecondPass.Weights);
        }

        Internal.ModelEnvelope.Write(stream, Magic, FormatVersion, body.ToArray());
    }

    // Weights: the number of features, then each feature's hash and its (label, weight) pairs, in key order.
    private static (uint, (byte, short)[])[] ReadWeights(BinaryReader reader, int tagCount)
    {
        int count = reader.ReadInt32();
        var features = new (uint, (byte, short)[])[count];
        for (int i = 0; i < count; i++)
        {
            uint feature = reader.ReadUInt32();
            var weights = new (byte, short)[reader.ReadByte()];
            for (int k = 0; k < weights.Length; k++)
            {
                byte label = reader.ReadByte();
                if (label >= tagCount)
                {
                    throw new ModelFormatException("The part-of-speech model has a weight for a tag it does not define.");
                }

                weights[k] = (label, reader.ReadInt16());
            }

            features[i] = (feature, weights);
        }

        return features;
    }

    private static void WriteWeights(BinaryWriter writer, PosWeights weights)
    {
        writer.Write(weights.Features.Count);
        foreach (var (feature, pairs) in weights.Features)
        {
            writer.Write(feature);
            writer.Write((byte)pairs.Length);
            foreach (var (label, weight) in pairs)
            {
                writer.Write(label);
                writer.Write(weight);
            }
        }
    }

    // A table: its size, then its entries (in key order when written, so that the bytes depend only on the content).
    private static Dictionary<TKey, TValue> ReadTable<TKey, TValue>(BinaryReader reader, Func<BinaryReader, TKey> readKey, Func<BinaryReader, TValue> readValue)
        where TKey : notnull
    {
        int count = reader.ReadInt32();
        var table = new Dictionary<TKey, TValue>(Math.Min(count, 1 << 20));
        for (int i = 0; i < count; i++)
        {
            TKey key = readKey(reader);
            table[key] = readValue(reader);
        }

        return table;
    }

    private static void WriteSorted<TKey, TValue>(BinaryWriter writer, Dictionary<TKey, TValue> table, Action<BinaryWriter, TKey, TValue> write)
        where TKey : notnull
    {
        writer.Write(table.Count);
        foreach (var (key, value) in table.OrderBy(static p => p.Key))
        {
            write(writer, key, value);
        }
    }

    private static PosModel LoadDefault()
    {
        using var stream = typeof(PosModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ModelFormatException($"The part-of-speech model resource {ResourceName} is missing from the assembly; run train-pos.");
        return Read(stream);
    }
}
