using Tacitus.Coding.Events;
using Tacitus.Core;
using Tacitus.Core.Serialization;

namespace Tacitus.Coding.Tests.Events;

/// <summary>Golden tests: hand-parsed sentences (fixtures) in, exactly the expected events out.</summary>
public class EventGoldenTests
{
    internal static readonly Lazy<EventCoder> Coder = new(() =>
    {
        var model = EventModel.Load(Path.Combine(AppContext.BaseDirectory, "models"));
        // Hand parses test the coder's reading of the tree, so the parse alone codes them; the real pipeline's goldens use the default.
        return new EventCoder(model.Verbs, model.Codebook, new EventCoderOptions { Strategy = CodingStrategy.Parse });
    });

    public static TheoryData<string> Sentences()
    {
        var data = new TheoryData<string>();
        foreach (var c in GoldDocuments.Load("sentences.gold")) data.Add(c.Id);
        return data;
    }

    internal static string Describe(Event e)
    {
        var s = $"{e.Source?.ActorId ?? "-"} {e.Target?.ActorId ?? "-"} {e.Cameo} {SchemaV1Writer.ModalityName(e.Modality)}";
        if (e.Fatalities is { } f) s += $" fatalities={f}";
        if (e.Injuries is { } i) s += $" injuries={i}";
        return s;
    }

    internal static void AssertGolden(GoldCase c)
    {
        var events = Coder.Value.Code(c.Document);
        var actual = events.Select(Describe).Order(StringComparer.Ordinal).ToList();
        var expected = c.Expected.Order(StringComparer.Ordinal).ToList();
        var listing = string.Join("\n", events.Select(e => $"  {Describe(e)}  «{c.Document.TextOf(e.Evidence)}»  {e.Rule}"));
        Assert.True(expected.SequenceEqual(actual),
            $"{c.Id} (fixture line {c.Line}): {c.Document.Text}\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n{listing}");
        foreach (var e in events)
        {
            Assert.False(e.Evidence.IsEmpty, $"{e.Id}: empty evidence");
            Assert.False(string.IsNullOrWhiteSpace(e.Rule), $"{e.Id}: no rule");
            Assert.Contains(c.Document.TextOf(c.Document.Tokens[e.Predicate!.Value]), c.Document.TextOf(e.Evidence), StringComparison.Ordinal);
            foreach (var key in c.Forbidden)
                Assert.False(e.Source?.ActorId == key || e.Target?.ActorId == key, $"{e.Id}: {key} must take part in no event, got {Describe(e)}");
        }
        Assert.Equal(events.Length, events.Select(e => e.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Sentence_yields_exactly_the_expected_events(string id) =>
        AssertGolden(GoldDocuments.Load("sentences.gold").Single(c => c.Id == id));

    [Fact]
    public void Showcase_article_yields_the_expected_events() =>
        AssertGolden(GoldDocuments.Load("showcase.gold").Single());
}
