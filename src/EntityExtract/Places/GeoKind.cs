namespace EntityExtract.Places;

/// <summary>What kind of place a <see cref="GeoLocation"/> is. The <see langword="default"/> value is <see cref="Other"/>.</summary>
public enum GeoKind
{
    /// <summary>Another kind of place (not produced by the built-in gazetteer; available to custom stages).</summary>
    Other = 0,

    /// <summary>A country or dependent territory with its own ISO 3166-1 code.</summary>
    Country,

    /// <summary>A first-level administrative region: a US state, one of the United Kingdom's four nations.</summary>
    Region,

    /// <summary>A populated place: a city, town or part of one.</summary>
    City,

    /// <summary>A continent.</summary>
    Continent,
}
