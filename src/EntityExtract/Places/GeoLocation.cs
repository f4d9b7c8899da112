using System.Globalization;

namespace EntityExtract.Places;

/// <summary>
/// Where a place is: its GeoNames id, country, kind and point. Immutable and thread-safe. The geocoding stage
/// gives one to every mention of a place entity it can resolve (<see cref="Mention.Geo"/>, <see cref="Entity.Geo"/>).
/// </summary>
public sealed class GeoLocation
{
    /// <summary>Creates a location.</summary>
    /// <param name="geonameId">The GeoNames id, or <see langword="null"/> when the source gives none (countries, regions and continents of the built-in gazetteer).</param>
    /// <param name="countryCode">The ISO 3166-1 alpha-2 code of the country, or <see langword="null"/> for a continent.</param>
    /// <param name="countryName">The country's English name, or <see langword="null"/> for a continent.</param>
    /// <param name="kind">What kind of place it is.</param>
    /// <param name="latitude">The latitude in degrees, -90 to 90.</param>
    /// <param name="longitude">The longitude in degrees, -180 to 180.</param>
    public GeoLocation(int? geonameId, string? countryCode, string? countryName, GeoKind kind, double latitude, double longitude)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(latitude, -90.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(latitude, 90.0);
        ArgumentOutOfRangeException.ThrowIfLessThan(longitude, -180.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(longitude, 180.0);
        GeonameId = geonameId;
        CountryCode = countryCode;
        CountryName = countryName;
        Kind = kind;
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>The GeoNames id (geonames.org), or <see langword="null"/> when the gazetteer has none for the place.</summary>
    public int? GeonameId { get; }

    /// <summary>The ISO 3166-1 alpha-2 country code ("KP"), or <see langword="null"/> for a continent.</summary>
    public string? CountryCode { get; }

    /// <summary>The country's English name ("North Korea"), or <see langword="null"/> for a continent.</summary>
    public string? CountryName { get; }

    /// <summary>What kind of place it is.</summary>
    public GeoKind Kind { get; }

    /// <summary>The latitude in degrees (WGS 84).</summary>
    public double Latitude { get; }

    /// <summary>The longitude in degrees (WGS 84).</summary>
    public double Longitude { get; }

    /// <summary>The great-circle distance to another point in kilometres (haversine, mean Earth radius 6,371 km).</summary>
    /// <param name="latitude">The other point's latitude in degrees.</param>
    /// <param name="longitude">The other point's longitude in degrees.</param>
    public double DistanceKm(double latitude, double longitude)
    {
        const double Radius = 6371.0;
        double dLat = double.DegreesToRadians(latitude - Latitude);
        double dLon = double.DegreesToRadians(longitude - Longitude);
        double a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(double.DegreesToRadians(Latitude)) * Math.Cos(double.DegreesToRadians(latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * Radius * Math.Asin(Math.Min(1.0, Math.Sqrt(a)));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind} {CountryCode ?? "-"} {GeonameId?.ToString(CultureInfo.InvariantCulture) ?? "-"} ({Latitude:0.###}, {Longitude:0.###})");
}
