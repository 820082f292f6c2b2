using System.Collections.Immutable;
using Tacitus.Core;

namespace Tacitus.Storage.Tests;

/// <summary>Hand-built annotated documents (the coding stages are built elsewhere): what a full pipeline would produce.</summary>
internal static class TestDocuments
{
    public const string StrikeText =
        "Russian forces struck Sumy with missiles on Feb. 28, killing three people. Lammy condemned Putin on Wednesday. Officials met in Ankara.";

    /// <summary>A document reporting the Sumy strike (195, RUS → UKR), a condemnation (122) and a meeting (040).</summary>
    public static Document Strike(string id = "strike", string text = StrikeText, string? source = "Example Wire", string? url = null, DateOnly? date = null)
    {
        int strike = text.IndexOf("Russian forces", StringComparison.Ordinal);
        int condemn = text.IndexOf("Lammy condemned", StringComparison.Ordinal);
        int meet = text.IndexOf("Officials met", StringComparison.Ordinal);
        int sumy = text.IndexOf("Sumy", StringComparison.Ordinal);
        int ankara = text.IndexOf("Ankara", StringComparison.Ordinal);
        var sentences = ImmutableArray.Create(
            new Sentence(new TextSpan(0, condemn - 1), 0, 0),
            new Sentence(new TextSpan(condemn, meet - 1), 0, 0),
            new Sentence(new TextSpan(meet, text.Length), 0, 0));
        var sumyRef = new PlaceRef("Sumy", 692194, "UKR", 50.9216, 34.80029, new TextSpan(sumy, sumy + 4), PlaceBasis.Predicate);
        return new Document(id, text)
        {
            PublicationDate = date ?? new DateOnly(2025, 5, 14),
            SourceName = source,
            Url = url,
            Sentences = sentences,
            Entities = [new Entity(new TextSpan(sumy, sumy + 4), "LOC", 0, "test")],
            Actors =
            [
                new Actor("a1", "Russian forces", "RUS", "RUSMIL", ["military"], [new ActorMention(new TextSpan(strike, strike + 14), 0, "test")], "test"),
                new Actor("a2", "David Lammy", "GBR", "GBRGOV", ["foreign secretary"], [new ActorMention(new TextSpan(condemn, condemn + 5), 1, "test")], "test"),
            ],
            Places =
            [
                new Place(new TextSpan(sumy, sumy + 4), 0, 692194, "Sumy", "UKR", "Sumy Oblast", 50.9216, 34.80029, "P", "test"),
                new Place(new TextSpan(ankara, ankara + 6), 2, 323786, "Ankara", "TUR", "Ankara", 39.91987, 32.85427, "P", "test"),
            ],
            Times = [new TimeExpression(new TextSpan(text.IndexOf("Feb. 28", StringComparison.Ordinal), text.IndexOf("Feb. 28", StringComparison.Ordinal) + 7), 0, "DATE", "2025-02-28", "test")],
            Events =
            [
                new Event
                {
                    Id = id + "-e1", Sentence = 0, Cameo = "195", Goldstein = -10, QuadClass = 4, Plover = new PloverCode("ASSAULT", "aerial", null),
                    Source = new ActorRef("a1", "Russian forces", "RUSMIL", "RUS", new TextSpan(strike, strike + 14)),
                    Target = new ActorRef(null, "Ukraine", "UKR", "UKR"),
                    Date = "2025-02-28", DatePrecision = DatePrecision.Sentence, Place = sumyRef, Fatalities = 3,
                    Evidence = new TextSpan(strike, condemn - 1), Rule = "test:strike",
                },
                new Event
                {
                    Id = id + "-e2", Sentence = 1, Cameo = "122", Goldstein = -2, QuadClass = 3, Plover = new PloverCode("ACCUSE", null, null),
                    Source = new ActorRef("a2", "David Lammy", "GBRGOV", "GBR"), Target = new ActorRef(null, "Vladimir Putin", "RUSGOV", "RUS"),
                    Date = "2025-05-14", Evidence = new TextSpan(condemn, meet - 1), Rule = "test:condemn",
                },
                new Event
                {
                    Id = id + "-e3", Sentence = 2, Cameo = "040", Goldstein = 1, QuadClass = 1, Plover = new PloverCode("CONSULT", null, null),
                    Source = new ActorRef(null, "Officials", "---GOV", null),   // officials of a country the text does not name
                    Date = "2025-05", Place = new PlaceRef("Ankara", 323786, "TUR", 39.91987, 32.85427),
                    Evidence = new TextSpan(meet, text.Length), Rule = "test:meet",
                },
            ],
            Stages = ["tokenizer", "test"],
        };
    }

    public static StoredDocument Stored(Document d) => StoredDocument.Create(d, input: "test");

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "tacitus-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
