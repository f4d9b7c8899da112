using System.Runtime.CompilerServices;

namespace EntityExtract.Entities;

/// <summary>
/// The lexicon class and the word classes of a word in one look-up: the tagger reads both for every token
/// (<c>NerTagger.Describe</c>), from two tables of 16-byte slots (1 MB each) whose probes mostly missed the
/// processor's caches, evicted by the weight rows. Here the 32-bit word hash, both values and the used flag share an
/// 8-byte slot, and one probe answers both (issue 14, docs/performance.md "The entity stage's look-ups"). Built from
/// the two tables when the model loads; immutable and thread-safe.
/// </summary>
internal sealed class NerWordTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>Merges <paramref name="lexicon"/> and <paramref name="clusters"/>; a key that is not a 32-bit word hash can never be looked up here and is left out.</summary>
    public NerWordTable(NerTable<byte> lexicon, NerTable<ushort> clusters)
    {
        var words = new Dictionary<uint, (byte Lexicon, ushort Cluster)>(lexicon.Count + clusters.Count);
        foreach (var (key, value) in lexicon.Entries())
        {
            if (key <= uint.MaxValue)
            {
                words[(uint)key] = (value, 0);
            }
        }

        foreach (var (key, value) in clusters.Entries())
        {
            if (key <= uint.MaxValue)
            {
                words[(uint)key] = (words.TryGetValue((uint)key, out var known) ? known.Lexicon : LexiconClass.Unknown, value);
            }
        }

        // Load factor at most 2/3: most look-ups are hits (running text is mostly known words), about two probes,
        // nearly always in one cache line of eight slots.
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (words.Count * 3) / 2));
        _slots = new Slot[size];
        _mask = size - 1;
        foreach (var (key, (lex, cluster)) in words)
        {
            int slot = Home(key);
            while (_slots[slot].Used != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot { Key = key, Cluster = cluster, Lexicon = lex, Used = 1 };
        }
    }

    /// <summary>
    /// The lexicon class of <paramref name="word"/> (<see cref="LexiconClass.Unknown"/> when the lexicon lacks it)
    /// and its word classes (0 when it has none), as the two tables give them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public byte Find(uint word, out ushort cluster)
    {
        var slots = _slots;
        int slot = Home(word);
        while (slots[slot].Used != 0)
        {
            if (slots[slot].Key == word)
            {
                cluster = slots[slot].Cluster;
                return slots[slot].Lexicon;
            }

            slot = (slot + 1) & _mask;
        }

        cluster = 0;
        return LexiconClass.Unknown;
    }

    // The same home slot as NerTable's for a 32-bit key.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(uint key) => (int)(NerHash.Mix(key) & (uint)_mask);

    private struct Slot
    {
        public uint Key;
        public ushort Cluster;
        public byte Lexicon;
        public byte Used;
    }
}
