namespace Tacitus.Coding.Tests.Events.Pipeline;

/// <summary>
/// When the parse leaves an event without a source, the word-order reading may supply one: the nearest actor before the
/// verb. That is wrong when the parse found the verb's subject and it names no actor: the subject acts, and an actor
/// in a modifier or an earlier clause does not (about 15 wrong sources in three news samples).
/// </summary>
public class WordOrderSourceTests
{
    [Theory]
    // A verb coordinated with "and" shares its first conjunct's subject: the speakers extolled, the United States did not.
    [InlineData("Speaker after speaker denounced the United States and extolled the virtues of Cuba's communist revolution.", "EXTOL", "United States")]
    // The bombings killed; Tanzania, named in a modifier of the bombings, did not.
    [InlineData("Another man has been arrested in connection with the bombings of U.S. embassies in Kenya and Tanzania last year that killed 224 people, police said today.", "KILL", "Tanzania")]
    // The foes argue; Washington is named in an earlier clause.
    [InlineData("Once Gonzalez comes to the United States _ it would be preferable if he went to Miami rather than to Washington _ only the most obdurate foes of Castro can argue that Elian should not be reunited with him.", "ARGUE", "Washington")]
    // The sources tell CNN; the administration is a modifier of "candidate".
    [InlineData("ExxonMobil Chairman and CEO Rex Tillerson is the leading candidate for Secretary of State in a Donald Trump administration, multiple sources familiar with the transition process tell CNN.", "TELL", "Administration")]
    // "I" gives permission; the farmers named before it do not.
    [InlineData("Farmers are not used to networking or asking for help. \"I want to give people permission to tell their story, and sometimes, I have to give people permission to make a profit,\" Burton said.", "GRANT", "Farmers")]
    // "I" assures, though the parse gives "assure" the earlier "She" as a subject too.
    [InlineData("Howard said Queen Elizabeth II is taking a great interest in the convention. \"She is, I can assure you, from what I've been told, she's following the thing very closely.\"", "ASSURE", "Elizabeth")]
    // A noun right before the auxiliary of a conjoined verb is that clause's subject: Cuba did not counsel.
    [InlineData("He said Cuba has not prohibited Gonzalez from going to Miami to retrieve Elian, American attorneys -- and even American officials -- have counseled against it.", "COUNSEL", "Cuba")]
    // A phrase of where the parser made an object controls nothing: Gonzalez, who made the decision, affirms.
    [InlineData("Juan Miguel Gonzalez has made the right decision to travel to the United States on Thursday to affirm his desire to be reunited with his son, Elian.", "AFFIRM", "United States")]
    // A participle describing a country is that country's doing, not the doing of the man named before it.
    [InlineData("\"Why have a war?\" asked Abdul Latif Shekar, a customs officer in Egypt, a country participating in the attack on Iraqi troops.", "PARTICIPATE", "Shekar")]
    // The confrontations provoke; the parties among whom they happen do not.
    [InlineData("Confrontations among Catholic protesters, Protestant marchers and the police have provoked widespread violence in Northern Ireland for the past three summers.", "PROVOKE", "Police")]
    // The government urges; Elian is named at the end of the fronted "while" clause, which the parse did not keep apart.
    [InlineData("HAVANA (AP) --  While state-run television broadcast footage of Cuban exiles protesting in Miami against the repatriation of Elian Gonzalez, the Cuban government urged its people to keep up their own demonstrations to ensure the boy's return.", "URGE", "Elian")]
    // Who resists attempts to inspect does not inspect.
    [InlineData("At least one of the sensitive sites was a barracks of the elite Republican Guard. Previously the Iraqis have resisted attempts to inspect such quarters.", "INSPECT", "Iraq")]
    // Whom an "except" phrase leaves out does nothing the others do.
    [InlineData("Canada's largest department store operator said the rights offering will entitle holders of its ordinary shares, except residents in the U.S. and Britain, to subscribe for two additional shares for every five shares held.", "SUBSCRIBE", "United Kingdom")]
    [InlineData("The 11th U.S. Circuit Court of Appeals in Atlanta has been asked by the U.S. government to suspend a ruling by one of its judges that prevents the removal of Elian from the country.", "PREVENT", "Judges")]
    // "which" stands for MindSpring, not for the speaker.
    [InlineData("MindSpring, which provided the Internet space for the site, closed it Thursday night, Russian President Vladimir Putin said.", "PROVIDE", "Putin")]
    // The family, the object of a causative "have", withdraws, named or not; Reno, who agreed, does not.
    [InlineData("Attorney General Janet Reno agreed to a meeting earlier this week, only to have Lazaro Gonzalez's family withdraw the request.", "WITHDRAW", "Reno")]
    // "them", the object of "let", meets; the court, before it, does not.
    [InlineData("The relatives want the court to let them meet with Elian's father without being required to surrender the boy.", "MEET_WITH", "Court")]
    // A name inside a relative clause of the subject is what the clause is about.
    [InlineData("Ratners, which controls 25% of the British jewelry market, would increase the number of its U.S. stores to about 450 stores.", "INCREASE", "United Kingdom")]
    // A passive with a negation between its be-form and participle is still passive: the delegation was granted nothing.
    [InlineData("Castro expressed irritation that much of the rest of the delegation was not granted visas to travel to the United States.", "GRANT", "Delegation")]
    // The owner of a subject that names kin or aides does not act with them.
    [InlineData("Cuban rafter Elian Gonzalez arrived in Miami. Elian's father has demanded the boy's return.", "DEMAND", "Elian")]
    [InlineData("Rome mayor Virginia Raggi's top environmental adviser resigned on Tuesday.", "RESIGN", "Raggi")]
    // Nor what a verb inside the subject's phrase acts on.
    [InlineData("There has been no immediate claim of responsibility for the attack. A militant group responsible for a string of deadly attacks targeting Egyptian security forces condemned the bombing.", "BLAME", "Egyptian")]
    // Nor does anyone named in an adverbial clause of the verb.
    [InlineData("Muslim scholars have endorsed both donation and transplantation. \"If you talk to leaders of those religions, donation is actually strongly endorsed,\" said Dr. Lilly.", "ENDORSE", "Religions")]
    // A thing an actor's name only describes controls no infinitive: the marchers protest, not the flags' Serbia.
    [InlineData("Some 1,500 ethnic Albanians marched Sunday in downtown Istanbul, burning Serbian flags to protest the killings of ethnic Albanians by Serb police.", "PROTEST", "Serbia")]
    // A country's adjective before a kind of place says where: Turkey did not disrupt.
    [InlineData("The leaders of Turkey and Russia said the attack in Ankara, the Turkish capital, was an attempt to disrupt efforts to repair ties between their countries.", "DISRUPT", "Turkey")]
    // Iraq is what the first verb acts on, not the subject the two verbs share.
    [InlineData("And the U.S. is taking similar steps to ensure that its naval force is adequate to carry out a blockade of Iraq and support a war if necessary.", "SUPPORT", "Iraq")]
    [InlineData("Serbian police say they are trying to eliminate the pro-independence Kosovo Liberation Army and restore order.", "RE_ESTABLISH", "Kosovo")]
    // The children steal, in the clause "are … breaking into homes" the parser hung the verbs on; the police say so.
    [InlineData("Australian police say these children are, for the most part, breaking into homes, assaulting people and stealing cars.", "STEAL", "Police")]
    // A finite clause after "after" has a subject of its own, which the parser hung with the "after" on a noun before it.
    [InlineData("Georgian protesters clashed with police in Tbilisi after the government suspended EU accession talks.", "CANCEL", "Protesters")]
    [InlineData("Poland, Hungary and the Czech Republic have been accepted as members of the Western military alliance after the upper house of the Dutch parliament voted in favor of their inclusion.", "SELECT", "Poland")]
    // A participle without a subject of its own is not done by where the verb it hangs on goes to.
    [InlineData("The Government of Alberta just completed missions to China and Japan, connecting with buyers and investors and promoting Alberta industries.", "CONNECT", "Japan")]
    // The owner of clients or children the subject names does not act with them.
    [InlineData("Cuban lawyer Kendall Coffey said his clients were giving an appeal to the Supreme Court serious consideration.", "GRANT", "Kendall Coffey")]
    // The outer subject of a copula ("The American hope is that …") is not the subject of the clause's verb.
    [InlineData("The American hope is that someone from within Iraq, perhaps from the army's professional ranks, will step forward and push Saddam Hussein aside.", "PUSH", "United States")]
    // The people an adjective is about do nothing ("popular with tourists"), nor does a credit in brackets.
    [InlineData("(Muhammad Hamed/Reuters) Gunmen carried out a series of attacks in central Jordan on Sunday, including at a Crusader castle popular with tourists, killing four members of the Jordanian security forces, officials said.", "KILL", "Tourists")]
    [InlineData("(Muhammad Hamed/Reuters) Gunmen carried out a series of attacks in central Jordan on Sunday, including at a Crusader castle popular with tourists, killing four members of the Jordanian security forces, officials said.", "KILL", "Reuters")]
    // A place set off by a comma after a noun of where is where, however the parse hangs it.
    [InlineData("Nigerian security forces clashed in Lagos with demonstrators who were protesting calls for military leader Sani Abacha to run for president. Meanwhile, as VOA West Africa Correspondent Purnell Murdock reports, General Abacha's supporters began a two day rally in the capital, Abuja, to urge him to compete in this year's election.", "URGE", "Nigeria")]
    public void An_actor_outside_the_parsed_subject_is_not_the_source(string text, string verb, string notSource)
    {
        var events = VerbEvents(text, verb, new DateOnly(2000, 2, 24));
        Assert.DoesNotContain(events, e => e.Source?.Name.Contains(notSource, StringComparison.Ordinal) == true);
    }

    /// <summary>An unresolved pronoun or a misparsed subject does not stop word order from finding the actor.</summary>
    [Theory]
    [InlineData("The combined operations are designed to isolate and strangle Iraq, and it retreats from Kuwait.", "RETREAT", "IRQ")]
    [InlineData("Japanese government officials, eager to rebut foreign criticism of Japanese investments overseas, hailed the transaction.", "HAIL", "JPN")]
    // The object of "let" is the one who meets.
    [InlineData("The court in Miami let Russia meet with NATO officials.", "MEET_WITH", "RUS")]
    // A verb the parser conjoined to a nominal predicate shares that predicate's subject.
    [InlineData("Australia has been independent since 1901, but like many Commonwealth nations it still recognizes the British monarch as head of state.", "RECOGNIZE", "AUS")]
    public void A_pronoun_or_a_misparsed_subject_leaves_word_order_its_say(string text, string verb, string sourceCountry)
    {
        var events = VerbEvents(text, verb, new DateOnly(1990, 8, 16));
        Assert.Contains(events, e => e.Source?.Country == sourceCountry);
    }

    /// <summary>Whoever makes or announces a plan or decision that names no owner does what it plans, by the parse (the
    /// rule says so), not only by the word order that happens to agree.</summary>
    [Theory]
    [InlineData("Russian Defense Minister Sergei Shoigu announced plans to travel to Germany next week to explain the policy to the French government.", "EXPLAIN", "RUS")]
    [InlineData("The Russian government has made a decision to send troops to Syria.", "SEND", "RUS")]
    public void A_plan_made_or_announced_is_its_makers(string text, string verb, string sourceCountry)
    {
        var events = VerbEvents(text, verb, new DateOnly(2016, 4, 6));
        Assert.Contains(events, e => e.Source?.Country == sourceCountry && e.Rule.Contains("source=noun-controller", StringComparison.Ordinal));
    }

    /// <summary>A "for" phrase right before an infinitive is its subject: Iraq is to withdraw, not Britain, and
    /// the family (no actor) would allow the spies in, not Castro.</summary>
    [Theory]
    [InlineData("Britain waited for Iraq to withdraw its troops from Kuwait.", "RETREAT", "Iraq")]
    [InlineData("Castro must be dreaming for the family to allow Cuban spies inside Lazaro Gonzalez's home.", "ALLOW", null)]
    public void A_for_phrase_before_an_infinitive_is_its_subject(string text, string verb, string? source) =>
        AssertSingleSource(text, verb, new DateOnly(1998, 10, 26), source);

    /// <summary>An act that is the subject is its doer's: the Pope's visit persuades (his), Kopp's arrest befalls him.</summary>
    [Theory]
    [InlineData("The risk is that the Pope's visit will persuade many more Cubans to break loose of the Cuban government.", "PERSUADE", "Pope")]
    [InlineData("James Kopp was charged. Kopp's arrest persuaded Canadian police to close the case.", "PERSUADE", null)]
    public void An_act_that_is_the_subject_is_its_doers(string text, string verb, string? source) =>
        AssertSingleSource(text, verb, new DateOnly(1998, 1, 20), source);

    /// <summary>A force its phrase calls international, across a list of its kinds, is of no country the clause names.</summary>
    [Fact]
    public void An_international_force_takes_no_country_from_its_clause()
    {
        var e = Assert.Single(VerbEvents("An international land, sea and air force has mobilized since Iraq's invasion.", "MOBILIZE", new DateOnly(1990, 8, 16)));
        Assert.Equal("---MIL", e.Source?.Cameo);
    }

    /// <summary>A participle a conjunction of time opens, with no subject of its own, is done by the main clause's subject:
    /// Jansen alleges, the Syrian army takes Aleppo.</summary>
    [Theory]
    [InlineData("Alberta legislator Sandra Jansen quit the race after alleging that party members had bullied her.", "ALLEGE", "Sandra Jansen")]
    [InlineData("Asked if the Syrian army will move in on rebel-held territory in Idlib after taking Aleppo, he said Damascus would work out further military action with Moscow.", "TAKE", "Syrian Army")]
    public void A_participle_after_a_conjunction_of_time_is_done_by_the_main_subject(string text, string verb, string source) =>
        AssertSingleSource(text, verb, new DateOnly(2016, 12, 15), source);

    /// <summary>A verb that takes no object is not passive without a passive auxiliary, however it is tagged: Lortie
    /// resigns, he is not resigned; the FBI agents push ahead, nobody pushes them.</summary>
    [Theory]
    [InlineData("Montreal-based Provigo said its chairman Pierre Lortie would leave. In a related move, Pierre Lortie, chairman and chief executive, resigned.",
        "RESIGN", "1989-10-27", "Pierre Lortie")]
    [InlineData("FBI agents, meanwhile, pushed ahead with their all-out investigation into the bombings.", "DEMAND", "1998-08-18", "Federal Bureau of Investigation")]
    public void A_verb_without_an_object_is_active_without_a_passive_auxiliary(string text, string verb, string date, string source) =>
        AssertSingleSource(text, verb, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), source);

    /// <summary>An owner after "in" names a place, not who acted: nobody in this sentence compels the Saudis (the Christians
    /// of "their country" do not).</summary>
    [Fact]
    public void An_owner_after_in_is_no_agent_of_a_passive() =>
        AssertSingleSource("But opponents wondered why the Saudis are not compelled to allow Christians to worship in their country.", "COMPEL", new DateOnly(1998, 3, 3), null);

    /// <summary>Who meets someone to do something does it, not the one met; members of a squad act for what the squad
    /// belongs to.</summary>
    [Theory]
    [InlineData("The Iraqi foreign minister met the Russian envoy in Baghdad to discuss the crisis.", "Iraqi Foreign Minister")]
    [InlineData("Members of a New York-based FBI squad met the Russian envoy in London to discuss the allegations.", "Federal Bureau of Investigation")]
    public void Who_meets_someone_to_discuss_discusses(string text, string source) =>
        AssertSingleSource(text, "DISCUSS", new DateOnly(2017, 1, 12), source);

    /// <summary>An infinitive is done by the subject of the verb it complements, even one that names no actor, and a "that"
    /// the parse makes that verb's object controls nothing: the officials who told Craig do not apply for the visa.</summary>
    [Fact]
    public void The_subject_above_an_infinitive_does_it_even_unnamed() =>
        AssertSingleSource("Greg Craig was told by U.S. State Department officials that the father himself had to apply for the visa at the embassy in Havana.",
            "UTILIZE", new DateOnly(2000, 3, 30), null);

    /// <summary>"Nobody", "everyone" or "someone" in a quotation is not the speaker: Juanita Castro says nobody talks to her
    /// brother, she does not talk to him in saying so.</summary>
    [Fact]
    public void An_indefinite_pronoun_in_a_quotation_is_not_the_speaker()
    {
        var talks = VerbEvents("She does not speak to her brother. ``Nobody talks to Fidel Castro, because he doesn't listen,'' Juanita Castro said.", "TALK", new DateOnly(2000, 4, 14));
        Assert.DoesNotContain(talks, e => e.Source?.Name == "Juanita Castro");
    }

    /// <summary>A relative clause on a description set beside a name is about the one named: bin Laden is accused, not
    /// Saudi Arabia, which the description's adjective names; a group described by its members keeps them.</summary>
    [Theory]
    [InlineData("There is no reason to believe that terrorists affiliated with Osama bin Laden, the exiled Saudi millionaire who is accused of organizing the Embassy bombings, plan to strike again.", "ACCUSE", "IMGMUSALQ")]
    [InlineData("Jose Basulto, founder of Brothers to the Rescue, a Cuban exile group that frequently rescues Cuban refugees, spoke on Friday.", "RESCUE", "CUBOPP")]
    public void A_relative_clause_on_a_description_beside_a_name_is_about_the_name(string text, string verb, string cameo)
    {
        var e = Assert.Single(VerbEvents(text, verb, new DateOnly(1998, 9, 7)));
        Assert.Contains(cameo, new[] { e.Source?.Cameo, e.Target?.Cameo });
    }

    /// <summary>Asserts the one event of <paramref name="verb"/> has the source named <paramref name="source"/> (none when null).</summary>
    private static void AssertSingleSource(string text, string verb, DateOnly date, string? source)
    {
        var e = Assert.Single(VerbEvents(text, verb, date));
        Assert.Equal(source, e.Source?.Name);
    }

    /// <summary>A title the parse split into two subjects ("District" and "Michael Barrett") is one subject, the
    /// second, when the first names no one; the judge orders, in the conjoined verb too.</summary>
    [Fact]
    public void A_subject_split_by_the_parse_is_the_name_right_before_the_verb() =>
        AssertSingleSource("U.S. District Judge Michael Barrett in Cincinnati imposed the prison term, and ordered that Abdulkader remain under supervision for life.",
            "ORDER", new DateOnly(2016, 11, 9), "Michael Barrett");

    /// <summary>Who is called on to act does the act, which is not done: the Security Council does not cooperate with
    /// the authorities, nor call on them; the states are called on, and are no actor.</summary>
    [Fact]
    public void Who_is_called_on_does_the_act_called_for()
    {
        var doc = PipelineGolden.Analyse("word-order-source", "The Security Council called on all states to cooperate with Kenyan authorities.", new DateOnly(1998, 8, 13));
        var call = Assert.Single(doc.Events, e => e.Rule.Contains("pattern CALL ", StringComparison.Ordinal));
        Assert.Equal(("IGOUNO", null), (call.Source?.Cameo, call.Target?.Cameo));
        var cooperation = Assert.Single(doc.Events, e => e.Rule.Contains("verb COOPERATE ", StringComparison.Ordinal));
        Assert.Equal((null, Tacitus.Core.Modality.Hypothetical), (cooperation.Source?.Cameo, cooperation.Modality));
    }

    /// <summary>
    /// The object of a verb of wanting does what it is wanted to ("didn't want the militias to take them over": the
    /// militias take the civilians, not the other way round; "wants the appeals court to … order": the court orders).
    /// </summary>
    [Theory]
    [InlineData("Some civilians set fire to their homes because they didn't want the militias to take them over.", "TAKE_OVER", "---UAF", "---CVL")]
    [InlineData("Lazaro Gonzalez wants the appeals court to suspend the injunction and order the boy's father to stay in Miami.", "ORDER", "USAJUD", null)]
    public void The_object_of_a_verb_of_wanting_does_the_wanted_act(string text, string verb, string source, string? target)
    {
        var e = Assert.Single(VerbEvents(text, verb, new DateOnly(2000, 4, 17)));
        Assert.Equal(source, e.Source?.Cameo);
        Assert.Equal(target, e.Target?.Cameo);
    }

    /// <summary>The one urged does what he is urged to, even when the parser calls him an indirect object.</summary>
    [Fact]
    public void The_one_urged_is_the_source_of_what_he_is_urged_to_do()
    {
        var events = VerbEvents("An auto manufacturers trade group earlier this month urged President-elect Donald Trump to establish a presidential advisory committee to coordinate auto sector regulators.", "COORDINATE", new DateOnly(2016, 12, 1));
        Assert.Contains(events, e => e.Source?.Name.Contains("Trump", StringComparison.Ordinal) == true);
    }

    /// <summary>"ISTANBUL, Turkey (AP)_": a name in the dateline says where the reporter was; Turkey had been the marchers.</summary>
    [Fact]
    public void A_name_in_the_dateline_takes_no_part()
    {
        const string text = "ISTANBUL, Turkey (AP)_ Some 1,500 ethnic Albanians marched Sunday in downtown Istanbul, burning Serbian flags to protest the killings of ethnic Albanians by Serb police in southern Serb Kosovo province.";
        var doc = PipelineGolden.Analyse("dateline", text, new DateOnly(1998, 3, 8));
        int end = text.IndexOf('_', StringComparison.Ordinal) + 1;
        Assert.NotEmpty(doc.Events);
        Assert.DoesNotContain(doc.Events, e => e.Source?.Span?.Start < end || e.Target?.Span?.Start < end);
    }

    /// <summary>
    /// What a speaker says is kept apart from the saying, however the parse hangs it: after "that" ("said Thursday that"
    /// hangs under Thursday) or after an opening quote.
    /// </summary>
    [Theory]
    [InlineData("A Pentagon spokesman said Thursday that the 38,000 U.S. troops in the Gulf will remain until Iraq complies with the U.N. Security Council resolutions.", "SAY", "U.S. Troops")]
    [InlineData("NATO Secretary General Javier Solana says, ``The accession of the Czech Republic, Hungary and Poland ... is perhaps the clearest demonstration of the fact that Europe is growing closer together.''", "SAY", "Czech Republic")]
    // A quotation before "asked" puts the speaker after it: the one asking, not the one asked.
    [InlineData("\"Where's the bid?\" asked Pierre Panet-Raymond, an analyst and broker with Toronto securities dealer McDermid St. Lawrence Ltd. Mr. Panet-Raymond said he doesn't think so.", "ASK", "Panet-Raymond")]
    public void What_is_said_is_no_target_of_the_saying(string text, string verb, string notTarget)
    {
        var events = VerbEvents(text, verb, new DateOnly(1998, 3, 5));
        Assert.DoesNotContain(events, e => e.Target?.Name.Contains(notTarget, StringComparison.Ordinal) == true);
    }

    /// <summary>
    /// A plain statement's other side is whom it is said to; where ("on Cuban television", "from Berlin"), about what
    /// or who ("said Meissner had …") it is said names no target, and a statement without one is no event.
    /// </summary>
    [Theory]
    [InlineData("Castro said on Cuban television that the boy would be happy in Cuba.", "Cuban Television")]
    [InlineData("Clinton said in a written statement issued from Berlin that the decision was right.", "Berlin")]
    [InlineData("King Hussein also said of trade with Iraq: ``There are no shipments at the moment.''", "Iraq")]
    public void A_statement_has_no_target_but_its_addressee(string text, string notTarget)
    {
        var events = VerbEvents(text, "SAY", new DateOnly(2000, 4, 1));
        Assert.DoesNotContain(events, e => e.Target?.Name.Contains(notTarget, StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("Erdogan said to Putin that the talks would go ahead.", "SAY", "Vladimir Putin")]
    [InlineData("Erdogan told Putin that the talks would go ahead.", "TELL", "Vladimir Putin")]
    public void A_statement_to_someone_has_them_as_its_target(string text, string verb, string target)
    {
        var events = VerbEvents(text, verb, new DateOnly(2025, 5, 14));
        Assert.Contains(events, e => e.Target?.Name == target);
    }

    /// <summary>
    /// Nor do the words of what is said recode the saying: "officials now say, was that … lifting economic sanctions" is
    /// no sanction [163], "to announce a ``major development'' in the … investigation" no investigation [090].
    /// </summary>
    [Theory]
    [InlineData("The real problem with the Soviet proposals, U.S. officials now say, was that they all would have required lifting economic sanctions against Iraq.", "SAY", "163")]
    [InlineData("Denise O'Donnell, the U.S. attorney for the Western District of New York in Buffalo, has scheduled a news conference Thursday to announce a ``major development'' in the Slepian murder investigation.", "ANNOUNCE", "090")]
    public void Words_of_what_is_said_do_not_recode_the_saying(string text, string verb, string notCode)
    {
        var events = VerbEvents(text, verb, new DateOnly(1999, 5, 5));
        Assert.DoesNotContain(events, e => e.Cameo == notCode);
    }

    /// <summary>"assembled in the Philippines": a place in a phrase of location on the verb is where, not whom.</summary>
    [Fact]
    public void A_place_where_the_verb_happens_is_no_target()
    {
        var events = VerbEvents("Timex is a major U.S. producer and seller of watches, including low-priced battery-operated watches assembled in the Philippines and other developing nations covered by the U.S. tariff preferences.", "ASSEMBLE", new DateOnly(1989, 11, 2));
        Assert.DoesNotContain(events, e => e.Target?.Country == "PHL");
    }

    /// <summary>A place that modifies the noun of such a phrase ("in the Orlando nightclub shooting", "in some of Cuba's
    /// biggest gatherings") is no target either.</summary>
    [Theory]
    [InlineData("Police arrested a man in the Orlando nightclub shooting.", "APPREHEND", "USA")]
    // … or names what that noun is of ("some of Cuba's biggest gatherings").
    [InlineData("The protest marked a return to the larger demonstrations of early December, when hundreds of thousands of people rallied in some of Cuba's biggest gatherings since the triumph of the revolution.", "RALLY", "CUB")]
    // … or is the object of a participle that describes that noun ("a town bordering Northern Ireland").
    [InlineData("Police seized a car bomb under construction Sunday in a town bordering Northern Ireland on the eve of the return to peace talks.", "APPREHEND", "IRL")]
    // … along or through it ("marched along Havana's seaside boulevard").
    [InlineData("In a massive demonstration demanding Elian's return, tens of thousands of Cuban women -- hundreds visibly pregnant and others carrying small children -- marched along Havana's seaside boulevard on Friday.", "MARCH", "CUB")]
    public void A_place_naming_the_phrase_of_where_is_no_target(string text, string rule, string country) =>
        AssertNoTargetOf(text, new DateOnly(2000, 4, 23), rule, country);

    /// <summary>A place named where something is or happens is no source by word order ("A suicide car bomb in central
    /// Turkey has killed", "should peace efforts in the province of Kosovo fail"); a group's base still gives its country.</summary>
    [Theory]
    [InlineData("A suicide car bomb in central Turkey has killed 13 soldiers aboard a bus and wounded 56 more, officials say.", "KILL", "TUR", true, 2016)]
    [InlineData("NATO warplanes are poised to intervene in Yugoslavia should peace efforts in the province of Kosovo fail.", "FAIL", "FRY", true, 1999)]
    [InlineData("The Southern Poverty Law Center, a civil rights monitoring group based in Montgomery, Alabama, has long monitored such groups as the Ku Klux Klan.", "MONITOR", "USA", false, 1998)]
    // nor the subject of a participle after a comma, when the parse hangs the place on a day
    [InlineData("Some 1,500 ethnic Albanians marched Sunday in downtown Istanbul, burning Serbian flags to protest the killings of ethnic Albanians by Serbian police.", "BURN", "TUR", true, 1998)]
    public void A_place_of_where_is_no_word_order_source(string text, string rule, string country, bool gone, int year)
    {
        var doc = PipelineGolden.Analyse("word-order-source", text, new DateOnly(year, 3, 3));
        bool found = doc.Events.Any(e => e.Rule.Contains(rule, StringComparison.Ordinal) && e.Source?.Country == country);
        Assert.Equal(!gone, found);
    }

    /// <summary>The subject of a clause of its own is no target, a nominal one ("police were in the street") as a verbal
    /// one; nor does a pattern word in a clause the parse puts outside the verb code it ("make Saddam Hussein decide he's up
    /// against the wall" is no "decide against" [120]).</summary>
    [Theory]
    [InlineData("Her husband, John Finney said, \"He started shooting bullets in the air, and police were in the street. It was a very terrifying moment.\"", "SHOOT", null, 2016)]
    [InlineData("There are disagreements among experts about how much pressure will be needed to make Saddam Hussein decide he's up against the wall.", "SELECT", "120", 1990)]
    // Whoever a phrase of cause names is why, not whom, the verb acts on.
    [InlineData("Farmers are not used to having to pay for training because of the USDA and other programs.", "PAY_FOR", null, 2016)]
    // What the verb above a participle acts on is not what the participle acts on.
    [InlineData("One proposal supported by at least several provinces has asked Ottawa to maintain the annual transfer increases.", "SUPPORT", null, 2016)]
    // An adverbial clause before the verb is one of its own too.
    [InlineData("Cuban rafter Elian Gonzalez arrived in Miami. If the Immigration and Naturalization Service order that Elian must be returned to his father in Cuba is to be contested, Reno ruled correctly that the only proper venue is federal court.", "CONTEST", null, 2000)]
    // nor is whoever a phrase of time names ("since Iraq's invasion").
    [InlineData("An international land, sea and air force has mobilized since Iraq's invasion, which was sparked by disputes over oil.", "MOBILIZE", null, 1990)]
    // What one agrees is so, parsed as an object and a predicate with a finite copula.
    [InlineData("The head of the Cairns child protection and investigation unit, Detective Senior Sergeant Glen Horan, agrees offences committed by children in Far North Queensland are a major problem.", "AGREE", null, 2016)]
    public void Another_clause_gives_no_target_nor_pattern(string text, string rule, string? code, int year)
    {
        var doc = PipelineGolden.Analyse("word-order-source", text, new DateOnly(year, 8, 13));
        if (code is null) Assert.DoesNotContain(doc.Events, e => e.Rule.Contains(rule, StringComparison.Ordinal) && e.Target is not null);
        else Assert.DoesNotContain(doc.Events, e => e.Rule.Contains(rule, StringComparison.Ordinal) && e.Cameo == code);
    }

    /// <summary>A past participle right after an article or a preposition modifies the noun after it and is no act, however
    /// the parser reads it; a base-form verb with an article is a noun.</summary>
    [Theory]
    [InlineData("Gen. Nhek Bunchhay, a loyalist of ousted Cambodian Prime Minister Prince Norodom Ranariddh, said in an interview with The Associated Press at his hilltop headquarters that he hopes to recover the remains of Christopher Howes within the next two weeks.", "OUST", 1998)]
    [InlineData("Elian Gonzalez will remain in the United States for at least two more weeks even after a federal appeals court Thursday refused to order a political asylum hearing for the fought-over Cuban child.", "FIGHT", 2000)]
    // nor is a base-form verb with an article of its own: a noun the tagger misread
    [InlineData("It is the largest reward the government has ever offered for a fugitive.", "REWARD", 1999)]
    public void A_participle_after_an_article_or_preposition_is_no_act(string text, string verb, int year)
    {
        var doc = PipelineGolden.Analyse("word-order-source", text, new DateOnly(year, 2, 19));
        Assert.DoesNotContain(doc.Events, e => e.Rule.StartsWith("verb " + verb + " ", StringComparison.Ordinal));
    }

    /// <summary>"it was unfair to penalize children": after an expletive "it" whoever would act is left unsaid, not the
    /// subject of the clause coordinated with it ("the Saudis were just providing a service").</summary>
    [Fact]
    public void An_expletive_clause_leaves_its_infinitive_without_a_source()
    {
        var events = VerbEvents("At a public hearing on the Islamic Saudi Academy's application, supporters of the academy, including Ann Robinson, said the Saudis were just providing a service and it was unfair to penalize children.", "PENALIZE", new DateOnly(1998, 3, 3));
        Assert.DoesNotContain(events, e => e.Source?.Country == "SAU");
    }

    /// <summary>A past participle conjoined to a passive verb shares its passive: its subject is acted on, not acting ("If
    /// Kopp were also indicted and convicted").</summary>
    [Theory]
    [InlineData("American anti-abortion activist James Kopp is a suspect. If Kopp were also indicted and convicted on state murder charges, he could face the death penalty.", "CONVICT", "Kopp")]
    [InlineData("Canadian marijuana activist Marc Emery said he feels good. Emery was released after posting a $5,000 bond and is prohibited from consuming cannabis.", "PROHIBIT", "Emery")]
    public void A_conjoined_passive_shares_its_subject_as_target(string text, string verb, string name)
    {
        var events = VerbEvents(text, verb, new DateOnly(1999, 5, 5));
        Assert.Contains(events, e => e.Target is { } t && t.Name.Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Source is { } s && s.Name.Contains(name, StringComparison.Ordinal));
    }

    /// <summary>A phrase of role on the verb says what a side is, and no one named in it is acted on ("stepped down as
    /// chairman, president and chief executive" is no act on a government).</summary>
    [Theory]
    [InlineData("William C. Walbrecher Jr., an executive at San Francisco-based 1st Nationwide Bank, was named president and chief executive officer of Citadel Holding Corp. The appointment takes effect Nov. 13. He succeeds James A. Taylor, who stepped down as chairman, president and chief executive in March for health reasons.", "STEP", "USA", 1989)]
    [InlineData("FBI Director Louis Freeh said the U.S. government is offering a reward of up to $5 million for information that leads to the arrest and conviction of Bin Laden, indicted as the architect of the twin bombings of American embassies in Kenya and Tanzania.", "INDICT", "USA", 1999)]
    public void A_phrase_of_role_names_no_target(string text, string rule, string country, int year) =>
        AssertNoTargetOf(text, new DateOnly(year, 6, 7), rule, country);

    /// <summary>A participle after a comma goes with the subordinate clause it ends ("as the rebel enclave rapidly
    /// dissolved, ceding"), whose subject is no actor here, not with the actors named before that clause; without such a
    /// clause ("served as envoy"), the actor before it still acts.</summary>
    [Theory]
    [InlineData("The initial evacuation deal was mediated late Tuesday by Turkey and Russia as the rebel enclave rapidly dissolved, ceding more and more territory in the face of the brutal advance by Syrian forces.", "CEDE", null)]
    [InlineData("Russia served as a mediator in Aleppo, ceding more and more territory to the Syrian army.", "CEDE", "RUS")]
    public void A_participle_goes_with_the_clause_it_ends(string text, string verb, string? source)
    {
        var events = VerbEvents(text, verb, new DateOnly(2016, 12, 14));
        Assert.True(events.All(e => e.Source?.Cameo == source) && (source is null || events.Count > 0), string.Join("; ", events.Select(e => $"{e.Source?.Cameo} {e.Rule}")));
    }

    /// <summary>A past participle right after a comma that ends a name, with no subject, auxiliary or object of its own,
    /// says what was done to the one named ("Bin Laden, indicted as the architect"); one with an object, or one the parse
    /// hangs on the noun after it, is still that one's act ("Alarcon, former Cuban ambassador, dismissed suggestions").</summary>
    [Theory]
    [InlineData("FBI Director Louis Freeh said the U.S. government is offering a reward of up to $5 million for information that leads to the arrest and conviction of Bin Laden, indicted as the architect of the twin bombings of American embassies in Kenya and Tanzania.", "INDICT", "Bin Laden", false)]
    [InlineData("Alarcon, former Cuban ambassador to the United Nations, dismissed suggestions by some U.S. politicians and Elian's Miami relatives that the boy would be better off in the United States.", "DESPATCH", "Alarcon", true)]
    public void A_participle_after_a_name_and_comma_is_done_to_it(string text, string rule, string name, bool source)
    {
        var doc = PipelineGolden.Analyse("word-order-source", text, new DateOnly(1999, 6, 7));
        var events = doc.Events.Where(e => e.Rule.Contains(rule, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True((source ? e.Source : e.Target)?.Name.Contains(name, StringComparison.Ordinal) == true, e.Rule));
    }

    /// <summary>A quantity or a part of a group is of the group its "of" names ("Hundreds of former fighters", "a
    /// group of Florida lawmakers"); a subject the parser split at a comma is one list.</summary>
    [Theory]
    [InlineData("Hundreds of Cuban fighters gathered Wednesday night to denounce the Miami exiles.", "DENOUNCE", "CUBUAF")]
    [InlineData("A group of Florida lawmakers introduced legislation this month to grant Elian Gonzalez American citizenship.", "GRANT", "USALEG")]
    [InlineData("But that option is growing less and less likely as thousands of American, British, Egyptian, Syrian and Moroccan forces assemble in and around Saudi Arabia to protect the kingdom.", "ASSEMBLE", "MARMIL")]
    public void A_quantity_of_a_group_is_the_group(string text, string verb, string source)
    {
        var events = VerbEvents(text, verb, new DateOnly(2000, 2, 16));
        Assert.True(events.Any(e => e.Source?.Cameo == source), string.Join("; ", events.Select(e => $"{e.Source?.Cameo} {e.Rule}")));
    }

    /// <summary>Where a journey goes is not what a verb before it acts on: those who oppose the boy's return to Cuba
    /// oppose no Cuba, whether the parse or word order reads the phrase.</summary>
    [Theory]
    [InlineData("He and others who oppose the boy's return to Cuba say that Elian's mother died to give the boy freedom in the United States.", "OPPOSE", "CUB", 2000)]
    [InlineData("The boy's relatives in Miami oppose his return to Cuba.", "OPPOSE", "CUB", 2000)]
    public void A_place_a_journey_goes_to_is_no_target(string text, string rule, string country, int year) =>
        AssertNoTargetOf(text, new DateOnly(year, 2, 10), rule, country);

    /// <summary>A name after the subject of a later clause belongs to that clause: the invitation does not act on it, nor
    /// does the criticism on Saudi Arabia, where the force was sent.</summary>
    [Theory]
    [InlineData("The university did not invite this speaker to our campus nor do we endorse President Obama in any way.", "INVITE", "USA", 2016)]
    [InlineData("The move seemed aimed at heading off more trouble with Iran, which had condemned Iraq's invasion of Kuwait on Aug. 2 but also criticized the multinational force dispatched to Saudi Arabia.", "CRITICIZE", "SAU", 1990)]
    // A noun before the subject of a later clause is no object of its verb, however the parser hangs it.
    [InlineData("Assad said Damascus would work out further military action with Moscow and Tehran after the government takes full control of Aleppo.", "APPREHEND", "RUS", 2016)]
    public void A_name_after_a_later_subject_is_no_target(string text, string rule, string country, int year) =>
        AssertNoTargetOf(text, new DateOnly(year, 8, 15), rule, country);

    /// <summary>What the act under "from" would have reached is not what the barring acts on: the police barred the
    /// crowd, not the consulate.</summary>
    [Fact]
    public void What_a_prevented_act_would_reach_is_no_target() =>
        AssertNoTargetOf("Turkish police barred the crowd from reaching the Yugoslav consulate in Istanbul.", new DateOnly(1998, 3, 8), "BAR in", "SCG");

    /// <summary>Nor are those whose kin, agents or adversaries are named in an "of" phrase or as owners the verb's sides by
    /// word order: Castro's sister talks, the mayor's aide is arrested, Cuba's enemies would block.</summary>
    [Theory]
    [InlineData("Juanita Castro is the sister of Fidel Castro. Dressed in a dark pink blazer, the sister of the Cuban dictator walked around the pharmacy talking warmly with her customers.", "CONFER", "Fidel", 2000)]
    [InlineData("A top aide of Rome's new mayor has been arrested on suspicion of corruption.", "APPREHEND", "Mayor", 2016)]
    [InlineData("Cuba appealed to world opinion to help prevent its enemies in Miami from trying to block the child's return.", "BLOCK", "Cuba", 2000)]
    public void The_owner_of_kin_or_adversaries_is_no_side(string text, string verb, string name, int year)
    {
        var events = VerbEvents(text, verb, new DateOnly(year, 12, 16));
        Assert.DoesNotContain(events, e => e.Source?.Name.Contains(name, StringComparison.Ordinal) == true || e.Target?.Name.Contains(name, StringComparison.Ordinal) == true);
    }

    /// <summary>Whose kin or agent someone is, is not who they are: Tillerson met Brunson's wife, not Brunson.</summary>
    [Fact]
    public void The_owner_of_kin_is_no_target()
    {
        var events = VerbEvents("U.S. Secretary of State Rex Tillerson met with Andrew Brunson's wife in March when he visited Ankara.", "MEET_WITH", new DateOnly(2017, 5, 1));
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Target?.Name.Contains("Brunson", StringComparison.Ordinal) == true);
        // The parse's object too: the spokesman is condemned, not Zelenskyy.
        var condemned = Assert.Single(PipelineGolden.Analyse("word-order-source", "Russia condemned Zelenskyy's spokesman.", new DateOnly(2025, 5, 14)).Events);
        Assert.Null(condemned.Target);
    }

    /// <summary>The noun a relative clause of place hangs on says where its act happens: the United States is not what
    /// is prohibited.</summary>
    [Fact]
    public void The_place_a_where_clause_hangs_on_is_no_side() =>
        AssertNoTargetOf("Montreal, along with New York City, is the only region in Canada and the United States where it is prohibited to make a right turn on red.",
            new DateOnly(2016, 12, 1), "PROHIBIT", "USA");

    /// <summary>A participle between a comma and "by" is passive by word order too: Russia backs the Syrian forces.</summary>
    [Fact]
    public void A_participle_between_a_comma_and_by_is_passive()
    {
        var doc = PipelineGolden.Analyse("word-order-source", "The rebel enclave rapidly dissolved in the face of the brutal advance by Syrian forces, backed by Russia and Shiite militias from Lebanon.", new DateOnly(2016, 12, 14));
        var e = Assert.Single(doc.Events, e => e.Rule.Contains("BACK", StringComparison.Ordinal));
        Assert.Equal("RUS", e.Source?.Cameo);
        Assert.Equal("SYRMIL", e.Target?.Cameo);
    }

    /// <summary>No event whose rule names <paramref name="rule"/> has a target of <paramref name="country"/>.</summary>
    private static void AssertNoTargetOf(string text, DateOnly date, string rule, string country)
    {
        var doc = PipelineGolden.Analyse("word-order-source", text, date);
        Assert.DoesNotContain(doc.Events, e => e.Rule.Contains(rule, StringComparison.Ordinal) && e.Target?.Country == country);
    }

    /// <summary>
    /// A past participle clause with its own agent is passive: the main clause's subject is what it is done to ("Rescued …
    /// by fishermen off the Florida coast, Elian …" had made Elian the rescuer of the United States).
    /// </summary>
    [Fact]
    public void A_passive_participle_clause_acts_on_the_main_subject()
    {
        var events = VerbEvents("Rescued on Nov. 25 by fishermen off the Florida coast, Elian Gonzalez was taken to a hospital.", "RESCUE", new DateOnly(2000, 1, 7));
        var rescue = Assert.Single(events);
        Assert.Equal("Elian Gonzalez", rescue.Target?.Name);
        Assert.Null(rescue.Source);
    }

    /// <summary>
    /// After "at", a name that only modifies the place ("at the FBI lab", "at the Madrid summit") is no one acted on; a
    /// name that is the place's head still is ("fired at Israeli troops").
    /// </summary>
    [Theory]
    [InlineData("The first batch of evidence from the Nairobi bombing arrived over the weekend at the FBI lab in Washington.", "ARRIVE", "Federal Bureau of Investigation", false)]
    [InlineData("Poland, the Czech Republic and Hungary will join the 16-nation bloc in July 1997 at the Madrid summit.", "JOIN", "Spain", false)]
    [InlineData("Hamas militants fired at Israeli troops near Gaza.", "FIRE", "Israeli Troops", true)]
    public void A_name_modifying_a_place_after_at_is_no_target(string text, string verb, string target, bool isTarget)
    {
        var events = VerbEvents(text, verb, new DateOnly(1998, 8, 17));
        Assert.Equal(isTarget, events.Any(e => e.Target?.Name == target));
    }

    /// <summary>
    /// A name the actor dictionaries give no code says nothing anyone can count: an event needs one coded participant
    /// (74 such events in three news samples, nearly all business news: "Milton Roy will pay", "Eig complained").
    /// </summary>
    [Theory]
    [InlineData("Milton Roy will pay $10 million for the company.", false)]
    [InlineData("Spencer Eig complained about the ruling.", false)]
    [InlineData("Vladimir Putin complained about the ruling.", true)]
    public void An_event_needs_a_participant_with_a_code(string text, bool codes)
    {
        var doc = PipelineGolden.Analyse("uncoded", text, new DateOnly(1989, 11, 2));
        Assert.All(doc.Events, e => Assert.True(e.Source?.Cameo is not null || e.Target?.Cameo is not null, e.Rule));
        Assert.Equal(codes, doc.Events.Length > 0);
    }

    /// <summary>A possessive pronoun after the verb owns a noun of its own ("respect his brother's opinions", "the door
    /// of his home"): word order does not make its person the target.</summary>
    [Fact]
    public void A_possessive_pronoun_is_no_word_order_target()
    {
        var events = VerbEvents("Fidel Castro spoke on Monday. Cuba asked the Miami exiles to respect his brother's opinions.", "RESPECT", new DateOnly(2000, 2, 24));
        Assert.DoesNotContain(events, e => e.Target?.Name == "Fidel Castro");
    }

    /// <summary>The noun a pattern names ("- * CRIMINAL [1121]") is what the verb calls someone, not whom it calls.</summary>
    [Fact]
    public void The_noun_a_pattern_names_is_no_target()
    {
        var doc = PipelineGolden.Analyse("word-order-source", "A voiceover to the footage called the exiles ``criminals'' and ``mafia members.''", new DateOnly(2000, 1, 7));
        var calls = doc.Events.Where(e => e.Rule.StartsWith("pattern CALL ", StringComparison.Ordinal)).ToList();
        Assert.Contains(calls, e => e.Target?.Name == "Exiles");
        Assert.DoesNotContain(calls, e => e.Target?.Name == "Criminals");
    }

    /// <summary>Another verb's agent is no word-order target: the governments agree to the expulsion; they are not expelled.</summary>
    [Fact]
    public void Another_verbs_agent_is_no_word_order_target()
    {
        var events = VerbEvents("Any decision to expel Sinn Fein must be agreed jointly by the governments of both Britain and the Irish Republic.", "EXPEL", new DateOnly(1998, 2, 16));
        Assert.DoesNotContain(events, e => e.Target is not null && e.Target.Cameo?.EndsWith("GOV", StringComparison.Ordinal) == true);
    }

    /// <summary>Opposed to something, with no one opposing, is the opposing: the nationalists oppose the treaty, nobody
    /// opposes them.</summary>
    [Theory]
    [InlineData("Russian nationalists opposed to the treaty rallied in Moscow.", "RUS")]
    [InlineData("The discovery appeared to be the latest attempt by Irish extremists opposed to the IRA's truce to undermine the peace process.", "IRLRAD")]
    public void Opposed_to_something_is_the_opposing(string text, string source)
    {
        var e = Assert.Single(VerbEvents(text, "OPPOSE", new DateOnly(1998, 3, 22)));
        Assert.Equal(source, e.Source?.Cameo);
        Assert.Null(e.Target);
    }

    /// <summary>A name between a comma and "said" speaks; it is no further name coordinated with the one before it.</summary>
    [Fact]
    public void A_speaker_after_a_comma_is_no_coordinated_name()
    {
        var doc = PipelineGolden.Analyse("speaker", "The FBI continues to receive threats from individuals and organizations with ties to Bin Laden, Freeh said.", new DateOnly(1999, 6, 7));
        Assert.Contains(doc.Events, e => e.Cameo == "130" && e.Source?.Name.Contains("Laden", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(doc.Events, e => e.Source?.Name.Contains("Freeh", StringComparison.Ordinal) == true || e.Target?.Name.Contains("Freeh", StringComparison.Ordinal) == true);
    }

    /// <summary>
    /// A conjunction the parse marks as opening an adverbial clause ends the window in which word order looks for actors:
    /// the actors beyond it belong to the other clause. "The Kremlin's response came as Mrs Clinton attributed her defeat
    /// to Russian hacking" is no arrival (ARRIVE's <c>- * (TO)</c> had found the "to" of "attributed … to"). A pattern
    /// may still ask for the conjunction itself: "would retaliate … if" is a threat of force (<c>- * IF [138]</c>).
    /// </summary>
    [Theory]
    [InlineData("The Kremlin's response came as Mrs Clinton attributed her election defeat to Russian hacking for the first time.", "ARRIVE", false)]
    [InlineData("The Iraqi ambassador to Venezuela said on Tuesday that Iraq would retaliate against Venezuela and other OPEC oil cartel members if they boost oil production.", "[138]", true)]
    public void A_subordinate_clause_ends_the_word_order_window(string text, string rule, bool found)
    {
        var doc = PipelineGolden.Analyse("word-order-window", text, new DateOnly(1990, 8, 15));
        Assert.True(found == doc.Events.Any(e => e.Rule.Contains(rule, StringComparison.Ordinal)), string.Join("; ", doc.Events.Select(e => $"{e.Cameo} {e.Rule}")));
    }

    /// <summary>
    /// A more specific word-order pattern may recode a parsed verb only with its words in the verb's phrase: "plan" as the
    /// subject of what was said is no plan the speakers announced (SAY's <c>- * PLAN [032]</c>); "on Israel … for peace"
    /// is the call's own phrase (CALL's <c>- * (FOR PEACE) [027]</c>).
    /// </summary>
    [Theory]
    [InlineData("Unless the situation changes drastically, Iraqi officials say, the most likely plan will be for President George Bush to meet Egyptian President Hosni Mubarak.", "SAY", "032", false)]
    [InlineData("Vice President Al Gore called on Israel to work for peace.", "CALL", "027", true)]
    public void A_word_order_pattern_recodes_a_verb_only_with_its_words_in_the_verb_phrase(string text, string verb, string code, bool recoded)
    {
        var doc = PipelineGolden.Analyse("word-order-source", text, new DateOnly(1990, 8, 13));
        var events = doc.Events.Where(e => e.Rule.StartsWith($"verb {verb} ", StringComparison.Ordinal) || e.Rule.StartsWith($"pattern {verb} ", StringComparison.Ordinal)).ToList();
        // (Not recoded, the saying is a plain statement about Bush, not to him: no event at all.)
        if (recoded) Assert.NotEmpty(events);
        Assert.Equal(recoded, events.Any(e => e.Cameo == code && e.Rule.Contains("code from word order", StringComparison.Ordinal)));
    }

    /// <summary>Nationalities coordinated before a group's noun each name a side: "German and French authorities" are
    /// two sources, "American and British troops" two targets.</summary>
    [Theory]
    [InlineData("German and French authorities have cleared Dresdner Bank's takeover of a majority stake.", "CLEAR", "DEUGOV", "FRAGOV", true)]
    [InlineData("Russia attacked American and British troops in Syria.", "ATTACK", "USAMIL", "GBRMIL", false)]
    [InlineData("Albright told American and Tanzanian workers at the embassy that the killers would be found.", "TELL", "USALAB", "TZALAB", false)]
    public void Coordinated_nationalities_before_a_group_are_each_a_side(string text, string verb, string first, string second, bool sources)
    {
        var events = VerbEvents(text, verb, new DateOnly(1998, 8, 18));
        var sides = events.Select(e => (sources ? e.Source : e.Target)?.Cameo).ToList();
        Assert.Contains(first, sides);
        Assert.Contains(second, sides);
    }

    /// <summary>A participle after a comma says something of its clause's subject: when the parse gives that clause a
    /// subject that is no actor, the nearest actor before the comma is not the source ("Hungary's accession to NATO has
    /// brought about new changes …, shattering …" is no NATO attack); an actor subject still is ("ethnic Albanians marched
    /// …, burning Serbian flags").</summary>
    [Theory]
    [InlineData("Hungary's accession to NATO has brought about new changes to the political balance in central and eastern Europe, shattering the world configuration under the Yalta accord.", "participial-subject", false)]
    [InlineData("If a suspect is caught and charged in both state and federal courts, a state trial would likely precede a federal one, giving the authorities two chances to prosecute.", "participial-subject", false)]
    [InlineData("ISTANBUL, Turkey (AP)_ Some 1,500 ethnic Albanians marched Sunday in downtown Istanbul, burning Serbian flags to protest the killings of ethnic Albanians by Serb police.", "participial-subject", true)]
    public void A_participle_belongs_to_its_clauses_subject(string text, string relation, bool fromNearestActor)
    {
        var doc = PipelineGolden.Analyse("word-order-source", text, new DateOnly(1999, 3, 12));
        Assert.True(fromNearestActor == doc.Events.Any(e => e.Rule.Contains("source=" + relation, StringComparison.Ordinal)),
            string.Join("; ", doc.Events.Select(e => $"{e.Cameo} {e.Source?.Name} {e.Rule}")));
    }

    /// <summary>Whom a phrase before the comma is against, with or to does not do what the participle after it says: the
    /// subject before it does ("Tony Blair pledged to stand united with the president against Iraq, warning Saddam
    /// Hussein" is Blair's warning, not Iraq's).</summary>
    [Fact]
    public void A_participle_is_not_done_by_an_actor_in_a_phrase_before_its_comma()
    {
        var doc = PipelineGolden.Analyse("word-order-source", "Posing for photographers with Clinton, Tony Blair pledged to stand united with the president against Iraq, warning Saddam Hussein that the threat of force is real.", new DateOnly(1998, 2, 5));
        var warning = Assert.Single(doc.Events, e => e.Rule.StartsWith("noun warning", StringComparison.Ordinal));
        Assert.Equal("GBRGOV", warning.Source?.Cameo);
    }

    /// <summary>What is discussed is no side of the discussing, by the parse or by word order: "to discuss Ukraine's debt"
    /// is no meeting with Ukraine, "to discuss allegations of corruption in FIFA, the Zurich-based body" none with
    /// Switzerland; whom one discusses with is ("discussed the war with Erdogan").</summary>
    [Theory]
    [InlineData("Kuchma also planned to visit Russian gas giant Gazprom, most likely to discuss Ukraine's debt for Russian gas.", "UKR", false)]
    [InlineData("Christopher Steele is a former British intelligence officer. In the summer of 2010, members of a New York-based FBI squad assigned to investigate \"Eurasian Organized Crime\" met Steele in London to discuss allegations of possible corruption in FIFA, the Zurich, Switzerland-based body that also organizes the World Cup tournament.", "CHE", false)]
    [InlineData("Putin discussed the war with Turkish President Recep Tayyip Erdogan on Tuesday.", "TUR", true)]
    public void What_is_discussed_is_no_side(string text, string country, bool isTarget)
    {
        var doc = PipelineGolden.Analyse("word-order-source", text, new DateOnly(1998, 2, 27));
        var events = doc.Events.Where(e => doc.TextOf(e.Evidence).Contains("discuss", StringComparison.Ordinal)).ToList();
        Assert.Equal(isTarget, events.Any(e => e.Target?.Country == country || e.Source?.Country == country && e.Target is not null));
    }

    /// <summary>A nationality describing a thing that is no actor, as another verb's object, is not who does the verb after
    /// it by word order: "an exhibit meant to highlight Russian culture reinforced the sense of unease" is no act of
    /// Russia's; "Russian troops reinforced the garrison" still is.</summary>
    [Theory]
    [InlineData("The spectacle of 62-year-old Karlov's assassination at a photography exhibit meant to highlight Russian culture reinforced the sense of unease over the region's conflict.", false)]
    [InlineData("Russian troops reinforced the garrison in Aleppo.", true)]
    public void A_nationality_of_a_thing_is_no_word_order_source(string text, bool russian)
    {
        var events = VerbEvents(text, "REINFORCE", new DateOnly(2016, 12, 20));
        Assert.Equal(russian, events.Any(e => e.Source?.Country == "RUS"));
    }

    /// <summary>A place said of a thing acted on — where it comes from, a nationality describing it — is no target by word
    /// order, except of force: "blessed a 40-pound fowl from Iowa" blesses no Iowa, "to block Iraqi trade" is no act on
    /// Iraq by whoever provides the ships; where force strikes stays its target ("bombed Kurdish rebel camps in northern
    /// Iraq").</summary>
    [Theory]
    [InlineData("President Barack Obama spoke at the White House on Wednesday. After finishing his remarks, filled with puns, the president blessed a 40-pound (18-kg) fowl from Iowa, granting it a long life and a pardon from appearing on an American dinner table.", "USA", false)]
    [InlineData("Earlier, the United States and Soviet Union conferred in Washington. The United States has provided most of the naval vessels so far to block Iraqi trade, with Britain, West Germany and Australia among the other nations lending support at sea.", "IRQ", false)]
    [InlineData("Turkish warplanes bombed Kurdish rebel camps in northern Iraq.", "IRQ", true)]
    public void A_place_said_of_a_thing_is_no_word_order_target(string text, string country, bool target)
    {
        var doc = PipelineGolden.Analyse("word-order-source", text, new DateOnly(2016, 11, 23));
        // (Blocking Iraqi trade [191] is an act on Iraq by its pattern; providing the ships [06] is none.)
        Assert.True(target == doc.Events.Any(e => e.Target?.Country == country && !e.Cameo.StartsWith("191", StringComparison.Ordinal)),
            string.Join("; ", doc.Events.Select(e => $"{e.Cameo} {e.Target?.Name} {e.Rule}")));
    }

    /// <summary>Who is cited for a report ("according to sources quoted by the Miami Herald") is no side of what it reports;
    /// a newspaper named after its city is the paper, not an act on the city's country ("told the Los Angeles Times").</summary>
    [Theory]
    [InlineData("According to sources quoted by the Miami Herald, Munero had fled to Florida in June 1998 and returned to Cuba later that year, only to be jailed for several months.", "Miami Herald")]
    [InlineData("Former Costa Rican President Oscar Arias said he told the Los Angeles Times that the boy should go home.", "United States of America")]
    public void A_cited_paper_is_no_side(string text, string name)
    {
        var doc = PipelineGolden.Analyse("word-order-source", text, new DateOnly(2000, 1, 28));
        Assert.DoesNotContain(doc.Events, e => e.Source?.Name == name || e.Target?.Name == name);
    }

    /// <summary>PETRARCH reads the "by", "from" or "in" phrase of a passive as its source, but not when that phrase is
    /// the pattern's own: "released from prison" is RELEASE's <c>- * FROM &amp;DETENTION</c>, and the prison released no
    /// one; "frustrated by Reno's failure" (DISTURB's <c>- * (BY)</c>) keeps Reno.</summary>
    [Theory]
    [InlineData("On that basis Nelson Mandela was released from prison before he was eligible for parole.", "RELEASE", null)]
    [InlineData("Ricardo Alarcon told The Associated Press that Cuban authorities are frustrated by Reno's failure to set a new deadline.", "DISTURB", "Reno")]
    public void A_passive_phrase_the_pattern_names_is_no_source(string text, string verb, string? source)
    {
        var events = VerbEvents(text, verb, new DateOnly(2000, 1, 15));
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            if (source is null) Assert.Null(e.Source);
            else Assert.Contains(source, e.Source?.Name ?? "", StringComparison.Ordinal);
        }
    }

    private static List<Tacitus.Core.Event> VerbEvents(string text, string verb, DateOnly date)
    {
        var doc = PipelineGolden.Analyse("word-order-source", text, date);
        return doc.Events.Where(e => e.Rule.Contains($"verb {verb} ", StringComparison.Ordinal) || e.Rule.Contains($"pattern {verb} ", StringComparison.Ordinal)).ToList();
    }
}
