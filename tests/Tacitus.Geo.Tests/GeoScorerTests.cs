using Tacitus.Core;
using Tacitus.Geo.Evaluation;

namespace Tacitus.Geo.Tests;

public class GeoScorerTests
{
    [Fact]
    public void Haversine_matches_known_distances()
    {
        Assert.Equal(0, Haversine.Km(10, 20, 10, 20), 6);
        Assert.Equal(343.5, Haversine.Km(51.5074, -0.1278, 48.8566, 2.3522), 0);   // London–Paris ≈ 343.5 km
        Assert.Equal(20015, Haversine.Km(0, 0, 0, 180), 0);                          // half the equator
    }

    [Fact]
    public void Recall_accuracy_and_errors_are_computed_over_found_gold_toponyms()
    {
        var text = "Paris and Lyon and Nice.";
        var gold = new[]
        {
            new GoldArticle("a", text, null,
            [
                new GoldToponym(new TextSpan(0, 5), "Paris", 1, 48.8566, 2.3522),
                new GoldToponym(new TextSpan(10, 14), "Lyon", 2, 45.764, 4.8357),
                new GoldToponym(new TextSpan(19, 23), "Nice", 3, 43.7102, 7.2620),
                new GoldToponym(new TextSpan(19, 23), "Nice", null, null, null),
            ]),
        };
        Document Annotate(Document d) => d with
        {
            Places =
            [
                new Place(new TextSpan(0, 5), 0, 1, "Paris", "FRA", null, 48.8566, 2.3522, "P", "t"),
                new Place(new TextSpan(10, 14), 0, 9, "Lyon?", "USA", null, 51.5074, -0.1278, "P", "t"),  // far off
                new Place(new TextSpan(15, 18), 0, 9, "and", "USA", null, 0, 0, "P", "t"),               // spurious
            ],
        };
        var s = GeoScorer.Score(gold, Annotate);
        Assert.Equal(3, s.GoldToponyms);
        Assert.Equal(2, s.Recalled);
        Assert.Equal(0.5, s.AccuracyAt161, 6);
        Assert.Equal(2.0 / 3, s.Precision, 6);
        Assert.True(s.MeanErrorKm > 300);
        Assert.Equal(s.MeanErrorKm, s.MedianErrorKm, 6);   // two errors: median = mean
    }

    [Fact]
    public void Gold_offsets_off_by_a_few_characters_are_moved_to_the_nearest_occurrence()
    {
        const string text = "Ankara said. Then Ankara again.";
        Assert.Equal(new TextSpan(18, 24), GeoGold.Anchor(text, "Ankara", 20, 26));
        Assert.Equal(new TextSpan(0, 6), GeoGold.Anchor(text, "Ankara", 0, 6));
    }
}
