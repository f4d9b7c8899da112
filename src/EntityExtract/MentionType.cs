namespace EntityExtract;

/// <summary>What a <see cref="Mention"/> refers to. Serialized in lower case (<c>person</c>, <c>place</c>, ...).</summary>
public enum MentionType
{
    /// <summary>A person, real or fictional.</summary>
    Person,

    /// <summary>A place: a country, city, region, continent or geographic feature, including a capital used for its government.</summary>
    Place,

    /// <summary>An organization: an agency, party, committee, company, news outlet, army or ministry.</summary>
    Organization,

    /// <summary>A calendar date or period, with an ISO 8601 <see cref="Mention.Value"/> when it can be resolved.</summary>
    Date,
}
