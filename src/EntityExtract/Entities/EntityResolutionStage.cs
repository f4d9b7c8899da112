using EntityExtract.Entities.Resolution;
using EntityExtract.Pipeline;

namespace EntityExtract.Entities;

/// <summary>
/// Resolves the document's person, place and organization mentions to one canonical name per entity
/// ("Kim" → "Kim Jong Un"). Thread-safe: all state belongs to the call.
/// </summary>
/// <remarks>
/// The rules are those of the "one sense per discourse" family (Gale, Church &amp; Yarowsky 1992) and of the
/// name-matching sieves of Stanford's deterministic coreference (Lee et al. 2013, "string match" and
/// "relaxed head match"), restricted to names. They run in this order, one class each in
/// <c>Entities/Resolution/</c>:
/// <list type="number">
/// <item>An acronym in parentheses right after a name ("Korean Central News Agency (KCNA)") is a mention of the same type wherever it stands alone.</item>
/// <item>A mention that, with the words around it, spells a longer name of its type found elsewhere takes the longer span.</item>
/// <item>A family name alone is the person the document names in full ("Jordan" after "Neil Jordan"), whatever its tagged type, and also where the tagger missed it.</item>
/// <item>A one-word name tagged as a person is an organization when the document gives organization evidence for it ("tyre giant Pirelli", "Pirelli chairman").</item>
/// <item>A name written after a vessel noun ("the tanker Exxon Valdez") names a ship and is dropped.</item>
/// <item>A one-word name the document writes in a place context ("waiting in Longyear", "the town of Tavildara") is a place, not a person.</item>
/// <item>One type per name: the same name tagged with different types in one document takes the type most of its mentions have.</item>
/// </list>
/// Then each name takes its canonical form: a person mention whose words are the first or last words of a
/// longer person name ("Trump" in "Donald Trump") takes that name, the most frequent, then the most recent;
/// an acronym takes the long form whose initials it spells; an organization name that ends a longer one
/// takes it; places never merge by partial words, except a lone compass word ("the North") for the
/// two-word place it opens ("North Korea"). Canonical names never carry a possessive ending and have their
/// whitespace collapsed.
/// </remarks>
public sealed class EntityResolutionStage : IExtractionStage
{
    // The resolution rules, in the order they run: the one place that order is written. Acronyms first (they
    // add mentions the later rules count), then spans (so that names compare whole), then family names (which
    // may retype a place or organization as a person), then the type evidence of the contexts, and last the
    // vote that gives each name one type. Each rule sees what the earlier ones left.
    private static readonly IResolutionRule[] Rules =
    [
        new AcronymDefinitionRule(),
        new SpanExtensionRule(),
        new FamilyNameRule(),
        new GivenNameEvidenceRule(),
        new OrganizationContextRule(),
        new VesselNameRule(),
        new PlaceContextRule(),
        new TypeUnificationRule(),
    ];

    private readonly IResolutionRule[] _rules;

    /// <summary>Creates the stage with every rule.</summary>
    public EntityResolutionStage()
    {
        _rules = Rules;
    }

    // For eval-ner-ablation (issue 13): the stage without the rules isEnabled refuses (by class name).
    internal EntityResolutionStage(Func<string, bool> isEnabled)
    {
        _rules = Array.FindAll(Rules, r => isEnabled(r.GetType().Name));
    }

    /// <summary>The rules' names (their class names), in the order they run.</summary>
    internal static IEnumerable<string> RuleNames => Rules.Select(static r => r.GetType().Name);

    /// <inheritdoc />
    public string Name => "resolution";

    /// <inheritdoc />
    public void Process(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var all = context.Mentions;
        if (all.Count == 0)
        {
            return;
        }

        var mentions = new List<Mention>(all.Count);
        var others = new List<Mention>();
        foreach (var m in all)
        {
            (m.Type is MentionType.Person or MentionType.Place or MentionType.Organization ? mentions : others).Add(m);
        }

        var document = new ResolutionDocument(context, others);
        foreach (var rule in _rules)
        {
            mentions = rule.Apply(document, mentions);
        }

        var canonical = NameMatcher.Resolve(mentions, context.CancellationToken);
        foreach (var (acronym, (type, longForm)) in document.AcronymDefinitions)
        {
            canonical[(type, acronym)] = canonical.GetValueOrDefault((type, longForm), longForm);
        }

        var resolved = new List<Mention>(all.Count + 4);
        foreach (var m in mentions)
        {
            string name = NameText.Normalize(m.Text);
            string resolvedName = canonical.GetValueOrDefault((m.Type, name), name);

            // Most mentions already carry their canonical name (the recognizer gives a name itself): a mention is
            // immutable, so it is kept rather than copied (issue 14: the copies were a sixth of resolution's garbage).
            resolved.Add(string.Equals(m.Canonical, resolvedName, StringComparison.Ordinal) ? m : m.WithCanonical(resolvedName));
        }

        resolved.AddRange(others);
        context.ReplaceMentions(resolved);
    }
}
