using Tacitus.Core;

namespace Tacitus.Coding.Tests;

/// <summary>Acceptance: the showcase article with the shipped dictionary (Phoenix + 2025 overlay).</summary>
public class ShowcaseTests
{
    private static readonly Document Doc = TestDocs.Shipped.Process(TestDocs.Tokenized(TestDocs.Showcase, new DateOnly(2025, 5, 14)));

    [Theory]
    [InlineData("Putin", "RUS")]
    [InlineData("Medinsky", "RUS")]
    [InlineData("Fomin", "RUS")]
    [InlineData("Kostyukov", "RUS")]
    [InlineData("Galuzin", "RUS")]
    [InlineData("Zelenskyy", "UKR")]
    [InlineData("Lammy", "GBR")]
    [InlineData("Merz", "DEU")]
    [InlineData("Erdo", "TUR")]
    [InlineData("Lavrov", "RUS")]
    [InlineData("Ushakov", "RUS")]
    public void Every_named_person_has_country_and_a_government_role(string surname, string country)
    {
        var actor = Assert.Single(Doc.Actors, a => a.Name.Contains(surname, StringComparison.Ordinal));
        Assert.Equal(country, actor.Country);
        Assert.NotNull(actor.Cameo);
        Assert.StartsWith(country + "GOV", actor.Cameo, StringComparison.Ordinal);
        Assert.NotEmpty(actor.Roles);
    }

    [Fact]
    public void He_implied_is_Zelenskyy()
    {
        int at = Doc.Text.IndexOf("He implied", StringComparison.Ordinal);
        var owner = Assert.Single(Doc.Actors, a => a.Mentions.Any(m => m.Span.Start == at));
        Assert.Contains("Zelenskyy", owner.Name, StringComparison.Ordinal);
        Assert.Equal("coref:pronoun", owner.Mentions.Single(m => m.Span.Start == at).Producer);
    }

    [Fact]
    public void Roles_come_from_the_titles_in_the_text()
    {
        Assert.Contains("Foreign Secretary", Doc.Actors.Single(a => a.Name.Contains("Lammy", StringComparison.Ordinal)).Roles);
        Assert.Contains("Chancellor", Doc.Actors.Single(a => a.Name.Contains("Merz", StringComparison.Ordinal)).Roles);
        Assert.Contains("Deputy Defense Minister", Doc.Actors.Single(a => a.Name.Contains("Fomin", StringComparison.Ordinal)).Roles);
    }

    [Fact]
    public void The_Russian_leader_and_Moscow_and_possessives()
    {
        var putin = Doc.Actors.Single(a => a.Name.Contains("Putin", StringComparison.Ordinal));
        Assert.Contains(putin.Mentions, m => Doc.TextOf(m.Span) == "Russian leader" && m.Producer == "coref:description");
        // "Putin’s lack" — the mention is the name without the possessive.
        int poss = Doc.Text.IndexOf("Putin’s lack", StringComparison.Ordinal);
        Assert.Contains(putin.Mentions, m => m.Span == new TextSpan(poss, poss + 5));
        int moscow = Doc.Text.IndexOf("Moscow", StringComparison.Ordinal);
        var gov = Assert.Single(Doc.Actors, a => a.Mentions.Any(m => m.Span.Start == moscow));
        Assert.Equal("RUSGOV", gov.Cameo);
    }

    [Fact]
    public void Every_mention_points_at_its_sentence_and_text()
    {
        foreach (var a in Doc.Actors)
        {
            Assert.NotEmpty(a.Mentions);
            foreach (var m in a.Mentions)
            {
                Assert.True(m.Span.End <= Doc.Text.Length && m.Span.Length > 0);
                Assert.True(Doc.Sentences[m.Sentence].Span.Contains(m.Span));
                Assert.False(string.IsNullOrEmpty(m.Producer));
            }
        }
    }
}
