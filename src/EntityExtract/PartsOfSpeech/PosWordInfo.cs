using System.Runtime.InteropServices;

namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// What the feature templates read about one word, computed once per word from its characters: hashes,
/// never strings. Shared by the tagger and <c>train-pos</c>, so that both see exactly the same features.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct PosWordInfo
{
    /// <summary>Hash of the normalized text (lower case, digits as 0; <see cref="Entities.NerHash.Normalize"/>).</summary>
    public uint Lower;

    /// <summary>Hash of the text as written.</summary>
    public uint Exact;

    /// <summary>Hash of the collapsed shape ("Xx", "dd.d", "x'x").</summary>
    public uint Shape;

    /// <summary>Hashes of the normalized 1- to 3-character prefixes.</summary>
    public uint Prefix1, Prefix2, Prefix3;

    /// <summary>Hashes of the normalized 1- to 5-character suffixes.</summary>
    public uint Suffix1, Suffix2, Suffix3, Suffix4, Suffix5;

    /// <summary>Coarse word class + 1 (0 unknown), from the entity model's word classes.</summary>
    public uint Cluster;

    /// <summary>Fine word class + 1 (0 unknown).</summary>
    public uint ClusterFine;

    /// <summary>The label the word most often has in the training data + 1 (0 for a word seen fewer than three times).</summary>
    public uint Likely;

    /// <summary>
    /// The labels the training data gives the word (bit per label), for a word seen at least three times;
    /// 0 (any label) otherwise. The decoder chooses only among these (Ratnaparkhi 1996's tag dictionary).
    /// </summary>
    public UInt128 Allowed;

    /// <summary>Bit flags, see the <c>Flag*</c> constants of <see cref="PosFeatures"/>.</summary>
    public uint Flags;

    /// <summary>
    /// Where <see cref="PosTypeCache"/> keeps the word's type: its slot, and the stamp that slot had when the word
    /// was described (0 when it was described without the cache). A slot refilled since then has another stamp.
    /// </summary>
    public int Slot;

    /// <inheritdoc cref="Slot"/>
    public long Stamp;
}
