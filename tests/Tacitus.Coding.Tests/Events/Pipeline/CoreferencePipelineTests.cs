namespace Tacitus.Coding.Tests.Events.Pipeline;

/// <summary>Personal pronouns through the real pipeline, whose parse says which name is a clause's subject.</summary>
public class CoreferencePipelineTests
{
    /// <summary>
    /// "he", "she" and "his" prefer the subject of a clause to a name earlier in it: "She" is Hidalgo, who has helped, not
    /// the mayor she met.
    /// </summary>
    [Fact]
    public void A_subject_pronoun_prefers_the_clauses_subject()
    {
        const string text = "After meeting Aleppo Mayor Brita Hagi Hasan in Paris on December 5, Anne Hidalgo has helped raise awareness of the city. She sent a letter to the Pope.";
        var doc = PipelineGolden.Analyse("coref", text, new DateOnly(2016, 12, 20));
        int she = text.IndexOf("She", StringComparison.Ordinal);
        var owner = Assert.Single(doc.Actors, a => a.Mentions.Any(m => m.Span.Start == she));
        Assert.Equal("Anne Hidalgo", owner.Name);
    }
}
