using System.Buffers;
using System.Runtime.CompilerServices;

namespace EntityExtract.Entities;

/// <summary>
/// A read-only open-addressing hash table from 64-bit keys (the model's word and phrase hashes) to small
/// values, built once when the model loads. It replaces <see cref="Dictionary{TKey, TValue}"/> on the
/// tagger's per-token lookups because its lookup is a few lines that the JIT compiles fully optimized on
/// first use (<see cref="MethodImplOptions.AggressiveOptimization"/>), whereas the generic dictionary
/// instantiations over value types start as unoptimized tier-0 code in every new process. A slot holds its key,
/// value and used flag side by side, so that a probe reads one cache line, not one in each of three arrays: the
/// tables are larger than the processor's caches, and most look-ups (the gazetteer's, for every phrase that could
/// start at a capitalized word) miss (issue 14).
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class NerTable<TValue>
    where TValue : struct
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>Builds the table from <paramref name="pairs"/> (keys distinct).</summary>
    public NerTable(IReadOnlyCollection<KeyValuePair<ulong, TValue>> pairs)
        : this(pairs.Count)
    {
        foreach (var (key, value) in pairs)
        {
            Add(key, value);
        }
    }

    /// <summary>Builds the table from parallel arrays, as the model file stores them (a later duplicate key wins).</summary>
    public NerTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<TValue> values)
        : this(keys.Length)
    {
        for (int i = 0; i < keys.Length; i++)
        {
            Add(keys[i], values[i]);
        }
    }

    /// <summary>Starts an empty table with room for <paramref name="count"/> keys, to be filled by <see cref="Add"/> (the model reader's).</summary>
    internal NerTable(int count)
    {
        // Load factor at most 1/2: linear probing then needs about 1.5 probes per hit (Knuth, TAOCP 6.4).
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));
        _slots = new Slot[size];
        _mask = size - 1;
    }

    /// <summary>The number of keys.</summary>
    public int Count { get; private set; }

    /// <summary>Every key and its value, ordered by key (the order the model file stores them in).</summary>
    public IEnumerable<KeyValuePair<ulong, TValue>> Pairs()
    {
        var pairs = new List<KeyValuePair<ulong, TValue>>(Count);
        foreach (var slot in _slots)
        {
            if (slot.Used)
            {
                pairs.Add(KeyValuePair.Create(slot.Key, slot.Value));
            }
        }

        pairs.Sort(static (a, b) => a.Key.CompareTo(b.Key));
        return pairs;
    }

    /// <summary>Every key and its value, in slot order (cheaper than <see cref="Pairs"/> where the order does not matter).</summary>
    public IEnumerable<KeyValuePair<ulong, TValue>> Entries()
    {
        foreach (var slot in _slots)
        {
            if (slot.Used)
            {
                yield return KeyValuePair.Create(slot.Key, slot.Value);
            }
        }
    }

    /// <summary>Adds <paramref name="key"/>, or replaces its value when the table holds it already; only while the table is built.</summary>
    internal void Add(ulong key, TValue value)
    {
        int slot = Home(key);
        while (_slots[slot].Used && _slots[slot].Key != key)
        {
            slot = (slot + 1) & _mask;
        }

        Count += _slots[slot].Used ? 0 : 1;
        _slots[slot] = new Slot { Key = key, Value = value, Used = true };
    }

    /// <summary>Looks <paramref name="key"/> up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(ulong key, out TValue value)
    {
        var slots = _slots;
        int slot = Home(key);
        while (slots[slot].Used)
        {
            if (slots[slot].Key == key)
            {
                value = slots[slot].Value;
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        value = default;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong key) => (int)(NerHash.Mix((uint)key ^ ((uint)(key >> 32) * 0x9E3779B1)) & (uint)_mask);

    private struct Slot
    {
        public ulong Key;
        public TValue Value;
        public bool Used;
    }
}

/// <summary>
/// A per-document counting table from word hashes to small integer ids (0, 1, 2... in order of first
/// insertion), on arrays rented from <see cref="ArrayPool{T}.Shared"/> and sized by the document, so that a
/// short article costs a short table and nothing is allocated per call. Not thread-safe; one per call.
/// </summary>
internal struct NerWordIds : IDisposable
{
    private uint[] _keys;
    private int[] _ids;
    private readonly int _mask;

    /// <summary>Rents a table for at most <paramref name="capacity"/> distinct words.</summary>
    public NerWordIds(int capacity)
    {
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _keys = ArrayPool<uint>.Shared.Rent(size);
        _ids = ArrayPool<int>.Shared.Rent(size);
        _ids.AsSpan(0, size).Clear();
        _mask = size - 1;
        Count = 0;
    }

    /// <summary>The number of distinct words added.</summary>
    public int Count { get; private set; }

    /// <summary>The id of <paramref name="word"/>, adding it with the next id when new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int GetOrAdd(uint word)
    {
        int slot = (int)(NerHash.Mix(word) & (uint)_mask);
        while (_ids[slot] != 0)
        {
            if (_keys[slot] == word)
            {
                return _ids[slot] - 1;
            }

            slot = (slot + 1) & _mask;
        }

        _keys[slot] = word;
        _ids[slot] = ++Count;
        return Count - 1;
    }

    /// <summary>The id of <paramref name="word"/>, or -1 when it was never added.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public readonly int Find(uint word)
    {
        int slot = (int)(NerHash.Mix(word) & (uint)_mask);
        while (_ids[slot] != 0)
        {
            if (_keys[slot] == word)
            {
                return _ids[slot] - 1;
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_keys is not null)
        {
            ArrayPool<uint>.Shared.Return(_keys);
            ArrayPool<int>.Shared.Return(_ids);
            _keys = null!;
            _ids = null!;
        }
    }
}
