namespace EntityExtract.Quotes;

// The British spelling map (attribution-british-suffixes.txt): its tables are ReportedDocument's static fields, its
// reading is here.
internal sealed partial class ReportedDocument
{
    /// <summary>
    /// The American spelling of a British form of a word of the attribution lexicons, lower-cased into
    /// <paramref name="buffer"/> ("criticised" → "criticized", "rumoured" → "rumored", "labelled" → "labeled"), or
    /// empty: an ending of <c>attribution-british-suffixes.txt</c> is replaced only when the word it makes is in one
    /// of the lexicons, so "promise", "rise", "four" or "called" make nothing. The one home of the spelling map:
    /// every look-up of the reported-speech stage and the cue model's word features go through it.
    /// </summary>
    /// <param name="word">The word as written.</param>
    /// <param name="buffer">Room for the result; a word that does not fit has no American form.</param>
    public static ReadOnlySpan<char> American(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length < 5 || word.Length > buffer.Length || !BritishByTail.TryGetValue(word[^3..], out var endings))
        {
            return default;
        }

        foreach (var (british, american) in endings)
        {
            int stem = word.Length - british.Length;
            int length = stem + american.Length;
            if (stem < 3 || length > buffer.Length || !word.EndsWith(british, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            word[..stem].ToLowerInvariant(buffer);
            american.AsSpan().CopyTo(buffer[stem..]);
            if (SpelledWords.Contains(buffer[..length]))
            {
                return buffer[..length];
            }
        }

        return default;
    }

    // Whether a word's last three characters may be the tail of a British ending (BritishTailBits): no when they are
    // ASCII letters that end no ending of the resource; yes for any other character, which the dictionary decides.
    private static bool MayEndBritish(ReadOnlySpan<char> tail) =>
        TailKey(tail) is not int key || (BritishTailBits[key >> 6] & (1UL << key)) != 0;

    // Three ASCII letters as a number below 2^15 (five bits each, 'a' to 'z' in either case), or null.
    private static int? TailKey(ReadOnlySpan<char> tail)
    {
        int key = 0;
        foreach (char c in tail)
        {
            int letter = (c | 0x20) - 'a';
            if (c > 0x7F || (uint)letter > 'z' - 'a')
            {
                return null;
            }

            key = (key << 5) | letter;
        }

        return key;
    }

    private static ulong[] TailBits((string British, string American)[] suffixes)
    {
        var bits = new ulong[(1 << 15) / 64];
        foreach (var (british, _) in suffixes)
        {
            // Every ending needs its bit: one of other characters than ASCII letters could not have one, so it is refused.
            int key = TailKey(british.AsSpan()[^3..]) ?? throw new InvalidDataException($"attribution-british-suffixes: '{british}' is not ASCII letters.");
            bits[key >> 6] |= 1UL << key;
        }

        return bits;
    }
}
