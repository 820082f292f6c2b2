using System.Collections.Immutable;
using Tacitus.Coding.Actors;
using Tacitus.Core;

namespace Tacitus.Coding.Tests;

public class ActorResolverTests
{
    private const string Actors = """
        RUSSIAN_FEDERATION_ [RUS]
        +RUSSIA_
        +RUSSIAN
        UKRAINE_ [UKR]
        +UKRAINIAN_
        UNITED_KINGDOM_ [GBR]
        +BRITISH_
        +BRITAIN_
        UK_ [GBR]
        GERMANY_ [DEU]
        +GERMAN
        TURKEY_ [TUR]
        +TURKISH_
        +ISTANBUL_
        KREMLIN_
        	[RUSGOV]
        MOSCOW_ [RUSGOV]
        NATO_ [IGOWSTNAT]
        UNITED_STATES_ [USA]
        +U.S._
        STATE_DEPARTMENT_ [USAGOV]
        VLADIMIR_PUTIN  # PER President | test
        +PUTIN
        	[RUSGOV >19990809]
        RECEP_TAYYIP_ERDOGAN  # PER President | test
        +ERDOGAN
        	[TURGOV >20030314]
        KIM_JONG_UN  # PER Leader | test
        	[PRKGOV >20111217]
        NORTH_KOREA_ [PRK]
        SOUTH_KOREA_ [KOR]
        +SOUTH_KOREAN_
        SAUDI_ARABIA_ [SAU]
        +SAUDI_
        VOLODYMYR_ZELENSKYY  # PER President | test
        +ZELENSKYY
        +ZELENSKY
        +ZELENSKIY
        	[UKRGOV >20190520]
        	[UKRELI]
        """;

    private const string Agents = """
        PRESIDENT [~GOV]
        CHANCELLOR [~GOV]
        FOREIGN_SECRETARY [~GOV]
        FOREIGN_MINISTER [~GOV]
        DEFENSE_MINISTER [~GOVMIL]
        INTELLIGENCE_DIRECTOR [~SPY]
        LEADER [~GOV]
        KING [~GOV]
        DELEGATION [~GOV]
        TROOP [~MIL]
        SECRETARY_GENERAL [~GOV]
        SPOKESMAN [~GOV]
        """;

    private static readonly ActorResolver Resolver = new(TestDocs.Lexicon(Actors, Agents));

    private static Document Run(string text, DateOnly? date = null) => Resolver.Process(TestDocs.Tokenized(text, date));

    [Theory]
    [InlineData("Erdogan met the press.")]
    [InlineData("Erdoğan met the press.")]
    [InlineData("ERDOGAN met the press.")]
    public void Aliases_match_without_case_or_diacritics(string text)
    {
        var a = Assert.Single(Run(text).Actors);
        Assert.Equal("TURGOV", a.Cameo);
        Assert.Equal("TUR", a.Country);
    }

    [Theory]
    [InlineData("Zelenskyy spoke.")]
    [InlineData("Zelensky spoke.")]
    [InlineData("Zelenskiy spoke.")]
    public void Spelling_variants_are_one_actor(string text) => Assert.Equal("UKRGOV", Assert.Single(Run(text).Actors).Cameo);

    [Fact]
    public void Dated_codes_follow_the_publication_date()
    {
        Assert.Equal("UKRELI", Assert.Single(Run("Zelenskyy spoke.", new DateOnly(2018, 1, 1)).Actors).Cameo);
        Assert.Equal("UKRGOV", Assert.Single(Run("Zelenskyy spoke.", new DateOnly(2019, 5, 20)).Actors).Cameo);
    }

    [Theory]
    [InlineData("Russian troops advanced.", "RUSMIL")]
    [InlineData("The Ukrainian delegation arrived.", "UKRGOV")]
    [InlineData("British officials are cautious, and Britain waits.", "GBR")]
    [InlineData("Sanctions imposed by Moscow hurt.", "RUSGOV")]
    [InlineData("The Kremlin said no.", "RUSGOV")]
    public void Demonyms_capitals_and_institutions(string text, string code) =>
        Assert.Contains(Run(text).Actors, a => a.Cameo == code);

    [Fact]
    public void A_place_after_in_is_not_an_actor()
    {
        var doc = Run("They met in Istanbul on Thursday.");
        Assert.DoesNotContain(doc.Actors, a => a.Country == "TUR");
    }

    [Fact]
    public void Us_is_not_the_United_States_and_lower_case_words_are_not_names() =>
        Assert.Empty(Run("Let us talk about the uk office and russia.").Actors.Where(a => a.Cameo is "GBR" or "RUS" && a.Mentions.Any(m => m.Span.Length <= 3)));

    [Theory]
    [InlineData("Kim Jong-un met Putin.")]
    [InlineData("Kim Jong Un met Putin.")]
    public void A_hyphenated_name_whose_second_half_is_lower_case_matches_the_dictionary(string text)
    {
        var doc = Run(text);
        Assert.True(doc.Actors.Any(a => a.Cameo == "PRKGOV"), string.Join("; ", doc.Actors.Select(a => $"{a.Name} {a.Cameo}")));
    }

    [Fact]
    public void A_hyphenated_adjective_does_not_join_a_name()
    {
        // "-led" stays a lower-case word: no name "Saudi Led" (the country is still an actor).
        var doc = Run("Saudi-led forces attacked.");
        Assert.Contains(doc.Actors, a => a.Cameo == "SAU");
        Assert.DoesNotContain(doc.Actors, a => a.Name.Contains("Led", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A title's hyphenated suffix is no one's name: "President-elect Donald Trump" was an actor named "elect".</summary>
    [Theory]
    [InlineData("President-elect Donald Trump has drawn criticism from China.")]
    [InlineData("Prime Minister-designate Ivan Petrov met Putin.")]
    public void A_titles_hyphenated_suffix_is_not_a_name(string text)
    {
        var doc = Run(text);
        Assert.DoesNotContain(doc.Actors, a => a.Mentions.Any(m => doc.TextOf(m.Span) is "elect" or "designate"));
    }

    [Fact]
    public void A_bare_name_does_not_take_the_country_of_another_person_in_its_clause()
    {
        // "Russia said Ivan Petrov resigned" gives Petrov Russia's country (Ner_persons_are_used_when_present); "Putin
        // praised Ivan Petrov" says nothing of Petrov's.
        var doc = TestDocs.Tokenized("Putin praised Ivan Petrov.");
        var per = doc.Text.IndexOf("Ivan", StringComparison.Ordinal);
        doc = doc with { Entities = [new Entity(new TextSpan(per, per + "Ivan Petrov".Length), "PER", 0, "test")] };
        var petrov = TestDocs.Single(Resolver.Process(doc), "Ivan Petrov");
        Assert.Null(petrov.Country);
        Assert.Null(petrov.Cameo);
    }

    /// <summary>A nationality in another person's title ("Russian President Vladimir Putin", "Kenyan President Daniel arap Moi") is that person's, not a bare
    /// name's; a country no one's title names still gives it.</summary>
    [Theory]
    [InlineData("Russian President Vladimir Putin said Ivan Petrov had resigned.", null)]
    [InlineData("Ivan Petrov told Russian President Vladimir Putin that the embassy would reopen.", null)]
    [InlineData("Russia said Ivan Petrov had resigned.", "RUS")]
    public void A_bare_name_does_not_take_the_nationality_in_another_persons_title(string text, string? country)
    {
        var doc = TestDocs.Tokenized(text);
        var per = doc.Text.IndexOf("Ivan", StringComparison.Ordinal);
        doc = doc with { Entities = [new Entity(new TextSpan(per, per + "Ivan Petrov".Length), "PER", 0, "test")] };
        var petrov = TestDocs.Single(Resolver.Process(doc), "Ivan Petrov");
        Assert.Equal(country, petrov.Country);
    }

    [Fact]
    public void A_capital_that_only_says_where_someone_is_based_is_no_actor()
    {
        Assert.DoesNotContain(Run("A Moscow-based analyst criticised Ukraine.").Actors, a => a.Cameo == "RUSGOV");
        Assert.DoesNotContain(Run("A Moscow based analyst criticised Ukraine.").Actors, a => a.Cameo == "RUSGOV");
        Assert.Contains(Run("Moscow criticised Ukraine.").Actors, a => a.Cameo == "RUSGOV");
    }

    [Theory]
    [InlineData("Former South Korean President Park Geun-hye criticised the plan.", "Park Geun-hye")]
    [InlineData("South Korean former president Park Geun-hye criticised the plan.", "Park Geun-hye")]
    public void A_former_office_holder_is_an_elite_not_the_government(string text, string name)
    {
        var doc = Run(text);
        Assert.True(doc.Actors.Any(a => a.Name == name), string.Join("; ", doc.Actors.Select(a => $"{a.Name} {a.Cameo}")));
        Assert.Equal("KORELI", TestDocs.Single(doc, name).Cameo);
    }

    /// <summary>
    /// The NER stage tags a later surname alone as a person. It is the person named in full before ("Petrov" after "Ivan
    /// Petrov"), also when the family name comes first and has two letters ("Xi" after "Xi Jinping"), not a new actor.
    /// </summary>
    [Theory]
    [InlineData("Russian businessman Ivan Petrov met officials on Monday. Petrov praised the plan.", "Ivan Petrov", "Petrov", "RUSBUS")]
    [InlineData("Xi Jinping met officials on Monday. Xi praised the plan.", "Xi Jinping", "Xi", "CHNGOV")]
    public void A_surname_the_ner_stage_tags_alone_is_the_person_named_before(string text, string name, string surname, string cameo)
    {
        var doc = WithPersons(text, name, surname);
        Assert.True(doc.Actors.Count(a => a.Name == name) == 1, string.Join("; ", doc.Actors.Select(a => $"{a.Name} {a.Cameo}")));
        var person = TestDocs.Single(doc, name);
        Assert.Equal(cameo, person.Cameo);
        Assert.DoesNotContain(doc.Actors, a => a.Name == surname);
        Assert.Equal(2, person.Mentions.Length);
        Assert.Equal(("coref:surname", text.LastIndexOf(surname, StringComparison.Ordinal)), (person.Mentions[1].Producer, person.Mentions[1].Span.Start));
    }

    [Theory]
    [InlineData("Mr Petrov")]
    [InlineData("Dr. Petrov")]
    public void An_honorific_the_ner_stage_tags_with_a_surname_is_no_part_of_the_name(string later)
    {
        // BBC style: "Mr Petrov" after "Ivan Petrov" is the same man, not a person named "Mr Petrov".
        var text = $"Russian businessman Ivan Petrov met officials on Monday. {later} praised the plan.";
        var doc = WithPersons(text, "Ivan Petrov", later);
        var person = Assert.Single(doc.Actors, a => a.Cameo == "RUSBUS");
        Assert.Equal("Ivan Petrov", person.Name);
        Assert.DoesNotContain(doc.Actors, a => a.Name.Contains("Mr", StringComparison.Ordinal) || a.Name.Contains("Dr", StringComparison.Ordinal));
        Assert.Equal(text.LastIndexOf("Petrov", StringComparison.Ordinal), person.Mentions[^1].Span.Start);
    }

    [Fact]
    public void A_two_letter_english_word_is_not_a_surname()
    {
        // "He" is a family name (He Lifeng), but at the start of a sentence it is the pronoun.
        var doc = WithPersons("Chinese Vice Premier He Lifeng met officials on Monday. He praised the plan.", "He Lifeng");
        var he = Assert.Single(doc.Actors, a => a.Name == "He Lifeng");
        Assert.DoesNotContain(he.Mentions, m => m.Producer == "coref:surname");
    }

    /// <summary>A street the NER stage tags as a person is an address: "The 48-year-old, of Colton Way, was jailed".</summary>
    [Theory]
    [InlineData("The 48-year-old, of Colton Way, was jailed for 10 years.", "Colton Way", false)]
    [InlineData("The family of Kenyon Road said the boy was safe.", "Kenyon Road", false)]
    [InlineData("The actor Nathan Lane praised the plan.", "Nathan Lane", true)]
    public void A_street_tagged_as_a_person_is_no_actor(string text, string name, bool actor)
    {
        var doc = WithPersons(text, name);
        Assert.Equal(actor, doc.Actors.Any(a => a.Name == name));
    }

    /// <summary>A subject pronoun after "X's father said" is the father, not X; an object pronoun may still be X.</summary>
    [Theory]
    [InlineData("Elian Gonzalez's father said in a letter that he wants Cuban diplomats to meet with the boy.", "Elian Gonzalez", " he ", false)]
    [InlineData("Barnett Slepian's wife and one son tried to revive him.", "Barnett Slepian", " him", true)]
    public void A_possessive_before_a_relative_is_no_subject_pronouns_antecedent(string text, string name, string pronoun, bool resolved)
    {
        var doc = WithPersons(text, name);
        int at = text.IndexOf(pronoun, StringComparison.Ordinal) + 1;
        Assert.Equal(resolved, TestDocs.Single(doc, name).Mentions.Any(m => m.Span.Start == at));
    }

    /// <summary>A name that only says whose government or campaign it is ("the Clinton administration") is no one a
    /// pronoun stands for; a name of its own still is.</summary>
    [Theory]
    [InlineData("The feeling is the Clinton administration might send federal agents to pull him out of here.", false)]
    [InlineData("The feeling is that Clinton might send federal agents to pull him out of here.", true)]
    public void A_name_modifying_a_government_is_no_pronouns_antecedent(string text, bool resolved)
    {
        var doc = WithPersons(text, "Clinton");
        int at = text.IndexOf(" him", StringComparison.Ordinal) + 1;
        Assert.Equal(resolved, TestDocs.Single(doc, "Clinton").Mentions.Any(m => m.Span.Start == at));
    }

    /// <summary>A dateline in capitals before the text's first name is where the reporter was, not the person's
    /// affiliation: "WASHINGTON Christopher Steele" is no US government official. "UK" is no dateline.</summary>
    [Fact]
    public void A_dateline_is_no_affiliation()
    {
        const string rest = " Christopher Steele, who wrote reports on Donald Trump, is a former spy.";
        Assert.NotEqual("USAGOV", TestDocs.Single(WithPersons("WASHINGTON" + rest, "Christopher Steele"), "Christopher Steele").Cameo);
        Assert.Equal("GBR", TestDocs.Single(WithPersons("UK" + rest, "Christopher Steele"), "Christopher Steele").Cameo);
    }

    /// <summary>A thing named after a person is no mention of that person: "Molotov cocktails" (Phoenix lists MOLOTOV, the
    /// Soviet minister), "the Kalashnikov rifle" after "Mikhail Kalashnikov".</summary>
    [Fact]
    public void A_thing_named_after_a_person_is_no_mention_of_them()
    {
        var molotov = TestDocs.Shipped.Process(TestDocs.Tokenized("Protesters threw Molotov cocktails at the embassy. Molotov said no.", new DateOnly(1950, 1, 1)));
        int second = molotov.Text.LastIndexOf("Molotov", StringComparison.Ordinal);
        var mentions = molotov.Actors.SelectMany(a => a.Mentions).ToList();
        Assert.Contains(mentions, m => m.Span.Start == second);
        Assert.DoesNotContain(mentions, m => m.Span.Start < second && molotov.TextOf(m.Span).Contains("Molotov", StringComparison.Ordinal));
        var rifle = WithPersons("Mikhail Kalashnikov designed the AK-47. The Kalashnikov rifle has been used by armies of 55 countries.", "Mikhail Kalashnikov");
        Assert.Single(TestDocs.Single(rifle, "Mikhail Kalashnikov").Mentions);
    }

    /// <summary>
    /// Where someone is returned to is their home, and a place that describes what someone owns is not theirs: "the U.S.
    /// government decision to return 6-year-old Elian Gonzalez to Cuba" makes no American of Elian, nor "Juan Miguel
    /// Gonzalez lashed out at his Miami relatives" of his father. Such a home outranks the other countries of the clause.
    /// A person named after the return ("… to Cuba,'' said Alex Penelas, mayor of Miami") is not returned.
    /// </summary>
    [Theory]
    [InlineData("While an important step, the U.S. government decision to return 6-year-old Elian Gonzalez to Cuba does not guarantee that the boy will be repatriated, the communist leadership warned.", "Elian Gonzalez", "USA", false)]
    // … and it outranks the clause's other countries: the U.S. government decides, the boy goes home.
    [InlineData("While an important step, the U.S. government decision to return 6-year-old Elian Gonzalez to Cuba does not guarantee that the boy will be repatriated, the communist leadership warned.", "Elian Gonzalez", "CUB", true)]
    [InlineData("U.S. officials said Juan Miguel Gonzalez lives in Cuba.", "Juan Miguel Gonzalez", "CUB", true)]
    [InlineData("Juan Miguel Gonzalez lashed out at his Miami relatives Sunday night.", "Juan Miguel Gonzalez", "USA", false)]
    [InlineData("The grandmother of Elian Gonzalez said she is willing to go to Miami to bring the six-year-old boy home to Cuba.", "Elian Gonzalez", "CUB", true)]
    [InlineData("``We will not lend our resources to inappropriately repatriate Elian Gonzalez to Cuba,'' said Alex Penelas, mayor of Miami-Dade County.", "Alex Penelas", "USA", true)]
    // Where someone lives or was born, after the apposition of the name too; not what a later sentence says of others.
    [InlineData("His mother died trying to get Elian and herself to the United States. The boy's father, Juan Miguel Gonzalez, lives in Cuba and wants him back.", "Juan Miguel Gonzalez", "CUB", true)]
    [InlineData("The father asked to move the boy to another great-uncle, Manolo Gonzalez. Both great-uncles live in Cuba.", "Manolo Gonzalez", "CUB", false)]
    public void A_return_home_and_a_possession_say_whose_country(string text, string name, string country, bool has)
    {
        var cameo = TestDocs.Single(WithPersons(text, name), name).Cameo;
        Assert.True(has == (cameo == country), cameo);
    }

    /// <summary>A party and a state after a name, as American news writes them for members of Congress ("Sen. Jesse Helms,
    /// R-N.C.,"), make the person American, whatever country the clause is about; a comma and other words do not.</summary>
    [Theory]
    [InlineData("A 1996 law named for Sen. Jesse Helms, R-N.C., strengthened the trade embargo against Cuba.", "Jesse Helms", "USA")]
    [InlineData("Rep. Dan Burton (R-Ind.) criticised Cuba on Friday.", "Dan Burton", "USA")]
    [InlineData("A 1996 law named for Jesse Helms, a senator, strengthened the trade embargo against Cuba.", "Jesse Helms", "CUB")]
    public void A_party_and_state_after_a_name_is_american(string text, string name, string country) =>
        Assert.Equal(country, TestDocs.Single(WithPersons(text, name), name).Country);

    /// <summary>The first word of a company's name is its short name, not a person, where it stands alone ("McCaw
    /// Cellular Communications Inc. … McCaw has forced LIN's hand").</summary>
    [Fact]
    public void A_companys_short_name_is_no_person()
    {
        const string text = "The rival suitor is McCaw Cellular Communications Inc. of Kirkland. McCaw has forced the hand of BellSouth.";
        int org = text.IndexOf("McCaw Cellular", StringComparison.Ordinal), alone = text.LastIndexOf("McCaw", StringComparison.Ordinal);
        var entities = ImmutableArray.Create(
            new Entity(new TextSpan(org, org + "McCaw Cellular Communications Inc.".Length), "ORG", 0, "test"),
            new Entity(new TextSpan(alone, alone + "McCaw".Length), "PER", 1, "test"));
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text) with { Entities = entities });
        Assert.DoesNotContain(doc.Actors, a => a.Mentions.Any(m => m.Span.Start == alone));
        // Without the company's name in the text, the same word is a person.
        var person = TestDocs.Shipped.Process(TestDocs.Tokenized("McCaw has forced the hand of BellSouth.") with
            { Entities = [new Entity(new TextSpan(0, 5), "PER", 0, "test")] });
        Assert.Contains(person.Actors, a => a.Mentions.Any(m => m.Span.Start == 0));
    }

    /// <summary>A chief executive is a company's, not a government's (Phoenix codes CHIEF EXECUTIVE as government).</summary>
    [Theory]
    [InlineData("Cineplex Odeon Corp. directors said the company's chairman and chief executive, Garth Drabinsky, is considering a bid.", "Garth Drabinsky")]
    [InlineData("Canadian chief executive Garth Drabinsky is considering a bid.", "Garth Drabinsky")]
    public void A_chief_executive_is_a_company_officer(string text, string name)
    {
        var cameo = TestDocs.Single(WithPersons(text, name), name).Cameo;
        Assert.True(cameo is null || !cameo.Contains("GOV", StringComparison.Ordinal), cameo);
    }

    /// <summary>"Little Havana" is a neighbourhood of Miami: no Cuban actor and no place in Cuba. Havana itself still is both.</summary>
    [Theory]
    [InlineData("Protesters planned a large demonstration in Little Havana on Saturday.", false)]
    [InlineData("Protesters planned a large demonstration in Havana on Saturday.", true)]
    public void A_neighbourhood_named_after_a_place_abroad_is_not_that_place(string text, bool cuba)
    {
        var doc = Tacitus.Coding.Tests.Events.Pipeline.PipelineGolden.Analyse("little-havana", text, new DateOnly(2000, 1, 7));
        Assert.Equal(cuba, doc.Actors.Any(a => a.Country == "CUB"));
        Assert.Equal(cuba, doc.Places.Any(p => p.Country == "CUB"));
    }

    /// <summary>A name that a hyphen joins to "anti" or "pro" names an attitude toward its actor, not the actor: no Saudi
    /// Arabia for a campaign against it, no Britain for Northern Ireland's pro-British majority, no government for militias
    /// on its side.</summary>
    [Theory]
    [InlineData("An anti-Saudi campaign began in Baghdad.", "anti-Saudi", "SAU")]
    [InlineData("The pro-British Protestant majority opposed the deal.", "pro-British", "GBR")]
    [InlineData("Pro-government militias attacked the village.", "Pro-government", "GOV")]
    public void A_name_after_anti_or_pro_is_no_actor(string text, string prefixed, string code)
    {
        static Document Shipped(string text) => TestDocs.Shipped.Process(TestDocs.Tokenized(text));
        Assert.DoesNotContain(Shipped(text).Actors, a => a.Cameo is not null && a.Cameo.Contains(code, StringComparison.Ordinal));
        // The same name without the prefix still is one.
        var alone = Shipped(text.Replace(prefixed, prefixed[(prefixed.IndexOf('-') + 1)..], StringComparison.Ordinal));
        Assert.Contains(alone.Actors, a => a.Cameo is not null && a.Cameo.Contains(code, StringComparison.Ordinal));
    }

    /// <summary>A person's name after "anti-" or "pro-" is no mention of the person ("anti-Castro exiles").</summary>
    [Fact]
    public void A_persons_name_after_anti_is_no_mention()
    {
        const string text = "Fidel Castro spoke in Havana. Anti-Castro exiles protested in Miami.";
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text));
        var castro = Assert.Single(doc.Actors, a => a.Name == "Fidel Castro");
        Assert.Equal(["Fidel Castro"], castro.Mentions.Select(m => doc.TextOf(m.Span)).ToArray());
    }

    /// <summary>A name that a hyphen joins to "language", "owned", "made" makes an adjective of the noun after it, which it
    /// does not name: no Spanish actor for an American television channel, no government for its former companies.</summary>
    [Theory]
    [InlineData("Gonzalez told a Spanish-language television station that he would stay.", "ESP")]
    [InlineData("The practice of protecting former government-owned enterprises deflected criticism.", "GOV")]
    [InlineData("Rebels fired Russian-made missiles at the convoy.", "RUS")]
    public void A_name_making_a_compound_adjective_is_no_actor(string text, string code)
    {
        static Document Shipped(string text) => TestDocs.Shipped.Process(TestDocs.Tokenized(text));
        Assert.DoesNotContain(Shipped(text).Actors, a => a.Cameo is not null && a.Cameo.Contains(code, StringComparison.Ordinal));
        // The same name heading its own phrase still is one.
        var alone = Shipped(text.Replace("-language", " ", StringComparison.Ordinal).Replace("-owned", "", StringComparison.Ordinal)
            .Replace("-made", "", StringComparison.Ordinal));
        Assert.Contains(alone.Actors, a => a.Cameo is not null && a.Cameo.Contains(code, StringComparison.Ordinal));
    }

    /// <summary>An institution after a name ("U.S. v. Abdulkader, U.S. District Court") is where the name stands, no office
    /// its person holds: the defendant is no judge.</summary>
    [Fact]
    public void An_institution_in_apposition_is_no_office()
    {
        const string text = "Abdulkader was arrested on May 21, 2015. The case is U.S. v. Abdulkader, U.S. District Court, Southern District of Ohio, No. 16-cr-00019.";
        var doc = WithPersons(text, "Abdulkader", "Abdulkader");
        var person = Assert.Single(doc.Actors, a => a.Name.Contains("Abdulkader", StringComparison.Ordinal));
        Assert.True(person.Cameo is null || !person.Cameo.Contains("JUD", StringComparison.Ordinal), person.Cameo);
        Assert.Empty(person.Roles);
    }

    /// <summary>"District" and "Circuit" belong to a judge's title, so the country before them is the judge's, not an actor
    /// of its own.</summary>
    [Theory]
    [InlineData("U.S. District Judge Michael Barrett in Cincinnati imposed the prison term.", "Michael Barrett", "District Judge")]
    [InlineData("U.S. Circuit Judge Michael Barrett in Cincinnati imposed the prison term.", "Michael Barrett", "Circuit Judge")]
    public void A_district_judge_title_takes_its_country(string text, string name, string role)
    {
        var doc = WithPersons(text, name);
        var judge = TestDocs.Single(doc, name);
        Assert.Equal("USAJUD", judge.Cameo);
        Assert.Equal([role], judge.Roles.ToArray());
        Assert.DoesNotContain(doc.Actors, a => a.Cameo == "USA");
    }

    /// <summary>A broadcast's reporter signing on ("Caroline Wyatt reports.") takes no country from the story; a person the
    /// story is about still does.</summary>
    [Theory]
    [InlineData("Nearly five million Germans are out of work. Caroline Wyatt reports.", "Caroline Wyatt", null)]
    [InlineData("Nearly five million Germans are out of work. Elaine Corey has more from Berlin.", "Elaine Corey", null)]
    [InlineData("Nearly five million Germans are out of work, Caroline Wyatt said.", "Caroline Wyatt", "DEU")]
    public void A_reporter_signing_on_takes_no_country_from_the_story(string text, string name, string? country) =>
        Assert.Equal(country, TestDocs.Single(WithPersons(text, name), name).Country);

    /// <summary>"Cuban Americans" are Americans whose families came from Cuba: the nationality before the plural name of
    /// another country's people is no actor of its own. A nationality before anything else still is.</summary>
    [Theory]
    [InlineData("Hundreds of people began to arrive, including some Cuban Americans who left when Castro came to power.", false)]
    [InlineData("Cuban officials met Americans who left when Castro came to power.", true)]
    public void A_nationality_before_another_countrys_people_is_their_origin(string text, bool cuba)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text));
        Assert.Contains(doc.Actors, a => a.Cameo == "USA" && a.Mentions.Any(m => m.Span.Of(text) == "Americans"));
        Assert.Equal(cuba, doc.Actors.Any(a => a.Country == "CUB"));
    }

    /// <summary>A group said to be of many countries ("of 55 countries", "international", "foreign") takes no country
    /// from the context (here the Moscow dateline); one the story says nothing more of does.</summary>
    [Theory]
    [InlineData("MOSCOW (AP) -- The rifle has been used by the police and armies of 55 countries.", "police", "---COP")]
    [InlineData("MOSCOW (AP) -- The rifle has been used by the police and armies of 55 countries.", "armies", "---MIL")]
    [InlineData("MOSCOW (AP) -- The troops of other nations left the area.", "troops", "---MIL")]
    [InlineData("MOSCOW (AP) -- International troops left the area.", "troops", "---MIL")]
    [InlineData("MOSCOW (AP) -- Foreign troops left the area.", "troops", "---MIL")]
    [InlineData("MOSCOW (AP) -- The rifle has been used by the armies.", "armies", "RUSMIL")]
    public void A_group_of_many_countries_takes_none_from_the_context(string text, string mention, string cameo)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text));
        Assert.Contains(doc.Actors, a => a.Cameo == cameo && a.Mentions.Any(m => m.Span.Of(text) == mention));
    }

    /// <summary>A country's forces are its military ("U.S. forces", "Iraqi forces"); forces of no country named ("joined
    /// forces", "economic forces") are no actor.</summary>
    [Theory]
    [InlineData("Retaliating 13 days after the embassy bombings, U.S. forces struck camps in Afghanistan.", "USAMIL")]
    [InlineData("Allied troops will drive Iraqi forces out of Kuwait.", "IRQMIL")]
    [InlineData("Chinese companies and fashion houses routinely joined forces.", null)]
    public void A_countrys_forces_are_its_military(string text, string? cameo)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text));
        if (cameo is null) Assert.DoesNotContain(doc.Actors, a => a.Cameo is not null && a.Cameo.EndsWith("MIL", StringComparison.Ordinal));
        else Assert.Contains(doc.Actors, a => a.Cameo == cameo && a.Mentions.Any(m => m.Span.Of(text).EndsWith("forces", StringComparison.Ordinal)));
    }

    /// <summary>Nationalities coordinated before a group's noun each name that country's group: "American and British
    /// troops" are American troops and British troops, not the United States and British troops.</summary>
    [Theory]
    [InlineData("American and British troops attacked Iraqi positions.", new[] { "USAMIL", "GBRMIL" }, "USA")]
    [InlineData("American, British, Egyptian, Syrian and Moroccan forces assemble in Saudi Arabia.", new[] { "USAMIL", "GBRMIL", "EGYMIL", "SYRMIL", "MARMIL" }, "EGY")]
    [InlineData("Russian and Ukrainian delegations met in Istanbul on Friday.", new[] { "RUSGOV", "UKRGOV" }, "RUS")]
    public void Coordinated_nationalities_share_the_group(string text, string[] cameos, string bare)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text));
        foreach (var cameo in cameos) Assert.Contains(doc.Actors, a => a.Cameo == cameo);
        Assert.DoesNotContain(doc.Actors, a => a.Cameo == bare);
    }

    /// <summary>The text through the shipped dictionaries, with the given names (first occurrences; the last for a second one) tagged PER as the NER stage would.</summary>
    /// <summary>The parties of a court case ("Roe vs. Wade", "Brown v. Board") name the case, not people in the story.</summary>
    [Theory]
    [InlineData("A week after the anniversary of the Roe vs. Wade Supreme Court decision, a bomb exploded.", "Wade", false)]
    [InlineData("The ruling in Brown v. Smith was cited.", "Brown", false)]
    [InlineData("Senator Wade spoke after the vote.", "Wade", true)]
    public void The_parties_of_a_court_case_are_no_actors(string text, string name, bool actor) =>
        Assert.Equal(actor, WithPersons(text, name).Actors.Any(a => a.Name == name));

    /// <summary>A given name alone before the full name it starts is that person; a family name alone, which kin share, is
    /// not the person of a later full name.</summary>
    [Theory]
    [InlineData("Manuel and Lazaro came to Miami in 1984. Lazaro Gonzalez has issued a statement.", "Lazaro", "Lazaro Gonzalez", true)]
    [InlineData("There were cheers from Mr Paterson's family. His sister Kataraina Paterson travelled from New Zealand.", "Paterson", "Kataraina Paterson", false)]
    public void A_given_name_before_the_full_name_is_that_person(string text, string alone, string full, bool same)
    {
        var doc = WithPersons(text, alone, full);
        var person = TestDocs.Single(doc, full);
        Assert.Equal(same, person.Mentions.Any(m => m.Span.Start == text.IndexOf(alone, StringComparison.Ordinal)));
    }

    /// <summary>A sentence's first "It", subject of a verb, stands for the country or organisation that is the subject of
    /// the sentence before, and for nothing when that subject is a thing.</summary>
    [Theory]
    [InlineData("Iraq said it invaded Kuwait because of disputes over oil and money. It accused Kuwait of slashing Iraqi oil revenues.", true)]
    [InlineData("The plan was approved by Iraq on Monday. It calls for new elections in Kuwait.", false)]
    public void It_at_a_sentence_start_is_the_subject_before(string text, bool iraq)
    {
        var doc = Tacitus.Coding.Tests.Events.Pipeline.PipelineGolden.Analyse("actors-it", text, new DateOnly(1990, 8, 15));
        int it = text.IndexOf("It ", StringComparison.Ordinal);
        Assert.Equal(iraq, doc.Actors.Any(a => a.Name == "Iraq" && a.Mentions.Any(m => m.Span.Start == it)));
    }

    /// <summary>An embassy with no country of its own is the one described before, never the host country's.</summary>
    [Theory]
    [InlineData("The bomb ripped through the American Embassy in Nairobi, Kenya. The blast damaged the embassy.", "USAGOV")]
    [InlineData("In Nairobi, Kenya, the blast damaged the embassy.", "---GOV")]
    public void An_embassy_is_the_one_described_before_not_the_host_countrys(string text, string cameo)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text, new DateOnly(1998, 8, 26)));
        int at = text.LastIndexOf("embassy", StringComparison.Ordinal);
        var embassy = Assert.Single(doc.Actors, a => a.Mentions.Any(m => m.Span.Start == at));
        Assert.Equal(cameo, embassy.Cameo);
    }

    /// <summary>Two names the NER stage found with only a space between them are one person.</summary>
    [Fact]
    public void Two_names_with_only_a_space_between_are_one_person()
    {
        const string text = "The opinion was written by Justice John Paul Stevens. Stevens said more.";
        int john = text.IndexOf("John", StringComparison.Ordinal), paul = text.IndexOf("Paul", StringComparison.Ordinal);
        var entities = ImmutableArray.Create(new Entity(new TextSpan(john, john + 4), "PER", 0, "test"),
                                             new Entity(new TextSpan(paul, paul + "Paul Stevens".Length), "PER", 0, "test"));
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text) with { Entities = entities });
        var stevens = TestDocs.Single(doc, "John Paul Stevens");
        Assert.Equal(2, stevens.Mentions.Length);
        Assert.DoesNotContain(doc.Actors, a => a.Name == "John");
    }

    private static Document WithPersons(string text, string name, string? later = null)
    {
        int full = text.IndexOf(name, StringComparison.Ordinal);
        var entities = ImmutableArray.Create(new Entity(new TextSpan(full, full + name.Length), "PER", 0, "test"));
        if (later is not null)
        {
            int alone = text.LastIndexOf(later, StringComparison.Ordinal);
            entities = entities.Add(new Entity(new TextSpan(alone, alone + later.Length), "PER", 1, "test"));
        }
        return TestDocs.Shipped.Process(TestDocs.Tokenized(text) with { Entities = entities });
    }

    [Fact]
    public void Unknown_person_from_title_and_nationality_premodifier()
    {
        var doc = Run("UK Foreign Secretary David Lammy criticised the plan. Lammy said more.");
        var lammy = TestDocs.Single(doc, "David Lammy");
        Assert.Equal("GBRGOV", lammy.Cameo);
        Assert.Equal("GBR", lammy.Country);
        Assert.Equal(["Foreign Secretary"], lammy.Roles.ToArray());
        Assert.Equal(2, lammy.Mentions.Length);
        Assert.Equal("coref:surname", lammy.Mentions[1].Producer);
        Assert.StartsWith("rule:description", lammy.Producer, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Actors, a => a.Cameo == "GBR");   // "UK" is part of the description
    }

    [Fact]
    public void An_organisation_premodifier_gives_its_code_and_is_not_a_separate_actor()
    {
        var doc = Run("NATO Secretary General Petr Novak spoke. The U.S. State Department spokesman Tom Hill agreed.");
        var novak = TestDocs.Single(doc, "Petr Novak");
        Assert.Equal("IGOWSTNAT", novak.Cameo);
        Assert.Null(novak.Country);
        Assert.Equal(["Secretary General"], novak.Roles.ToArray());
        Assert.DoesNotContain(doc.Actors, a => a.Name == "Nato" || a.Name == "NATO");
        Assert.DoesNotContain(doc.Actors, a => a.Cameo == "USA");
        Assert.Equal("USAGOV", TestDocs.Single(doc, "Tom Hill").Cameo);
    }

    [Fact]
    public void Unknown_person_in_apposition_before_the_name()
    {
        var doc = Run("Germany’s new Chancellor, Friedrich Merz, weighed in.");
        var merz = TestDocs.Single(doc, "Friedrich Merz");
        Assert.Equal("DEUGOV", merz.Cameo);
        Assert.Equal(["Chancellor"], merz.Roles.ToArray());
    }

    [Fact]
    public void Unknown_person_in_apposition_after_the_name()
    {
        var doc = Run("Friedrich Merz, the German chancellor, weighed in.");
        var merz = TestDocs.Single(doc, "Friedrich Merz");
        Assert.Equal("DEUGOV", merz.Cameo);
        Assert.Equal(["Chancellor"], merz.Roles.ToArray());
    }

    [Fact]
    public void Unknown_person_takes_the_country_of_the_context()
    {
        var doc = Run("Russia sent a team. It features intelligence director Igor Kostyukov and defense minister Ivan Petrov.");
        Assert.Equal("RUSSPY", TestDocs.Single(doc, "Igor Kostyukov").Cameo);
        Assert.Equal("RUSGOVMIL", TestDocs.Single(doc, "Ivan Petrov").Cameo);
        Assert.Equal(["Defense Minister"], TestDocs.Single(doc, "Ivan Petrov").Roles.ToArray());
    }

    /// <summary>
    /// A person whose first clause names no country takes the one its later mentions' clauses agree on; a country the
    /// first clause gave stays; later clauses that disagree give none.
    /// </summary>
    [Theory]
    [InlineData("Ivan Petrov arrived on Monday. Later Petrov thanked Ukraine. Petrov praised Ukraine again.", "UKR")]
    [InlineData("Ivan Petrov arrived on Monday. Later Petrov thanked Ukraine.", "UKR")]
    [InlineData("Russia said Ivan Petrov arrived. Later Petrov thanked Ukraine. Petrov praised Ukraine again.", "RUS")]
    [InlineData("Ivan Petrov arrived on Monday. Later Petrov thanked Ukraine. Petrov praised Germany.", null)]
    [InlineData("Ivan Petrov arrived on Monday. Petrov thanked Ukraine and Germany.", null)]
    public void A_person_without_a_country_takes_the_one_its_later_clauses_agree_on(string text, string? country)
    {
        var doc = WithPersons(text, "Ivan Petrov");
        var petrov = TestDocs.Single(doc, "Ivan Petrov");
        Assert.True(petrov.Mentions.Length >= 2, string.Join("; ", petrov.Mentions.Select(m => doc.Text[m.Span.Start..m.Span.End])));
        Assert.Equal(country, petrov.Country);
        Assert.Equal(country, petrov.Cameo);
    }

    /// <summary>
    /// A country that names where ("held in the Netherlands", with or without "the") gives a person no country; one
    /// that acts, or that begins a compound ("the U.S.-led coalition"), does.
    /// </summary>
    [Theory]
    [InlineData("The trial will be held in the Netherlands. Ivan Petrov is charged with murder.", null)]
    [InlineData("The trial will be held in Germany. Ivan Petrov is charged with murder.", null)]
    [InlineData("The Netherlands will hold the trial. Ivan Petrov is charged with murder.", "NLD")]
    [InlineData("He fought in the U.S.-led coalition. Ivan Petrov is charged with murder.", "USA")]
    public void A_country_that_names_where_gives_a_person_no_country(string text, string? country)
    {
        var doc = WithPersons(text, "Ivan Petrov");
        Assert.Equal(country, TestDocs.Single(doc, "Ivan Petrov").Country);
    }

    /// <summary>An international organisation's group is that organisation's, not the country named beside it: "NATO
    /// leaders" are IGOWSTNATGOV (not Ukraine's government), "EU leaders" another actor; the AP's writers are the AP (MED).</summary>
    [Theory]
    [InlineData("NATO leaders pledged aid to Ukraine.", "NATO leaders", "IGOWSTNATGOV")]
    [InlineData("NATO leaders met in Brussels. EU leaders met in Kyiv.", "EU leaders", "IGOEUREECGOV")]
    [InlineData("Associated Press writers contributed to this report from Ukraine.", "Associated Press writers", "MED")]
    public void An_organisations_group_is_the_organisations(string text, string mention, string cameo)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text, new DateOnly(2025, 5, 14)));
        int at = text.IndexOf(mention, StringComparison.Ordinal);
        var actor = Assert.Single(doc.Actors, a => a.Mentions.Any(m => m.Span.Start == at));
        Assert.Equal(cameo, actor.Cameo);
    }

    /// <summary>A country's name or adjective before a currency names the currency, not the country.</summary>
    [Theory]
    [InlineData("Russia offered 2 million U.S. dollars for the information.", false)]
    [InlineData("Germany paid 150 million British pounds.", false)]
    [InlineData("Germany paid U.S.$127.5 million.", false)]
    [InlineData("Russia offered the United States 2 million rubles.", true)]
    [InlineData("Germany planned to pay claims of 100,000 British shillings each.", false)]
    public void A_currency_is_no_country(string text, bool hasOther)
    {
        var doc = Run(text);
        Assert.Equal(hasOther, doc.Actors.Any(a => a.Country is "USA" or "GBR"));
    }

    /// <summary>A name the NER stage calls a person but the text shows to be an organisation's is no person: a company
    /// suffix, an organisation noun before it, an acronym, "which" after it, an apposition or a company's possession.</summary>
    [Theory]
    [InlineData("Upjohn Co. said it will offer early retirement to employees.", "Upjohn Co")]
    [InlineData("A pay dispute with the Qatari club El Jaish kept him there.", "El Jaish")]
    [InlineData("The plan pushed LIN into a corner.", "LIN")]
    [InlineData("Ford, which holds a stake, may bid for Jaguar.", "Ford")]
    [InlineData("Polly Peck, a fast-growing British conglomerate, will pay for the stake.", "Polly Peck")]
    [InlineData("Analysts said Sansui's shares fell. Sansui was late into the business.", "Sansui")]
    public void A_name_that_reads_as_an_organisation_is_no_person(string text, string name)
    {
        var doc = WithPersons(text, name);
        Assert.DoesNotContain(doc.Actors, a => a.Name.Contains(name, StringComparison.Ordinal));
    }

    /// <summary>A saint's name names a church, not an actor ("the church of St. Peter" had made Peter an Egyptian).</summary>
    [Fact]
    public void A_saints_name_is_no_person() =>
        AssertNoActorNamed("The blast in Cairo hit the small church of St. Peter on Sunday.", "Peter");

    /// <summary>A storm's name names no one ("claims stemming from Hurricane Hugo" had Hugo take part in an event).</summary>
    [Theory]
    [InlineData("Travelers said claims stemming from Hurricane Hugo hurt its earnings.", "Hugo")]
    [InlineData("Typhoon Haiyan hit the Philippines on Friday.", "Haiyan")]
    public void A_storms_name_is_no_person(string text, string name) => AssertNoActorNamed(text, name);

    /// <summary>A spokesman speaks for a government, not for the news media (Phoenix's SPOKES!PERSON! is MED); a rebel
    /// spokesman for the rebels.</summary>
    [Theory]
    [InlineData("White House spokesman Marlin Fitzwater said the reports were uncertain.", "Marlin Fitzwater", "USAGOV")]
    [InlineData("Iranian Foreign Ministry spokesman Mahmoud Mohammadi condemned the attack.", "Mahmoud Mohammadi", "IRNGOV")]
    public void A_spokesman_speaks_for_a_government(string text, string name, string cameo)
    {
        var doc = WithPersons(text, name);
        Assert.Equal(cameo, Assert.Single(doc.Actors, a => a.Name == name).Cameo);
    }

    [Fact]
    public void A_rebel_spokesman_speaks_for_the_rebels() =>
        Assert.Contains(Tacitus.Coding.Tests.Events.Pipeline.PipelineGolden.Analyse("spokesman", "Three Syrian rebel spokesmen said the first group of wounded people would leave.", new DateOnly(2016, 12, 14)).Actors,
                        a => a.Cameo == "SYRREB");

    /// <summary>God and the Prophet are no actors ("Don't forget those who supported the Prophet Muhammad" had Syria
    /// supporting Muhammad).</summary>
    [Theory]
    [InlineData("The gunman said: \"Those who pledged allegiance to the Prophet Muhammad will not forget.\"", "Muhammad")]
    [InlineData("\"God is great,\" the gunman shouted in Ankara.", "God")]
    public void God_and_the_prophet_are_no_actors(string text, string name) => AssertNoActorNamed(text, name);

    /// <summary>With <paramref name="name"/> tagged as a person, no actor's name contains it.</summary>
    private static void AssertNoActorNamed(string text, string name) =>
        Assert.DoesNotContain(WithPersons(text, name).Actors, a => a.Name.Contains(name, StringComparison.Ordinal));

    /// <summary>A form of address before the name or its surname ("Mr. Edelman") keeps it a person, and so does "which"
    /// before a form of "be" ("an ultimatum by Bill Morneau, which is insulting": the ultimatum is).</summary>
    [Theory]
    [InlineData("Bill Morneau spoke on Sunday. They got an ultimatum from Bill Morneau, which is insulting.", "Bill Morneau", "Bill Morneau", 2)]
    [InlineData("Mr. Ford met the board. Ford, which surprised them, resigned.", "Ford", "Ford", 2)]
    [InlineData("Asher Edelman's shares rose. Later Mr. Edelman declined to comment.", "Asher Edelman", "Edelman", 2)]
    public void A_person_stays_a_person(string text, string name, string later, int mentions)
    {
        var doc = WithPersons(text, name, later);
        var person = Assert.Single(doc.Actors, a => a.Name.Contains(name, StringComparison.Ordinal));
        Assert.Equal(mentions, person.Mentions.Length);
    }

    /// <summary>A surname after a title ("Gen. Powell") is the person named in full before, with the title in the mention;
    /// a first name that begins another name ("George Washington") is not a mention of George Bush.</summary>
    [Fact]
    public void A_titled_surname_is_the_person_named_before_and_a_longer_name_is_not()
    {
        const string text = "Gen. Colin Powell met officials on Monday. Later Gen. Powell praised the plan.";
        var doc = WithPersons(text, "Colin Powell");
        var powell = Assert.Single(doc.Actors, a => a.Name.Contains("Powell", StringComparison.Ordinal));
        Assert.Equal(2, powell.Mentions.Length);
        int later = text.LastIndexOf("Gen. Powell", StringComparison.Ordinal);
        Assert.Equal(new TextSpan(later, later + "Gen. Powell".Length), powell.Mentions[1].Span);

        const string other = "President George Bush spoke on Monday. Later President George Washington was remembered.";
        var tagged = TestDocs.Tokenized(other);
        int georgeBush = other.IndexOf("George Bush", StringComparison.Ordinal);
        tagged = tagged with
        {
            // as the tagger reads it: names are proper nouns
            Tokens = [.. tagged.Tokens.Select(t => t with { Upos = char.IsUpper(other[t.Span.Start]) ? "PROPN" : "X" })],
            Entities = [new Entity(new TextSpan(georgeBush, georgeBush + "George Bush".Length), "PER", 0, "test")],
        };
        var bush = Assert.Single(TestDocs.Shipped.Process(tagged).Actors, a => a.Name.Contains("Bush", StringComparison.Ordinal));
        int george = other.IndexOf("George Washington", StringComparison.Ordinal);
        Assert.DoesNotContain(bush.Mentions, m => m.Span.Start <= george && george < m.Span.End);
    }

    /// <summary>A person's one-word alias that begins another two-word person is that person's first name: "Saddam
    /// Haftar" is not Saddam Hussein, "Erdogan Bayraktar" is not Erdoğan.</summary>
    [Theory]
    [InlineData("Saddam Haftar met officials in Benghazi.", "Saddam Haftar", "Saddam")]
    [InlineData("Erdogan Bayraktar met officials in Ankara.", "Erdogan Bayraktar", "Erdo")]
    public void A_persons_alias_that_is_the_first_name_of_another_person_is_that_name(string text, string name, string alias)
    {
        var doc = WithPersons(text, name);
        Assert.Contains(doc.Actors, a => a.Name == name);
        Assert.DoesNotContain(doc.Actors, a => a.Name != name && a.Name.Contains(alias, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bethlehem Steel Corp. cut prices.", "PSE")]
    [InlineData("American Express Co. praised Russia.", "USA")]
    [InlineData("Texas Instruments Inc. praised Russia.", "USA")]
    public void A_place_that_begins_a_company_name_is_no_actor(string text, string country)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text));
        Assert.DoesNotContain(doc.Actors, a => a.Country == country);
        // the same name without the company suffix is still the country or place
        var bare = TestDocs.Shipped.Process(TestDocs.Tokenized(text.Split(' ')[0] + " praised Germany."));
        Assert.Contains(bare.Actors, a => a.Country == country);
    }

    /// <summary>"Birmingham, Ala.": a town in a state of the United States is not the country Phoenix lists its name under.</summary>
    [Theory]
    [InlineData("The bombing of a Birmingham, Ala., abortion clinic angered Russia.", "Birmingham", "GBR")]
    [InlineData("Birmingham, Alabama, officials praised Russia.", "Birmingham", "GBR")]
    [InlineData("Bethlehem, Pa., officials praised Russia.", "Bethlehem", "PSE")]
    [InlineData("Bethlehem, N.Y., police praised Russia.", "Bethlehem", "PSE")]
    [InlineData("Bethlehem, New Hampshire, officials praised Russia.", "Bethlehem", "PSE")]
    public void A_town_in_a_US_address_is_no_actor_of_the_country_sharing_its_name(string text, string town, string country)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text));
        Assert.DoesNotContain(doc.Actors, a => a.Country == country);
        // without the state, or with another country's region, the name is still the country
        var bare = TestDocs.Shipped.Process(TestDocs.Tokenized($"{town}, England, officials praised Russia."));
        Assert.Contains(bare.Actors, a => a.Country == country);
    }

    [Theory]
    [InlineData("A bomb hit a clinic in Birmingham, Alabama. The Birmingham bombing angered Russia.")]
    [InlineData("The Birmingham bombing angered Russia. The clinic is in Birmingham, Alabama.")]
    public void A_town_in_a_US_address_is_that_town_in_the_whole_document(string text)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text));
        Assert.DoesNotContain(doc.Actors, a => a.Country == "GBR");
    }

    /// <summary>"Russia's ambassador to Turkey … Ambassador Andrei Karlov": a title without a country takes the country of
    /// the same office described a little before, and that description is the person.</summary>
    [Theory]
    [InlineData("A policeman shot Russia’s ambassador to Turkey on Monday. Ambassador Andrei Karlov died later.", "RUSGOV", true)]
    [InlineData("Kenya's trade minister spoke on Monday. Later Minister Joseph Kimotho met Germany.", "KENGOV", true)]
    // the earlier office is another named person's title or apposition: no link
    [InlineData("Russian ambassador Ivan Petrov spoke on Monday. Later Ambassador Andrei Karlov died.", "RUSGOV", false)]
    [InlineData("Ivan Petrov, Russia's ambassador, spoke on Monday. Later Ambassador Andrei Karlov died.", "RUSGOV", false)]
    // another office: no link
    [InlineData("Russia's foreign minister spoke on Monday. Later Ambassador Andrei Karlov died.", "RUSGOV", false)]
    public void A_title_takes_the_country_of_the_same_office_described_just_before(string text, string code, bool linked)
    {
        var name = text.Contains("Kimotho", StringComparison.Ordinal) ? "Joseph Kimotho" : "Andrei Karlov";
        var doc = WithPersons(text, name);
        var person = Assert.Single(doc.Actors, a => a.Name == name);
        Assert.Equal(linked, person.Mentions.Any(m => m.Producer == "coref:description-before"));
        if (linked) Assert.Equal(code, person.Cameo);
        // a linked description is the person, no actor of its own
        if (linked) Assert.DoesNotContain(doc.Actors, a => a.Name.Contains("Ambassador", StringComparison.Ordinal) || a.Name.Contains("Trade Minister", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Police searched a home in the western province of Aydin on Monday.", "Aydin", false)]
    [InlineData("Shells hit the city of Kramatorsk on Monday.", "Kramatorsk", false)]
    [InlineData("Police searched the home of Mevlut Aydin on Monday.", "Mevlut Aydin", true)]
    public void A_name_after_a_kind_of_place_and_of_is_no_person(string text, string name, bool person)
    {
        var doc = WithPersons(text, name);
        Assert.Equal(person, doc.Actors.Any(a => a.Name == name));
    }

    /// <summary>Phoenix lists MURRAY (a river) for Australia and LUBLIN for Poland: inside a full name the NER stage found,
    /// or alone after it as its surname, such a word is the person; a country's own name stays the country.</summary>
    [Theory]
    [InlineData("His lawyer, Glenn Edward Murray, spoke on Monday. Murray said the shot hit Slepian.", "Glenn Edward Murray", "AUS", false)]
    [InlineData("Joann S. Lublin in London contributed to this article.", "Joann S. Lublin", "POL", false)]
    [InlineData("Michael Jordan spoke on Monday. Jordan criticized Israel.", "Michael Jordan", "JOR", true)]
    public void A_country_synonym_in_a_full_name_or_as_its_surname_is_the_person(string text, string name, string country, bool countryStays)
    {
        var doc = WithPersons(text, name);
        Assert.Contains(doc.Actors, a => a.Name == name);
        Assert.Equal(countryStays, doc.Actors.Any(a => a.Cameo == country));
    }

    [Fact]
    public void A_later_mention_that_states_the_country_gives_it_and_is_no_second_actor()
    {
        const string text = "Ricardo Alarcon spoke on Monday. Alarcon, former Cuban ambassador to the United Nations, praised Germany.";
        var doc = WithPersons(text, "Ricardo Alarcon", "Alarcon");
        var alarcon = TestDocs.Single(doc, "Ricardo Alarcon");
        Assert.Equal(("CUB", "CUBELI"), (alarcon.Country, alarcon.Cameo));
        Assert.Equal(["Ambassador"], alarcon.Roles.ToArray());
        Assert.DoesNotContain(doc.Actors, a => a.Name.Contains("Ambassador", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A nationality adjective before a plain noun before a name gives the person's country ("Cuban rafter Elian
    /// Gonzalez"); a noun of a relation ("ally", "critic") or a country's name ("Russia expert") gives no description.
    /// </summary>
    [Theory]
    [InlineData("Cuban rafter Elian Gonzalez arrived.", "Elian Gonzalez", "ADJ", "CUB")]
    [InlineData("British tourist John Smith arrived.", "John Smith", "ADJ", "GBR")]
    [InlineData("Russian critic Ivan Petrenko arrived.", "Ivan Petrenko", "ADJ", null)]
    [InlineData("U.S. ally Ivan Petrenko arrived.", "Ivan Petrenko", "ADJ", null)]
    [InlineData("Russia expert Fiona Hill arrived.", "Fiona Hill", "PROPN", null)]
    public void A_nationality_before_a_plain_noun_gives_the_country(string text, string name, string nationalityUpos, string? country)
    {
        var doc = TestDocs.Tokenized(text);
        // The tags a tagger gives: the first word is the nationality, the second a common noun, the rest proper nouns.
        var tokens = doc.Tokens.Select((t, i) => t with { Upos = i == 0 ? nationalityUpos : i == 1 ? "NOUN" : "PROPN" }).ToArray();
        if (text.StartsWith("U.S.", StringComparison.Ordinal)) tokens = [.. doc.Tokens.Select(t => t with { Upos = t.Span.Of(text) is "ally" ? "NOUN" : t.Span.Of(text) is "U.S." ? "ADJ" : "PROPN" })];
        int start = text.IndexOf(name, StringComparison.Ordinal);
        doc = doc with { Tokens = [.. tokens], Entities = [new Entity(new TextSpan(start, start + name.Length), "PER", 0, "test")] };
        var person = TestDocs.Single(TestDocs.Shipped.Process(doc), name);
        if (country is null)
        {
            // no description: the country, if any, is the clause's (rule:ner-person), not the nationality's
            Assert.Equal("rule:ner-person", person.Producer);
            return;
        }
        Assert.Equal(country, person.Country);
        Assert.StartsWith("rule:description", person.Producer, StringComparison.Ordinal);
    }

    [Fact]
    public void Pronouns_go_to_the_subject_not_the_possessive()
    {
        var doc = Run("Ukrainian President Volodymyr Zelenskyy, a guest, lamented Putin’s absence. He implied that the Russian leader refused.");
        var z = TestDocs.Single(doc, "Volodymyr Zelenskyy");
        int he = doc.Text.IndexOf("He ", StringComparison.Ordinal);
        Assert.Contains(z.Mentions, m => m.Span.Start == he && m.Producer == "coref:pronoun");
        var putin = doc.Actors.Single(a => a.Name.Contains("Putin", StringComparison.Ordinal));
        Assert.Contains(putin.Mentions, m => doc.TextOf(m.Span) == "Russian leader");
        Assert.Contains(putin.Mentions, m => doc.TextOf(m.Span) == "Putin");
    }

    [Fact]
    public void A_title_noun_goes_to_the_holder_of_that_office_not_to_the_latest_leader()
    {
        // Putin is the latest leader before "the king", but his office is president: "the king" is Salman and "the
        // president" Putin.
        var doc = Run("Saudi King Salman received Vladimir Putin in Riyadh. The king praised the talks. The president thanked him.",
            new DateOnly(2019, 10, 14));
        var salman = TestDocs.Single(doc, "Salman");
        var putin = TestDocs.Single(doc, "Vladimir Putin");
        Assert.Contains(salman.Mentions, m => doc.TextOf(m.Span) == "king" && m.Producer == "coref:description");
        Assert.Contains(putin.Mentions, m => doc.TextOf(m.Span) == "president" && m.Producer == "coref:description");
        Assert.DoesNotContain(putin.Mentions, m => doc.TextOf(m.Span) == "king");
    }

    /// <summary>
    /// "the president" with no country stands for the president an earlier "the president" stood for, else the latest
    /// holder of the office, past one the text set apart by a country ("the Russian president") and before a government
    /// member of no known role; a title after a name and a comma, in parentheses before a name, owned by someone, of
    /// another rank ("Vice President") or office ("prime minister" for a finance minister), with "a", with "of"
    /// something other than a country, or held "as" with no one in its sentence, stands for no one mentioned before.
    /// </summary>
    [Theory]
    [InlineData("President Barack Obama said he told Vladimir Putin to stop. Obama said the Russian president knew. The president said he had warned Mr Putin.",
        "2016-12-16", "Barack Obama", "president", true)]
    [InlineData("President George Bush met reporters. The president said the war would end soon. He and President Gorbachev spoke, and the President listened.",
        "1991-02-25", "George Bush", "President", true)]
    [InlineData("President Bill Clinton spoke at the ceremony, with Secretary of State Madeleine Albright. Clinton said the United States will stay. Albright, echoing the president, said the same.",
        "1998-08-13", "Bill Clinton", "president", true)]
    [InlineData("President Fidel Castro spoke. Ricardo Alarcon, president of the National Assembly, said Castro was right.",
        "2000-01-15", "Fidel Castro", "president", false)]
    [InlineData("President Fidel Castro spoke. We were betrayed by (President) Kennedy, he said.", "2000-04-17", "Fidel Castro", "President", false)]
    [InlineData("President Donald Trump spoke on Monday. The vice president said he agreed.", "2017-05-16", "Donald Trump", "vice president", false)]
    [InlineData("President Donald Trump spoke. Amy Smith said the university's senior vice president disagreed.", "2017-05-16", "Donald Trump", "senior vice president", false)]
    [InlineData("Libyan leader Muammar Gaddafi spoke on Monday. The FBI says Bin Laden is the leader of a terrorist organization.",
        "1999-06-07", "Muammar Gaddafi", "leader", false)]
    [InlineData("Soviet Foreign Ministry spokesman Yuri Gremitskikh spoke on Monday. Banks were closed, said a spokesman, who was not identified.",
        "1990-08-15", "Yuri Gremitskikh", "spokesman", false)]
    [InlineData("Finance Minister Bill Morneau spoke on Monday. He said the prime minister indicated another approach.",
        "2016-12-09", "Bill Morneau", "prime minister", false)]
    [InlineData("President Donald Trump spoke on Monday. His brother Raul, who succeeded him as president, announced it.",
        "2016-11-26", "Donald Trump", "president", false)]
    public void A_title_without_a_name_goes_to_the_texts_holder_of_that_office(string text, string date, string name, string title, bool linked)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        int at = text.LastIndexOf(title, StringComparison.Ordinal);
        var person = TestDocs.Single(doc, name);
        Assert.True(linked == person.Mentions.Any(m => m.Span.Start == at && m.Producer == "coref:description"),
            string.Join("; ", doc.Actors.Select(a => a.Name + ": " + string.Join(", ", a.Mentions.Select(m => $"{doc.TextOf(m.Span)}@{m.Span.Start} {m.Producer}")))));
    }

    [Fact]
    public void He_right_after_a_name_and_said_is_that_speaker()
    {
        // Putin is named first in the clause, but "Erdogan said he" makes Erdogan the one who will visit.
        var doc = Run("In a letter to Vladimir Putin, read over the radio, Erdogan said he will visit Moscow.", new DateOnly(2016, 8, 1));
        int he = doc.Text.IndexOf(" he ", StringComparison.Ordinal) + 1;
        var owner = Assert.Single(doc.Actors, a => a.Mentions.Any(m => m.Span.Start == he));
        Assert.Contains("Erdogan", owner.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void They_goes_to_a_plural_group_and_its_to_an_organisation()
    {
        var doc = Run("Russian troops advanced on Sunday. They shelled the town. The Kremlin defended its policy.");
        var troops = Assert.Single(doc.Actors, a => a.Cameo == "RUSMIL");
        Assert.Contains(troops.Mentions, m => doc.TextOf(m.Span) == "They" && m.Producer == "coref:pronoun");
        var kremlin = Assert.Single(doc.Actors, a => a.Cameo == "RUSGOV");
        Assert.Contains(kremlin.Mentions, m => doc.TextOf(m.Span) == "its");
        Assert.Empty(Run("Officials met. They talked.").Actors);   // no group with a country: nothing to link
    }

    [Fact]
    public void Possessives_work_whether_or_not_the_tokenizer_splits_them()
    {
        const string text = "Putin’s plan failed.";
        var whole = TestDocs.Tokenized(text);
        // The same text with EWT-style tokens: Putin + ’s.
        var split = whole with
        {
            Tokens = [new Token(new TextSpan(0, 5), 0), new Token(new TextSpan(5, 7), 0), new Token(new TextSpan(8, 12), 0), new Token(new TextSpan(13, 19), 0), new Token(new TextSpan(19, 20), 0)],
            Sentences = [new Sentence(new TextSpan(0, 20), 0, 5)],
        };
        foreach (var doc in new[] { whole, split })
        {
            var putin = Assert.Single(Resolver.Process(doc).Actors);
            Assert.Equal(new TextSpan(0, 5), Assert.Single(putin.Mentions).Span);
        }
    }

    [Fact]
    public void Ner_persons_are_used_when_present()
    {
        var doc = TestDocs.Tokenized("Russia said Ivan Petrov resigned. He left.");
        var per = doc.Text.IndexOf("Ivan", StringComparison.Ordinal);
        doc = doc with { Entities = [new Entity(new TextSpan(per, per + "Ivan Petrov".Length), "PER", 0, "test")] };
        var resolved = Resolver.Process(doc);
        Assert.True(resolved.Actors.Count(a => a.Name == "Ivan Petrov") == 1, $"actors: {string.Join("; ", resolved.Actors.Select(a => a.Name + "/" + a.Cameo))}");
        var petrov = TestDocs.Single(resolved, "Ivan Petrov");
        Assert.Equal("RUS", petrov.Country);
        Assert.Contains(petrov.Mentions, m => m.Producer == "coref:pronoun");
    }

    [Fact]
    public void Needs_sentences()
    {
        Assert.Throws<TacitusException>(() => Resolver.Process(new Document("x", "Putin spoke.")));
        Assert.Empty(Resolver.Process(new Document("x", "")).Actors);
    }

    [Theory]
    [InlineData("Albright spoke before leaving Andrews Air Force Base, Maryland.", "Base")]
    [InlineData("A spokesman for the Newark Police Department said nine women had been killed.", "Department")]
    [InlineData("The road between King Edward Street and Highway 403 was closed.", "Edward Street")]
    [InlineData("He compared it with electric car company Tesla.", "Tesla")]
    public void A_name_after_a_title_that_names_a_place_or_a_body_is_no_person(string text, string name)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text, new DateOnly(2000, 1, 1)));
        Assert.DoesNotContain(doc.Actors, a => a.Name == name);
        // A person after such a title still is one.
        var police = TestDocs.Shipped.Process(TestDocs.Tokenized("Police spokesman Capt. Rod Beer said the FBI arrested him.", new DateOnly(2000, 1, 1)));
        Assert.Contains(police.Actors, a => a.Name == "Rod Beer");
    }

    [Theory]
    [InlineData("Heritage Media Corp., New York, said it offered to buy the shares.", "United States of America")]
    [InlineData("HEALTHDYNE Inc., Atlanta, said its subsidiary registered with the SEC.", "United States of America")]
    [InlineData("Ogden Projects Inc. said net income jumped. The Fairfield, N.J., company, which is 92%-owned by Ogden Corp., New York, had net of $1.1 million a year ago.", "N.J")]
    public void The_seat_of_a_company_or_a_state_after_a_town_is_no_actor(string text, string name)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text, new DateOnly(1989, 10, 1)));
        Assert.DoesNotContain(doc.Actors, a => a.Name == name);
        // A country after a comma that follows no company still is one.
        var said = TestDocs.Shipped.Process(TestDocs.Tokenized("The talks failed, Russia said.", new DateOnly(1989, 10, 1)));
        Assert.Contains(said.Actors, a => a.Cameo == "RUS");
    }

    [Theory]
    [InlineData("Rebel spokesman Bassam Haj Mustafa accused the government of foiling the deal.", "Bassam Haj Mustafa", "---REB")]
    [InlineData("Executive director Jessica Hansen said the deal was foiled.", "Jessica Hansen", null)]
    public void A_person_of_a_group_outside_any_state_with_no_country_known_is_coded_as_the_group(string text, string name, string? cameo)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text, new DateOnly(2016, 12, 14)));
        var person = doc.Actors.FirstOrDefault(a => a.Name == name);
        Assert.Equal(cameo, person?.Cameo);
    }

    [Theory]
    [InlineData("Army of god letters claim responsibility for the Atlanta abortion clinic bombing.", "USAREB")]
    [InlineData("The Army of God claimed responsibility for the bombing.", "USAREB")]
    public void A_name_joined_by_of_needs_only_its_first_word_capitalised(string text, string cameo)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text, new DateOnly(1998, 2, 27)));
        Assert.Contains(doc.Actors, a => a.Cameo == cameo && a.Name.StartsWith("Army of", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(doc.Actors, a => a.Cameo == "USAMIL");
        // A lower-case one-word name still names no one: "the turkey was pardoned".
        var turkey = TestDocs.Shipped.Process(TestDocs.Tokenized("The turkey was pardoned by the president of the club.", new DateOnly(1998, 2, 27)));
        Assert.DoesNotContain(turkey.Actors, a => a.Cameo == "TUR");
    }

    [Theory]
    [InlineData("U.S. President Bill Clinton has requested emergency funding from Congress for Kenya.", "Congress", true)]
    [InlineData("The government said Parliament can ratify the deal.", "Parliament", true)]
    [InlineData("Republican Janet Holmes a Court said the republic would come.", "Court", false)]
    [InlineData("The Marines will back up the Army, Navy and Air Force troops already in the gulf.", "Army", false)]
    public void A_legislature_or_government_written_as_its_own_name_is_an_actor(string text, string name, bool actor)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text, new DateOnly(1998, 9, 30)));
        Assert.Equal(actor, doc.Actors.Any(a => a.Mentions.Any(m => doc.TextOf(m.Span) == name)));
    }

    [Theory]
    [InlineData("Gomez, a native of Mexico, was arrested by Danbury police on Monday night.", "---COP")]
    [InlineData("Mexico said Gomez was arrested by police on Monday night.", "MEXCOP")]
    public void The_country_a_person_is_a_native_of_is_no_context_for_others(string text, string cameo)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text, new DateOnly(2003, 3, 1)));
        Assert.Contains(doc.Actors, a => a.Name == "Police" && a.Cameo == cameo);
    }

    [Theory]
    [InlineData("Winnipeg police Const. Jason Michalyshen said police made the arrest after he saw her.", "Const")]
    [InlineData("The Coptic Church's official spokesperson, Rev. Paul Halim, said the bomb weighed 12 kilograms.", "Rev")]
    public void An_abbreviated_rank_or_title_is_no_person(string text, string name)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text, new DateOnly(2016, 12, 14)));
        Assert.DoesNotContain(doc.Actors, a => a.Name == name);
    }

    [Theory]
    [InlineData("The British and Irish governments invited Sinn Fein to rejoin the talks.", "Sinn Fein", "GBROPP", 1998)]
    [InlineData("Gerry Adams kept his party out of the talks.", "Gerry Adams", "GBROPP", 1998)]
    [InlineData("Gerry Adams spoke at the commemoration.", "Gerry Adams", "GBRELI", 2019)]
    public void Sinn_Fein_and_its_president_are_in_the_overlay(string text, string name, string cameo, int year)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text, new DateOnly(year, 3, 22)));
        Assert.Contains(doc.Actors, a => a.Name.Replace("É", "E", StringComparison.Ordinal).Contains(name, StringComparison.OrdinalIgnoreCase) && a.Cameo == cameo);
    }

    [Theory]
    [InlineData("In an interview with the Spanish language broadcast of CNN, the father criticized the meeting.", false)]
    [InlineData("Arabic speakers in the city said the meeting was good.", false)]
    [InlineData("Spanish officials criticized the meeting.", true)]
    public void A_language_names_no_country(string text, bool actor)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text, new DateOnly(2000, 1, 28)));
        Assert.Equal(actor, doc.Actors.Any(a => a.Mentions.Any(m => doc.TextOf(m.Span).StartsWith("Spanish", StringComparison.Ordinal) ||
                                                                    doc.TextOf(m.Span).StartsWith("Arabic", StringComparison.Ordinal))));
    }

    /// <summary>In a story about airlines a carrier is an airline, no warship [MIL]; elsewhere it stays one.</summary>
    [Theory]
    [InlineData("Mesa Airlines rejected a proposal from StatesWest to combine the two carriers.", false)]
    [InlineData("Delta has benefited more than other carriers, as passengers left Eastern.", false)]
    [InlineData("Three other U.S. carriers and their escort vessels are already in the region.", true)]
    public void A_carrier_in_a_story_about_airlines_is_no_warship(string text, bool military)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text, new DateOnly(1989, 11, 1)));
        Assert.Equal(military, doc.Actors.Any(a => a.Cameo?.EndsWith("MIL", StringComparison.Ordinal) == true &&
                                                   a.Mentions.Any(m => doc.TextOf(m.Span).Contains("carriers", StringComparison.Ordinal))));
    }

    /// <summary>A faith's people in the plural are a group though capitalised, as their name always is; a capitalised
    /// agent is otherwise part of a name ("the Amherst Police Department").</summary>
    [Theory]
    [InlineData("He called for unity between the two wings of Egypt, Muslims and Christians.", "Christians", "EGYCHR")]
    [InlineData("There is a fear about who Muslims are in the United States.", "Muslims", "USAMUS")]
    public void A_faiths_people_are_a_group(string text, string words, string cameo)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text, new DateOnly(1998, 3, 3)));
        Assert.Contains(doc.Actors, a => a.Cameo == cameo && a.Mentions.Any(m => doc.TextOf(m.Span) == words));
    }

    [Fact]
    public void Same_input_gives_the_same_output()
    {
        var a = Run("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdoğan. He smiled.");
        var b = Run("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdoğan. He smiled.");
        Assert.Equal(a.Actors.Select(x => (x.Id, x.Name, x.Cameo, string.Join('|', x.Mentions.Select(m => m.Span)))),
                     b.Actors.Select(x => (x.Id, x.Name, x.Cameo, string.Join('|', x.Mentions.Select(m => m.Span)))));
        Assert.Equal("Recep Tayyip Erdoğan", TestDocs.Single(a, "Recep Tayyip Erdoğan").Name);
        Assert.Equal(["President"], TestDocs.Single(a, "Recep Tayyip Erdoğan").Roles.ToArray());
    }
}
