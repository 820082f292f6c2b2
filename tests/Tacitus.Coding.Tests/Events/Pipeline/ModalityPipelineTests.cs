using Tacitus.Core;

namespace Tacitus.Coding.Tests.Events.Pipeline;

/// <summary>
/// A verb coordinated with another, without auxiliaries or a subject of its own, shares its first conjunct's modality:
/// "might take Elian … or even harm him" is as hypothetical as the taking, "plotted to kill … and then attack" as planned
/// as the killing. Negation carries over "or", not "but".
/// </summary>
public class ModalityPipelineTests
{
    [Theory]
    [InlineData("Cuban exiles might take Elian Gonzalez to another country or even harm him.", "HARM", Modality.Hypothetical)]
    [InlineData("Iran will begin withdrawing troops from Iraqi territory on Friday and release Iraqi prisoners.", "RELEASE", Modality.Planned)]
    [InlineData("Iraq did not invade Kuwait but attacked Israel.", "ATTACK", Modality.Asserted)]
    // what the first conjunct takes from the clauses above it: plotted, intended, will not cause
    [InlineData("Iranian agents plotted to kill a Saudi diplomat and then attack the Israeli embassy in Washington.", "ATTACK", Modality.Planned)]
    [InlineData("The group intended to shut down abortion clinics and harass local doctors in Buffalo, New York.", "HARASS", Modality.Planned)]
    public void A_coordinated_verb_shares_its_first_conjuncts_modality(string text, string verb, Modality modality) =>
        AssertModality(text, verb, new DateOnly(1990, 8, 15), modality);

    /// <summary>What someone should or must do is not done: "should", "must" and "ought" make the act hypothetical, as
    /// "could" and "might" do.</summary>
    [Theory]
    [InlineData("It's crazy overheated and the government should step in and do something about it.", "STEP_IN")]
    [InlineData("The UN security council insists any deal must allow UN inspectors unrestricted access to all suspected weapons sites.", "ALLOW")]
    [InlineData("Most lawmakers seem to agree the boy should go back to Cuba.", "GO_TO")]
    public void What_should_or_must_be_done_is_hypothetical(string text, string verb) =>
        AssertModality(text, verb, new DateOnly(2000, 4, 3), Modality.Hypothetical);

    /// <summary>A subjunctive clause says what is to be done ("a suggestion that Sununu offer to resign"); the same
    /// clause in the indicative says what was done.</summary>
    [Theory]
    [InlineData("White House chief of staff John Sununu met Bush. The message was meant as a suggestion that Sununu offer to resign, one source said.", Modality.Hypothetical)]
    [InlineData("White House chief of staff John Sununu met Bush. The message came after the news that Sununu offered to resign, one source said.", Modality.Asserted)]
    public void A_subjunctive_clause_is_hypothetical(string text, Modality modality) =>
        AssertModality(text, "OFFER", new DateOnly(1991, 6, 3), modality);

    /// <summary>A conjunct that "nor" opens is denied, with an auxiliary and a subject of its own or without; so is the
    /// first conjunct after "neither".</summary>
    [Theory]
    [InlineData("The university did not invite this speaker to our campus nor do we endorse President Obama in any way.", "ENDORSE")]
    [InlineData("Russia does not recognise the vote, nor will it accept the result.", "EMBRACE")]
    // "neither … nor": the first conjunct is denied too
    [InlineData("The court neither approves nor disapproves the INS decision to reject the asylum application.", "ALLOW")]
    public void A_conjunct_after_nor_is_negated(string text, string verb) =>
        AssertModality(text, verb, new DateOnly(2016, 12, 1), Modality.Negated);

    /// <summary>An object that names nothing denies the act: "gave no details", "met nobody".</summary>
    [Theory]
    [InlineData("Police gave no details about the negotiations with the kidnappers for the return of Hernandez.", "GRANT")]
    [InlineData("The Iraqi foreign minister met nobody from the Kuwaiti government in Baghdad.", "MEET")]
    public void An_object_that_names_nothing_denies_the_act(string text, string verb) =>
        AssertModality(text, verb, new DateOnly(1998, 2, 13), Modality.Negated);

    /// <summary>A power to act is its holder's, who has or is given it, and is not the act: "authority" there is no
    /// agency.</summary>
    [Theory]
    [InlineData("Under the Racketeer Influenced and Corrupt Organizations law, the government has the authority to seize a defendant's assets.", "Government")]
    [InlineData("The high court ruled that federal law gives prosecutors broad authority to seize assets of people accused of racketeering.", "Prosecutors")]
    [InlineData("The United States had the right to defend its citizens against terrorist actions, New Zealand said Friday.", "United States of America")]
    public void A_power_to_act_is_its_holders_and_not_the_act(string text, string holder)
    {
        var doc = PipelineGolden.Analyse("modality", text, new DateOnly(1989, 10, 1));
        var seizing = Assert.Single(doc.Events, e => e.CameoRoot is "17" or "07");
        Assert.Equal((holder, Modality.Hypothetical), (seizing.Source?.Name, seizing.Modality));
    }

    /// <summary>A duty to act is not the act either: the Christians who have a responsibility to protect the innocent have
    /// protected no one by saying so.</summary>
    [Theory]
    [InlineData("We as Christians have a responsibility to protect the innocent from being murdered, Spitz said.")]
    [InlineData("The government has an obligation to protect its citizens, the senator said.")]
    public void A_duty_to_act_is_not_the_act(string text)
    {
        var doc = PipelineGolden.Analyse("modality", text, new DateOnly(1998, 10, 25));
        var protecting = Assert.Single(doc.Events, e => e.Rule.Contains("verb PROTECT ", StringComparison.Ordinal));
        Assert.Equal(Modality.Hypothetical, protecting.Modality);
    }

    /// <summary>"No" before another noun denies that noun, not an event in its phrase; before the event noun itself it
    /// still denies the event.</summary>
    [Theory]
    [InlineData("Tour operators say there have been no mass cancellations as a result of the Aug. 7 Embassy bombings in Nairobi, the Kenyan capital.", Modality.Asserted)]
    [InlineData("Kenyan police said there was no bombing of the U.S. embassy on Friday.", Modality.Negated)]
    public void No_before_another_noun_does_not_deny_the_event_in_its_phrase(string text, Modality modality) =>
        AssertNounModality(text, "bombing", new DateOnly(1998, 9, 7), modality);

    /// <summary>An event noun that is called, pressed or asked for has not happened; one that is held has.</summary>
    [Theory]
    [InlineData("Libyan leader Moammar Gadhafi also called for an emergency Security Council meeting in Geneva.", Modality.Hypothetical)]
    [InlineData("Zelenskyy pressed for a meeting with Putin.", Modality.Hypothetical)]
    [InlineData("Zelenskyy had a meeting with Putin.", Modality.Asserted)]
    public void A_meeting_asked_for_has_not_happened(string text, Modality modality) =>
        AssertNounModality(text, "meeting", new DateOnly(1990, 8, 16), modality);

    /// <summary>An event noun in a verb's phrase is as future or hypothetical as the verb, but not denied with it, and a
    /// future perfect looks back at a war that was.</summary>
    [Theory]
    [InlineData("Israel has said it will respond to an Iraqi attack on Jordan.", "attack", Modality.Planned)]
    [InlineData("Iraq could start hostilities with Israel through a direct attack on Jordan.", "attack", Modality.Hypothetical)]
    [InlineData("No Iraqi soldiers were hurt in the Iranian attack on Basra.", "attack", Modality.Asserted)]
    [InlineData("By then Saddam Hussein will have plunged Iraq first into a fruitless eight-year war against Iran.", "war", Modality.Asserted)]
    public void An_event_noun_in_a_verbs_phrase_takes_its_future_not_its_negation(string text, string noun, Modality modality) =>
        AssertNounModality(text, noun, new DateOnly(1990, 8, 13), modality);

    /// <summary>The one event of the event noun <paramref name="noun"/> has <paramref name="modality"/>.</summary>
    private static void AssertNounModality(string text, string noun, DateOnly date, Modality modality)
    {
        var doc = PipelineGolden.Analyse("modality", text, date);
        var e = Assert.Single(doc.Events, e => e.Rule.StartsWith($"noun {noun}", StringComparison.Ordinal));
        Assert.Equal(modality, e.Modality);
    }

    /// <summary>The one event whose rule names <paramref name="verb"/> (as verb, pattern or dictionary entry) has <paramref name="modality"/>.</summary>
    private static void AssertModality(string text, string verb, DateOnly date, Modality modality)
    {
        var doc = PipelineGolden.Analyse("modality", text, date);
        var e = Assert.Single(doc.Events, e => e.Rule.Contains($"verb {verb} ", StringComparison.Ordinal) || e.Rule.Contains($"pattern {verb} ", StringComparison.Ordinal) || e.Rule.Contains($" {verb} in ", StringComparison.Ordinal));
        Assert.Equal(modality, e.Modality);
    }

    /// <summary>What someone is called for to do is not done, even with the infinitive misparsed as a conjunct; what a plan
    /// aims at is planned.</summary>
    [Theory]
    [InlineData("The British government has formally called for Sinn Fein, the IRA's political wing, to be expelled from the multiparty peace talks on northern Ireland.", "EXPEL", Modality.Hypothetical)]
    [InlineData("The ceasefire was aimed at evacuating Syrian rebels from Aleppo.", "EVACUATE", Modality.Planned)]
    public void What_is_called_for_or_aimed_at_is_not_done(string text, string verb, Modality modality) =>
        AssertModality(text, verb, new DateOnly(1998, 2, 16), modality);

    /// <summary>What one fails, neglects or is unable to do is not done.</summary>
    [Theory]
    [InlineData("Russia was unable to capture Kyiv.", "CAPTURE")]
    [InlineData("Erdogan was unable to attend the talks with Putin in Istanbul.", "ATTEND")]
    [InlineData("Russian troops failed to capture Kyiv.", "CAPTURE")]
    public void What_one_fails_or_is_unable_to_do_is_not_done(string text, string verb) =>
        AssertEveryVerbEvent(text, verb, new DateOnly(2022, 3, 1), Modality.Negated);

    /// <summary>What one plots or conspires to do is planned, not done.</summary>
    [Theory]
    [InlineData("Iranian agents conspired to assassinate the Saudi ambassador in Washington.", "ASSASSINATE")]
    [InlineData("An Ohio man admitted to having plotted to kill a U.S. soldier.", "KILL")]
    public void What_one_plots_is_planned(string text, string verb) =>
        Assert.Equal(Modality.Planned, VerbEvent(text, verb).Event.Modality);

    /// <summary>
    /// An adverbial clause with a subject of its own is not denied with the clause it hangs on, however the parse hangs
    /// it: the threat was made, the raid happened.
    /// </summary>
    [Theory]
    [InlineData("Government officials had threatened to revoke the boy's parole if his great-uncle, Lazaro Gonzalez, did not sign a document agreeing to hand Elian over to federal officials.", "THREATEN")]
    [InlineData("Director of the U.S. Federal Bureau of Investigation (FBI) Louis Freeh said here Friday that U.S. air raid on Afghanistan and Sudan is not directly linked with the probe into the August 7 bombings in east Africa.", "RAID")]
    public void A_clause_with_its_own_subject_is_not_denied_with_its_head(string text, string verb) =>
        AssertEveryVerbEvent(text, verb, new DateOnly(1998, 8, 21), Modality.Asserted);

    /// <summary>There are events of <paramref name="verb"/> in <paramref name="text"/>, all with <paramref name="modality"/>.</summary>
    private static void AssertEveryVerbEvent(string text, string verb, DateOnly date, Modality modality)
    {
        var doc = PipelineGolden.Analyse("verb-modality", text, date);
        var events = doc.Events.Where(e => e.Rule.Contains($" {verb} in ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(modality, e.Modality));
    }

    /// <summary>A subject that names no one negates its verb: "no-one was injured", "nobody talks to Fidel".</summary>
    [Theory]
    [InlineData("No Ukrainian soldiers were hurt.", "HURT")]
    [InlineData("None of the Ukrainian soldiers were hurt.", "HURT")]
    [InlineData("Neither country condemned Russia.", "CONDEMN")]
    public void A_subject_that_names_no_one_negates_its_verb(string text, string verb)
    {
        var doc = PipelineGolden.Analyse("nobody", text, new DateOnly(2000, 4, 14));
        var e = Assert.Single(doc.Events, e => e.Rule.Contains($" {verb} ", StringComparison.Ordinal));
        Assert.Equal(Modality.Negated, e.Modality);
    }

    /// <summary>What one looks forward to is yet to happen.</summary>
    [Fact]
    public void Looking_forward_to_a_visit_plans_it()
    {
        var doc = PipelineGolden.Analyse("look-forward", "Madeleine Albright said she looked forward to visiting Kenya and Tanzania.", new DateOnly(1998, 8, 17));
        var visits = doc.Events.Where(e => e.Cameo == "042").ToList();
        Assert.NotEmpty(visits);
        Assert.All(visits, e => Assert.Equal(Modality.Planned, e.Modality));
    }

    /// <summary>
    /// What one avoids, stops or opposes doing is not done ("stopped providing", "refrain from attacking", "opposed to
    /// uniting"), unless the stopping is itself denied; stopping to do something does it.
    /// </summary>
    [Theory]
    [InlineData("The Iraqi government stopped providing Russia with information.", "PROVIDE", Modality.Negated)]
    [InlineData("Russia refrained from attacking Ukraine.", "ATTACK", Modality.Negated)]
    [InlineData("Russia did not stop attacking Ukraine.", "ATTACK", Modality.Asserted)]
    [InlineData("Putin stopped to thank Erdogan.", "THANK", Modality.Asserted)]
    // what one opposes or objects to doing is not done either
    [InlineData("The north's pro-British Protestant majority is bitterly opposed to uniting Ireland.", "UNITE", Modality.Negated)]
    public void What_one_avoids_or_stops_doing_is_not_done(string text, string verb, Modality modality) =>
        Assert.Equal(modality, VerbEvent(text, verb).Event.Modality);

    /// <summary>What a denial's gerund says is reported as not done, as what its clause says is.</summary>
    [Fact]
    public void A_denied_gerund_is_not_done()
    {
        var doc = PipelineGolden.Analyse("deny", "China denied supplying weapons to Russia.", new DateOnly(2025, 5, 14));
        Assert.Equal(Modality.Negated, Assert.Single(doc.Events, e => e.Cameo == "072").Modality);
    }

    /// <summary>A gerund right after the object of its head is that object's doing: Ukraine would join NATO, not Russia,
    /// and what Russia opposes or objects to is not done.</summary>
    [Theory]
    [InlineData("Russia opposes Ukraine joining NATO.")]
    [InlineData("Moscow strongly objects to Ukraine joining NATO.")]
    public void A_gerund_after_an_object_is_the_objects_doing(string text)
    {
        var e = VerbEvent(text, "JOIN").Event;
        Assert.Equal(("UKR", "IGOWSTNAT", Modality.Negated), (e.Source?.Cameo, e.Target?.Cameo, e.Modality));
    }

    /// <summary>The one event of <paramref name="verb"/> in <paramref name="text"/> (published 2025-05-14), with its document.</summary>
    private static (Document Doc, Event Event) VerbEvent(string text, string verb)
    {
        var doc = PipelineGolden.Analyse("verb-modality", text, new DateOnly(2025, 5, 14));
        return (doc, Assert.Single(doc.Events, e => e.Rule.Contains($" {verb} in ", StringComparison.Ordinal)));
    }

    /// <summary>
    /// An event noun that is the answer a promise, threat or offer holds out ("threatened to respond with a missile strike")
    /// is not done: promised is planned, threatened or offered hypothetical. Answering with it does it.
    /// </summary>
    [Theory]
    [InlineData("Russia threatened to respond with a missile strike on Kyiv.", "195", Modality.Hypothetical)]
    [InlineData("Zelenskyy offered to return the favor with a visit to Ankara.", "042", Modality.Hypothetical)]
    [InlineData("Putin vowed to answer with sanctions against Britain.", "163", Modality.Planned)]
    [InlineData("Zelenskyy promised to return the favor with his own attendance.", "040", Modality.Planned)]
    [InlineData("Russia responded with a missile strike on Kyiv.", "195", Modality.Asserted)]
    public void An_answer_promised_or_threatened_is_not_done(string text, string cameo, Modality modality)
    {
        var doc = PipelineGolden.Analyse("answer-with", text, new DateOnly(2025, 5, 14));
        var e = Assert.Single(doc.Events, e => e.Cameo == cameo);
        Assert.Equal(modality, e.Modality);
    }

    /// <summary>
    /// A clause of cause, time or concession states a fact beside its main clause and keeps its own modality
    /// ("did not come because Kyiv was shelled"); a condition is hypothetical whatever its main clause says, and its
    /// evidence stops at the condition.
    /// </summary>
    [Theory]
    [InlineData("Putin did not meet Erdogan because Russia attacked Ukraine.", "ATTACK", Modality.Asserted, "Russia attacked Ukraine")]
    [InlineData("Putin will meet Erdogan on Thursday, after Russia attacked Ukraine.", "ATTACK", Modality.Asserted, null)]   // "after" parsed as a preposition
    [InlineData("Putin would not meet Zelenskyy if Ukraine attacked Russia.", "ATTACK", Modality.Hypothetical, "if Ukraine attacked Russia")]
    public void A_clause_of_cause_or_time_keeps_its_own_modality(string text, string verb, Modality modality, string? evidence)
    {
        var (doc, e) = VerbEvent(text, verb);
        Assert.Equal(modality, e.Modality);
        if (evidence is not null) Assert.Equal(evidence, doc.TextOf(e.Evidence));
    }

    /// <summary>
    /// What someone is accused, suspected or charged of, or that is said to be so ("allegedly", "the alleged attack"), is
    /// alleged, not asserted; the accusation itself is asserted, and a conviction finds it so.
    /// </summary>
    [Theory]
    [InlineData("Ukraine accused Russia of striking a hospital in Sumy.", "STRIKE", Modality.Alleged, "accused Russia of striking")]
    [InlineData("Prosecutors charged the journalist with killing a Russian soldier.", "KILL", Modality.Alleged, "charged the journalist with killing a Russian soldier")]
    [InlineData("The Russian army allegedly shelled the village of Bucha.", "SHELL", Modality.Alleged, "Russian army allegedly shelled")]
    [InlineData("Human rights groups alleged that the Russian army had shelled the village.", "SHELL", Modality.Alleged, null)]
    [InlineData("The two Libyans are suspected of blowing up a Pan Am jumbo jet over Scotland.", "BLOW_UP", Modality.Alleged, null)]
    [InlineData("The journalist was convicted of killing a Russian soldier.", "KILL", Modality.Asserted, null)]
    [InlineData("Ukraine accused Russia of striking a hospital in Sumy.", "ACCUSE", Modality.Asserted, null)]
    public void What_one_is_accused_of_is_alleged(string text, string verb, Modality modality, string? evidence)
    {
        var (doc, e) = VerbEvent(text, verb);
        Assert.Equal(modality, e.Modality);
        if (evidence is not null) Assert.Equal(evidence, doc.TextOf(e.Evidence));
    }

    /// <summary>What someone can do is able to happen, not reported done ("Bush can call up to 200,000 reservists");
    /// what one cannot do is not done.</summary>
    [Theory]
    [InlineData("Under the law, Bush can call up to 200,000 reservists to active duty.", "CALL_UP", Modality.Hypothetical)]
    [InlineData("Bush called up 200,000 reservists to active duty.", "CALL_UP", Modality.Asserted)]
    public void What_one_can_do_is_not_reported_done(string text, string verb, Modality modality) =>
        Assert.Equal(modality, VerbEvent(text, verb).Event.Modality);

    [Fact]
    public void An_alleged_attack_is_alleged()
    {
        var doc = PipelineGolden.Analyse("alleged-noun", "The alleged attack on the embassy by rebels killed two guards.", new DateOnly(2025, 5, 14));
        var e = Assert.Single(doc.Events, e => e.Rule.StartsWith("noun attack", StringComparison.Ordinal));
        Assert.Equal(Modality.Alleged, e.Modality);
    }
}
