namespace Tacitus.Coding.Tests.Events.Pipeline;

/// <summary>"I", "we", "us" and "our" inside a quotation stand for the one it is attributed to.</summary>
public class QuotedSpeakerTests
{
    [Theory]
    // the speaker after the quotation, inverted or not, or named before it
    [InlineData("``If the Lebanese government will cooperate with us, we will be happy to get out of Lebanon,'' Netanyahu told his ministers.", "us,we", "Benjamin Netanyahu")]
    [InlineData("Cabinet minister Michael Eitan spoke on Sunday. ``We will defend our north from the border,'' said Eitan, the science minister.", "We,our", "Michael Eitan")]
    [InlineData("Secretary of State Madeleine Albright spoke in Dar es Salaam. She said: \"I promise to bring the murderers to justice.\"", "I", "Madeleine Albright")]
    // a quotation in the next sentence of the same paragraph goes on in the same voice
    [InlineData("``The leads are many,'' said Paul Moskal, a spokesman for the FBI. ``I know of no information on the two men.''", "I", "Paul Moskal")]
    [InlineData("Fidel Castro spoke in Havana. \u201CMy people will not give up,\u201D he said.", "My", "Fidel Castro")]
    public void First_person_words_in_a_quotation_are_its_speaker(string text, string words, string speaker)
    {
        var doc = PipelineGolden.Analyse("quote", text, new DateOnly(1998, 3, 1));
        var actor = Assert.Single(doc.Actors, a => a.Name == speaker);
        foreach (var w in words.Split(','))
            Assert.Contains(actor.Mentions, m => doc.TextOf(m.Span) == w && m.Producer == "coref:quote-speaker");
    }

    [Theory]
    [InlineData("One of them, Marisleysis Gonzalez, told a news conference that the reports had no bearing. ``We're doing what's in Elian Gonzalez's best interest,'' she said.", "Marisleysis Gonzalez")]
    [InlineData("Diana de Cardenas spoke on Thursday. ``I pray for Elian Gonzalez every day,'' she said.", "Diana de Cardenas")]
    public void The_pronoun_that_speaks_a_quotation_is_someone_named_before_it(string text, string speaker)
    {
        var doc = PipelineGolden.Analyse("quote", text, new DateOnly(2000, 2, 10));
        var she = text.LastIndexOf(" she said", StringComparison.Ordinal) + 1;
        var actor = Assert.Single(doc.Actors, a => a.Mentions.Any(m => m.Span.Start == she));
        Assert.Equal(speaker, actor.Name);
    }

    [Theory]
    // no quotation; a quotation no one is named for; the speaker's verb after another verb; "US" the country
    [InlineData("We will defend our north, Michael Eitan said on Sunday.")]
    [InlineData("``We will defend our north from the border.'' Michael Eitan left on Sunday.")]
    [InlineData("``We will defend our north from the border,'' Michael Eitan left and said.")]
    [InlineData("``The US will defend its allies,'' Michael Eitan said.")]
    // the next paragraph, or a quotation two sentences on, is no longer the speaker's
    [InlineData("``The leads are many,'' said Michael Eitan.\n``I know of no information on the two men.''")]
    [InlineData("``The leads are many,'' said Michael Eitan. He left. ``I know of no information on the two men.''")]
    public void First_person_words_with_no_named_speaker_stay_unresolved(string text)
    {
        var doc = PipelineGolden.Analyse("quote", text, new DateOnly(1998, 3, 1));
        Assert.DoesNotContain(doc.Actors.SelectMany(a => a.Mentions), m => m.Producer == "coref:quote-speaker");
    }

    [Theory]
    // the speaker's "we" acts and is acted on
    [InlineData("``If the Lebanese government will cooperate with us, we will be happy to get out of Lebanon,'' Netanyahu told his ministers.", "080", "ISRGOV", "LBN")]
    [InlineData("``If the Lebanese government will cooperate with us, we will be happy to get out of Lebanon,'' Netanyahu told his ministers.", "050", "LBNGOV", "ISRGOV")]
    [InlineData("Cuban father Juan Miguel Gonzalez spoke in Washington. ``I want to thank the American people,'' he said.", "051", "CUB", "USAPPL")]
    public void The_speaker_is_a_side_of_what_the_quotation_says(string text, string cameo, string source, string target)
    {
        var doc = PipelineGolden.Analyse("quote", text, new DateOnly(1998, 3, 1));
        Assert.Contains(doc.Events, e => e.Cameo == cameo && e.Source?.Cameo == source && e.Target?.Cameo == target);
    }

    [Theory]
    // the source's own thing is no other side: the act is the source's alone
    [InlineData("Iraq has destroyed its long-range missiles.", "1712", "IRQ")]
    [InlineData("The Cuban government urged its people to keep calm.", "020", "CUBGOV")]
    [InlineData("Cabinet minister Michael Eitan spoke on Sunday. ``We will defend our north from the border,'' said Eitan.", "052", "ISRGOV")]
    public void A_target_that_is_only_the_source_again_leaves_a_one_sided_event(string text, string cameo, string source)
    {
        var doc = PipelineGolden.Analyse("self", text, new DateOnly(1998, 3, 6));
        Assert.Contains(doc.Events, e => e.Cameo == cameo && e.Source?.Cameo == source && e.Target is null);
    }

    [Theory]
    // "it" takes no one; recognising nothing is no recognition
    [InlineData("``No matter where it takes us, we will pursue terrorists,'' Clinton said.", "171")]
    [InlineData("``Even though we recognize this is happening far away, we are part of humanity,'' Haddara said of Syria.", "051")]
    public void What_no_actor_does_to_the_speaker_is_no_event(string text, string cameo)
    {
        var doc = PipelineGolden.Analyse("quote", text, new DateOnly(1998, 8, 8));
        Assert.DoesNotContain(doc.Events, e => e.Cameo == cameo);
    }
}
