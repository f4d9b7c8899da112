using System.Runtime.CompilerServices;

namespace EntityExtract.Entities;

/// <summary>
/// A blocked Bloom filter over a table's 64-bit keys (Putze, Sanders &amp; Singler 2007, "Cache-, hash- and
/// space-efficient Bloom filters"): three bits of one 64-bit word per key, 8 to 16 bits per key in all. The tagger
/// tries a gazetteer phrase at every capitalized word for up to six words on, and nearly all of them miss the table
/// (4 MB of 16-byte slots, beyond the processor's caches); the filter (128 KB for the shipped gazetteer) answers
/// most of those misses from one word, and a key it lets through is still looked up in the table, so the answers
/// are the table's (issue 14). Immutable and thread-safe.
/// </summary>
internal sealed class NerKeyFilter
{
    private readonly ulong[] _words;
    private readonly int _shift;

    /// <summary>A filter over the keys of <paramref name="table"/>.</summary>
    public NerKeyFilter(NerTable<byte> table)
    {
        int words = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, table.Count / 8));
        _words = new ulong[words];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)words);
        foreach (var (key, _) in table.Entries())
        {
            ulong h = Spread(key);
            _words[Word(h)] |= Bits(h);
        }
    }

    /// <summary>False when <paramref name="key"/> is certainly not a key of the table; true when it may be.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ulong key)
    {
        ulong h = Spread(key);
        ulong bits = Bits(h);
        return (_words[Word(h)] & bits) == bits;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Spread(ulong key) => (key ^ (key >> 29)) * 0x9E3779B97F4A7C15UL;

    // The word from the top bits (two words at least, so that the shift stays under 64).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Word(ulong h) => (int)(h >> _shift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bits(ulong h) => (1UL << (int)(h >> 8)) | (1UL << (int)(h >> 14)) | (1UL << (int)(h >> 20));
}
