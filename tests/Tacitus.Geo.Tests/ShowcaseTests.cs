namespace Tacitus.Geo.Tests;

public class ShowcaseTests
{
    private static Core.Document Showcase()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "istanbul-talks-2025-05-14.txt"));
        return Shipped.Annotate(text, "istanbul-talks-2025-05-14");
    }

    [Fact]
    public void Istanbul_Sumy_and_Ankara_resolve_to_the_right_geonames()
    {
        var doc = Showcase();
        Core.Place First(string s) => doc.Places.First(p => doc.TextOf(p.Span) == s);
        Assert.Equal((745044L, "TUR"), (First("Istanbul").GeonameId!.Value, First("Istanbul").Country!));
        Assert.Equal((692194L, "UKR"), (First("Sumy").GeonameId!.Value, First("Sumy").Country!));
        Assert.Equal((323786L, "TUR"), (First("Ankara").GeonameId!.Value, First("Ankara").Country!));
        Assert.Equal(524901, First("Moscow").GeonameId);
    }

    [Theory]
    [InlineData("Ukraine", "UKR")]
    [InlineData("Russia", "RUS")]
    [InlineData("Britain", "GBR")]
    [InlineData("UK", "GBR")]
    [InlineData("Germany", "DEU")]
    public void Countries_are_countries(string surface, string iso3)
    {
        var doc = Showcase();
        var places = doc.Places.Where(p => doc.TextOf(p.Span) == surface).ToList();
        Assert.NotEmpty(places);
        Assert.All(places, p => Assert.Equal((iso3, "A"), (p.Country!, p.FeatureClass)));
    }

    [Fact]
    public void The_arctic_comes_from_the_overlay_and_people_are_not_places()
    {
        var doc = Showcase();
        var arctic = Assert.Single(doc.Places, p => doc.TextOf(p.Span) == "Arctic");
        Assert.Equal("L", arctic.FeatureClass);
        var surfaces = doc.Places.Select(p => doc.TextOf(p.Span)).ToHashSet();
        foreach (var person in new[] { "Vladimir", "Putin", "Merz", "Lammy", "Erdoğan", "Lavrov", "Zelenskyy", "Medinsky", "Kremlin" })
            Assert.DoesNotContain(person, surfaces);
    }
}
