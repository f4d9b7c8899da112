using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EntityExtract.Quotes;

/// <summary>
/// The cue model's weights as an open-addressing hash table over the features' characters, for the
/// reported-speech finder's hot loop: about 45 look-ups per candidate cue, most of them of features the model
/// does not hold. A frozen dictionary of strings reads its bucket, its hash codes, its key references, the key
/// string and the value, five scattered places per look-up (issue 14: 13% of the default pipeline's time was
/// <see cref="CueFeatureSink.Add"/>). Here a look-up reads one 8-byte slot (32 bits of the 64-bit hash beside the
/// entry's number; linear probing, at most half full) and, only when those bits match, the entry and its key,
/// which it compares character by character: the answer is the dictionary's exactly, whatever the hash.
/// Immutable and thread-safe.
/// </summary>
internal sealed class CueWeightTable
{
    private readonly ulong[] slots;
    private readonly Entry[] entries;
    private readonly char[] keys;
    private readonly int mask;

    /// <summary>Builds the table of <paramref name="weights"/>.</summary>
    /// <param name="weights">Feature → weight.</param>
    public CueWeightTable(IReadOnlyDictionary<string, double> weights)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, weights.Count * 2));
        slots = new ulong[capacity];
        mask = capacity - 1;
        entries = new Entry[weights.Count];
        keys = new char[weights.Sum(static w => w.Key.Length)];
        int e = 0, at = 0;
        foreach (var (key, weight) in weights)
        {
            key.CopyTo(keys.AsSpan(at));
            entries[e] = new Entry(weight, at, key.Length);
            ulong hash = Hash(key);
            int slot = (int)hash & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = (hash & 0xFFFF_FFFF_0000_0000UL) | (uint)(e + 1);
            e++;
            at += key.Length;
        }
    }

    /// <summary>How many features have a weight.</summary>
    public int Count => entries.Length;

    /// <summary>The weight of <paramref name="feature"/>, when the table holds it.</summary>
    /// <param name="feature">The feature's characters.</param>
    /// <param name="weight">Its weight, or 0.</param>
    /// <returns>Whether the table holds the feature.</returns>
    public bool TryGetValue(ReadOnlySpan<char> feature, out double weight)
    {
        ulong hash = Hash(feature);
        ulong tag = hash & 0xFFFF_FFFF_0000_0000UL;
        ref ulong first = ref MemoryMarshal.GetArrayDataReference(slots);
        for (int slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            ulong s = Unsafe.Add(ref first, slot);
            if (s == 0)
            {
                weight = 0;
                return false;
            }

            if ((s & 0xFFFF_FFFF_0000_0000UL) == tag)
            {
                ref readonly var entry = ref entries[(int)(uint)s - 1];
                if (keys.AsSpan(entry.Offset, entry.Length).SequenceEqual(feature))
                {
                    weight = entry.Weight;
                    return true;
                }
            }
        }
    }

    // A 64-bit hash of the characters, eight bytes at a time (a multiply-xorshift mix; its quality decides only
    // how far a look-up probes, never its answer).
    private static ulong Hash(ReadOnlySpan<char> text)
    {
        var bytes = MemoryMarshal.AsBytes(text);
        ulong h = 0x9E37_79B9_7F4A_7C15UL ^ (ulong)bytes.Length;
        int i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..])) * 0xFF51_AFD7_ED55_8CCDUL;
            h ^= h >> 29;
        }

        if (i < bytes.Length)
        {
            ulong tail = 0;
            for (int k = 0; i + k < bytes.Length; k++)
            {
                tail |= (ulong)bytes[i + k] << (8 * k);
            }

            h = (h ^ tail) * 0xFF51_AFD7_ED55_8CCDUL;
        }

        h ^= h >> 33;
        h *= 0xC4CE_B9FE_1A85_EC53UL;
        h ^= h >> 33;
        return h;
    }

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Entry(double Weight, int Offset, int Length);
}
