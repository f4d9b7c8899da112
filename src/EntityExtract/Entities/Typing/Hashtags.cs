using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Typing;

/// <summary>
/// Hashtags ("#Pistorius", "#BreakingNews") in posts that quote or share news. The tagger reads a hashtag as
/// its body (<c>NerTagger</c>), so that "#Sydney" is a place as "Sydney" is; this class says which hashtags
/// can be names at all. The Broad Twitter Corpus (Derczynski et al. 2016) marks a hashtag that names a
/// person, place or organization as that name, '#' included, and leaves topic tags ("#BREAKING",
/// "#BreakingNews", "#OnTheJob") outside every name.
/// </summary>
internal static class Hashtags
{
    /// <summary>
    /// A '#' and a word that starts with a letter: the tokenizer's <see cref="TokenKind.Handle"/> that starts
    /// with '#', not glued to the word before it. "#244" is a number, and "F&amp;#244;" an HTML character
    /// reference left in scraped text (the BBC articles have them), not tags.
    /// </summary>
    public static bool IsHashtag(TextToken token, ReadOnlySpan<char> text)
        => token.Kind == TokenKind.Handle && token.Length > 1 && text[token.Start] == '#' && char.IsLetter(text[token.Start + 1])
            && (token.Start == 0 || !(char.IsLetterOrDigit(text[token.Start - 1]) || text[token.Start - 1] == '&'));

    /// <summary>
    /// A hashtag made of common words: its body is split where a lower-case letter meets a capital
    /// or where a capital starts a word after capitals ("BreakingNews" = "Breaking" + "News", "IStandWithAhmed"
    /// = "I" + "Stand" + "With" + "Ahmed"; an ALL CAPS body is one part), and more than half of its parts
    /// of two letters or more are words that running text writes in lower case. Such a tag names a topic, a
    /// programme segment or a slogan ("#BREAKING", "#OnTheJob", "#IStandWithAhmed"), not an entity; a body
    /// with fewer common words ("LukeBatty", "TeamAustralia", "WWDC14", "Ebola") is left to the tagger.
    /// </summary>
    public static bool IsTopic(NerModel model, ReadOnlySpan<char> hashtag)
    {
        var body = hashtag.Length > 1 && hashtag[0] == '#' ? hashtag[1..] : hashtag;
        int parts = 0, common = 0, start = 0;
        while (NextPart(body, ref start, out var part))
        {
            parts++;
            if (model.LexiconTable.TryGetValue(NerHash.Lower(part), out byte lexicon) && lexicon is LexiconClass.Lower or LexiconClass.MostlyLower)
            {
                common++;
            }
        }

        return parts > 0 && common * 2 > parts;
    }

    /// <summary>
    /// The gazetteer kinds (bits of <see cref="NerModel.GazetteerTable"/>) of the name whose words a CamelCase
    /// hashtag runs together ("#MichaelBrown" as "Michael Brown", "#AlexFerguson"), 0 for none or for a body
    /// of one part, which the tagger's own gazetteer match reads. A lower-case body that spells a name
    /// ("#galway", "#ireland") is not looked up: on BTC it cost more than it found ("#asbestos" is in the
    /// gazetteer, "#connemara" came out a person).
    /// </summary>
    public static byte KnownName(NerModel model, ReadOnlySpan<char> body)
    {
        ulong phrase = NerHash.EmptySequence;
        int parts = 0, start = 0;
        while (NextPart(body, ref start, out var part))
        {
            phrase = NerHash.Extend(phrase, model.WordHash(part));
            parts++;
        }

        return parts >= 2 && model.GazetteerTable.TryGetValue(phrase, out byte kinds) ? kinds : (byte)0;
    }

    /// <summary>
    /// The next part of two letters or more of a hashtag's or handle's body, split where a lower-case letter meets
    /// a capital, where a capital starts a word after capitals, and between letters and other characters; digits,
    /// underscores and the pronoun "I" are skipped ("Cannes2013" is "Cannes", "David_Speers" "David" + "Speers").
    /// </summary>
    public static bool NextPart(ReadOnlySpan<char> body, ref int start, out ReadOnlySpan<char> part)
    {
        while (start < body.Length)
        {
            int end = start + 1;
            while (end < body.Length && !IsPartStart(body, end) && char.IsLetter(body[end]) == char.IsLetter(body[end - 1]))
            {
                end++;
            }

            part = body[start..end];
            start = end;
            if (part.Length >= 2 && char.IsLetter(part[0]))
            {
                return true;
            }
        }

        part = default;
        return false;
    }

    // A capital after a lower-case letter ("Breaking|News"), or a capital before a lower-case letter after
    // another capital ("CNN|Town", "I|Stand").
    private static bool IsPartStart(ReadOnlySpan<char> body, int k)
        => char.IsUpper(body[k]) && (char.IsLower(body[k - 1]) || (char.IsUpper(body[k - 1]) && k + 1 < body.Length && char.IsLower(body[k + 1])));
}
