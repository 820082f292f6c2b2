namespace Tacitus.Coding.Tests.Events.Pipeline;

/// <summary>Event nouns that name a kind of person or thing, an illness or a market's demand, are no events.</summary>
public class EventNounTests
{
    [Theory]
    [InlineData("Iraq released 500 Iranian prisoners of war on Friday.", "war")]
    [InlineData("The Iraqi war machine was destroyed.", "war")]
    [InlineData("Margalit Har-Shefi's father had a heart attack in Jerusalem.", "attack")]
    [InlineData("The demand for American workers has grown in Canada.", "demand")]
    [InlineData("The Cuban government will wait out appeals by the Miami relatives.", "appeal")]
    [InlineData("The U.S. government could lose its federal court appeal in Atlanta.", "appeal")]
    public void A_kind_of_thing_is_no_event(string text, string noun)
    {
        var doc = PipelineGolden.Analyse("noun", text, new DateOnly(1990, 8, 17));
        Assert.DoesNotContain(doc.Events, e => e.Rule.StartsWith($"noun {noun} ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Iraq's war with Iran lasted eight years.", "war")]
    [InlineData("The Iraqi attack on Jordan was repelled.", "attack")]
    [InlineData("Russia's demand for a ceasefire was rejected by Ukraine.", "demand")]
    [InlineData("Zelenskyy made an appeal to NATO to send air defence.", "appeal")]
    [InlineData("The Kremlin's appeal for calm was ignored by Ukraine.", "appeal")]
    public void The_event_itself_still_codes(string text, string noun)
    {
        var doc = PipelineGolden.Analyse("noun", text, new DateOnly(1990, 8, 17));
        Assert.Contains(doc.Events, e => e.Rule.StartsWith($"noun {noun} ", StringComparison.Ordinal));
    }

    /// <summary>
    /// A strike of workers or prisoners is dissent, not force: a stoppage of a length, a general or labour strike, "on
    /// strike" [143]; a hunger strike [142]. A missile or air strike stays an attack.
    /// </summary>
    [Theory]
    [InlineData("British Airways cabin crew began a 48-hour strike on Friday.", "143")]
    [InlineData("Unions in Greece called a general strike against the government.", "143")]
    [InlineData("Workers in France went on strike against the government.", "143")]
    [InlineData("Palestinian prisoners went on a hunger strike against Israel.", "142")]
    [InlineData("The Russian missile strike killed three people in Sumy.", "195")]
    public void A_strike_of_workers_is_dissent(string text, string cameo)
    {
        var doc = PipelineGolden.Analyse("strike", text, new DateOnly(2025, 5, 14));
        var e = Assert.Single(doc.Events, e => e.Rule.StartsWith("noun strike ", StringComparison.Ordinal));
        Assert.Equal(cameo, e.Cameo);
    }

    /// <summary>After "at", a name that only modifies the place is no target of an event noun either ("at UK airports").</summary>
    [Fact]
    public void A_name_modifying_a_place_after_at_is_no_target_of_a_noun()
    {
        var doc = PipelineGolden.Analyse("strike-at", "The disruption to flights comes days before a planned 48-hour strike at UK airports called by the Unite union over pay and conditions.", new DateOnly(2016, 12, 17));
        Assert.DoesNotContain(doc.Events, e => e.Target?.Country == "GBR");
    }

    /// <summary>
    /// A city or region before an event noun says where ("the Atlanta attacks", "the Nairobi bombing"); a country or its
    /// adjective says who ("the U.S. ultimatum", "the Russian missile strike").
    /// </summary>
    [Theory]
    [InlineData("Eric Rudolph was charged with the Atlanta attacks.", "attack", null)]
    [InlineData("Two Americans died in the Nairobi bombing.", "bombing", null)]
    [InlineData("Eric Rudolph is wanted in the Atlanta abortion clinic bombing.", "bombing", null)]
    [InlineData("Saddam Hussein ignored the U.S. ultimatum.", "ultimatum", "USA")]
    [InlineData("The Russian missile strike killed three people.", "strike", "RUS")]
    public void A_city_before_an_event_noun_is_where_not_who(string text, string noun, string? sourceCountry)
    {
        var doc = PipelineGolden.Analyse("noun", text, new DateOnly(1998, 8, 17));
        var e = Assert.Single(doc.Events, e => e.Rule.StartsWith($"noun {noun} ", StringComparison.Ordinal));
        Assert.Equal(sourceCountry, e.Source?.Country);
    }

    /// <summary>A capital before a meeting noun says where the parties meet, not who meets: "the NATO Washington summit" is no
    /// meeting of NATO with the US government.</summary>
    [Theory]
    [InlineData("He added that a ceremonial accession would still be held at the NATO Washington summit on April 24 and 25.", null)]
    [InlineData("The Moscow talks between Russia and Ukraine ended.", "UKR")]
    public void A_capital_before_a_meeting_noun_is_where_not_who(string text, string? targetCountry)
    {
        var doc = PipelineGolden.Analyse("noun", text, new DateOnly(1999, 2, 10));
        Assert.DoesNotContain(doc.Events, e => e.Source?.Country == "USA" || e.Target?.Country == "USA" || e.Target?.Country == "RUS" && e.Source?.Country != "UKR");
        if (targetCountry is not null) Assert.Contains(doc.Events, e => e.Target?.Country == targetCountry);
    }

    /// <summary>Two names joined by a hyphen before a meeting noun are its two sides, in their order.</summary>
    [Theory]
    [InlineData("The Russia-Ukraine talks ended on Friday.", "RUS", "UKR")]
    [InlineData("The U.S.-China trade talks resumed on Friday.", "USA", "CHN")]
    [InlineData("Israel-Syrian talks have been cut off for nearly two years.", "ISR", "SYR")]
    public void A_hyphenated_pair_before_a_meeting_noun_names_both_sides(string text, string source, string target)
    {
        var doc = PipelineGolden.Analyse("noun", text, new DateOnly(2025, 5, 14));
        var e = Assert.Single(doc.Events, e => e.Rule.StartsWith("noun talk ", StringComparison.Ordinal));
        Assert.Equal((source, target), (e.Source?.Country, e.Target?.Country));
    }

    /// <summary>
    /// Before an attack, a country's full name or a building names what was attacked ("the Kenya bombing", "the Vietnam
    /// War", "the Kenya embassy bombing"); an abbreviation still names who attacked ("U.S. air strikes"), and two
    /// countries name both sides ("the Iran-Iraq war").
    /// </summary>
    [Theory]
    [InlineData("Two Americans died in the Kenya bombing.", "bombing", null, "KEN")]
    [InlineData("The Vietnam War killed millions of people.", "war", null, "VNM")]
    [InlineData("Twelve Americans died in the U.S. embassy bombing.", "bombing", null, "USA")]
    [InlineData("U.S. air strikes against Iraq killed dozens.", "strike", "USA", "IRQ")]
    [InlineData("The Iran-Iraq war lasted eight years.", "war", "IRQ", "IRN")]
    public void A_country_named_before_an_attack_is_what_was_attacked(string text, string noun, string? sourceCountry, string? targetCountry)
    {
        var doc = PipelineGolden.Analyse("noun", text, new DateOnly(1998, 8, 17));
        var e = Assert.Single(doc.Events, e => e.Rule.StartsWith($"noun {noun} ", StringComparison.Ordinal));
        Assert.Equal(sourceCountry, e.Source?.Country);
        Assert.Equal(targetCountry, e.Target?.Country);
    }

    /// <summary>Who needs, requires or obtains aid receives it: the subject is the noun's target, not its source.</summary>
    [Theory]
    [InlineData("Ukraine needs more assistance from the European Union.")]
    [InlineData("Ukraine required the assistance of the European Union.")]
    [InlineData("Ukraine obtained assistance from the European Union.")]
    public void Who_needs_aid_receives_it(string text)
    {
        var doc = PipelineGolden.Analyse("noun", text, new DateOnly(2022, 3, 1));
        var e = Assert.Single(doc.Events, e => e.Rule.StartsWith("noun assistance ", StringComparison.Ordinal));
        Assert.Equal("UKR", e.Target?.Country);
        Assert.NotEqual("UKR", e.Source?.Country);
    }

    /// <summary>A war "between" sides the text names is not against the place it happens in.</summary>
    [Fact]
    public void A_war_between_named_sides_is_not_against_the_place()
    {
        var doc = PipelineGolden.Analyse("noun", "The Elian Gonzalez case was the latest battle in a war between relatives living on both sides of the Florida Straits in Cuba.", new DateOnly(2000, 1, 28));
        Assert.DoesNotContain(doc.Events, e => e.Rule.StartsWith("noun war ", StringComparison.Ordinal) && e.Target is not null);
    }

    /// <summary>Who holds off an attack or a threat, or gets round sanctions, undergoes it: "repelled the invasion", "struggling
    /// to contain threats", "would overcome the sanctions".</summary>
    [Theory]
    [InlineData("Ukraine repelled the Russian invasion.", "invasion", "UKR")]
    [InlineData("Turkey is struggling to contain multiple security threats.", "threat", "TUR")]
    [InlineData("Putin said Russia would overcome the sanctions imposed by the West.", "sanction", "RUS")]
    public void Who_holds_off_an_attack_undergoes_it(string text, string noun, string country)
    {
        var doc = PipelineGolden.Analyse("noun", text, new DateOnly(2016, 12, 19));
        var e = Assert.Single(doc.Events, e => e.Rule.StartsWith($"noun {noun} ", StringComparison.Ordinal));
        Assert.Equal(country, e.Target?.Country);
        Assert.NotEqual(country, e.Source?.Country);
    }

    /// <summary>Who condemned an attack is not its target (the White House had been attacked).</summary>
    /// <summary>A possessor is the one arrested ("Kopp's arrest"), and still the one who acts for other nouns ("Putin's rejection").</summary>
    [Theory]
    [InlineData("Osama bin Laden's arrest came after a long manhunt.", "arrest", "Osama bin Laden", false)]
    [InlineData("Vladimir Putin's rejection of the ceasefire angered Kyiv.", "rejection", "Vladimir Putin", true)]
    public void A_possessor_is_the_one_arrested_but_the_one_who_rejects(string text, string noun, string possessor, bool isSource)
    {
        var doc = PipelineGolden.Analyse("noun", text, new DateOnly(1999, 4, 5));
        var e = Assert.Single(doc.Events, e => e.Rule.StartsWith($"noun {noun} ", StringComparison.Ordinal));
        Assert.Equal(possessor, (isSource ? e.Source : e.Target)?.Name);
    }

    [Fact]
    public void Who_condemned_an_attack_is_not_its_target()
    {
        var doc = PipelineGolden.Analyse("noun", "The attack, condemned by the White House and the United Nations, was another sign of how Turkey is struggling to contain multiple security threats.", new DateOnly(2016, 12, 19));
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && (e.Target?.Country == "USA" || e.Target?.Cameo == "IGOUNO"));
    }

    /// <summary>Whom the attacker's relative clause names is no victim: "stabbed … by Taleh Habibzade who called the police"
    /// is no attack on the police.</summary>
    [Fact]
    public void Who_the_attackers_relative_clause_names_is_not_the_target()
    {
        var doc = PipelineGolden.Analyse("noun", "AN Edmonton man who carried out a vicious assault on a woman he knew has been jailed for 10 years. The 49-year-old victim was stabbed a number of times by Taleh Habibzade who called the police after the attack in Seaton Street, Edmonton, at 3.20pm, on Friday, February 3.", new DateOnly(2017, 7, 23));
        var stab = Assert.Single(doc.Events, e => e.Rule.StartsWith("verb STAB ", StringComparison.Ordinal));
        Assert.Equal("Taleh Habibzade", stab.Source?.Name);
        Assert.Null(stab.Target);
    }

    /// <summary>"… that killed 224 people, police said": who says so is no victim, however the parse conjoins them.</summary>
    [Fact]
    public void A_speaker_after_the_victims_is_not_one_of_them()
    {
        var doc = PipelineGolden.Analyse("noun", "Another man has been arrested in connection with the bombings of U.S. embassies in Kenya and Tanzania last year that killed 224 people, police said today.", new DateOnly(1999, 10, 8));
        Assert.DoesNotContain(doc.Events, e => e.Target?.Name == "Police");
    }

    /// <summary>A threat "of" someone is theirs ("the threat of the Soviet Union"); what comes "from" someone is theirs too.</summary>
    [Theory]
    [InlineData("NATO was formed in reaction to the threat of the Soviet Union under Stalin.", "threat", "SUN")]
    [InlineData("Americans could leave as soon as the threats from the United States are eliminated, the Iraqi ambassador said.", "threat", "USA")]
    [InlineData("Indonesia needs more assistance from Japan.", "assistance", "JPN")]
    public void Of_and_from_name_who_threatens_or_gives(string text, string noun, string sourceCountry)
    {
        var doc = PipelineGolden.Analyse("noun", text, new DateOnly(1999, 3, 12));
        Assert.Contains(doc.Events, e => e.Rule.StartsWith($"noun {noun} ", StringComparison.Ordinal) && e.Source?.Country == sourceCountry);
    }

    /// <summary>Who investigates an attack did not carry it out (FBI agents had been the bombers of the embassies).</summary>
    [Fact]
    public void Who_investigates_an_attack_is_not_its_source()
    {
        var doc = PipelineGolden.Analyse("noun", "The United States sent FBI agents to Africa to investigate the bombings.", new DateOnly(1998, 8, 11));
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Source?.Country == "USA");
    }

    /// <summary>Who claims an attack is no victim of it, even when the parse hangs the claim on the attack.</summary>
    [Fact]
    public void Who_claims_an_attack_is_not_its_victim()
    {
        var doc = PipelineGolden.Analyse("noun", "Turkey has become accustomed to deadly attacks — Kurdish militants claimed responsibility for Dec. 10 bombings in Istanbul that killed 44 people, many of them police.", new DateOnly(2016, 12, 19));
        var attack = Assert.Single(doc.Events, e => e.Rule.StartsWith("noun attack", StringComparison.Ordinal));
        Assert.DoesNotContain("militants", attack.Target is { Span: { } t } ? doc.TextOf(t) : "", StringComparison.Ordinal);
    }

    /// <summary>
    /// "at U.S. embassies": the preposition governs the embassies, so "U.S." says whose they are (it had been read as a
    /// place, and the embassies had no country: ---GOV). A name the preposition governs is still a place ("in Kenya today").
    /// </summary>
    [Fact]
    public void A_country_before_a_noun_after_at_says_whose()
    {
        var doc = PipelineGolden.Analyse("noun", "The bombings at U.S. embassies in Kenya and Tanzania killed 224 people.", new DateOnly(1998, 8, 11));
        Assert.Contains(doc.Events, e => e.Rule.StartsWith("noun bombing ", StringComparison.Ordinal) && e.Target?.Cameo == "USAGOV");
        var met = PipelineGolden.Analyse("noun", "Clinton met Moi in Kenya today.", new DateOnly(1998, 8, 11));
        Assert.DoesNotContain(met.Actors, a => a.Cameo == "KEN" && a.Mentions.Any(m => met.TextOf(m.Span) == "Kenya"));
    }

    /// <summary>
    /// An attack's target is not taken from a clause under it with a subject of its own ("…, Red Cross and ambulance officials
    /// said", "No one was hurt, but firefighters ordered …") nor from the possessor of its source ("attacks by Hun Sen's
    /// troops"); the place attacked still names it.
    /// </summary>
    [Theory]
    [InlineData("At least 75 people were killed and 1,643 wounded there, Red Cross and ambulance officials said.", "NGOHLHIRC", true)]
    [InlineData("No one was hurt, but firefighters from the U.S. government ordered the evacuation of nearby homes.", "USAGOV", true)]
    [InlineData("His men have held the stronghold against repeated intense attacks by Hun Sen's troops.", "KHMELI", true)]
    [InlineData("The Russian missile strike killed three people in Sumy, northeastern Ukraine.", "UKR", false)]
    public void An_attack_target_is_not_found_in_a_clause_of_its_own(string text, string cameo, bool absent)
    {
        var doc = PipelineGolden.Analyse("target", text, new DateOnly(1998, 8, 8));
        var hits = doc.Events.Where(e => e.CameoRoot is "18" or "19" && e.Target?.Cameo == cameo).ToList();
        Assert.True(absent == (hits.Count == 0), string.Join("; ", doc.Events.Select(e => $"{e.Cameo} {e.Target?.Cameo} {e.Rule}")));
    }

    /// <summary>The country named before a trip or a visit is where it goes, not who travels: "the China trip" had China
    /// travelling.</summary>
    [Theory]
    [InlineData("There may not be stunning announcements out of the China trip.", null, "China")]
    [InlineData("Trump's China trip will start on Monday.", "Trump", "China")]
    public void The_country_before_a_trip_is_where_it_goes(string text, string? source, string target)
    {
        var doc = PipelineGolden.Analyse("trip", text, new DateOnly(2016, 12, 19));
        var e = Assert.Single(doc.Events, e => e.Cameo == "042");
        Assert.Contains(target, e.Target?.Name ?? "", StringComparison.Ordinal);
        if (source is null) Assert.Null(e.Source);
        else Assert.Contains(source, e.Source?.Name ?? "", StringComparison.Ordinal);
    }

    /// <summary>A meeting, visit or talks with no one named for it is the one's who goes to it: the subject of the verb it
    /// hangs on or the name it stands in apposition to; not a passive subject, and not the city it is held in.</summary>
    [Theory]
    [InlineData("Last week, FBI Director Louis Freeh, on an official visit to Mexico, asked Mexican authorities to join the hunt.", "042", "Louis Freeh", "Mexico")]
    [InlineData("Defense Secretary Dick Cheney returned from a visit with Kuwaiti commanders in Saudi Arabia.", "042", "Cheney", "Kuwait")]
    [InlineData("After a two-hour meeting at his home with King Hussein of Jordan, Bush said he saw little hope.", "040", "Bush", "Hussein")]
    [InlineData("NATO decided at last year's Madrid summit to invite Poland.", "040", "NATO", null)]
    [InlineData("Sinn Fein was expelled from the talks on Northern Ireland.", "046", null, "Ireland")]
    public void A_meeting_no_one_is_named_for_is_its_attendees(string text, string cameo, string? source, string? target)
    {
        var doc = PipelineGolden.Analyse("meeting", text, new DateOnly(1999, 1, 22));
        var e = Assert.Single(doc.Events, e => e.Cameo == cameo && e.Rule.StartsWith("noun ", StringComparison.Ordinal));
        if (source is null) Assert.Null(e.Source);
        else Assert.Contains(source, e.Source?.Name ?? "", StringComparison.Ordinal);
        if (target is null) Assert.Null(e.Target);
        else Assert.Contains(target, e.Target?.Name ?? "", StringComparison.Ordinal);
    }

    /// <summary>A description after a name ("Turkey, a NATO member and a partner in the campaign") is that name's, not a
    /// list of more parties: NATO is no target of the threats Turkey faces.</summary>
    [Fact]
    public void A_description_in_apposition_is_no_list_of_parties()
    {
        var doc = PipelineGolden.Analyse("appos", "Turkey, a NATO member and a partner in the U.S.-led campaign against the Islamic State group, is struggling to contain multiple security threats.", new DateOnly(2016, 12, 20));
        var threats = doc.Events.Where(e => e.Cameo == "130").ToList();
        Assert.Contains(threats, e => e.Target?.Cameo == "TUR");
        Assert.DoesNotContain(threats, e => e.Target?.Name == "NATO");
    }
}
