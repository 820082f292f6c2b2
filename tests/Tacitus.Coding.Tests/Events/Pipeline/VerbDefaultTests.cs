namespace Tacitus.Coding.Tests.Events.Pipeline;

/// <summary>
/// Verbs whose PETRARCH default (no pattern fired) reports no interaction: thinking, hoping, needing and dying never
/// code by themselves; giving, helping, allowing and joining need an actor on the receiving end; wanting, considering
/// and seeking need one as the active verb's object (about 200 false events in three news samples).
/// </summary>
public class VerbDefaultTests
{
    [Theory]
    [InlineData("His mother died in a boating accident trying to reach the United States.", "DIE")]
    [InlineData("Juan Miguel Gonzalez thinks his son should return to Cuba.", "THINK")]
    [InlineData("The United States hopes its allies will act.", "HOPE")]
    [InlineData("The government needs to borrow more money.", "NEED")]
    [InlineData("Religious leaders led the prayers in Amherst.", "LEAD")]
    [InlineData("Castro decides.", "DECIDE")]
    public void A_state_of_mind_or_a_death_is_no_event(string text, string verb) =>
        AssertVerbCodes(text, verb, false);

    /// <summary>Hearing, learning, facing, serving, linking, issuing, gathering, dominating, affecting, voting, aiming,
    /// ensuring, guaranteeing, arguing, claiming, weeping, weighing, citing, quoting, amassing, surrounding, resolving, bidding, inhabiting, breaking and tarnishing code only
    /// through a pattern of their block; contributing needs someone contributed to.</summary>
    [Theory]
    [InlineData("Sandra Jansen said she had heard from Canada.", "HEAR")]
    [InlineData("Fidel Castro first learned that Elian Gonzalez was alive.", "LEARN")]
    [InlineData("Saddam Hussein, facing American troops, refused.", "FACE")]
    [InlineData("NATO will serve Poland as a catalyst.", "SERVE")]
    [InlineData("The United States had intelligence linking Osama bin Laden to the bombings.", "LINK")]
    [InlineData("The State Department issued a caution to Americans in Kenya.", "ISSUE")]
    [InlineData("Americans gathered in Miami.", "GATHER")]
    [InlineData("Russia dominated the talks with Ukraine.", "DOMINATE")]
    [InlineData("The strike affected Britain.", "AFFECT")]
    [InlineData("Americans voted for the third time in a year.", "VOTE")]
    [InlineData("Fidel Castro's remarks were aimed at Cuban citizens.", "AIM")]
    [InlineData("Montreal police officers were seen checking the properties to ensure they were empty.", "ENSURE")]
    [InlineData("The Kremlin guarantees that the talks will take place.", "GUARANTEE")]
    [InlineData("Iraq had argued that the embargo was illegal.", "ARGUE")]
    [InlineData("Russia has often claimed that the sanctions failed.", "CLAIM")]
    [InlineData("Cuban protesters yelled and wept.", "WEEP")]
    [InlineData("Kopp wears eyeglasses and weighs about 170 pounds, the FBI said.", "WEIGH")]
    [InlineData("At least 20 people were killed, Al-Ahram said, citing the Egyptian health ministry.", "CITE")]
    [InlineData("Russian news agencies quoted Vladimir Putin as saying the talks would go ahead.", "QUOTE")]
    [InlineData("The German electorate appears eager to dispense with the services of Helmut Kohl.", "DISPENSE")]
    [InlineData("Cuban police had amassed weapons.", "AMASS")]
    [InlineData("Cuban President Fidel Castro was surrounded by cameras.", "SURROUND")]
    [InlineData("Turkey hopes to resolve Vladimir Putin's case.", "RESOLVE")]
    [InlineData("Russia intends to bid for the Turkish pipeline.", "BID")]
    [InlineData("Egypt contributed.", "CONTRIBUTE")]
    [InlineData("Iraq's deputy foreign minister responded, saying Washington would break international law by attacking without UN approval.", "BREAK")]
    [InlineData("Provigo's profit record over the past two years tarnished the company's and Canadian chairman Pierre Lortie's reputations.", "TARNISH")]
    [InlineData("Chinese rescuers reached the area. The landslide occurred in a hilly area of Sichuan, inhabited by Tibetans and another minority group, the Qiang people.", "INHABIT")]
    [InlineData("The French minister was grateful when she found out that there were only six people chosen.", "FIND_OUT")]
    [InlineData("Crew-cut FBI agents fill many of the luxury hotels in the two cities.", "FILL")]
    public void Verbs_that_name_no_interaction_code_only_by_pattern(string text, string verb) =>
        AssertVerbCodes(text, verb, false);

    /// <summary>"who asked not to be named", "declined to be identified": a source's anonymity, no request or refusal.</summary>
    [Theory]
    [InlineData("In response to questions from CNN about the bomb, an Egyptian police official who asked not to be named told CNN: \"It is too early to determine the type of the explosives used.\"", "02")]
    [InlineData("A Ukrainian officer who declined to be identified said Russia attacked Kharkiv.", "12")]
    public void Asking_not_to_be_named_is_no_event(string text, string root)
    {
        var doc = PipelineGolden.Analyse("anonymity", text, new DateOnly(2025, 5, 14));
        Assert.DoesNotContain(doc.Events, e => e.CameoRoot == root);
    }

    /// <summary>
    /// "declined to comment", "refused to elaborate", "declined to discuss what charges …", "declined to identify other
    /// bidders", "declined to use the word blockade": a source's silence toward reporters, no rejection.
    /// </summary>
    [Theory]
    [InlineData("Vladimir Putin declined to comment on the talks.")]
    [InlineData("Russian officials declined to comment.")]
    [InlineData("Recep Tayyip Erdogan refused to elaborate.")]
    [InlineData("U.S. Attorney Denise O'Donnell declined to discuss what federal charges were being pursued.")]
    [InlineData("Secretary of State James Baker declined to use the word blockade.")]
    [InlineData("Sandra Kolber declined to identify other bidders.")]
    public void Declining_to_comment_is_no_rejection(string text)
    {
        var doc = PipelineGolden.Analyse("no-comment", text, new DateOnly(2025, 5, 14));
        Assert.DoesNotContain(doc.Events, e => e.CameoRoot == "12");
    }

    /// <summary>Catching on or catching up is no capture; catching someone is.</summary>
    [Theory]
    [InlineData("The idea quickly caught on with Russian officials.", false)]
    [InlineData("The proposal caught on with the Turkish government.", false)]
    [InlineData("Kenyan officials caught Osama bin Laden.", true)]
    public void Catching_on_is_no_capture(string text, bool codes)
    {
        var doc = PipelineGolden.Analyse("catch-on", text, new DateOnly(2016, 12, 14));
        Assert.Equal(codes, doc.Events.Any(e => e.Rule.Contains("verb CATCH ", StringComparison.Ordinal)));
    }

    /// <summary>A chance, the initiative or a medal seized is no one seized [171]; a town or a person still is.</summary>
    [Theory]
    [InlineData("Unfettered by old-economy constraints, the stage is set for Malaysians to seize the chance to transform into a knowledge society.", false)]
    [InlineData("Rebels in Syria seized the initiative.", false)]
    [InlineData("Canadian swimmer Penny Oleksiak also captured four medals at the world championships.", false)]
    [InlineData("Police in Kenya seized Osama bin Laden.", true)]
    public void Seizing_a_chance_is_no_seizure(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(1998, 5, 1), codes, e => e.CameoRoot == "17");

    /// <summary>A company's deal (a stake, a business, shares, investors) is no political event; a state's or a leader's still is.</summary>
    [Theory]
    [InlineData("RJR Nabisco agreed to sell three candy businesses to Nestle for $370 million.", false)]
    [InlineData("Starbucks is to take full ownership of all its China stores in a deal worth $1.3 billion.", false)]
    [InlineData("Ralston said its Eveready battery unit was hurt by continuing economic problems in South America.", false)]
    [InlineData("Cilcorp Inc., Peoria, Ill., said it agreed to acquire the environmental consulting and analytical service businesses of Hunter Environmental Services Inc. of Southport, Conn.", false)]
    [InlineData("Putin urged Turkish investors to buy shares in Gazprom.", true)]
    // A country that only names where a company's subsidiary is, is no state buying.
    [InlineData("Ratners Group PLC's U.S. subsidiary has agreed to acquire jewelry retailer Weisfield's Inc. for $50 a share.", false)]
    [InlineData("The United States has agreed to acquire Ukrainian grain for $50 a ton.", true)]
    public void A_companys_deal_is_no_political_event(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 9), codes, _ => true);

    /// <summary>Targeting is force against someone targeted; planning or introducing alone is nothing done with anyone.</summary>
    [Theory]
    [InlineData("Canadian police were targeting illegal marijuana shops in Vancouver.", "TARGET", false)]
    [InlineData("The bombs targeted U.S. embassies in Kenya and Tanzania.", "TARGET", true)]
    [InlineData("Florida lawmakers introduced legislation this month to grant Elian citizenship.", "INTRODUCE", false)]
    [InlineData("A memorial service planned at the University of Rochester in New York for Saturday was canceled after security plans were leaked.", "PLAN", false)]
    public void Targeting_needs_someone_targeted_and_planning_or_introducing_codes_by_pattern(string text, string verb, bool codes) =>
        AssertVerbCodes(text, verb, codes);

    /// <summary>Respecting or honouring praises someone, not a right or a decision kept to; being honoured to do is no praise.</summary>
    [Theory]
    [InlineData("These new legislative changes will ensure workers' rights are respected across the entire labor pathway in Qatar.", false)]
    [InlineData("The venue was chosen to honor the announcement by President Truman of the creation of NATO 50 years ago, the State Department said.", false)]
    [InlineData("Putin said he respects Erdogan.", true)]
    public void Respecting_a_right_is_no_praise(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 12), codes, e => e.Cameo == "051");

    /// <summary>Breaking even is no destruction; breaking defenses still is.</summary>
    [Theory]
    [InlineData("Hong Kong tycoon Wong Kwan will be lucky to break even this year.", false)]
    [InlineData("Russian troops broke the Ukrainian defenses.", true)]
    public void Breaking_even_is_no_destruction(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(1998, 1, 8), codes, e => e.Rule.Contains("BREAK", StringComparison.Ordinal));

    /// <summary>Coming or rising to power is taking office, not an arrival anywhere; coming to a country is.</summary>
    [Theory]
    [InlineData("Fidel Castro came to power in 1959 and ushered in a Communist revolution.", false)]
    [InlineData("Cuban Americans who left when Fidel Castro came to power are returning to Havana.", false)]
    [InlineData("Fidel Castro came to Moscow in 1963.", true)]
    public void Coming_to_power_is_no_arrival(string text, bool codes)
    {
        var doc = PipelineGolden.Analyse("to-power", text, new DateOnly(1998, 1, 20));
        Assert.Equal(codes, doc.Events.Any(e => e.Rule.Contains("ARRIVE", StringComparison.Ordinal) && e.Source?.Name == "Fidel Castro"));
    }

    /// <summary>Declining to discuss something with someone, or to use force, is still a refusal.</summary>
    [Theory]
    [InlineData("Vladimir Putin declined to discuss the ceasefire with Volodymyr Zelenskyy.")]
    [InlineData("Vladimir Putin declined to use force against Ukraine.")]
    public void Declining_to_deal_with_someone_is_a_rejection(string text)
    {
        var doc = PipelineGolden.Analyse("no-comment", text, new DateOnly(2025, 5, 14));
        Assert.Contains(doc.Events, e => e.CameoRoot == "12");
    }

    [Theory]
    [InlineData("Poland formally joined NATO on Friday.", true)]
    [InlineData("Lortie joined in 1985.", false)]
    [InlineData("The United States gave Kenya $50 million.", true)]
    [InlineData("Sandra Jansen gave a speech in the legislature.", false)]
    [InlineData("Janet Reno allowed Elian Gonzalez to return to Cuba.", true)]
    [InlineData("Janet Reno allowed it.", false)]
    [InlineData("NATO warplanes helped.", false)]
    [InlineData("Spanish workers tend to wake early.", false)]
    public void Giving_helping_allowing_and_joining_need_a_receiver(string text, bool codes)
    {
        var verb = text.Contains("join", StringComparison.Ordinal) ? "JOIN" : text.Contains("gave", StringComparison.Ordinal) ? "GIVE"
            : text.Contains("allow", StringComparison.Ordinal) ? "ALLOW" : text.Contains("help", StringComparison.Ordinal) ? "HELP" : "TEND";
        AssertVerbCodes(text, verb, codes);
    }

    /// <summary>Encountering [040] is meeting someone encountered, not problems.</summary>
    [Theory]
    [InlineData("U.S. troops encountered Iraqi soldiers near the border.", true)]
    [InlineData("The problems President Bush is encountering are many.", false)]
    public void Encountering_needs_someone_met(string text, bool codes) => AssertVerbCodes(text, "ENCOUNTER", codes);

    /// <summary>DISCLOSE [050] (admit, reveal, unveil …) cooperates with someone only when someone is named.</summary>
    [Theory]
    [InlineData("NATO has decided to admit Poland.", true)]
    [InlineData("Buffalo police admit the case is difficult.", false)]
    [InlineData("Pakistan had not admitted it.", false)]
    public void Disclosing_needs_someone_disclosed_to(string text, bool codes) => AssertVerbCodes(text, "ADMIT", codes);

    /// <summary>ALLOW [080] (approve, clear, go through …) yields only to someone named, phrasal entries included.</summary>
    [Theory]
    [InlineData("French authorities have cleared Dresdner Bank to buy the insurer.", "CLEAR", true)]
    [InlineData("Cuban riot police had to use tear gas to clear the square.", "CLEAR", false)]
    [InlineData("Saddam Hussein went through seven months of painful treatments.", "GO_THROUGH", false)]
    [InlineData("The Tunisian court has approved the law.", "APPROVE", false)]
    public void Allowing_needs_someone_allowed(string text, string verb, bool codes) => AssertVerbCodes(text, verb, codes);

    /// <summary>Harm by a cause that is no actor and no weapon (prices, an earthquake, a car), or to money, is no use of
    /// force; a bomb, a car bomb or a missile still strikes.</summary>
    [Theory]
    [InlineData("Ukraine was hurt by higher gas prices.", "HURT", false)]
    [InlineData("The effects of the Asian crisis hit Japan.", "HIT", false)]
    [InlineData("Ukraine's earnings have been hurt.", "HURT", false)]
    [InlineData("A Russian missile hit Ukraine.", "HIT", true)]
    [InlineData("Ukraine was hit by a bomb.", "HIT", true)]
    [InlineData("Two strong earthquakes have struck north-western Iran, leaving at least 180 people dead.", "STRUCK", false)]
    [InlineData("On Sunday afternoon, a four-year-old boy riding a scooter on the road in Kingston, south of Brisbane, was hit by a car and killed.", "HIT", false)]
    [InlineData("A Russian missile struck north-western Ukraine.", "STRUCK", true)]
    [InlineData("A car bomb struck the Turkish embassy in Kabul.", "STRUCK", true)]
    // what someone drove is a vehicle, however the parse reads the phrase; "struck by a car driven by" is no attack
    [InlineData("As she was trying to move the debris, the Canadian woman was struck by a Ford Crown Victoria, driven by 59-year-old James Kitchens, of Edmonton.", "STRUCK", false)]
    [InlineData("The Canadian woman was struck by a car driven by a drunk man in Edmonton.", "STRUCK", false)]
    [InlineData("The Canadian base was struck by Russian missiles launched from ships.", "STRUCK", true)]
    // A participle of harm names its cause with "by"; a group inside the cause's phrase is no attacker.
    [InlineData("Bethlehem Steel Corp., hammered by higher costs and lower shipments to key automotive and service-center customers, posted a 54% drop in third-quarter profit.", "HAMMERED", false)]
    [InlineData("The Ukrainian town, hammered by Russian artillery for weeks, lost its power station.", "HAMMERED", true)]
    public void Harm_without_force_is_no_attack(string text, string verb, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2025, 5, 14), codes, e => e.CameoRoot is "18" or "19" && e.Evidence.Of(text).Contains(verb, StringComparison.OrdinalIgnoreCase));

    /// <summary>Agreeing that something is so, with no one agreed with and nothing to be done, is an opinion, no agreement.</summary>
    [Theory]
    [InlineData("Both Senator D'Amato and Chuck Schumer agree this was a horrific crime and a horrible tragedy.", false)]
    [InlineData("Russian President Vladimir Putin agreed that the attack was a horrific crime.", false)]
    [InlineData("Russian President Vladimir Putin agreed that the talks would be held in Astana.", true)]
    [InlineData("Russian President Vladimir Putin agreed with Erdogan that the attack was a horrific crime.", true)]
    public void Agreeing_that_something_is_so_is_no_agreement(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 19), codes, e => e.CameoRoot is "03" or "05" && e.Evidence.Of(text).Contains("agree", StringComparison.Ordinal));

    /// <summary>Fighting to keep someone, for something or in court is a struggle, not force, unless armed men fight.</summary>
    [Theory]
    [InlineData("Cuban exiles in Miami are fighting to keep Elian Gonzalez in the United States.", false)]
    [InlineData("The Cuban American National Foundation is fighting Fidel Castro in the courts.", false)]
    [InlineData("Cuba wants the boy back from the United States, where his Miami relatives are fighting for permanent custody.", false)]
    [InlineData("Elian's Miami relatives said they will keep fighting with the laws against the Cuban government.", false)]
    [InlineData("Kurdish rebels fought to keep the town from Turkey.", true)]
    [InlineData("Kurdish rebels are fighting for independence from Turkey.", true)]
    public void Fighting_for_an_aim_is_no_force(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2000, 4, 3), codes, e => e.CameoRoot == "19");

    /// <summary>A struggle is armed force only when armed men struggle: not businesses or a government struggling with something.</summary>
    [Theory]
    [InlineData("Turkey is struggling to contain multiple security threats.", false)]
    [InlineData("One caller asked how the levy would help Canadian businesses struggling due to low oil prices.", false)]
    [InlineData("Canadian companies in Asia are struggling to climb the value chain.", false)]
    [InlineData("Taliban fighters struggled with Afghan soldiers in Kandahar.", true)]
    public void Struggling_is_force_only_for_armed_men(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 19), codes, e => e.Rule.StartsWith("verb STRUGGLE ", StringComparison.Ordinal));

    /// <summary>Taken to hospital is care, not capture; taken to a jail still is. Sworn in is taking office, no allegation.</summary>
    [Theory]
    [InlineData("A Canadian man was taken to T.J. Health Hospital in Columbia for treatment of his injuries.", "TAKE", false)]
    [InlineData("The British tourist was taken to hospital by paramedics.", "TAKE", false)]
    [InlineData("The British tourist was taken to the Adair County Regional Jail.", "TAKE", true)]
    [InlineData("New York Gov. Andrew Cuomo, who was sworn in for his second term Thursday, spoke.", "SWEAR", false)]
    public void Care_and_office_are_no_capture_or_allegation(string text, string verb, bool codes) =>
        AssertVerbCodes(text, verb, codes);

    /// <summary>Containing is confinement only when someone named is contained, not what a tomb or a device holds.</summary>
    [Theory]
    [InlineData("The tomb may contain the remains of Air Force pilot Michael Blassie, who was shot down over Vietnam.", false)]
    [InlineData("The device contained circuitry and a Mitsubishi truck.", false)]
    [InlineData("Turkey is struggling to contain Kurdish rebels.", true)]
    public void Containing_needs_someone_contained(string text, bool codes) => AssertVerbCodes(text, "CONTAIN", codes);

    /// <summary>A statement to the press is a statement ("told reporters", "told CNN"), with no news medium as its other side.</summary>
    [Theory]
    [InlineData("Clinton told reporters the talks would go ahead.", false)]
    [InlineData("John McCain told CNN that Russia had hacked the election.", false)]
    [InlineData("President Boris Yeltsin told President Clinton that Russia would not join.", true)]
    public void A_statement_to_the_press_has_no_media_target(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 19), codes, e => e.Rule.StartsWith("verb TELL ", StringComparison.Ordinal));

    /// <summary>An interview with the media is no talk with them [04], and a talk only with them is no event.</summary>
    [Theory]
    [InlineData("Syrian President Bashar Assad, speaking in a series of interviews with Russian media on Wednesday, said the ceasefire was designed to stop his government's advance.", false)]
    [InlineData("Syrian President Bashar Assad spoke with Russian President Vladimir Putin on Wednesday.", true)]
    public void A_talk_with_the_media_is_no_consultation(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 19), codes, e => e.CameoRoot == "04");

    /// <summary>
    /// A statement by its verb's own code (no pattern) has as its other side only whom it is made to (an indirect object,
    /// "to", "with", the object of telling or the subject of "was told"), not what it is about: predicting markets in
    /// Toronto, asserting something about Iraq, talking about a visit, seeing signs. "in response to" is no addressee.
    /// </summary>
    [Theory]
    [InlineData("CIBC deputy chief economist Benjamin Tal predicts softer markets in Toronto and Vancouver in the year ahead.", false)]
    [InlineData("The United States had the right to defend its citizens against terrorist actions, New Zealand said Friday in response to U.S. missile attacks on alleged terrorist sites in Sudan and Afghanistan.", false)]
    [InlineData("Speaking on the ABC program, Abdul Amir al-Anbari, Iraq's ambassador to the U.N., asserted that an embargo on Iraq could plunge the U.S. into a \"depression\".", false)]
    [InlineData("Kimotho said he and Bushnell had been talking about the slated visit of U.S. Commerce Secretary William Daley in September.", false)]
    [InlineData("U.S. officials claim they already see signs Saddam Hussein is getting nervous.", false)]
    [InlineData("Putin says the missiles supplied to Turkey represent a new threat.", false)]
    [InlineData("Putin was told by Erdogan that the talks would go ahead.", true)]
    [InlineData("Putin spoke to Erdogan on Tuesday.", true)]
    public void A_statement_is_made_to_someone_not_about_them(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(1998, 8, 20), codes, e => e.CameoRoot == "01" && e.Target is not null);

    /// <summary>Leaving is going where one leaves for, not meeting what one leaves; releasing frees someone, not footage or a statement.</summary>
    [Theory]
    [InlineData("U.S. Embassy staff and their families left Pakistan on Friday.", "LEAVE", false)]
    [InlineData("Secretary of State Madeleine Albright planned to leave Nairobi on Tuesday.", "LEAVE", false)]
    [InlineData("Putin left for Istanbul on Friday.", "LEAVE", true)]
    [InlineData("In Washington today, the Federal Aviation Administration released air traffic control tapes from the night the plane went down.", "RELEASE", false)]
    [InlineData("In their joint statement, released by the Kremlin, the two leaders also pledged to consult each other.", "RELEASE", false)]
    [InlineData("Alberta's capital city sits in eighth place out of 10 Canadian cities for its socio-economic and physical health, according to a report released Tuesday morning.", "RELEASE", false)]
    [InlineData("The Taliban released the Pakistani diplomats on Friday.", "RELEASE", true)]
    public void Leaving_and_releasing_need_where_and_whom(string text, string verb, bool codes) => AssertVerbCodes(text, verb, codes);

    /// <summary>People are hanged, things hung: only "hanged" is a killing.</summary>
    [Theory]
    [InlineData("Anne Hidalgo sent a letter to the Pope, hung a banner on the façade of the Paris Town Hall and dimmed the Eiffel Tower's lights.", false)]
    [InlineData("\"We are barely hanging on and now we have these taxes,\" President Obama said.", false)]
    [InlineData("Iraq hanged two Iranian soldiers on Friday.", true)]
    public void Only_people_are_hanged(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 19), codes, e => e.Rule.StartsWith("verb HANG ", StringComparison.Ordinal));

    /// <summary>Engaging is force against someone engaged, or by armed men; not a business engaging in price wars.</summary>
    [Theory]
    [InlineData("Anheuser, the world's largest brewer and U.S. market leader, has historically been reluctant to engage in price wars.", false)]
    [InlineData("Afghan troops engaged the Taliban near Kandahar.", true)]
    [InlineData("Taliban fighters engaged in fierce fighting near Kandahar.", true)]
    public void Engaging_is_force_against_someone_or_by_armed_men(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(1989, 10, 26), codes, e => e.Rule.StartsWith("verb ENGAGE ", StringComparison.Ordinal));

    /// <summary>A plea in court is no appeal to anyone; pleading with someone still is.</summary>
    [Theory]
    [InlineData("Munir Abdulkader, 22, from the Cincinnati suburb of West Chester, had pleaded guilty on March 1 to attempting to kill U.S. government employees.", false)]
    [InlineData("The Republican party may plead guilty this week to charges it illegally steered company money to politicians.", false)]
    [InlineData("Zelenskyy pleaded with Germany for more air defence.", true)]
    public void A_plea_in_court_is_no_appeal(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 19), codes, e => e.Rule.Contains("PLEAD", StringComparison.Ordinal));

    /// <summary>An adverb particle ("give in", "pull out") is the verb's own, not the preposition of a phrase on it.</summary>
    [Theory]
    [InlineData("But this week, Attorney General Janet Reno lifted the deadline to give Elian's relatives in Miami a chance to fight in federal court.", false)]
    [InlineData("The BellSouth-LIN company would give the new entity 55 million potential customers, including about 35 million in the nation's top 10 markets.", false)]
    [InlineData("The British government probably wouldn't give in readily to a hostile foray by Ford.", true)]
    public void An_adverb_particle_is_the_verbs_own(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2000, 1, 15), codes, e => e.Rule.StartsWith("verb GIVE_IN ", StringComparison.Ordinal));

    /// <summary>
    /// Seeking and considering need an actor as the active verb's object. Wanting someone or something demands nothing of
    /// anyone named: who is wanted is no side of a demand [100] ("Juan Miguel Gonzalez lives in Cuba and wants Elian",
    /// "instead wants a strong government"); WANT codes only by its patterns.
    /// </summary>
    [Theory]
    [InlineData("Fidel Castro wants Elian Gonzalez.", false)]
    [InlineData("The British Protestant majority is bitterly opposed to uniting Ireland and instead wants a strong government in Belfast.", false)]
    [InlineData("James Kopp is wanted for the murder of a doctor.", false)]
    [InlineData("The Dutch company is seeking.", false)]
    [InlineData("Donald Trump is considered a candidate.", false)]
    public void Wanting_seeking_and_considering_need_an_actor_as_object(string text, bool codes)
    {
        var verb = text.Contains("want", StringComparison.Ordinal) ? "WANT" : text.Contains("seek", StringComparison.Ordinal) ? "SEEK" : "CONSIDER";
        AssertVerbCodes(text, verb, codes);
    }

    [Theory]
    [InlineData("Zelenskyy traveled to Turkey on Monday.", "TRAVEL", true)]
    [InlineData("Kopp had traveled widely.", "TRAVEL", false)]
    [InlineData("Putin left for Istanbul on Friday.", "LEAVE", true)]
    [InlineData("Americans have also been urged to leave.", "LEAVE", false)]
    [InlineData("Saddam Hussein could be left without allies.", "LEAVE", false)]
    [InlineData("Elian should go.", "GO", false)]
    [InlineData("King Hussein of Jordan arrived in Washington on Tuesday.", "ARRIVE", true)]
    [InlineData("Scott Ritter, who arrived late, refused to comment.", "ARRIVE", false)]
    // The other verbs of GO_SOMEWHERE [040] too: going, touring, leaving behind with no one and nowhere to go to.
    [InlineData("Manuel Gonzalez wouldn't come to the door. ``He must go to work,'' said his daughter.", "GO_TO", false)]
    [InlineData("Yesterday New York governor George Pataki toured five counties that have been declared under a state of emergency.", "TOUR", false)]
    [InlineData("Yesterday New York governor George Pataki toured Canada.", "TOUR", true)]
    public void Going_travelling_and_leaving_need_somewhere_to_go(string text, string verb, bool codes) =>
        AssertVerbCodes(text, verb, codes);

    /// <summary>
    /// A pattern of only a preposition for going or meeting ("- * (TO) [040] # COME", "- * (TO ) [036] # FLY") needs
    /// someone or somewhere gone to, and word order does not find the phrase again; "called for" [020] stands alone.
    /// </summary>
    [Theory]
    [InlineData("Fidel Castro prefers to keep a low profile when it comes to money.", "ARRIVE", false)]
    [InlineData("StatesWest Airlines flies to 42 cities in New Mexico, Arizona, Wyoming, Colorado and Texas.", "FLY", false)]
    [InlineData("Zelenskyy came to Turkey.", "ARRIVE", true)]
    [InlineData("Erdogan flew to Moscow on Monday.", "FLY", true)]
    [InlineData("Boris Yeltsin and Leonid Kuchma called for closer ties.", "CALL", true)]
    public void A_phrasal_verb_of_going_needs_somewhere_to_go(string text, string block, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2000, 2, 24), codes, e => e.Rule.StartsWith($"pattern {block} ", StringComparison.Ordinal) || e.Rule.Contains($"shallow pattern {block} ", StringComparison.Ordinal));

    /// <summary>ASK's default is an appeal [020]: someone must be asked, and not a question (13 false events in the samples).</summary>
    [Theory]
    [InlineData("Putin asked Turkey to increase protection of its embassy.", true)]
    [InlineData("Vladimir Putin sent a letter to Recep Tayyip Erdogan asking that Ukraine be excluded from the talks.", true)]
    [InlineData("Reporters asked whether the interdiction would apply to food.", false)]
    [InlineData("Asked how the company hopes to expand, Ousley declined to comment.", false)]
    [InlineData("\"Why now?\" Sandra Jansen asked.", false)]
    public void Asking_is_an_appeal_to_someone_not_a_question(string text, bool codes) =>
        AssertVerbCodes(text, "ASK", codes);

    /// <summary>
    /// CAMEO.2.0.txt has no URGE (only patterns marked URGE under DEMAND), so "urged" coded nothing, and what was urged
    /// was coded as done by the one urging ("Merz … withdraw its troops" [0874] with Merz as source). The supplement puts
    /// it in an appeal [020] block, as PETRARCH's later verb file does.
    /// </summary>
    [Theory]
    [InlineData("German Chancellor Friedrich Merz urged Russia to withdraw its troops.")]
    // What was urged did not happen: "a ceasefire" had been Merz's own ceasefire [0871], asserted.
    [InlineData("German Chancellor Friedrich Merz urged Russia to accept a ceasefire.")]
    public void Urging_is_an_appeal_to_whoever_is_urged(string text)
    {
        var doc = PipelineGolden.Analyse("urge", text, new DateOnly(2025, 5, 14));
        var e = Assert.Single(doc.Events);
        Assert.Equal(("020", "DEU", "RUS"), (e.Cameo, e.Source?.Country, e.Target?.Country));
    }

    /// <summary>
    /// "…,'' said Cuban journalist Luis Baez": after a quotation the name right after the speech verb is the speaker. Word
    /// order had made Castro, named inside the quotation, the source and the journalist the target of a statement [010].
    /// </summary>
    [Fact]
    public void The_speaker_after_a_quotation_is_no_target()
    {
        var doc = PipelineGolden.Analyse("speaker", "\"Elian is to them what Fidel Castro were for earlier generations,'' said Cuban journalist Luis Baez.", new DateOnly(2000, 1, 7));
        Assert.DoesNotContain(doc.Events, e => e.Source?.Name.Contains("Castro", StringComparison.Ordinal) == true || e.Target?.Name.Contains("Baez", StringComparison.Ordinal) == true);
        Assert.Contains(doc.Actors, a => a.Name.Contains("Baez", StringComparison.Ordinal));
    }

    /// <summary>BOOST [060] (boost, increase, escalate …) is material cooperation only when someone gains: the showcase's "not increasing tension" was a negated 060.</summary>
    [Theory]
    [InlineData("Russia wants to strengthen the rules in the Arctic, not increasing tension.", false)]
    [InlineData("Australia will boost tourism ties with India.", true)]
    public void Boosting_needs_someone_who_gains(string text, bool codes)
    {
        var doc = PipelineGolden.Analyse("boost", text, new DateOnly(2025, 5, 14));
        Assert.True(codes == doc.Events.Any(e => e.Rule.Contains(" in BOOST [060]", StringComparison.Ordinal)), string.Join("; ", doc.Events.Select(e => $"{e.Cameo} {e.Rule}")));
    }

    /// <summary>
    /// OVERSEE_MANAGE [060] (rule, control, direct, conduct, head …) names running something, not cooperation: only a
    /// pattern codes those verbs (about 40 false events in three news samples). ORDER keeps its own code [100].
    /// </summary>
    [Theory]
    [InlineData("The U.S. Court of Appeals ruled that Elian Gonzalez must stay in the United States.", "RULE", false)]
    [InlineData("The FBI is conducting further DNA tests on the hair of Barnett Slepian.", "CONDUCT", false)]
    [InlineData("Companies controlling over 94% of all cellular customers in Ohio hired Emmanuel Macron.", "CONTROL", false)]
    [InlineData("Vladimir Putin ordered Russian troops to withdraw from Ukraine.", "ORDER", true)]
    public void Running_something_is_no_cooperation(string text, string verb, bool codes) =>
        AssertVerbCodes(text, verb, codes);

    /// <summary>
    /// A symmetric or paired code ("[040:040]", "[032:033]") gives the other side's event only when there are two
    /// sides: "Iraq is discussing" had also been "a discussion with nobody that Iraq receives" (80 such events).
    /// </summary>
    [Fact]
    public void A_one_sided_event_has_no_reverse()
    {
        var one = PipelineGolden.Analyse("reverse", "Iraq is discussing the proposal.", new DateOnly(1990, 8, 12));
        Assert.Single(one.Events, e => e.Rule.Contains("DISCUSS", StringComparison.Ordinal));
        var two = PipelineGolden.Analyse("reverse", "Putin discussed the war with Erdogan.", new DateOnly(2025, 5, 14));
        var codes = two.Events.Where(e => e.Source is not null && e.Target is not null).Select(e => (e.Source!.Name, e.Target!.Name)).ToList();
        Assert.True(codes.Count == 2 && codes[0] == (codes[1].Item2, codes[1].Item1), string.Join("; ", two.Events.Select(e => $"{e.Cameo} {e.Rule}")));
    }

    /// <summary>
    /// PETRARCH's unit tests code "Gollum allowed that Mordor isn't …" [080]: the clause's subject receives it. (Gollum and
    /// Mordor have codes only in PETRARCH's test dictionaries, and an event needs a coded participant.)
    /// </summary>
    [Fact]
    public void The_subject_of_a_that_clause_receives_the_event() =>
        AssertVerbCodes("Vladimir Putin allowed that Ukraine isn't a pleasant place to visit.", "ALLOW", true, "Putin", "Ukraine");

    /// <summary>A dictionary pattern of the verb's block still codes: the word-order reading finds "need … cooperation" [022].</summary>
    [Fact]
    public void A_pattern_still_codes()
    {
        var doc = PipelineGolden.Analyse("verb-default", "Americans and Africans need to strengthen their cooperation.", new DateOnly(1998, 8, 12));
        Assert.Contains(doc.Events, e => e.Cameo == "022");
    }

    /// <summary>
    /// Material cooperation [06] is with someone: one-sided, it was mostly business news ("Dresdner Bank will buy", "will
    /// benefit customers"). With both sides it stands.
    /// </summary>
    [Theory]
    [InlineData("Dresdner Bank said it will also buy a stake in the insurer.", false)]
    [InlineData("The merger will benefit shareholders, customers and employees.", false)]
    [InlineData("NATO was founded by the United States and Britain in 1949.", true)]
    public void Material_cooperation_needs_both_sides(string text, bool codes)
    {
        var doc = AssertAnyEvent(text, new DateOnly(1989, 10, 26), codes, e => e.CameoRoot == "06");
        Assert.All(doc.Events.Where(e => e.CameoRoot == "06"), e => Assert.True(e.Source is not null && e.Target is not null));
    }

    /// <summary>
    /// "which" as a verb's subject is the name just before it, unless that name only says where ("the bombings at U.S.
    /// embassies in Kenya and Tanzania, which have killed …"); a verb with "which" for subject takes no subject from the
    /// clause above ("Albright used her speech to articulate a vision for NATO, which will celebrate …" is no celebrating by
    /// Albright).
    /// </summary>
    [Theory]
    [InlineData("The move seemed aimed at heading off more trouble with Iran, which had condemned Iraq's invasion of Kuwait on Aug. 2.", "CONDEMN", "Iran")]
    [InlineData("Clinton met his aides to assess the twin bombings at U.S. embassies in Kenya and Tanzania, which have killed more than 250 people.", "KILL", null)]
    [InlineData("Albright also used her speech to articulate a forward-looking vision for NATO, which will celebrate its 50th anniversary in Washington next month.", "ACCLAIM", null)]
    public void Which_is_the_name_before_it(string text, string verb, string? source)
    {
        var doc = PipelineGolden.Analyse("verb-default", text, new DateOnly(1998, 8, 14));
        var events = doc.Events.Where(e => e.Rule.StartsWith($"verb {verb} ", StringComparison.Ordinal) || e.Rule.StartsWith($"pattern {verb} ", StringComparison.Ordinal)).ToList();
        var said = string.Join("; ", doc.Events.Select(e => $"{e.Cameo} {e.Source?.Name} {e.Rule}"));
        if (source is null) Assert.True(events.All(e => e.Source is null), said);
        else Assert.True(events.Count > 0 && events.All(e => e.Source?.Name.Contains(source, StringComparison.Ordinal) == true), said);
    }

    /// <summary>Companies and investors among themselves are market news, no event; a business with a state on the other
    /// side still is one.</summary>
    [Theory]
    [InlineData("Investors and analysts applauded the move.", false)]
    [InlineData("The board isn't aware of any attempts to take over Philip Morris, the company said.", false)]
    [InlineData("Putin urged Turkish investors to buy Russian shares.", true)]
    public void Businesses_alone_make_no_event(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(1989, 10, 26), codes, _ => true);

    /// <summary>
    /// Coordinated subjects of something two parties do together, with no other side, act on each other: over the parse
    /// these were one-sided events of each. A country beside its own government ("his Russian counterpart, Sergey
    /// Lavrov") is one side, and "he and … Erdogan agreed", parsed as two subjects, is coordination.
    /// </summary>
    [Theory]
    [InlineData("Putin and Erdogan have held several meetings.", "RUSGOV", "TURGOV")]
    [InlineData("Turkish Foreign Minister Mevlut Cavusoglu and his Russian counterpart, Sergey Lavrov, spoke by telephone on Monday.", "RUSGOV", "TURGOV")]
    [InlineData("Putin said he and Turkish President Recep Tayyip Erdogan agreed that Russian investigators would fly to Ankara.", "RUSGOV", "TURGOV")]
    // The subjects of a verb coordinated with the joint one.
    [InlineData("Russia and Turkey have co-sponsored the evacuation of civilians from Aleppo and also discussed a nationwide cease-fire.", "RUS", "TUR")]
    public void Coordinated_subjects_of_a_joint_act_act_on_each_other(string text, string one, string other)
    {
        var doc = PipelineGolden.Analyse("reciprocal", text, new DateOnly(2016, 12, 20));
        var joint = doc.Events.Where(e => e.CameoRoot is "04" or "05").ToList();
        var said = string.Join("; ", doc.Events.Select(e => $"{e.Cameo} {e.Source?.Cameo} -> {e.Target?.Cameo}"));
        Assert.True(joint.Count == 2, said);
        Assert.Contains(joint, e => e.Source?.Cameo == one && e.Target?.Cameo == other);
        Assert.Contains(joint, e => e.Source?.Cameo == other && e.Target?.Cameo == one);
    }

    /// <summary>Approval, admiration and thanks expressed are praise [051], not EXPRESS's default disapproval [110].</summary>
    [Fact]
    public void Approval_expressed_is_praise()
    {
        var doc = AssertAnyEvent("No one in Miami risks expressing even the slightest approval for Cuban President Fidel Castro.", new DateOnly(2000, 2, 24), true,
                                 e => e.Cameo == "051" && e.Rule.Contains("EXPLAIN_VERBAL", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Events, e => e.CameoRoot == "11");
    }

    /// <summary>A pattern's noun that only modifies a noun in a phrase the pattern did not ask for lies in that phrase: "led by
    /// voting-rights lawyer John Bonifaz" is no leading of rights [0833]. (The sample's own line breaks: written on one
    /// line, the name reads differently and the pattern never matched.)</summary>
    [Fact]
    public void A_modifier_in_a_phrase_is_in_that_phrase() =>
        AssertAnyEvent("On Tuesday, New York magazine first reported that a group of experts, led by voting-rights lawyer John\n            Bonifaz and J Alex Halderman, the director of the University of Michigan Center for Computer Security and\n            Society, had contacted Mrs Clinton's campaign.",
                       new DateOnly(2016, 11, 23), false, e => e.Cameo == "0833");

    /// <summary>
    /// What is referred to, mentioned or described is what the words are about, no reaction of the speaker's: word order's
    /// pattern nouns there do not recode the verb ("referring to one of Trump's opponents" was opposition [110], "described
    /// mayhem … under opposition control" too). A parsed pattern still codes ("described the decision as a mistake").
    /// </summary>
    [Theory]
    [InlineData("\"He was compiling this report on behalf of initially Trump's opponent Jeb Bush,\" referring to one of Trump's 16 opponents in the 2016 Republican primary.", false)]
    [InlineData("Residents, activists and medical staff described mayhem in the tiny sliver of Aleppo still under opposition control as volleys of shells rained down on the area.", false)]
    [InlineData("Russia's foreign minister described the American decision as a mistake.", true)]
    public void What_is_referred_to_is_no_reaction(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 14), codes, e => e.CameoRoot == "11");

    /// <summary>A fire, a disease or a disaster fought is no fighting [190]; rebels fought are.</summary>
    [Theory]
    [InlineData("Canadian firefighters battled the blaze at Scott for six hours.", false)]
    [InlineData("The Russian government is fighting the epidemic in Moscow.", false)]
    [InlineData("Turkish troops fought Kurdish rebels near the border.", true)]
    public void A_fire_fought_is_no_fighting(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 14), codes, e => e.CameoRoot == "19");

    /// <summary>A thing submitted is handed in, no yielding [080]; submitting to someone's demands is.</summary>
    [Theory]
    [InlineData("Polish Foreign Minister Bronislaw Geremek will travel to Washington DC on March 12 to submit the document.", false)]
    [InlineData("Serbia submitted to NATO's demands.", true)]
    public void A_document_submitted_is_no_yielding(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(1999, 2, 27), codes, e => e.Cameo == "080");

    /// <summary>A stance, a policy or an act defended is verbal defence [052]; a country defended is protection [074].</summary>
    [Theory]
    [InlineData("Albright also used her speech to defend NATO's potential involvement in Kosovo.", "052")]
    [InlineData("Bishop Henry Mansell of the Archdiocese of Buffalo went on to defend the Church's opposition to abortion.", "052")]
    [InlineData("American GIs have already massed to defend Saudi Arabia.", "074")]
    public void A_stance_defended_is_verbal_defence(string text, string cameo) =>
        AssertAnyEvent(text, new DateOnly(1999, 3, 12), true, e => e.Rule.Contains("DEFEND", StringComparison.Ordinal) && e.Cameo == cameo);

    /// <summary>An office taken over from someone is a succession, no seizure [171]; a town taken over from someone is one.</summary>
    [Theory]
    [InlineData("The latest results are the first under new chief executive Kevin Johnson, who took over from co-founder Howard Schulz in April, Chinese officials said.", false)]
    [InlineData("Syrian rebels took over the town from government forces.", true)]
    public void Taking_over_from_someone_is_a_succession(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 14), codes, e => e.Cameo.StartsWith("171", StringComparison.Ordinal));

    /// <summary>Charge taken of an investigation is no arrest [173] by the police before it; suspects taken in still are.</summary>
    [Theory]
    [InlineData("The major crimes unit of London police took charge of the investigation and forensic identification.", false)]
    [InlineData("The major crimes unit of London police took the suspects into custody.", true)]
    public void Taking_charge_is_no_arrest(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 14), codes, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));

    /// <summary>Someone taken to a place is brought there, not seized [171]; someone taken from a home is seized.</summary>
    [Theory]
    [InlineData("To give Elian Gonzalez an injection and take him back to Cuba.", false)]
    [InlineData("Cuban exiles might take Elian Gonzalez to another country or even harm him.", false)]
    [InlineData("Federal agents would take Elian Gonzalez from the Miami family.", true)]
    public void Someone_taken_to_a_place_is_not_seized(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2000, 3, 30), codes, e => e.Cameo.StartsWith("171", StringComparison.Ordinal));

    /// <summary>Someone taken to court is sued [115], not seized [171] (a pattern of Tacitus's verb supplement).</summary>
    [Theory]
    [InlineData("Ukraine took Russia to court in The Hague.")]
    [InlineData("Ukraine has taken Russia to the International Court of Justice.")]
    public void Someone_taken_to_court_is_sued(string text)
    {
        var doc = PipelineGolden.Analyse("sue", text, new DateOnly(2022, 3, 1));
        var e = Assert.Single(doc.Events);
        Assert.True(("115", "UKR", "RUS") == (e.Cameo, e.Source?.Cameo, e.Target?.Cameo), e.Rule);
    }

    /// <summary>A possibility or an option studied is considered [014] (a pattern of Tacitus's verb supplement); a report
    /// studied is investigated [090].</summary>
    [Theory]
    [InlineData("Russia is studying the possibility of sending troops to Syria.", "014")]
    [InlineData("Germany is studying options for sanctions against Russia.", "014")]
    [InlineData("Russia is studying the report on Syria.", "090")]
    public void A_possibility_studied_is_considered(string text, string cameo) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 14), true, e => e.Rule.Contains("INSPECT", StringComparison.Ordinal) && e.Cameo == cameo);

    /// <summary>Someone fired is dismissed, not fired upon [190]; missiles fired are an attack.</summary>
    [Theory]
    [InlineData("White House chief of staff John Sununu keeps his job because conservatives would object if he were fired.", false)]
    [InlineData("President Bush fired Sununu on Tuesday.", false)]
    [InlineData("Iraqi troops fired Scud missiles at Israel on Tuesday.", true)]
    public void Someone_fired_is_dismissed(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(1991, 6, 4), codes, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));

    /// <summary>A pattern's word before the verb names the subject's head, not a modifier of it: a military buildup that
    /// continues is no military fighting on [190]; an army that continues is.</summary>
    [Theory]
    [InlineData("The US military buildup in the Persian gulf continues apace.", false)]
    // and so by word order, when the parse codes nothing
    [InlineData("The U.S. military buildup in Saudi Arabia continued at fever pace, with Syrian troops now part of a multinational force camped out in the desert.", false)]
    [InlineData("The Iraqi army continues to shell the town.", true)]
    public void A_pattern_word_before_the_verb_is_the_subjects_head(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(1998, 2, 13), codes, e => e.Rule.Contains("CONTINUE", StringComparison.Ordinal) && e.Cameo == "190");

    /// <summary>A particle the verb's entry does not ask for makes another verb: a return put off is no return arranged
    /// ("- * RETURN [073]", written for PUT); one put on the agenda is.</summary>
    [Theory]
    [InlineData("Besides, the longer the Cuban boy's return is put off, the greater the chance of interference by calculating congressmen.", false)]
    [InlineData("Officials put the Cuban boy's return on the agenda.", true)]
    public void A_particle_makes_another_verb(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2000, 1, 13), codes, e => e.Cameo == "073");

    /// <summary>A war of words or of nerves, a trade war, the war on drugs are fought without arms: no fighting [190].</summary>
    [Theory]
    [InlineData("If Iraq chooses a simple war of nerves and economic attrition, the Bush administration knows what to do.", false)]
    [InlineData("Russia and Ukraine are locked in a war of words over the talks.", false)]
    [InlineData("The trade war between the United States and China escalated.", false)]
    [InlineData("Russia's war against Ukraine continued.", true)]
    public void A_war_without_arms_is_no_fighting(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2019, 5, 14), codes, e => e.Cameo == "190");

    /// <summary>Whether any event of <paramref name="text"/> is one <paramref name="which"/> selects, as <paramref name="codes"/> says.</summary>
    /// <summary>"provided" or "providing" before a clause of its own means "if": nothing is given. With an object it gives.</summary>
    [Theory]
    [InlineData("Prime Minister Benjamin Netanyahu told his Cabinet on Sunday that Israel was willing to withdraw from southern Lebanon provided Israel's northern frontier could be secured.", false)]
    [InlineData("The United States provided Israel with weapons.", true)]
    [InlineData("Germany has provided Ukraine weapons that could be used.", true)]
    public void Provided_before_a_clause_is_a_condition(string text, bool gives) =>
        AssertAnyEvent(text, new DateOnly(1998, 3, 1), gives, e => e.CameoRoot == "06" || e.CameoRoot == "07");

    /// <summary>An adverbial clause a conjunction opens ("with both stressing …") has its own people: the one named in it is
    /// no word-order target of the verb before it.</summary>
    [Theory]
    [InlineData("President Clinton and Attorney General Janet Reno praised the ruling, with both stressing their confidence that Juan Miguel Gonzalez is the best person to raise his child.", false)]
    [InlineData("President Clinton praised Juan Miguel Gonzalez, with both stressing their confidence in the ruling.", true)]
    public void A_name_in_an_adverbial_clause_is_no_word_order_target(string text, bool praised) =>
        AssertAnyEvent(text, new DateOnly(2000, 6, 1), praised, e => e.Cameo == "051" && e.Target?.Name == "Juan Miguel Gonzalez");

    /// <summary>A place of where inside a passive subject's phrase says where, and undergoes nothing; the subject itself,
    /// when an actor, still does.</summary>
    [Theory]
    [InlineData("Phone communication in the city of Tabriz has also been disrupted, reports say.", false)]
    [InlineData("Iranian officials in the city of Tabriz have been arrested, reports say.", true)]
    public void A_place_inside_a_passive_subject_is_where(string text, bool iranUndergoes) =>
        AssertAnyEvent(text, new DateOnly(2012, 8, 12), iranUndergoes, e => e.Target?.Country == "IRN");

    /// <summary>What is revealed, disclosed, confirmed or admitted is said: a name in its clause is no side of the
    /// revealing. Whom a plan is disclosed to still is.</summary>
    [Theory]
    [InlineData("In all, the numbers revealed that Ottawa intended to provide $37.15 billion next year in health transfers.", false)]
    [InlineData("Canada disclosed its plan to Ottawa.", true)]
    public void What_is_revealed_is_said(string text, bool ottawaTarget) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 19), ottawaTarget, e => e.Target?.Name == "Ottawa");

    /// <summary>A pronoun subject of what is said stands for the speaker only when their number agrees: "They vandalised
    /// …," he said is the gang's act, not the speaker's; "he would meet Putin," Trump said is Trump's.</summary>
    [Theory]
    [InlineData("Petrol station owner Phillip Ungerer says there is a problem. \"There was a gang of probably about 15 to 16-year-olds. They vandalised a number of businesses out here in Edmonton, graffitied everything that wasn't walking,\" he said.", "Phillip Ungerer", false)]
    [InlineData("Donald Trump said he would meet Vladimir Putin in Istanbul.", "Donald Trump", true)]
    public void A_pronoun_subject_of_reported_speech_is_the_speaker_when_its_number_agrees(string text, string speaker, bool speakerActs) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 10), speakerActs, e => e.Source?.Name == speaker);

    /// <summary>A verb the parse did not code is added by word order only with a target that is no possessive pronoun:
    /// "Pattison has disclosed potential terms for his planned bid" discloses nothing to whoever "his" is taken for.</summary>
    [Fact]
    public void A_possessive_pronoun_is_no_word_order_target_of_an_uncoded_verb() =>
        AssertAnyEvent("Canadian businessman James Pattison bought shares of Innopac. Martin Fabi, Innopac's president, said Innopac viewed Mr. Pattison's decision as a positive move. \"I'm happy that he feels positively about our company,\" he said. Mr. Fabi wouldn't say directly whether Mr. Pattison has disclosed potential terms for his planned bid for control.",
            new DateOnly(1989, 11, 1), false, e => e.Cameo == "010" && e.Target is not null);

    /// <summary>A name in a relative clause of a passive verb's subject is not what undergoes the verb: "Anyone who sees
    /// either Murphy … is urged to call police" urges no Murphy.</summary>
    [Theory]
    [InlineData("Australian woman Justine Margaret Murphy is believed to be traveling south with the children. Anyone who sees either Murphy, the children, or the vehicle is urged to call police immediately, or contact the Amber Alert hotline on 131 564.", false)]
    [InlineData("Australian woman Justine Margaret Murphy is believed to be traveling south with the children. Murphy is urged to call police immediately.", true)]
    public void A_name_in_a_relative_clause_of_a_passive_subject_undergoes_nothing(string text, bool urged) =>
        AssertAnyEvent(text, new DateOnly(2017, 1, 1), urged, e => e.CameoRoot == "02" && e.Target?.Name == "Justine Margaret Murphy");

    /// <summary>A weapon or a measure named by a reduced passive is what is fired or imposed, and whose it is, the one who
    /// did it: "Russian missiles fired at Kyiv" is no attack on Russia; "U.S. sanctions imposed on Iran" are the US's on
    /// Iran.</summary>
    [Theory]
    [InlineData("Russian missiles fired at Kyiv killed three people on Monday.", "190", "RUS", null)]
    [InlineData("U.S. sanctions imposed on Iran have hurt its economy.", "170", "USA", "IRN")]
    [InlineData("Both U.S. and British officials claimed Security Council resolutions imposed on Libya overruled a 1971 convention.", "170", null, "LBY")]
    public void A_weapon_or_measure_before_a_reduced_passive_is_its_owners(string text, string cameo, string? sourceCountry, string? targetCountry)
    {
        var doc = PipelineGolden.Analyse("instrument", text, new DateOnly(2025, 5, 14));
        var e = Assert.Single(doc.Events, e => e.Cameo == cameo && e.Rule.Contains("instrument-owner", StringComparison.Ordinal));
        if (sourceCountry is not null) Assert.Equal(sourceCountry, e.Source?.Country);
        else Assert.Equal("IGOUNO", e.Source?.Cameo);
        Assert.Equal(targetCountry, e.Target?.Country);
    }

    /// <summary>A finite verb form the parse makes a subject is a noun the tagger misread: "Six suspects in the Bin Laden
    /// investigation are known to be in custody" suspects no one; "Police suspect Bin Laden" does.</summary>
    [Theory]
    [InlineData("Six suspects in the Bin Laden investigation are known to be in custody in the Metropolitan Correctional Center in New York.", false)]
    [InlineData("The FBI suspects Bin Laden in the bombings.", true)]
    public void A_verb_form_parsed_as_a_subject_is_no_predicate(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(1999, 6, 7), codes, e => e.Cameo == "110" && e.Target?.Name == "Osama Bin Laden");

    /// <summary>The crime a plea or a verdict names is a charge, not an act the sentence reports: "Hickson had pleaded not
    /// guilty to murder"; "Hickson murdered an Australian police officer" is one.</summary>
    [Theory]
    [InlineData("David Leslie Hickson, 34, admitted stabbing New Zealand national Campbell Paterson. However, Hickson had pleaded not guilty to murder, saying he acted in self-defence.", false)]
    [InlineData("David Leslie Hickson, 34, admitted stabbing New Zealand national Campbell Paterson. Prosecutors said Hickson murdered an Australian police officer in 2014.", true)]
    public void A_crime_pleaded_to_is_no_act(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 6, 27), codes, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Source?.Name == "David Leslie Hickson");

    /// <summary>Threatening "to" someone with nothing threatened is being dangerous to them, no threat anyone makes.</summary>
    [Theory]
    [InlineData("The global energy shortage, which is particularly threatening to South Africa, makes efficiency imperative.", false)]
    [InlineData("Russia threatened to cut gas supplies to Ukraine.", true)]
    [InlineData("Russia threatened Ukraine with sanctions.", true)]
    public void Threatening_to_someone_is_no_threat(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 14), codes, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));

    private static Tacitus.Core.Document AssertAnyEvent(string text, DateOnly date, bool codes, Func<Tacitus.Core.Event, bool> which)
    {
        var doc = PipelineGolden.Analyse("verb-default", text, date);
        Assert.True(codes == doc.Events.Any(which), string.Join("; ", doc.Events.Select(e => $"{e.Cameo} {e.Rule}")));
        return doc;
    }

    private static void AssertVerbCodes(string text, string verb, bool codes, params string[] actors)
    {
        var doc = PipelineGolden.Analyse("verb-default", text, new DateOnly(2025, 5, 14));
        var events = doc.Events.Where(e => e.Rule.StartsWith($"verb {verb} ", StringComparison.Ordinal)).ToList();
        Assert.True(codes == events.Count > 0, string.Join("; ", doc.Events.Select(e => $"{e.Cameo} {e.Rule}")));
        foreach (var a in actors)
            Assert.Contains(events, e => e.Source?.Name.Contains(a, StringComparison.Ordinal) == true || e.Target?.Name.Contains(a, StringComparison.Ordinal) == true);
    }

    /// <summary>A passive appeal's other side is its subject, whom it asks, not whom the complement reaches: "Anyone with
    /// information is urged to call police" asks no police.</summary>
    [Theory]
    [InlineData("Anyone with information is urged to call police immediately.", false)]
    [InlineData("Americans have also been urged to leave Kenya.", true)]
    public void A_passive_appeal_does_not_take_the_complement_target(string text, bool hasTarget) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 19), hasTarget, e => e.Cameo == "020" && e.Target is not null);

    /// <summary>What a speech verb's word-order pattern names must not come from the clause said, even when the parse makes
    /// that clause's subject the verb's object ("said Western countries pressured Russia for the truce" was a ceasefire).</summary>
    [Theory]
    [InlineData("Assad said Western countries pressured Russia for the truce when rebels appeared to be on the verge of losing Aleppo.", false)]
    [InlineData("Poughkeepsie Savings Bank said a plan to sell its South Carolina branch offices to First Citizens Bank, of Columbia, S.C., fell through.", false)]
    public void A_speech_verb_takes_no_pattern_from_the_clause_said(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 15), codes, e => e.Rule.StartsWith("verb SAY ", StringComparison.Ordinal) && e.CameoRoot != "01" ||
                                                                     e.Rule.StartsWith("pattern EXPLAIN_VERBAL", StringComparison.Ordinal) && e.CameoRoot != "01");

    /// <summary>A weapon carried or acquired with no one given it is no military aid [072]; interfering is no aid [070].</summary>
    [Theory]
    [InlineData("Iraqi soldiers acquired AK-47 assault rifles in Basra.", false)]
    [InlineData("A Turkish police officer on foot, carrying a concealed weapon, approached the ambassador.", false)]
    [InlineData("Hickson, who pleaded guilty to interfering with a corpse, told the court he did not mean to kill Mr Stevens.", false)]
    [InlineData("Russia sent weapons to the Syrian government.", true)]
    public void Holding_a_weapon_is_no_aid(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 19), codes, e => e.CameoRoot == "07");

    /// <summary>"was met with outrage" is a reaction, no meeting [040], and a standard, a need or a threat met is no one
    /// met; "was met by Putin" and meeting NATO's secretary general still are meetings.</summary>
    [Theory]
    [InlineData("The decision was met with outrage by Cuban-Americans, who said the youngster will suffer under Castro.", false)]
    [InlineData("Erdogan was met by Putin at the airport.", true)]
    [InlineData("Poland, who in order to meet NATO's standards have had to cut the size of their Soviet-style militaries, joined the alliance.", false)]
    [InlineData("We want to help Kenya prepare to meet future medical disasters, regardless of their cause.", false)]
    [InlineData("As NATO allies, the goal is much smaller armies capable of meeting a variety of contingencies.", false)]
    [InlineData("The Polish president will meet NATO's secretary general in Brussels.", true)]
    public void A_reaction_or_a_standard_met_is_no_meeting(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2000, 1, 5), codes, e => e.CameoRoot is "04" or "03");

    /// <summary>
    /// What is agreed to be so names no side of the agreeing: "agreed that …", "agree the boy should go back to Cuba". What
    /// one agrees to do, or with whom, still does ("agreed in April to hand them over", "agreed with the Russians").
    /// </summary>
    [Theory]
    [InlineData("Putin said he and Turkish President Recep Tayyip Erdogan agreed in a phone call that Russian investigators would fly to Ankara to conduct a joint probe with their Turkish counterparts.", "Russia", false)]
    [InlineData("Moves to keep Elian in this country appear to be stymied, as most lawmakers seem to agree the boy should go back to Cuba.", "Cuba", false)]
    [InlineData("Dr. Barnett Slepian, an American doctor, was shot in Buffalo. Several consultants agreed that there might be political hay to be made in Slepian's death but that it had to be done carefully.", "Slepian", false)]
    [InlineData("Gadhafi agreed in April to hand them over to the Netherlands.", "Netherlands", true)]
    public void What_is_agreed_to_be_so_is_no_side_of_the_agreement(string text, string target, bool hasTarget) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 19), hasTarget, e => e.Rule.StartsWith("verb AGREE ", StringComparison.Ordinal) && e.Target?.Name.Contains(target, StringComparison.Ordinal) == true);

    /// <summary>Applying a law or a technique, or for a job or a permit, is no appeal [020]; applying for asylum or a visa
    /// still codes by its patterns.</summary>
    [Theory]
    [InlineData("The law made Cuban immigrants eligible to apply for permanent residence after a year.", "APPLY", false)]
    [InlineData("If the government applies asset-forfeiture laws broadly, the best defense lawyers will be unwilling to take cases.", "APPLY", false)]
    [InlineData("The French student said it will be an impressive skill to show prospective employers when she applies.", "APPLY", false)]
    [InlineData("Companies testing autonomous technology in California, such as Google, have applied.", "APPLY", false)]
    public void Applying_is_no_appeal(string text, string verb, bool codes) => AssertVerbCodes(text, verb, codes);

    [Fact]
    public void Applying_for_asylum_still_codes() =>
        AssertAnyEvent("The Cuban dissident applied for asylum in the United States.", new DateOnly(2000, 6, 1), true,
            e => e.Cameo == "0233");

    /// <summary>A verb that codes only by pattern is no event by word order either, when the parse coded it less fully:
    /// "has faced abuse and threats since she …" was a meeting [040] between the words around it.</summary>
    [Fact]
    public void A_pattern_only_verb_is_no_word_order_event() =>
        AssertAnyEvent("The Calgary-North West MLA, first elected in 2012, has faced abuse and threats since she crossed the floor to join the government last week.",
            new DateOnly(2016, 12, 19), false, e => e.Cameo == "040" && e.Rule.Contains("FACE", StringComparison.Ordinal));

    /// <summary>A word-order pattern's noun in an "as" phrase is no word of the pattern: "arrested …, as part of an
    /// investigation" matched "- * PART [030]", written for "take part", and was coded as cooperation.</summary>
    [Fact]
    public void An_as_phrase_is_no_part_of_a_pattern()
    {
        var doc = AssertAnyEvent("Rome's new mayor Virginia Raggi has been hit by a scandal. Raffaele Marra was arrested on Friday, as part of an investigation of business deals dating from 2013.",
            new DateOnly(2016, 12, 17), true, e => e.Cameo == "173");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "030");
    }

    /// <summary>Where an arrest happens is not what is seized: "arrested Mohamed in Cape Town" matched "- * &amp;TOWN [192]"
    /// (occupying a town) and "at the city's airport" "- * AIRPORT [192]".</summary>
    [Theory]
    [InlineData("The FBI arrested Mohamed in Cape Town, South Africa, on Tuesday, where he had fled after the bombing.")]
    [InlineData("Police spokesman Rod Beer said the FBI arrested Mohamed at the city's airport in the early hours of Thursday morning.")]
    public void The_place_of_an_arrest_is_not_seized(string text)
    {
        var doc = AssertAnyEvent(text, new DateOnly(1999, 10, 8), true, e => e.Cameo == "173");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "192");
    }

    /// <summary>Insisting is a demand [100] only when what is insisted on is to be done, not when it is said to be so.</summary>
    [Theory]
    [InlineData("U.S. officials insist they aren't trying to lure Saddam Hussein into a war.", false)]
    [InlineData("Juan Miguel's lawyer, however, insists he will continue to fight for the boy.", false)]
    [InlineData("But in Miami, Cuban exiles insist the majority of Americans don't understand the dynamics of life in Cuba.", false)]
    [InlineData("Not all Cuban-Americans insist that Elian be allowed to stay.", true)]
    [InlineData("The UN security council insists any deal must allow UN inspectors unrestricted access to all suspected weapons sites.", true)]
    public void Insisting_is_a_demand_only_for_what_is_to_be_done(string text, bool codes) => AssertVerbCodes(text, "INSIST", codes);

    /// <summary>Suggesting that something is so is saying it, no proposal [020]; suggesting that something be done still proposes.</summary>
    [Theory]
    [InlineData("Saddam Hussein has tried to intimidate him so far by suggesting that Iraq will use its occupation of Kuwait.", false)]
    [InlineData("Putin appeared to suggest that the US could go further.", false)]
    [InlineData("The Pope suggested that Russia withdraw its troops.", true)]
    public void Suggesting_that_something_is_so_is_no_proposal(string text, bool codes) => AssertVerbCodes(text, "SUGGEST", codes);

    /// <summary>What something is filled with is no submission [080]: "remarks filled with puns".</summary>
    [Theory]
    [InlineData("After finishing his remarks, filled with puns, President Barack Obama blessed a 40-pound turkey.", false)]
    public void Being_filled_with_something_is_no_submission(string text, bool codes) => AssertVerbCodes(text, "FILL", codes);

    /// <summary>A conjoined passive with no subject of its own befalls the active subject ("returned …, only to be
    /// jailed"); one with a "for" phrase before it ("called for Sinn Fein … to be expelled") does not.</summary>
    [Theory]
    [InlineData("Munero had fled to Florida in June 1998 and returned to Cuba later that year, only to be jailed for several months.", "Munero", true)]
    [InlineData("The British government has formally called for Sinn Fein, the IRA's political wing, to be expelled from the multiparty peace talks.", "British", false)]
    public void A_conjoined_passive_befalls_the_active_subject(string text, string target, bool undergoes) =>
        AssertAnyEvent(text, new DateOnly(2000, 1, 28), undergoes, e => e.CameoRoot == "17" && e.Target?.Name.Contains(target, StringComparison.Ordinal) == true);

    /// <summary>What is discussed is the topic; whom with is the other side, named or not.</summary>
    [Theory]
    [InlineData("President Clinton discussed the Iraq crisis with Tony Blair.", "Tony Blair", true)]
    [InlineData("President Clinton discussed the Iraq crisis with Tony Blair.", "Iraq", false)]
    [InlineData("President Clinton discussed the Iraq crisis with the one ally who has backed his threat of force.", "Iraq", false)]
    public void Discussing_something_with_someone_targets_the_partner(string text, string target, bool targeted) =>
        AssertAnyEvent(text, new DateOnly(1998, 2, 5), targeted, e => e.Cameo == "046" && e.Target?.Name == target);

    /// <summary>A pardon of a thing or an animal (the Thanksgiving turkey) pardons no one; a pardon of a person does.</summary>
    [Theory]
    [InlineData("President Harry S. Truman started the tradition and President George H. W. Bush was the first to pardon the bird and not eat it.", false)]
    [InlineData("Obama pardoned Chelsea Manning on Tuesday.", true)]
    public void Pardoning_a_turkey_pardons_no_one(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 11, 23), codes, e => e.Cameo == "080");

    /// <summary>Suspecting a thing is no distrust [110]; suspecting someone, as the object or the subject of the clause, is.</summary>
    [Theory]
    [InlineData("Emergency room doctors and nurses in Vancouver suspect a drug originally used to tranquillize elephants might be the reason.", false)]
    [InlineData("Iraq suspected that Kuwait was stealing its oil.", true)]
    public void Suspecting_a_thing_is_no_distrust(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 9), codes, e => e.Cameo == "110");

    /// <summary>Who claims responsibility for an attack is its source; "no one" claims nothing.</summary>
    [Theory]
    [InlineData("Kurdish militants claimed responsibility for the bombings in Istanbul that killed 44 people.", true)]
    [InlineData("The Army of God claimed responsibility for the bombing of the clinic.", true)]
    [InlineData("No one has claimed responsibility for the bombings in Istanbul that killed 44 people.", false)]
    public void Who_claims_an_attack_made_it(string text, bool claimed) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 20), claimed, e => e.CameoRoot is "18" or "19" && e.Source is not null &&
                                                                    e.Rule.Contains("source claims it", StringComparison.Ordinal));

    /// <summary>Something demonstrated is shown, no protest [141]; demonstrating against someone, or outside a place, is one.</summary>
    [Theory]
    [InlineData("Canadian athletes have demonstrated incredible prowess this year.", false)]
    [InlineData("The Iranian test demonstrated that the missile could reach Israel.", false)]
    [InlineData("Thousands of Serbs demonstrated outside the U.S. embassy in Belgrade against NATO.", true)]
    public void Something_demonstrated_is_no_protest(string text, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 12), codes, e => e.Cameo == "141");

    /// <summary>Assuring someone that something was so is telling them, no promise [030]; assuring what will be done promises.</summary>
    [Theory]
    [InlineData("Patting some of the kids on the head, Castro assured them that they formed a powerful commando.", false)]
    [InlineData("Putin assured Erdogan that the talks were a success.", false)]
    [InlineData("Bush also said Thursday that King Hussein assured him Jordan would close the last remaining free port to most Iraqi trade.", true)]
    public void Assuring_what_was_so_is_no_promise(string text, bool codes) => AssertVerbCodes(text, "ASSURE", codes);

    /// <summary>Offering is an intent to cooperate [030] when it offers to do something or offers someone something, not a
    /// reward, a price or shares with no one offered them.</summary>
    [Theory]
    [InlineData("The U.S. government is offering a $5 million reward for information leading to the arrest of the bombers.", false)]
    [InlineData("Travelers are willing to go without the five-star safari resorts that Kenya offers.", false)]
    [InlineData("It doubles the $2 million reward offered previously by the FBI for information leading to the arrest of the bombers.", false)]
    [InlineData("Kenya was offered aid by the United States.", true)]
    [InlineData("President Bush also has offered to help offset Jordan's losses.", true)]
    public void Offering_needs_someone_offered_or_something_offered_to_be_done(string text, bool codes) => AssertVerbCodes(text, "OFFER", codes);

    /// <summary>A predicate only word order codes is no event when its pattern's word lies in a phrase the pattern did not
    /// ask for: ending a news conference next to an embassy closes no embassy [161]; a fax sent to the police sends no
    /// police [153]; the "with" of a participle on the object ("the sites struck overnight with the embassy attacks") is
    /// that participle's, not LINK's <c>- * (WITH) [0311]</c>.</summary>
    [Theory]
    [InlineData("Joseph Kimotho and others had just ended a news conference in a building adjacent to the embassy.", "161")]
    [InlineData("Dr. Barnett Slepian was shot in Buffalo. The Slepian family sent a fax to local police.", "153")]
    [InlineData("McKinnon's spokeswoman said the United States had ``very good intelligence'' linking the sites struck overnight with the embassy attacks.", "0311")]
    public void A_word_order_pattern_word_in_another_phrase_codes_nothing(string text, string cameo) =>
        AssertAnyEvent(text, new DateOnly(1998, 8, 26), false, e => e.Cameo == cameo);

    /// <summary>A pattern's noun that is a word of a longer name is not the noun: "Control Data" is no control extended
    /// [192], "the country's Order of Friendship" no order given [100]; an order given still is one.</summary>
    [Theory]
    [InlineData("Putin later awarded the Exxon chief executive the country's Order of Friendship.", "100", false)]
    [InlineData("Bank of America has extended Control Data a new line of credit, the Iraqi minister said.", "192", false)]
    [InlineData("The Russian government granted the order to evacuate the city.", "100", true)]
    public void A_pattern_noun_in_a_longer_name_is_not_the_noun(string text, string cameo, bool codes) =>
        AssertAnyEvent(text, new DateOnly(2016, 12, 11), codes, e => e.Cameo == cameo);
}
