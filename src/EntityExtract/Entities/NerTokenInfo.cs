using System.Runtime.InteropServices;

namespace EntityExtract.Entities;

/// <summary>
/// Everything the feature templates read about one token, computed once per document so that the two
/// decoding passes and the training loop share exactly the same inputs. Hashes, not strings.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct NerTokenInfo
{
    /// <summary>Hash of the normalized (lower-case, digits as 0) text.</summary>
    public uint Lower;

    /// <summary>
    /// The word as the word features and the gazetteer read it: <see cref="Lower"/>, kept apart
    /// (<see cref="NerHash.Capitals"/>) for a word in capitals, so that the acronym "UN" and the name "Un" ("Kim Jong
    /// Un") do not share their evidence; in an ALL CAPS sentence, only for a word the lexicon knows in capitals.
    /// </summary>
    public uint Word;

    /// <summary>Hash of the text as written.</summary>
    public uint Exact;

    /// <summary>Hash of the collapsed word shape ("Xx", "X.X.", "Xx-x", "d").</summary>
    public uint Shape;

    /// <summary>Hashes of the normalized 1- to 4-character prefixes.</summary>
    public uint Prefix1, Prefix2, Prefix3, Prefix4;

    /// <summary>Hashes of the normalized 1- to 4-character suffixes.</summary>
    public uint Suffix1, Suffix2, Suffix3, Suffix4;

    /// <summary>Gazetteer matches: bit (type * 4 + part) for each phrase the token is part of.</summary>
    public ushort Gazetteer;

    /// <summary>Coarse word class + 1 (0 unknown).</summary>
    public byte Cluster;

    /// <summary>Fine word class + 1 (0 unknown).</summary>
    public byte ClusterFine;

    /// <summary>Hash of the first word of the run of capitalized words holding this token (0 outside runs).</summary>
    public uint RunFirst;

    /// <summary>Hash of the last word of that run.</summary>
    public uint RunLast;

    /// <summary>Run length (capped at 5) times 4 plus the token's BILU position in the run; 0 outside runs.</summary>
    public byte RunShape;

    /// <summary>Length of the token, capped at 6.</summary>
    public byte Length;

    /// <summary>The <see cref="LexiconClass"/> of the word.</summary>
    public byte Lexicon;

    /// <summary>The token's <see cref="Tokenization.TokenKind"/>.</summary>
    public byte Kind;

    /// <summary>The <see cref="Tokenization.SegmentKind"/> of its sentence.</summary>
    public byte Segment;

    /// <summary>The case mode of its sentence: 0 running text, 1 Title Case, 2 ALL CAPS, 3 all lower case.</summary>
    public byte Mode;

    /// <summary>Bit flags, see the <c>Flag*</c> constants of <see cref="NerFeatures"/>.</summary>
    public byte Flags;

    /// <summary>Second pass: the majority first-pass type (1 O, 2 person, 3 place, 4 organization) of the same word elsewhere in the document; 0 when unknown.</summary>
    public byte DocMajority;

    /// <summary>Second pass: bit set of the types (1 person, 2 place, 4 organization) the first pass gave the same word elsewhere.</summary>
    public byte DocAny;
}
