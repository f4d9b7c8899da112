using System.Globalization;
using EntityExtract.Places;

namespace EntityExtract.Reporting.Internal;

/// <summary>The words and class names the report uses for types and kinds. Thread-safe (stateless).</summary>
internal static class Names
{
    /// <summary>The lower-case name of a mention type, as in the JSON contract (<c>person</c>, <c>place</c>, ...).</summary>
    public static string Of(MentionType type) => type switch
    {
        MentionType.Person => "person",
        MentionType.Place => "place",
        MentionType.Organization => "organization",
        MentionType.Date => "date",
        _ => "other",
    };

    /// <summary>The label shown on a mention: upper case, readable without colour.</summary>
    public static string Label(MentionType type) => type switch
    {
        MentionType.Person => "PERSON",
        MentionType.Place => "PLACE",
        MentionType.Organization => "ORG",
        MentionType.Date => "DATE",
        _ => "OTHER",
    };

    /// <summary>The type in words, capitalized: "Person", "Place", "Organization", "Date".</summary>
    public static string Singular(MentionType type) => type switch
    {
        MentionType.Person => "Person",
        MentionType.Place => "Place",
        MentionType.Organization => "Organization",
        MentionType.Date => "Date",
        _ => "Entity",
    };

    /// <summary>The heading of a group of entities.</summary>
    public static string Plural(MentionType type) => type switch
    {
        MentionType.Person => "People",
        MentionType.Place => "Places",
        MentionType.Organization => "Organizations",
        MentionType.Date => "Dates",
        _ => "Other",
    };

    /// <summary>
    /// The lower-case name of a quote kind (<c>direct</c>, <c>partial</c>, and any kind a later version adds,
    /// such as <c>indirect</c>); a value the enum does not define is written as <c>kind-N</c>, so no kind is
    /// ever dropped or crashes the report.
    /// </summary>
    public static string Of(QuoteKind kind) =>
        Enum.IsDefined(kind) ? kind.ToString().ToLowerInvariant() : "kind-" + ((int)kind).ToString(CultureInfo.InvariantCulture);

    /// <summary>Every quote kind the library defines, in declaration order (the corpus tables have one column each).</summary>
    public static IReadOnlyList<QuoteKind> Kinds { get; } = Enum.GetValues<QuoteKind>();

    /// <summary>A count and a noun, singular or plural: "1 mention", "3 mentions".</summary>
    public static string Count(int n, string singular, string plural) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural);

    /// <summary>
    /// The built-in words shown with a place (issue 16): its kind and country from the geocoding stage,
    /// "city · North Korea", "region · United States", "country", "continent"; <see langword="null"/>
    /// when the place was not resolved, so nothing is shown rather than a guess.
    /// </summary>
    public static string? Place(Entity place)
    {
        if (place.Geo is not { } geo)
        {
            return null;
        }

        // A country is its own country: "country", not "country · Russia".
        string kind = geo.Kind == GeoKind.Other ? "place" : geo.Kind.ToString().ToLowerInvariant();
        return geo.Kind != GeoKind.Country && geo.CountryName is { Length: > 0 } country ? kind + " · " + country : kind;
    }

    /// <summary>An integer in the invariant culture.</summary>
    public static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);
}
