namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// The seventeen Universal Dependencies part-of-speech tags (UPOS, universaldependencies.org/u/pos/).
/// <see cref="TaggedToken.UniversalCode"/> gives the tag's code as UD writes it ("NOUN", "PROPN"...).
/// The <c>default</c> value is <see cref="Other"/> (UD's <c>X</c>).
/// </summary>
public enum UniversalTag : byte
{
    /// <summary><c>X</c>: a word that fits no other category (foreign words, typos the treebank could not analyse).</summary>
    Other,

    /// <summary><c>ADJ</c>: adjective.</summary>
    Adjective,

    /// <summary><c>ADP</c>: adposition (preposition or postposition).</summary>
    Adposition,

    /// <summary><c>ADV</c>: adverb.</summary>
    Adverb,

    /// <summary><c>AUX</c>: auxiliary verb (be, have, do, modals, when they support another verb or are a copula).</summary>
    Auxiliary,

    /// <summary><c>CCONJ</c>: coordinating conjunction.</summary>
    CoordinatingConjunction,

    /// <summary><c>DET</c>: determiner.</summary>
    Determiner,

    /// <summary><c>INTJ</c>: interjection.</summary>
    Interjection,

    /// <summary><c>NOUN</c>: common noun.</summary>
    Noun,

    /// <summary><c>NUM</c>: numeral.</summary>
    Numeral,

    /// <summary><c>PART</c>: particle (possessive 's, negation not, infinitival to).</summary>
    Particle,

    /// <summary><c>PRON</c>: pronoun.</summary>
    Pronoun,

    /// <summary><c>PROPN</c>: proper noun.</summary>
    ProperNoun,

    /// <summary><c>PUNCT</c>: punctuation.</summary>
    Punctuation,

    /// <summary><c>SCONJ</c>: subordinating conjunction.</summary>
    SubordinatingConjunction,

    /// <summary><c>SYM</c>: symbol ($, %, emoticons, math signs).</summary>
    Symbol,

    /// <summary><c>VERB</c>: verb.</summary>
    Verb,
}
