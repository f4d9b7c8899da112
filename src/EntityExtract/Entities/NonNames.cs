using System.Collections.Frozen;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities;

/// <summary>
/// Capitalized words that are never a person, place or organization on their own: the acronyms of
/// ordinary things ("a TV", "DVDs", "HIV", "the GDP", "an IPO"), which the tagger, seeing capitals, takes for
/// organizations; and language names ("in Hindi"), which CoNLL, ACE and OntoNotes all leave out of the three
/// types. Both are closed, general-English lists: a name that contains one keeps it ("BBC TV", "Hindi Film
/// Awards"); only a mention that is nothing but the word (or its plural) is dropped.
/// </summary>
internal static class NonNames
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = """
        TV HDTV IPTV PC CD DVD VCR HD LCD LED USB GPS SMS MMS ISP URL PDF MP3 RAM CPU GPU PDA VoIP RFID WiFi Wi-Fi
        3G 4G 5G AI VR IT DNA HIV AIDS Aids GDP GNP CPI VAT IPO CEO CFO COO CTO ATM SUV NGO WMD IED HR
        FAQ UFO IQ ICU GP TB BSE ABS R&B A&E Q&A OK
        Hindi Urdu Bengali Punjabi Tamil Telugu Marathi Gujarati Mandarin Cantonese Swahili Hebrew Arabic Farsi
        Pashto Dari Esperanto Latin Sanskrit Gaelic Yiddish Tagalog Hausa Yoruba Igbo Amharic Creole
        """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Removes the candidates that are only such a word, and storms ("Hurricane Mitch", "Typhoon Haiyan"):
    /// named after people, but events, which no guideline counts as persons.
    /// </summary>
    public static void Apply(string text, ReadOnlySpan<TextToken> tokens, List<NerCandidate> candidates)
    {
        for (int i = candidates.Count - 1; i >= 0; i--)
        {
            var c = candidates[i];
            if (c.Last > c.First && tokens[c.First].GetText(text) is "Hurricane" or "Typhoon" or "Cyclone" or "Storm")
            {
                candidates.RemoveAt(i);
                continue;
            }

            if (c.First != c.Last)
            {
                continue;
            }

            var word = tokens[c.First].GetText(text);
            if (Words.Contains(word) || (word.Length > 2 && word[^1] == 's' && Words.Contains(word[..^1])))
            {
                candidates.RemoveAt(i);
            }
        }
    }
}
