using EntityExtract.Entities.Typing;

namespace EntityExtract.Entities.Resolution;

/// <summary>
/// An e-mail signed "Phillip" on a line of its own, whose header names "Phillip Allen": once a document has named
/// a person in full, the given name alone is that person too (one sense per discourse, as for family names in
/// <see cref="FamilyNameRule"/>). The tagger, which sees a lone capitalized word with no context, often calls
/// it an organization. A one-word organization mention equal to the first word of a full person name of the
/// document becomes a person, unless that word is a title ("Lord") or a place or organization the gazetteer
/// knows ("Sony" of a misread "Sony Ericsson"). Places are left alone ("Paris" and "Paris Hilton", "Victoria" and "Victoria
/// Beckham" are two things). Issue 13, measured on the development suite (docs/entities.md, "Given names with
/// evidence").
/// </summary>
internal sealed class GivenNameEvidenceRule : IResolutionRule
{
    /// <inheritdoc />
    public List<Mention> Apply(ResolutionDocument document, List<Mention> mentions)
    {
        HashSet<string>? givens = null;
        foreach (var m in mentions)
        {
            if (m.Type != MentionType.Person)
            {
                continue;
            }

            string name = NameText.Normalize(m.Text);
            int space = name.IndexOf(' ', StringComparison.Ordinal);
            if (space >= 3 && FamilyNameRule.IsPlausibleFullName(name) && !PersonNames.IsTitle(name.AsSpan(0, space))
                && !PersonNames.IsHonorificOrNobility(name.AsSpan(0, space)) && !KnownAsPlaceOrOrganization(name.AsSpan(0, space)))
            {
                (givens ??= new HashSet<string>(StringComparer.Ordinal)).Add(name[..space]);
            }
        }

        if (givens is null)
        {
            return mentions;
        }

        // A word that the document itself shows as an organization somewhere ("cables giant Pirelli", "Pirelli
        // chairman": OrganizationNames.HasContext) stays one everywhere.
        foreach (var m in mentions)
        {
            if (m.Type == MentionType.Organization && OrganizationNames.HasContext(document.Text, m.Start, m.End))
            {
                givens.Remove(NameText.Normalize(m.Text));
            }
        }

        List<Mention>? result = null;
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type == MentionType.Organization && givens.Contains(NameText.Normalize(m.Text)))
            {
                result ??= [.. mentions];
                result[k] = new Mention(MentionType.Person, m.Start, m.End, m.Text, m.Canonical, m.Value);
            }
        }

        return result ?? mentions;
    }

    // The first word of a "person" the tagger misread ("Parmalat Finanziaria", "Sony Ericsson", "Biogen Idec") is
    // a company or a place the gazetteer knows on its own (CoNLL, GMB and WikiANN names, the world place list):
    // such a word alone stays what the tagger said.
    private static bool KnownAsPlaceOrOrganization(ReadOnlySpan<char> word)
    {
        var model = NerModel.Default;
        return model.GazetteerTable.TryGetValue(NerHash.Extend(NerHash.EmptySequence, model.WordHash(word)), out byte kinds) && (kinds & PlaceOrOrganizationKinds) != 0;
    }

    // The gazetteer bits (NerModel.GazetteerTable) of a place or an organization seen in labelled text, and of a name
    // from the world place list; bit 0, a person, is left out.
    private const byte PlaceOrOrganizationKinds = (1 << 1) | (1 << 2) | NerModel.PlaceListBit;
}
