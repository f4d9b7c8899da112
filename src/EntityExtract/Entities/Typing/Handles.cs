using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Typing;

/// <summary>
/// @-handles ("@BBCBreaking", "@David_Speers") in posts that quote or share news: the name of an account, which
/// is a person's, an outlet's or another organization's. The Broad Twitter Corpus (Derczynski et al. 2016) marks
/// an @-mention as a name of the account's type, the handle whole. Like a hashtag (<see cref="Hashtags"/>), the
/// tagger reads a handle by its body, the mention keeps the '@', and the type comes from the evidence in the body.
/// </summary>
internal static class Handles
{
    private static readonly WordSet OrganizationWords = WordList.Load("entity-handle-organization-words", ignoreCase: true);

    /// <summary>
    /// An '@' and a user name with a letter in it: the tokenizer's <see cref="TokenKind.Handle"/> that starts with
    /// '@', standing apart from the words around it. A user name has no dot (Twitter allows letters, digits and
    /// '_'), so an '@' glued to a word or a dot before it or a dot and a word after it belongs to an e-mail address
    /// the tokenizer did not take whole, as web text writes them half hidden ("franz371...@gmail.com", "plus
    /// @paulhastings.com"); a whole address is a token of its own kind (<see cref="TokenKind.Email"/>). "@ 5pm" is
    /// a symbol and a number. A dot after a space is the posts' way of making a reply public (".@Sobeys is closing
    /// 50 stores").
    /// </summary>
    public static bool IsHandle(TextToken token, ReadOnlySpan<char> text)
    {
        if (token.Kind != TokenKind.Handle || token.Length < 2 || text[token.Start] != '@' || IsGlued(text, token.Start - 1, -1) || IsGlued(text, token.End, 1))
        {
            return false;
        }

        var body = text.Slice(token.Start + 1, token.Length - 1);
        return body.ContainsAnyInRange('a', 'z') || body.ContainsAnyInRange('A', 'Z');
    }

    // Whether the text from k on, in the direction of step, joins the handle to a word: a letter or digit, after
    // any dots ("franz371...@gmail" reads back to "1", "@gmail.com" on to "c"; ".@Sobeys" and "@Reuters." end at a
    // space or the text's edge).
    private static bool IsGlued(ReadOnlySpan<char> text, int k, int step)
    {
        while ((uint)k < (uint)text.Length && text[k] == '.')
        {
            k += step;
        }

        return (uint)k < (uint)text.Length && char.IsLetterOrDigit(text[k]);
    }

    /// <summary>
    /// A token the tagger describes by its body, without its mark: a hashtag or a handle ("#Sydney" as "Sydney",
    /// "@Reuters" as "Reuters"). Such a token is a name on its own, never part of the words around it.
    /// </summary>
    public static bool IsTag(TextToken token, ReadOnlySpan<char> text)
        => Hashtags.IsHashtag(token, text) || IsHandle(token, text);

    /// <summary>
    /// Whether the body of a handle (without its '@') names an organization's account: one of its CamelCase parts,
    /// or the end of a lower-case body, is a word outlets, police forces, clubs and companies put in their
    /// accounts' names ("BBCBreaking", "VictoriaPolice", "itvnews"; <c>entity-handle-organization-words</c>).
    /// </summary>
    public static bool IsOrganizationAccount(ReadOnlySpan<char> body)
    {
        int start = 0;
        while (Hashtags.NextPart(body, ref start, out var part))
        {
            if (OrganizationWords.Contains(part))
            {
                return true;
            }
        }

        if (body.ContainsAnyInRange('A', 'Z'))
        {
            return false;
        }

        var letters = body.TrimEnd("0123456789_");
        for (int k = 1; k + 4 <= letters.Length; k++)
        {
            if (OrganizationWords.Contains(letters[k..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The type of the account a handle names, from the evidence in its body (without the '@'): an organization
    /// when its name says so (<see cref="IsOrganizationAccount"/>) or it is one common word
    /// (<see cref="IsCommonWord"/>); else the type the tagger gives its CamelCase parts read as a phrase; else the
    /// type the tagger gave the body in its sentence; else a person, the account news posts credit and quote most
    /// ("@liztilley84", "@timhudak").
    /// </summary>
    public static MentionType TypeOf(NerModel model, ReadOnlySpan<char> body, MentionType? tagged)
        => IsOrganizationAccount(body) || IsCommonWord(model, body) ? MentionType.Organization : ReadAsPhrase(model, body) ?? tagged ?? MentionType.Person;

    /// <summary>
    /// Whether the body is one word, of three letters or more, that running text writes in lower case (the case
    /// lexicon's <see cref="LexiconClass.Lower"/> or <see cref="LexiconClass.MostlyLower"/>): an account named by a
    /// common word is a title's, a brand's or an outlet's ("@Independent", "@standard", "@Telegraph"), not a
    /// person's, whose handle is a name. Without this the type came from the tagger's reading of one odd word in
    /// its sentence, which flipped between retrainings and within one post (the Broad Twitter Corpus's 93
    /// "@Independent": a person after "follow", an organization after "to"). The lexicon is counted from the
    /// training text, not learnt weights, so it stays with the word whatever the retraining.
    /// </summary>
    public static bool IsCommonWord(NerModel model, ReadOnlySpan<char> body)
    {
        int start = 0;
        if (body.Length < 3 || !Hashtags.NextPart(body, ref start, out var part) || part.Length != body.Length)
        {
            return false;
        }

        return model.LexiconTable.TryGetValue(NerHash.Lower(body), out byte lexicon) && lexicon is LexiconClass.Lower or LexiconClass.MostlyLower;
    }

    /// <summary>
    /// The type the tagger gives the words a CamelCase body runs together, read as a line of their own ("DavidPaddon"
    /// as "David Paddon", "TonyAbbottMHR" as "Tony Abbott MHR"): the type of most of the words it labels, or
    /// <see langword="null"/> for a body of one part or a phrase with no name in it.
    /// </summary>
    public static MentionType? ReadAsPhrase(NerModel model, ReadOnlySpan<char> body)
    {
        var phrase = new System.Text.StringBuilder(body.Length + 4);
        int parts = 0, start = 0;
        while (Hashtags.NextPart(body, ref start, out var part))
        {
            if (phrase.Length > 0)
            {
                phrase.Append(' ');
            }

            phrase.Append(char.ToUpperInvariant(part[0])).Append(part[1..]);
            parts++;
        }

        if (parts < 2)
        {
            return null;
        }

        string text = phrase.ToString();
        var tokens = new List<TextToken>(parts);
        Tokenizer.Tokenize(text, tokens);
        var info = new NerTokenInfo[tokens.Count];
        var labels = new byte[tokens.Count];
        TextSegment[] line = [new TextSegment(0, text.Length, 0, tokens.Count, SegmentKind.Sentence, 0)];
        NerTagger.Prepare(model, text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), line, info);
        NerTagger.Tag(model, line, info, labels, CancellationToken.None);
        Span<int> votes = stackalloc int[3];
        foreach (byte label in labels)
        {
            if (label != NerLabels.Outside)
            {
                votes[NerLabels.TypeOf(label)]++;
            }
        }

        int best = votes[0] >= votes[1] ? (votes[0] >= votes[2] ? 0 : 2) : (votes[1] >= votes[2] ? 1 : 2);
        return votes[best] == 0 ? null : NerLabels.ToMentionType(best);
    }
}
