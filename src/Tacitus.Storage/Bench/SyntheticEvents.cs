namespace Tacitus.Storage.Bench;

/// <summary>Deterministic synthetic events with GDELT-like skew: a few countries, actors and codes dominate.</summary>
public static class SyntheticEvents
{
    private static readonly string[] Countries =
        ["USA", "RUS", "UKR", "CHN", "GBR", "FRA", "DEU", "TUR", "ISR", "PSE", "IRN", "IND", "PAK", "SYR", "IRQ", "AFG", "NGA", "EGY", "SAU", "JPN",
         "KOR", "PRK", "BRA", "MEX", "VEN", "COL", "ZAF", "ETH", "SDN", "SOM", "YEM", "LBY", "MLI", "POL", "BLR", "GEO", "ARM", "AZE", "KAZ", "IDN"];
    private static readonly string[] Roles = ["GOV", "MIL", "COP", "OPP", "REB", "CVL", "BUS", "MED", "JUD", "LEG"];
    private static readonly string[] Plover =
        ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

    public static IEnumerable<StoredEvent> Generate(long count, int seed = 42)
    {
        var rng = new Random(seed);
        var start = new DateOnly(2015, 1, 1);
        int days = new DateOnly(2025, 12, 31).DayNumber - start.DayNumber;
        var actors = Enumerable.Range(0, 2000).Select(i =>
        {
            var c = Countries[Skewed(rng, Countries.Length)];
            var role = Roles[rng.Next(Roles.Length)];
            return (Name: $"{c} {role} actor {i}", Cameo: c + role, Country: c);
        }).ToArray();
        var places = Enumerable.Range(0, 1000).Select(i =>
        {
            var c = Countries[Skewed(rng, Countries.Length)];
            return (Name: $"Place {i}", Country: c, Lat: rng.NextDouble() * 140 - 60, Lon: rng.NextDouble() * 360 - 180, Id: 100000L + i);
        }).ToArray();
        var added = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (long n = 0; n < count; n++)
        {
            int root = 1 + Skewed(rng, 20);
            var cameo = root.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + rng.Next(0, 6);
            var quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
            var src = actors[Skewed(rng, actors.Length)];
            var tgt = actors[Skewed(rng, actors.Length)];
            var located = rng.Next(4) != 0;
            var place = places[Skewed(rng, places.Length)];
            var date = start.AddDays(rng.Next(days));
            int mentions = 1 + Skewed(rng, 20);
            yield return new StoredEvent
            {
                Id = n + 1,
                Date = date,
                DateText = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                SourceName = src.Name, SourceCameo = src.Cameo, SourceCountry = src.Country,
                TargetName = tgt.Name, TargetCameo = tgt.Cameo, TargetCountry = tgt.Country,
                Cameo = cameo,
                Goldstein = Math.Round(10 - root + rng.NextDouble(), 1),
                QuadClass = quad,
                PloverType = Plover[(root - 1) * Plover.Length / 20],
                PlaceName = located ? place.Name : null,
                GeonameId = located ? place.Id : null,
                PlaceCountry = located ? place.Country : null,
                Latitude = located ? place.Lat : null,
                Longitude = located ? place.Lon : null,
                Fatalities = root >= 18 && rng.Next(3) == 0 ? rng.Next(1, 30) : null,
                Mentions = mentions,
                Sources = 1 + (mentions - 1) / 2,
                Articles = 1 + (mentions - 1) / 2,
                FirstDocumentId = "synthetic",
                AddedAt = added,
            };
        }
    }

    // Zipf-like: index 0 most frequent.
    private static int Skewed(Random rng, int n) => (int)Math.Min(n - 1, Math.Floor(n * Math.Pow(rng.NextDouble(), 2.5)));
}
