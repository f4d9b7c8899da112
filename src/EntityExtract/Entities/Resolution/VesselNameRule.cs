using EntityExtract.Internal;

namespace EntityExtract.Entities.Resolution;

/// <summary>
/// A ship is named after a person or a place ("the aircraft carrier Carl Vinson") but is neither (CoNLL
/// MISC): a name the document writes right after a vessel noun ("tanker", "aircraft carrier") is dropped
/// everywhere in the document.
/// </summary>
internal sealed class VesselNameRule : IResolutionRule
{
    /// <inheritdoc />
    public List<Mention> Apply(ResolutionDocument document, List<Mention> mentions)
    {
        string text = document.Text;
        HashSet<string>? vessels = null;
        foreach (var m in mentions)
        {
            // "carrier" alone is also an airline ("the carrier Lufthansa"): only "aircraft carrier" is a ship.
            var before = TextScan.WordBefore(text, m.Start);
            if (IsVesselNoun(before) || (before is "carrier" or "carriers" && TextScan.WordBefore(text, m.Start - before.Length - 1) is "aircraft"))
            {
                (vessels ??= new HashSet<string>(StringComparer.Ordinal)).Add(NameText.Normalize(m.Text));
            }
        }

        return vessels is null ? mentions : mentions.FindAll(m => !vessels.Contains(NameText.Normalize(m.Text)));
    }

    /// <summary>Nouns that stand before a ship's name: "the aircraft carrier Carl Vinson", "the tanker Exxon Valdez".</summary>
    private static bool IsVesselNoun(ReadOnlySpan<char> word)
        => word is "ship" or "vessel" or "tanker" or "frigate" or "destroyer" or "submarine" or "liner" or "ferry" or "cruiser" or "freighter" or "warship";
}
