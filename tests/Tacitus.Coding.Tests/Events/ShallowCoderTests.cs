using System.Collections.Immutable;
using Tacitus.Coding.Events;
using Tacitus.Core;
using Tacitus.Nlp.Tokenization;

namespace Tacitus.Coding.Tests.Events;

/// <summary>The parse-free fallback used until (or where) no dependency parse exists.</summary>
public class ShallowCoderTests
{
    private static Document Tokenized(string text, params (string Id, string Surface, string Cameo)[] actors)
    {
        var doc = new Tokenizer().Process(new Document("s", text));
        var list = actors.Select(a =>
        {
            int at = text.IndexOf(a.Surface, StringComparison.Ordinal);
            return new Actor(a.Id, a.Surface, a.Cameo[..3], a.Cameo, [], [new ActorMention(new TextSpan(at, at + a.Surface.Length), 0, "test")], "test");
        });
        return doc with { Actors = [.. list] };
    }

    [Fact]
    public void Codes_unparsed_sentence_by_word_order()
    {
        var doc = Tokenized("Russia attacked Ukraine on Monday", ("russia", "Russia", "RUS"), ("ukraine", "Ukraine", "UKR"));
        Assert.All(doc.Tokens, t => Assert.Equal(-1, t.Head));
        var e = Assert.Single(EventGoldenTests.Coder.Value.Code(doc));
        Assert.Equal(("russia", "ukraine", "190"), (e.Source?.ActorId, e.Target?.ActorId, e.Cameo));
        Assert.StartsWith("shallow ", e.Rule, StringComparison.Ordinal);
        Assert.Equal("Russia attacked Ukraine", doc.TextOf(e.Evidence));
    }

    [Fact]
    public void Passive_with_by_reverses_roles_and_coordination_multiplies()
    {
        var doc = Tokenized("Ukraine was attacked by Russia and Belarus", ("ukraine", "Ukraine", "UKR"), ("russia", "Russia", "RUS"), ("belarus", "Belarus", "BLR"));
        var events = EventGoldenTests.Coder.Value.Code(doc).Select(e => $"{e.Source?.ActorId}>{e.Target?.ActorId}").Order().ToList();
        Assert.Equal(["belarus>ukraine", "russia>ukraine"], events);
    }

    /// <summary>
    /// A code for the other side only ("- * CALLS [:020]" of FACE) makes the subject its target, in the passive ("has been
    /// faced with calls") as in the active ("faces calls").
    /// </summary>
    [Theory]
    [InlineData("Israel has been faced with calls from Hamas")]
    [InlineData("Israel faces calls from Hamas")]
    public void A_reverse_only_code_makes_the_subject_its_target_in_either_voice(string text)
    {
        var doc = Tokenized(text, ("israel", "Israel", "ISR"), ("hamas", "Hamas", "PSE"));
        var e = Assert.Single(EventGoldenTests.Coder.Value.Code(doc));
        Assert.Equal(("hamas", "israel", "020"), (e.Source?.ActorId, e.Target?.ActorId, e.Cameo));
    }

    /// <summary>A group's name before a building ("a police station") says where, and does not act, even after a
    /// preposition, where word order would otherwise fall back on it.</summary>
    [Fact]
    public void A_group_before_its_building_does_not_act()
    {
        var doc = Tokenized("Gunmen fired on a police station in Karak, wounding Jordanian soldiers", ("police", "police", "JORCOP"), ("soldiers", "Jordanian soldiers", "JORMIL"));
        Assert.DoesNotContain(EventGoldenTests.Coder.Value.Code(doc), e => e.Source?.ActorId == "police");
    }

    /// <summary>A participle a conjunction of time opens ("while criticizing …,") is done by the subject after its comma;
    /// without the conjunction, the name after the verb is still its target.</summary>
    [Theory]
    [InlineData("While criticizing Iraq for weeks, Egypt sent troops", "egypt>iraq")]
    [InlineData("While criticizing the reports, Egypt said nothing", "egypt>")]
    [InlineData("Egypt was criticizing Iraq for weeks", "egypt>iraq")]
    public void A_participle_after_a_conjunction_of_time_is_done_by_the_subject_after_its_clause(string text, string expected)
    {
        var doc = Tokenized(text, ("egypt", "Egypt", "EGY"), ("iraq", "Iraq", "IRQ"));
        var criticism = EventGoldenTests.Coder.Value.Code(doc).Where(e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
        Assert.Contains(expected, criticism.Select(e => $"{e.Source?.ActorId}>{e.Target?.ActorId}"));
    }

    [Fact]
    public void Fallback_can_be_switched_off()
    {
        var model = EventModel.Load(Path.Combine(AppContext.BaseDirectory, "models"));
        var coder = new EventCoder(model.Verbs, model.Codebook, new EventCoderOptions { ShallowFallback = false });
        var doc = Tokenized("Russia attacked Ukraine", ("russia", "Russia", "RUS"), ("ukraine", "Ukraine", "UKR"));
        Assert.Empty(coder.Code(doc));
    }

    private static EventCoder SlotCoder()
    {
        var verbs = VerbDictionaryReader.Read(new StringReader("""
            &CURRENCY
            +DOLLARS
            +GOLDEN_GOBLIN_GALLEONS

            --- CELEBRATE  [181] ---
            CELEBRATE
            - * EID AT ^ WITH +  [043]

            --- RECEIVE  [033] ---
            RECEIVE
            - + * MONEY $ [071]

            --- CONTRIBUTE [070] ---
            CONTRIBUTE
            - * &CURRENCY [903]
            """), "slots");
        var model = EventModel.Load(Path.Combine(AppContext.BaseDirectory, "models"));
        return new EventCoder(verbs, model.Codebook);
    }

    [Theory]
    // "+" after "with", past the phrase "^" skips: Gondor, not Osgiliath.
    [InlineData("Arnor celebrated Eid at Osgiliath with Gondor", "ARN>GON 043")]
    // "+" before the verb is the target, "$" after MONEY the source, although word order says the opposite.
    [InlineData("Eriador received by courier money from Osgiliath", "OSG>ERI 071")]
    // A synset member of several words needs all of them, consecutive.
    [InlineData("Arnor will contribute golden goblin galleons to Gondor", "ARN>GON 903")]
    [InlineData("Arnor will contribute goblin galleons to Gondor", "ARN>GON 070")]
    public void Pattern_slots_and_phrases_decide_the_word_order_reading(string text, string expected)
    {
        var known = new[] { ("a", "Arnor", "ARN"), ("g", "Gondor", "GON"), ("o", "Osgiliath", "OSG"), ("e", "Eriador", "ERI") };
        var doc = Tokenized(text, [.. known.Where(k => text.Contains(k.Item2, StringComparison.Ordinal))]);
        var e = Assert.Single(SlotCoder().Code(doc));
        Assert.Equal(expected, $"{e.Source?.Cameo}>{e.Target?.Cameo} {e.Cameo}");
    }

    [Fact]
    public void No_actors_no_events()
    {
        var doc = Tokenized("Officials attacked the plan");
        Assert.Empty(EventGoldenTests.Coder.Value.Code(doc));
        Assert.Equal(ImmutableArray<Event>.Empty, EventGoldenTests.Coder.Value.Code(doc));
    }
}
