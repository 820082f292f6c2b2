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

    /// <summary>A name no dictionary knows, written once with a middle initial and once without, is one person, and its
    /// surname alone is that person again; a different given name is someone else ("Kody R. Berrey and his passenger,
    /// Scott L. Berrey").</summary>
    [Fact]
    public void A_middle_initial_does_not_make_another_person()
    {
        const string text = "Federal and state arrest warrants were issued for James C. Kopp, 44, of St. Albans, Vt. \"We have probable cause to believe this man, James Kopp, is responsible,\" FBI agent Bernard Tolbert said. Investigators have been searching for Kopp since the slaying. Kody R. Berrey and his passenger, Scott L. Berrey, were ejected. Scott Berrey was hurt.";
        var doc = PipelineGolden.Analyse("coref", text, new DateOnly(1999, 5, 6));
        var kopp = Assert.Single(doc.Actors, a => a.Name.Contains("Kopp", StringComparison.Ordinal));
        Assert.Contains(kopp.Mentions, m => m.Span.Start == text.IndexOf("James Kopp", StringComparison.Ordinal));
        Assert.Contains(kopp.Mentions, m => m.Span.Start == text.IndexOf("Kopp since", StringComparison.Ordinal));
        var scott = Assert.Single(doc.Actors, a => a.Name.StartsWith("Scott", StringComparison.Ordinal));
        Assert.Contains(scott.Mentions, m => m.Span.Start == text.IndexOf("Scott Berrey", StringComparison.Ordinal));
        Assert.Single(doc.Actors, a => a.Name.StartsWith("Kody", StringComparison.Ordinal));
    }

    /// <summary>A person whose given name tells no gender takes the one most pronouns standing for them have: the
    /// resident's "he" is not Shannon Phillips, whom "she" stood for twice, nor is the quotation before it hers.</summary>
    [Fact]
    public void A_pronoun_of_the_other_gender_is_someone_else()
    {
        const string text = "Environment Minister Shannon Phillips is reassuring Albertans that the plan will benefit them. \"When we roll out those programs, many people will be better off,\" she said Tuesday. Phillips had said the town halls will help. She said the plan is fair. One Edmonton resident who called in questioned the levy. \"We are barely hanging on and now we have these taxes,\" he said.";
        var doc = PipelineGolden.Analyse("coref", text, new DateOnly(2016, 12, 2));
        var phillips = Assert.Single(doc.Actors, a => a.Name.Contains("Phillips", StringComparison.Ordinal));
        Assert.Contains(phillips.Mentions, m => m.Span.Start == text.IndexOf("she said", StringComparison.Ordinal));
        Assert.DoesNotContain(phillips.Mentions, m => m.Span.Start == text.IndexOf("he said.", StringComparison.Ordinal));
        Assert.DoesNotContain(phillips.Mentions, m => m.Span.Start == text.IndexOf("We are", StringComparison.Ordinal));
    }

    /// <summary>A country's name that is the given name of someone named in full before is that person ("Georgia
    /// Stevens … Georgia began skating"), not after a preposition of place.</summary>
    [Fact]
    public void A_given_name_that_is_a_country_is_the_person()
    {
        const string text = "INNISFAIL - Nine-year-old Georgia Stevens is lacing her skates for success. Georgia began skating at the age of four. She later trained in Georgia.";
        var doc = PipelineGolden.Analyse("coref", text, new DateOnly(2016, 12, 2));
        var girl = Assert.Single(doc.Actors, a => a.Name == "Georgia Stevens");
        Assert.Contains(girl.Mentions, m => m.Span.Start == text.IndexOf("Georgia began", StringComparison.Ordinal));
        Assert.DoesNotContain(girl.Mentions, m => m.Span.Start == text.LastIndexOf("Georgia", StringComparison.Ordinal));
    }

    /// <summary>
    /// A possessive names the subject of its own clause first; an object pronoun never names it, nor the subject a
    /// complement or adverbial clause takes from above ("welcoming him" is Clinton's welcoming), but may name an object
    /// above a complement ("scare other Arab leaders into supporting him": the leaders support; "want the militias to take
    /// them over": the militias take, so "them" is the civilians). An infinitive adds no clause on the way up ("Amir …
    /// may have been trying to impress her": not Amir), a participle does (Elian, "found floating … after a boat carrying
    /// him", is him).
    /// </summary>
    [Theory]
    [InlineData("Detective Sergeant Darrensing Bheekoo said: \"Taleh Habibzade launched a vicious assault on his victim.\"", "his", "Taleh Habibzade")]
    [InlineData("Barack Obama spoke of Putin, declaring: \"Ronald Reagan would roll over in his grave.\"", "his", "Ronald Reagan")]
    [InlineData("President Clinton rolled out the red carpet for Prime Minister Tony Blair, welcoming him not only as a close ally.", "him", "Tony Blair")]
    [InlineData("Saddam Hussein on Friday tried to scare other Arab leaders into supporting him.", "him", "Saddam Hussein")]
    [InlineData("After cabling world leaders, George Bush gave Saddam Hussein a deadline, and then he offered him a week to withdraw fully.", "him", "Saddam Hussein")]
    [InlineData("Some civilians set fire to their homes because they didn't want the militias to take them over.", "them", "Civilians")]
    [InlineData("Newspaper reports have said Amir was infatuated with Har-Shefi and may have been trying to impress her by killing the prime minister.", "her", "Har-Shefi")]
    [InlineData("Ricardo Alarcon spoke on Monday. Elian Gonzalez was found floating in an inner-tube off the Florida coast on Thanksgiving Day after a boat carrying him from Cuba sank.", "him", "Elian Gonzalez")]
    public void A_pronoun_takes_its_clause_subject_by_binding(string text, string pronoun, string owner)
    {
        Assert.Equal([owner], OwnersOf(text, pronoun, new DateOnly(2000, 1, 15)));
    }

    /// <summary>A reflexive right after a person's name stresses that person; right after a subject that names no actor
    /// it is no one else; after an object it is the subject's ("intended to flee Cuba himself").</summary>
    [Theory]
    [InlineData("Greg Craig asked for a visa Thursday, but was told by U.S. State Department officials that Juan Miguel Gonzalez himself had to apply for the visa.", "himself", "Juan Miguel Gonzalez")]
    [InlineData("Greg Craig was told by U.S. State Department officials that the father himself had to apply for the visa.", "himself", null)]
    [InlineData("Fidel Castro said he had intended to flee Cuba himself.", "himself", "Fidel Castro")]
    public void A_reflexive_after_a_name_stresses_it(string text, string pronoun, string? owner) =>
        AssertOwner(text, pronoun, new DateOnly(2000, 3, 30), owner);

    /// <summary>
    /// An attacker with no name ("the gunman", "the assailant") stands between a pronoun and the victim named before it:
    /// "he was killed" is the gunman, not the ambassador; "his mother" in the next sentence is the gunman's too. A name
    /// still takes the pronoun when no such description comes between.
    /// </summary>
    [Theory]
    [InlineData("Russia's ambassador to Turkey, Andrei Karlov, was shot in Ankara. After shooting the ambassador, the gunman got into a shootout with police before he was killed. His mother and father were detained.", "he", null)]
    [InlineData("Russia's ambassador to Turkey, Andrei Karlov, was shot in Ankara. After shooting the ambassador, the gunman got into a shootout with police before he was killed. His mother and father were detained.", "His", null)]
    [InlineData("Russia's ambassador to Turkey, Andrei Karlov, was shot in Ankara. He died in hospital.", "He", "Andrei Karlov")]
    public void An_unnamed_attacker_takes_the_pronoun(string text, string pronoun, string? owner) =>
        AssertOwner(text, pronoun, new DateOnly(2016, 12, 20), owner);

    /// <summary>
    /// A person the dictionary codes as an organisation (Ban Ki-moon as the UN) can take a pronoun: "he" is not Obama,
    /// named before. A one-word name the tagger takes for a person ("Xinhua") cannot.
    /// </summary>
    [Fact]
    public void A_person_coded_as_an_organisation_takes_the_pronoun()
    {
        const string text = "President Barack Obama was briefed by his national security team. U.N. Secretary-General Ban Ki-moon also condemned what he called a senseless act of terror.";
        var doc = PipelineGolden.Analyse("coref", text, new DateOnly(2016, 12, 20));
        int he = text.IndexOf(" he ", StringComparison.Ordinal) + 1;
        var owner = Assert.Single(doc.Actors, a => a.Mentions.Any(m => m.Span.Start == he));
        Assert.Equal("IGOUNO", owner.Cameo);
    }

    /// <summary>The first <paramref name="pronoun"/> between blanks is a mention of the actor named <paramref name="owner"/>, or of none when null.</summary>
    private static void AssertOwner(string text, string pronoun, DateOnly date, string? owner)
    {
        var owners = OwnersOf(text, pronoun, date);
        if (owner is null) Assert.Empty(owners);
        else Assert.Equal([owner], owners);
    }

    /// <summary>The names of the actors that have the first <paramref name="pronoun"/> between blanks in <paramref name="text"/> as a mention.</summary>
    private static List<string> OwnersOf(string text, string pronoun, DateOnly date)
    {
        var doc = PipelineGolden.Analyse("coref", text, date);
        int at = text.IndexOf(" " + pronoun + " ", StringComparison.Ordinal) + 1;
        return doc.Actors.Where(a => a.Mentions.Any(m => m.Span.Start == at)).Select(a => a.Name).ToList();
    }

    /// <summary>"44 people, many of them police": a counted "them" after a comma is the noun before the comma, here no
    /// group's mention, not the militants named before; after a group's own noun it is that group.</summary>
    [Theory]
    [InlineData("Kurdish militants claimed responsibility for Dec. 10 bombings in Istanbul that killed 44 people, many of them police.", null)]
    [InlineData("Turkish police arrested Kurdish militants, many of them teenagers.", "Militants")]
    public void A_counted_them_is_the_noun_before_its_comma(string text, string? owner)
    {
        var doc = PipelineGolden.Analyse("coref", text, new DateOnly(2016, 12, 20));
        int them = text.IndexOf("them", StringComparison.Ordinal);
        Assert.Equal(owner, doc.Actors.SingleOrDefault(a => a.Mentions.Any(m => m.Span.Start == them))?.Name);
    }

    /// <summary>
    /// A group or institution with no country of its own takes its owner's: a country or known person with "'s", past
    /// adjectives ("Iraq's dangerous army"), "his" or "its" standing for one, one country after "of" or a known person
    /// right before ("the Clinton administration"). Without an owner, a group in a clause
    /// that names two countries has none. A kin noun ("his mother") is still no actor, nor a noun that modifies another
    /// ("Iraq's military equipment").
    /// </summary>
    [Theory]
    [InlineData("Jordan fears an Iraqi attack because it won't allow Iraq's dangerous army to take control of Jordan.", "army", "IRQMIL")]
    [InlineData("Fighting went on in the northwest province of Surin against repeated intense attacks by Hun Sen's troops.", "troops", "KHMMIL")]
    [InlineData("In Syria, Iran backs Assad's government.", "government", "SYRGOV")]
    [InlineData("There was little hope that Iraq would withdraw its army from Kuwait.", "army", "IRQMIL")]
    [InlineData("Kuwait says Iraq has continued to increase its armed forces.", "armed forces", "IRQUAF")]
    [InlineData("HAVANA (AP) -- President Fidel Castro said Tuesday his government told U.S. officials about the plan.", "government", "CUBGOV")]
    [InlineData("There was little hope that Iraq would withdraw the army from Kuwait.", "army", "---MIL")]
    [InlineData("Kuwait says Iraq's military equipment was destroyed.", "military", null)]
    [InlineData("Juan Miguel Gonzalez said his mother sacrificed her life.", "mother", null)]
    // one adjective between the nationality and the group's noun
    [InlineData("Iran said an Iraqi diplomatic delegation was en route to Tehran.", "Iraqi", "IRQGOV")]
    // "the kingdom": the kingdom last named, if any
    [InlineData("Iraq threatened Saudi Arabia, and American soldiers came to protect the oil-rich kingdom.", "kingdom", "SAUGOV")]
    [InlineData("Iraq threatened Kuwait, and American soldiers came to protect the oil-rich kingdom.", "kingdom", "---GOV")]
    // one country named by "of" after the group, not a list; a known person right before it
    [InlineData("A French board will decide whether the academy, funded by the government of Saudi Arabia, can move.", "government", "SAUGOV")]
    [InlineData("Secretary of State Madeleine Albright has invited the foreign ministers of Poland, the Czech Republic and Hungary.", "foreign ministers", "---GOV")]
    [InlineData("President Clinton spoke to Fidel Castro. The Clinton administration has pushed for the boy's return to Cuba.", "administration", "USAGOV")]
    public void A_group_takes_its_owners_country(string text, string group, string? cameo)
    {
        var doc = PipelineGolden.Analyse("owner", text, new DateOnly(2000, 1, 15));
        int at = text.IndexOf(" " + group, StringComparison.Ordinal) + 1;
        Assert.Equal(cameo, doc.Actors.SingleOrDefault(a => a.Mentions.Any(m => m.Span.Start == at))?.Cameo);
    }

    /// <summary>
    /// Where a person is sent home to, in any clause that names them, outranks the country of the clause they are first
    /// named in; only for the one returned, not for someone asked to stop it ("asked Justice Kennedy to block Elian
    /// Gonzalez's return to Cuba").
    /// </summary>
    [Theory]
    [InlineData("U.S. immigration officials met Elian Gonzalez in Miami on Wednesday. Immigration authorities later ruled that Elian Gonzalez must be returned to Cuba.", "Elian Gonzalez", "CUB")]
    [InlineData("Justice Anthony Kennedy spoke in Washington on Monday. The relatives asked Justice Kennedy to block Elian Gonzalez's return to Cuba.", "Anthony Kennedy", null)]
    public void A_home_in_any_clause_outranks_the_first_clause(string text, string name, string? country)
    {
        var doc = PipelineGolden.Analyse("home", text, new DateOnly(2000, 4, 1));
        Assert.Equal(country, Assert.Single(doc.Actors, a => a.Name == name).Country);
    }
}
