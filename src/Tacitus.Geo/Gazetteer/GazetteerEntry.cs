namespace Tacitus.Geo.Gazetteer;

/// <summary>What kind of place a gazetteer entry is; drives the feature class and the disambiguation prior.</summary>
public enum PlaceKind : byte
{
    Country = 0,
    Admin1 = 1,
    City = 2,
    Continent = 3,
    Region = 4,
    Water = 5,
    Landform = 6,
}

/// <summary>
/// One place in the gazetteer. <see cref="Country"/> is the ISO 3166-1 alpha-2 code (empty for places that span
/// countries, e.g. the Black Sea); <see cref="Admin1"/> the GeoNames admin1 code inside that country.
/// </summary>
public sealed record GazetteerEntry(
    long? GeonameId,
    string Name,
    string Country,
    string? Admin1,
    double Latitude,
    double Longitude,
    long Population,
    string FeatureCode,
    PlaceKind Kind)
{
    /// <summary>GeoNames feature class: A (country, region), P (populated place), H (water), L (area), T (landform).</summary>
    public string FeatureClass => Kind switch
    {
        PlaceKind.Country or PlaceKind.Admin1 => "A",
        PlaceKind.City => "P",
        PlaceKind.Water => "H",
        PlaceKind.Landform => "T",
        _ => "L",
    };

    /// <summary>The key of this entry's first-level region ("UA.21"), or null.</summary>
    public string? Admin1Key => Admin1 is null || Country.Length == 0 ? null : Country + "." + Admin1;
}

/// <summary>Country facts the resolver needs beyond the entry: ISO3 code and demonyms.</summary>
public sealed record CountryInfo(string Iso2, string Iso3, string Name, IReadOnlyList<string> Demonyms, int Entry);
