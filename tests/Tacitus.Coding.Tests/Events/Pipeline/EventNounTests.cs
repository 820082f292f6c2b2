namespace Tacitus.Coding.Tests.Events.Pipeline;

/// <summary>Event nouns that name a kind of person or thing, or an illness, are no events.</summary>
public class EventNounTests
{
    [Theory]
    [InlineData("Iraq released 500 Iranian prisoners of war on Friday.", "war")]
    [InlineData("The Iraqi war machine was destroyed.", "war")]
    [InlineData("Margalit Har-Shefi's father had a heart attack in Jerusalem.", "attack")]
    public void A_kind_of_thing_is_no_event(string text, string noun)
    {
        var doc = PipelineGolden.Analyse("noun", text, new DateOnly(1990, 8, 17));
        Assert.DoesNotContain(doc.Events, e => e.Rule.StartsWith($"noun {noun} ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Iraq's war with Iran lasted eight years.", "war")]
    [InlineData("The Iraqi attack on Jordan was repelled.", "attack")]
    public void The_event_itself_still_codes(string text, string noun)
    {
        var doc = PipelineGolden.Analyse("noun", text, new DateOnly(1990, 8, 17));
        Assert.Contains(doc.Events, e => e.Rule.StartsWith($"noun {noun} ", StringComparison.Ordinal));
    }
}
