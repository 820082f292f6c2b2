using Tacitus.Core;
using Tacitus.Geo.Gazetteer;

namespace Tacitus.Geo.Tests;

public class GazetteerFileTests
{
    [Fact]
    public void Build_save_load_round_trip_gives_the_same_gazetteer_and_answers()
    {
        using var fx = new GeoFixture(withDump: true);
        var path = Path.Combine(fx.Directory, "gaz.bin");
        GazetteerFile.Save(fx.Gazetteer, path, "fixture");
        var loaded = GazetteerFile.Load(path);

        Assert.Equal(fx.Gazetteer.Entries, loaded.Entries);
        Assert.Equal(fx.Gazetteer.Names.Select(n => string.Join("|", n.Take(GazetteerFile.DisplayNames))), loaded.Names.Select(n => string.Join("|", n)));
        Assert.Equal(fx.Gazetteer.NameIndex.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + string.Join(",", kv.Value)),
            loaded.NameIndex.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + string.Join(",", kv.Value)));
        Assert.Equal(fx.Gazetteer.Countries.Select(c => c.Iso3 + string.Join(",", c.Demonyms)), loaded.Countries.Select(c => c.Iso3 + string.Join(",", c.Demonyms)));
        Assert.Equal(fx.Gazetteer.CommonWords.Order(), loaded.CommonWords.Order());
        foreach (var name in new[] { "Paris", "Kiev", "Constantinople", "Turkey", "Kursk region", "the Arctic", "Sumy", "La France" })
            Assert.Equal(fx.Gazetteer.Lookup(name).ToArray(), loaded.Lookup(name).ToArray());

        var text = "Talks in Istanbul. Sumy, northeastern Ukraine, was hit. Paris, Texas is not Paris.";
        var before = fx.Annotate(text).Places.Select(p => p.ToString()).ToList();
        var after = new Resolution.PlacesProcessor(loaded).Process(new Nlp.Tokenization.Tokenizer().Process(new Document("test", text))).Places.Select(p => p.ToString()).ToList();
        Assert.Equal(6, before.Count);
        Assert.Equal(before, after);
    }

    [Fact]
    public void The_dump_adds_latin_alternate_names_only_for_big_cities_and_skips_non_populated_features()
    {
        using var fx = new GeoFixture(withDump: true);
        var g = fx.Gazetteer;
        Assert.Equal(703448, g.Entries[Assert.Single(g.Lookup("Kiev").ToArray())].GeonameId);
        Assert.Equal(745044, g.Entries[Assert.Single(g.Lookup("Constantinople").ToArray())].GeonameId);
        Assert.True(g.Lookup("Київ").IsEmpty);          // Cyrillic alternate names are left out
        Assert.True(g.Lookup("IEV").IsEmpty);           // airport codes too
        Assert.True(g.Lookup("Petiteville").IsEmpty);   // small places keep only their name and ASCII name
        Assert.False(g.Lookup("Smallville").IsEmpty);
        Assert.True(g.Lookup("Some Hill").IsEmpty);     // only populated places (feature class P) are cities
    }

    [Fact]
    public void Countries_regions_and_demonyms_are_indexed_with_iso3_and_region_points()
    {
        using var fx = new GeoFixture();
        var g = fx.Gazetteer;
        var turkey = g.Entries[Assert.Single(g.Lookup("Turkey").ToArray())];
        Assert.Equal(PlaceKind.Country, turkey.Kind);
        Assert.Equal("TUR", g.Iso3(turkey));
        Assert.Equal(turkey, g.Entries[g.Lookup("Türkiye")[0]]);
        Assert.Equal(turkey, g.Entries[g.DemonymOf("Turkish")]);
        // Regions: named after the admin1 table, stripped of "Oblast", placed at the middle of their cities' box.
        var kursk = g.Entries[g.Admin1("RU.41")];
        Assert.Contains(g.Admin1("RU.41"), g.Lookup("Kursk").ToArray());
        Assert.Equal(51.73733, kursk.Latitude, 4);
        var idaho = g.Entries[g.Admin1("US.ID")];
        Assert.Equal((46.73239 + 43.6135) / 2, idaho.Latitude, 3);
        // The overlay's point replaces the country's representative point.
        var us = g.Entries[g.Lookup("United States")[0]];
        Assert.Equal(39.83, us.Latitude, 5);
        Assert.True(g.IsCommonWord("may"));
        Assert.True(g.IsCommonWord("nice"));
        Assert.False(g.IsCommonWord("paris"));
    }

    [Fact]
    public void A_file_that_is_not_a_gazetteer_or_has_another_version_is_a_clear_error()
    {
        using var fx = new GeoFixture();
        var bad = Path.Combine(fx.Directory, "bad.bin");
        File.WriteAllText(bad, "hello world, not a gazetteer");
        Assert.Contains("not a Tacitus gazetteer", Assert.Throws<TacitusException>(() => GazetteerFile.Load(bad)).Message);

        var path = Path.Combine(fx.Directory, "gaz.bin");
        GazetteerFile.Save(fx.Gazetteer, path);
        var bytes = File.ReadAllBytes(path);
        bytes[6] = 99;
        File.WriteAllBytes(bad, bytes);
        Assert.Contains("version 99", Assert.Throws<TacitusException>(() => GazetteerFile.Load(bad)).Message);

        File.WriteAllBytes(bad, bytes.AsSpan(0, bytes.Length / 2).ToArray().Select((b, i) => i == 6 ? (byte)GazetteerFile.FormatVersion : b).ToArray());
        Assert.Contains("damaged", Assert.Throws<TacitusException>(() => GazetteerFile.Load(bad)).Message);
        Assert.Contains("gazetteer build", Assert.Throws<TacitusException>(() => GazetteerFile.Load(Path.Combine(fx.Directory, "missing.bin"))).Message);
    }

    [Fact]
    public void Name_keys_ignore_case_diacritics_and_typographic_apostrophes()
    {
        Assert.Equal(NameKey.Of("Turkiye"), NameKey.Of("Türkiye"));
        Assert.Equal("cote d'ivoire", NameKey.Of("Côte d’Ivoire"));
        Assert.Equal("new york", NameKey.Of(" New   York "));
        Assert.NotEqual(NameKey.Of("U.S."), NameKey.Of("US"));
    }
}
