namespace EntityExtract.Entities.Rules;

/// <summary>
/// "Cameron dismisses Johnson's plan", "play Kaka forward": a one-word name the tagger typed a place, whose word the
/// labelled training names hold as a person on its own and never as a place or organization, is that person when
/// nothing before it reads as a place ("in", "at", "from", "to", "near"). The tagger's place came from the world
/// place list (a town "Cameron", "Morris", "Johnston") or from nothing in a post without context; the labelled names
/// are the better evidence. A word with lower-case letters only ("World War II" is no person either).
/// </summary>
internal sealed class KnownPersonRule : ICandidateRule
{
    // The gazetteer bits (NerTokenInfo.Gazetteer: type * 4 + part) of a person alone, and of any labelled place or
    // organization phrase (the world place list, bits 12-15, is not labelled evidence).
    private const int PersonAlone = 1 << NerLabels.Unit;
    private const int PlaceOrOrganization = 0xFF0;

    /// <inheritdoc />
    public bool Apply(in CandidateDocument document, ref NerCandidate candidate, int previousLast)
    {
        var c = candidate;
        if (c.Type != MentionType.Place || c.First != c.Last)
        {
            return true;
        }

        int bits = document.Info[c.First].Gazetteer;
        var word = document.Word(c.First);
        if ((bits & PersonAlone) != 0 && (bits & PlaceOrOrganization) == 0 && char.IsUpper(word[0]) && word.ContainsAnyInRange('a', 'z')
            && (c.First == c.SegmentFirst || !document.AfterPlacePreposition(c.First, capitalized: true)))
        {
            candidate = c with { Type = MentionType.Person };
        }

        return true;
    }
}
