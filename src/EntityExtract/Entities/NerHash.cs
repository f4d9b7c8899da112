using System.Runtime.CompilerServices;

namespace EntityExtract.Entities;

/// <summary>
/// Allocation-free hashing of token text and feature templates ("the hashing trick", Weinberger et al.
/// 2009): a feature is a 32-bit hash of its template and values, and its weights live at that hash modulo
/// the table size. Text is hashed with FNV-1a over normalized characters, so no string is ever built.
/// </summary>
internal static class NerHash
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>The FNV-1a hash of <paramref name="text"/> after <see cref="Normalize"/>.</summary>
    public static uint Lower(ReadOnlySpan<char> text)
    {
        uint h = FnvOffset;
        foreach (char c in text)
        {
            h = (h ^ Normalize(c)) * FnvPrime;
        }

        return h;
    }

    /// <summary>
    /// The hash the entity features and the gazetteer read for a word as written in running text: <see cref="Lower"/>,
    /// or <see cref="Capitals"/> of it for a word in capitals (<see cref="IsCapitals"/>). The acronym "UN" (the
    /// United Nations) and the name "Un" ("Kim Jong Un") share their lower-case form but not their evidence.
    /// </summary>
    public static uint Word(ReadOnlySpan<char> text)
    {
        uint lower = Lower(text);
        return IsCapitals(text) ? Capitals(lower) : lower;
    }

    /// <summary>The key of a word in capitals, kept apart from its <see cref="Lower"/> hash (see <see cref="Word"/>).</summary>
    public static uint Capitals(uint lower) => Mix(lower ^ 0x9E37_79B9);

    /// <summary>Two characters or more, a letter among them and no letter that is not upper case ("UN", "U.S.", "BBC").</summary>
    public static bool IsCapitals(ReadOnlySpan<char> text)
    {
        bool letter = false;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letter = true;
            }
        }

        return letter && text.Length >= 2;
    }

    /// <summary>The FNV-1a hash of <paramref name="text"/> exactly as written (case kept).</summary>
    public static uint Exact(ReadOnlySpan<char> text)
    {
        uint h = FnvOffset ^ 0x5bd1e995;
        foreach (char c in text)
        {
            h = (h ^ c) * FnvPrime;
        }

        return h;
    }

    /// <summary>
    /// Lower case, every digit as 0 (so "1996" and "2025" share features, as in the CoNLL systems of
    /// Florian et al. 2003) and the curly apostrophe as the straight one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Normalize(char c)
    {
        if (c < 128)
        {
            if ((uint)(c - 'A') <= 'Z' - 'A')
            {
                return (char)(c | 0x20);
            }

            return (uint)(c - '0') <= 9 ? '0' : c;
        }

        if (c == '\u2019' || c == '\u2018')
        {
            return '\'';
        }

        return char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
    }

    /// <summary>Murmur3's 32-bit finalizer: spreads every input bit over the output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85ebca6b;
        h ^= h >> 13;
        h *= 0xc2b2ae35;
        h ^= h >> 16;
        return h;
    }

    /// <summary>The hash of a template with one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Feature(uint template, uint a) => Mix((template * 0x9E3779B1) ^ a);

    /// <summary>The hash of a template with two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Feature(uint template, uint a, uint b) => Mix(Feature(template, a) + (b * 0x27d4eb2f));

    /// <summary>The hash of a template with three values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Feature(uint template, uint a, uint b, uint c) => Mix(Feature(template, a, b) + (c * 0x165667b1));

    /// <summary>Extends a token-sequence hash (for gazetteer phrases) by one token's <see cref="Word"/> hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Extend(ulong sequence, uint token) => ((sequence ^ token) * 0x100000001B3UL) + 0x9E3779B97F4A7C15UL;

    /// <summary>The empty token-sequence hash.</summary>
    public const ulong EmptySequence = 0xcbf29ce484222325UL;
}
