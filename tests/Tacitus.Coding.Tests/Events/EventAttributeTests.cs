using Tacitus.Coding.Events;
using Tacitus.Core;

namespace Tacitus.Coding.Tests.Events;

/// <summary>Dates, places, evidence, ids and rules of the showcase events.</summary>
public class EventAttributeTests
{
    private static (Document Doc, System.Collections.Immutable.ImmutableArray<Event> Events) Showcase()
    {
        var doc = GoldDocuments.Load("showcase.gold").Single().Document;
        return (doc, EventGoldenTests.Coder.Value.Code(doc));
    }

    [Fact]
    public void Missile_strike_has_date_place_fatalities_and_evidence()
    {
        var (doc, events) = Showcase();
        var e = events.Single(x => x.Cameo == "195");
        Assert.Equal("2025-02-28", e.Date);
        Assert.Equal(DatePrecision.Predicate, e.DatePrecision);
        Assert.Equal("Sumy", e.Place?.Name);
        Assert.Equal(3, e.Fatalities);
        Assert.Equal("RUS", e.Source?.Country);
        Assert.Equal("UKR", e.Target?.Country);
        Assert.Equal(-10.0, e.Goldstein);
        Assert.Equal(4, e.QuadClass);
        Assert.Equal("ASSAULT", e.Plover?.Type);
        Assert.StartsWith("Russian missile strike, killing three people", doc.TextOf(e.Evidence), StringComparison.Ordinal);
        Assert.Contains("weapon missile", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Planned_meeting_takes_the_date_and_place_of_its_own_phrase()
    {
        var (doc, events) = Showcase();
        var e = events.Single(x => x.Cameo == "040" && x.Target?.ActorId == "erdogan");
        Assert.Equal(Modality.Planned, e.Modality);
        Assert.Equal("2025-05-15", e.Date);
        Assert.Equal(DatePrecision.Predicate, e.DatePrecision);
        Assert.Equal("Ankara", e.Place?.Name);
        Assert.Equal("Zelenskyy is set to meet with Turkish President Recep Tayyip Erdoğan", doc.TextOf(e.Evidence));
    }

    [Fact]
    public void Events_without_a_time_of_their_own_fall_back_to_sentence_then_document_date()
    {
        var (_, events) = Showcase();
        var talks = events.Single(x => x.Cameo == "046" && x.Target is not null);
        // "These negotiations … are scheduled for Istanbul on Thursday": the scheduling verb's time belongs to the talks.
        Assert.Equal(("2025-05-15", DatePrecision.Predicate), (talks.Date, talks.DatePrecision));
        var refusal = events.Single(x => x.Cameo == "125");
        Assert.Equal(("2025-05-14", DatePrecision.Document), (refusal.Date, refusal.DatePrecision));
        Assert.Contains("refusal refuse + accept [036] → REJECT [125]", refusal.Rule, StringComparison.Ordinal);
        Assert.Equal(Modality.Refused, refusal.Modality);
    }

    [Fact]
    public void Without_time_and_geo_stages_date_and_place_stay_null()
    {
        var doc = GoldDocuments.Load("showcase.gold").Single().Document with { Times = [], Places = [] };
        var events = EventGoldenTests.Coder.Value.Code(doc);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Null(e.Date));
        Assert.All(events, e => Assert.Null(e.DatePrecision));
        Assert.All(events, e => Assert.Null(e.Place));
    }

    [Fact]
    public void Ids_are_deterministic_document_sentence_predicate()
    {
        var (doc, events) = Showcase();
        var again = EventGoldenTests.Coder.Value.Code(doc);
        Assert.Equal(events.Select(e => e.Id), again.Select(e => e.Id));
        var strike = events.Single(x => x.Cameo == "195");
        var s = doc.Sentences[strike.Sentence];
        Assert.Equal($"showcase:{strike.Sentence}:{strike.Predicate - s.FirstToken}", strike.Id);
        Assert.Equal("strike", doc.TextOf(doc.Tokens[strike.Predicate!.Value]));
    }

    [Fact]
    public void Processor_fills_document_events()
    {
        var doc = GoldDocuments.Load("showcase.gold").Single().Document;
        var p = new EventProcessor(EventGoldenTests.Coder.Value);
        Assert.Equal("events", p.Name);
        var result = p.Process(doc);
        Assert.Equal(EventGoldenTests.Coder.Value.Code(doc).Length, result.Events.Length);
    }

    [Fact]
    public void Require_dyad_drops_one_sided_events()
    {
        var model = EventModel.Load(Path.Combine(AppContext.BaseDirectory, "models"));
        var coder = new EventCoder(model.Verbs, model.Codebook, new EventCoderOptions { RequireDyad = true });
        var events = coder.Code(GoldDocuments.Load("showcase.gold").Single().Document);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(e.Source is not null && e.Target is not null));
    }
}
