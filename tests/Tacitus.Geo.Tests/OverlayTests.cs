using Tacitus.Core;
using Tacitus.Geo.Gazetteer;

namespace Tacitus.Geo.Tests;

public class OverlayTests
{
    private static string ShippedOverlay => Path.Combine(AppContext.BaseDirectory, "models", "places-overlay.tsv");

    [Fact]
    public void Every_shipped_overlay_line_parses_and_names_its_source()
    {
        var rows = PlaceOverlay.Read(ShippedOverlay);
        Assert.True(rows.Count > 50);
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        foreach (var name in new[] { "Arctic", "Donbas", "Red Sea", "Black Sea", "Sahel", "Middle East" })
            Assert.Contains(rows, r => r.Op == OverlayOp.Place && r.Name == name);
        // Crimea, Gaza Strip and West Bank are GeoNames first-level regions; Kursk region an alias of one.
        Assert.Contains(rows, r => r.Op == OverlayOp.Alias && r.Name == "Kursk region" && r.Country == "RU" && r.Admin1 == "41");
    }

    [Theory]
    [InlineData("place\tX\t-\tRGN\t-\t-\t1\t2\t-\t0\t-", "needs a source")]
    [InlineData("move\tX\t-\tRGN\t-\t-\t1\t2\t-\t0\tsrc", "unknown op")]
    [InlineData("place\tX\t-\tRGN\t-\t-\t-\t2\t-\t0\tsrc", "needs lat and lon")]
    [InlineData("place\tX\t-\tRGN\t-\t-\t91\t2\t-\t0\tsrc", "out of range")]
    [InlineData("place\tX\t-\tRGN\t-\t-\tnorth\t2\t-\t0\tsrc", "not a number")]
    [InlineData("place\tX\tRGN", "11 tab-separated fields")]
    public void Bad_overlay_lines_are_reported_with_their_line_number(string line, string message)
    {
        var ex = Assert.Throws<TacitusException>(() => PlaceOverlay.Parse(["# c", PlaceOverlay.Header, line], "ov.tsv"));
        Assert.Contains("ov.tsv:3", ex.Message);
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void An_alias_to_a_missing_region_fails_the_build()
    {
        using var fx = new GeoFixture();
        File.WriteAllText(fx.OverlayPath, PlaceOverlay.Header + "\nalias\tNowhere\t-\t-\tRU\t99\t-\t-\t-\t0\tsrc\n");
        var ex = Assert.Throws<TacitusException>(() => GazetteerBuilder.Build(fx.Sources));
        Assert.Contains("RU.99", ex.Message);
    }

    [Fact]
    public void Overlay_places_aliases_and_demonyms_reach_the_gazetteer()
    {
        using var fx = new GeoFixture();
        var g = fx.Gazetteer;
        var arctic = g.Entries[Assert.Single(g.Lookup("the Arctic").ToArray())];
        Assert.Equal(PlaceKind.Region, arctic.Kind);
        Assert.Equal("L", arctic.FeatureClass);
        Assert.Equal(PlaceKind.Water, g.Entries[g.Lookup("Black Sea")[0]].Kind);
        Assert.Equal(g.Admin1("RU.41"), Assert.Single(g.Lookup("Kursk region").ToArray()));
        Assert.Equal("FR", g.Entries[g.Lookup("La France")[0]].Country);
        Assert.Equal(2988507, g.Entries[g.DemonymOf("Parisian")].GeonameId);
    }

    [Theory]
    [InlineData("the Arctic", null, "L")]
    [InlineData("the Black Sea", null, "H")]
    [InlineData("Donbas", "UKR", "L")]
    [InlineData("the Sahel", null, "L")]
    [InlineData("Crimea", "UKR", "A")]
    [InlineData("the Gaza Strip", "PSE", "A")]
    [InlineData("the West Bank", "PSE", "A")]
    [InlineData("the Kursk region", "RUS", "A")]
    [InlineData("the Red Sea", null, "H")]
    public void The_shipped_gazetteer_knows_the_non_city_places_news_mention(string phrase, string? iso3, string featureClass)
    {
        var doc = Shipped.Annotate($"Fighting was reported in {phrase} on Monday.");
        var p = Assert.Single(doc.Places);
        Assert.Equal(iso3, p.Country);
        Assert.Equal(featureClass, p.FeatureClass);
        Assert.NotNull(p.Latitude);
    }
}
