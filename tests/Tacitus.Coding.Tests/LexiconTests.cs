using Tacitus.Coding.Actors;
using Tacitus.Coding.Dictionaries;
using Tacitus.TestSupport;

namespace Tacitus.Coding.Tests;

public class LexiconTests
{
    private const string Old = "VLADIMIR_PUTIN_  # CountryInfo.txt\n+RUSSIAN_PRESIDENT_VLADIMIR_PUTIN\n\t[RUSELI]\nRUSSIAN_FEDERATION_ [RUS]\n+RUSSIA_\n+MOSCOW_\n";
    private const string Overlay = "VLADIMIR_PUTIN  # PER President | test\n+PUTIN\n\t[RUSGOV >19990809]\nMOSCOW_ [RUSGOV]\n";

    [Fact]
    public void Overlay_wins_and_takes_over_old_aliases()
    {
        var lex = new ActorLexiconBuilder()
            .AddActors(ActorDictionaryReader.Read(new StringReader(Old), "old.txt"))
            .AddActors(ActorDictionaryReader.Read(new StringReader(Overlay), "overlay.txt"))
            .Build();
        var alias = lex.FindActor("Russian President Vladimir Putin")!;
        Assert.Equal("RUSGOV", alias.CodeOn(new DateOnly(2025, 1, 1)));
        Assert.Equal("President", alias.Role);
        Assert.True(alias.IsPerson);
        Assert.Same(alias, lex.FindActor("putin"));
        Assert.Equal("RUSGOV", lex.FindActor("Moscow")!.CodeOn(null));
        Assert.Equal("RUS", lex.FindActor("Russia")!.CodeOn(null));   // only the overlaid phrase moved
    }

    /// <summary>"IRISH_REPUBLICAN_ARMY_(IRA)_": the name without its bracketed acronym is a phrase too (the text writes
    /// "the Irish Republican Army"), unless another record has it; a bracketed qualifier ("GEORGIA_(COUNTRY)") is left
    /// as it is.</summary>
    [Fact]
    public void A_name_before_its_bracketed_acronym_is_a_phrase_of_its_own()
    {
        const string dict = "PEOPLES_LIBERATION_ARMY_ [CHNMIL]\nIRISH_REPUBLICAN_ARMY_(IRA)_ [WEUREB]\nPEOPLES_LIBERATION_ARMY_(PLA)_ [SDNREB]\nGEORGIA_(COUNTRY)_ [GEO]\n";
        var lex = new ActorLexiconBuilder().AddActors(ActorDictionaryReader.Read(new StringReader(dict), "test.txt")).Build();
        var ira = lex.FindActor("Irish Republican Army")!;
        Assert.Equal("WEUREB", ira.CodeOn(null));
        Assert.Equal("Irish Republican Army", ira.Name);
        Assert.Equal("CHNMIL", lex.FindActor("Peoples Liberation Army")!.CodeOn(null));
        Assert.Null(lex.FindActor("Georgia"));
        Assert.Null(ActorLexiconBuilder.NameBeforeAcronym("DIRECT_ACTION_(GREECE)_"));
        Assert.Null(ActorLexiconBuilder.NameBeforeAcronym("ARYAN_NATIONS_(AN)_"));
        Assert.Equal("LIBERATION_TIGERS_OF_TAMIL_EELAM_", ActorLexiconBuilder.NameBeforeAcronym("LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_"));
    }

    [Theory]
    [InlineData("XI_JINPING", true, "Xi Jinping")]
    [InlineData("KIM_JONG_UN", true, "Kim Jong Un")]
    [InlineData("JOSE_EDUARDO_DOS_SANTOS", true, "Jose Eduardo Dos Santos")]
    [InlineData("ERIC_H._HOLDER,_JR.", true, "Eric H. Holder, Jr.")]
    [InlineData("QUEEN_ELIZABETH_II", true, "Queen Elizabeth II")]
    [InlineData("CARL_XVI_GUSTAF", true, "Carl XVI Gustaf")]
    [InlineData("MUHAMMAD_VI", true, "Muhammad VI")]
    [InlineData("VLADIMIR_V._PUTIN_", true, "Vladimir V. Putin")]
    [InlineData("UN_SECURITY_COUNCIL", false, "UN Security Council")]
    [InlineData("BANK_OF_ENGLAND", false, "Bank of England")]
    [InlineData("DEMOCRATIC_REPUBLIC_OF_THE_CONGO", false, "Democratic Republic of the Congo")]
    [InlineData("THE_HAGUE", false, "The Hague")]
    [InlineData("U.S._ARMY", false, "U.S. Army")]
    [InlineData("NEW_ZEALAND", false, "New Zealand")]
    [InlineData("INTERNATIONAL_RED_CROSS", false, "International Red Cross")]
    [InlineData("PARTY_IN_POWER", false, "Party in Power")]
    [InlineData("FRENTE_DE_LIBERTACAO_DE_MOCAMBIQUE", false, "Frente de Libertacao de Mocambique")]
    [InlineData("APPLE_INC", false, "Apple Inc")]
    [InlineData("IS_FIGHTERS", false, "IS Fighters")]
    [InlineData("EU_COMMISSION", false, "EU Commission")]
    [InlineData("NEW_PARTNERSHIP_FOR_AFRICA'S_DEVELOPMENT", false, "New Partnership for Africa's Development")]
    [InlineData("CONOR_O'BRIEN", true, "Conor O'Brien")]
    public void Display_names_read_short_words_of_a_person_as_names_and_elsewhere_as_acronyms(string phrase, bool person, string expected) =>
        Assert.Equal(expected, ActorLexiconBuilder.DisplayName(phrase, person));

    [Fact]
    public void A_person_from_the_dictionary_is_named_as_written_in_title_case()
    {
        var lex = new ActorLexiconBuilder()
            .AddActors(ActorDictionaryReader.Read(new StringReader("XI_JINPING  # CountryInfo.txt\n\t[CHNGOV]\nUN_  [IGOUNO]\n"), "d.txt"))
            .Build();
        Assert.Equal("Xi Jinping", lex.FindActor("Xi Jinping")!.Name);
        Assert.Equal("UN", lex.FindActor("UN")!.Name);
    }

    /// <summary>Phoenix's hand-added leaders carry no person marker: a dated name of two to four words, coded with a sector,
    /// is a person; an organisation, a country, an undated record or a bank is not.</summary>
    [Theory]
    [InlineData("BARACK_OBAMA\n+MR_OBAMA_\n\t[USAELI 780101-000101]\n\t[USAGOV >090120]\n", "Barack Obama", true)]
    [InlineData("GERHARD_SCHRODER_\n\t[DEUGOV 19981027-20051122] # Chancellor of Germany\n", "Gerhard Schroder", true)]
    [InlineData("HANS_BLIX_  # IAEA\n\t[IGOUNOIAEA 19811201-19971130]\n", "Hans Blix", true)]
    [InlineData("KOSOVO_ASSEMBLY\n\t[KSVGOVLEG >080217]\n", "Kosovo Assembly", false)]
    [InlineData("TAWHID_BRIGADE_\n\t[SYRREB >120701]\n", "Tawhid Brigade", false)]
    [InlineData("JOHN_DOE_\n\t[USAGOV]\n", "John Doe", false)]
    [InlineData("SERBIA_AND_MONTENEGRO [SCG 920428-060605]\n", "Serbia and Montenegro", false)]
    [InlineData("ABN_AMRO_\n\t[NLDBUS >19910101]\n", "ABN Amro", false)]
    public void A_dated_name_coded_with_a_sector_is_a_person(string text, string name, bool person)
    {
        var lex = new ActorLexiconBuilder().AddActors(ActorDictionaryReader.Read(new StringReader(text), "d.txt")).Build();
        var entry = lex.FindActor(name);
        Assert.NotNull(entry);
        Assert.Equal(person, entry.IsPerson);
    }

    [Fact]
    public void A_one_word_name_spelt_by_an_alias_initials_is_an_acronym()
    {
        var lex = new ActorLexiconBuilder()
            .AddActors(ActorDictionaryReader.Read(new StringReader(
                "NATO_  [IGOWSTNAT]\n+NORTH_ATLANTIC_TREATY_ORGANIZATION_\nOPEC  [IGOOPC]\n+ORGANIZATION_OF_PETROLEUM_EXPORTING_COUNTRIES\nRUSSIA  [RUS]\n+RUSSIAN_FEDERATION\n"), "d.txt"))
            .Build();
        Assert.Equal("NATO", lex.FindActor("North Atlantic Treaty Organization")!.Name);
        Assert.Equal("OPEC", lex.FindActor("OPEC")!.Name);
        Assert.Equal("Russia", lex.FindActor("Russian Federation")!.Name);
    }

    [Fact]
    public void Compiled_file_round_trips()
    {
        var lex = TestDocs.Lexicon(Old + Overlay, "PRESIDENT [~GOV]\nAIR_FORCE {} [~MIL]\n");
        using var ms = new MemoryStream();
        ActorLexiconFile.Save(lex, ms);
        ms.Position = 0;
        var back = ActorLexiconFile.Load(ms, "mem");
        Assert.Equal(lex.Entries.ToArray(), back.Entries.ToArray(), (a, b) => a.Name == b.Name && a.Kind == b.Kind && a.Role == b.Role && a.Source == b.Source && a.Codes.SequenceEqual(b.Codes));
        Assert.Equal(lex.ActorPhrases.ToArray(), back.ActorPhrases.ToArray());
        Assert.Equal(lex.AgentPhrases.ToArray(), back.AgentPhrases.ToArray());
        Assert.Equal("MIL", back.FindAgent("air force")!.Code);
    }

    [Fact]
    public void Bad_files_are_reported()
    {
        using var ms = new MemoryStream("not a dictionary at all"u8.ToArray());
        var ex = Assert.Throws<Tacitus.Core.TacitusException>(() => ActorLexiconFile.Load(ms, "x.tacdict"));
        Assert.Contains("x.tacdict", ex.Message, StringComparison.Ordinal);
        Assert.Throws<Tacitus.Core.TacitusException>(() => ActorLexiconFile.Load("/nonexistent/actors.tacdict"));
    }

    [Fact]
    public void Shipped_dictionary_loads_and_knows_2025_office_holders()
    {
        var lex = TestDocs.Shipped.Lexicon;
        Assert.Equal("UKRGOV", lex.FindActor("Zelenskiy")!.CodeOn(new DateOnly(2025, 5, 14)));
        Assert.Equal("DEUGOV", lex.FindActor("Friedrich Merz")!.CodeOn(new DateOnly(2025, 5, 6)));
        Assert.NotEqual("DEUGOV", lex.FindActor("Friedrich Merz")!.CodeOn(new DateOnly(2025, 5, 5)));
        Assert.Equal("USAGOV", lex.FindActor("Donald Trump")!.CodeOn(new DateOnly(2025, 1, 20)));
        Assert.NotEqual("USAGOV", lex.FindActor("Donald Trump")!.CodeOn(new DateOnly(2023, 1, 1)));
        Assert.Equal("TURGOV", lex.FindActor("Erdoğan")!.CodeOn(new DateOnly(2025, 5, 14)));
    }

    [Fact]
    public void Shipped_dictionary_knows_organisations_the_2014_files_lack_or_miscode()
    {
        var lex = TestDocs.Shipped.Lexicon;
        var day = new DateOnly(2025, 5, 14);
        Assert.Equal("IGOJUDICC", lex.FindActor("International Criminal Court")!.CodeOn(day));
        Assert.Equal("IGOGOS", lex.FindActor("G7")!.CodeOn(day));
        Assert.Equal("YEMREB", lex.FindActor("Houthis")!.CodeOn(day));
        // Phoenix.MilNonState codes Ansar Allah LBNREB; the overlay's alias wins.
        Assert.Equal("YEMREB", lex.FindActor("Ansar Allah")!.CodeOn(day));
        Assert.Equal("SDNREB", lex.FindActor("Rapid Support Forces")!.CodeOn(day));
        Assert.Equal("CODREB", lex.FindActor("M23")!.CodeOn(day));
        Assert.Equal("RUSMIL", lex.FindActor("Wagner Group")!.CodeOn(day));
        Assert.Equal("SYRREB", lex.FindActor("HTS")!.CodeOn(day));
        Assert.Equal("UKRSPY", lex.FindActor("SBU")!.CodeOn(day));
        Assert.Equal("UKRMILSPY", lex.FindActor("GUR")!.CodeOn(day));
        Assert.Equal("RUSMILSPY", lex.FindActor("GRU")!.CodeOn(day));
    }

    [Theory]
    [InlineData("Ukrainians", "UKR")]
    [InlineData("Serbians", "SRB")]
    [InlineData("Pakistanis", "PAK")]
    [InlineData("Palestinians", "PSE")]
    public void A_demonyms_plural_is_the_country(string phrase, string code) =>
        Assert.Equal(code, TestDocs.Shipped.Lexicon.FindActor(phrase)!.CodeOn(new DateOnly(2025, 5, 14)));

    [Fact]
    public void Plurals_are_added_only_for_countries_and_never_replace_a_listed_phrase()
    {
        var lex = new ActorLexiconBuilder()
            .AddActors(ActorDictionaryReader.Read(new StringReader("""
                UKRAINE_ [UKR]
                +UKRAINIAN_
                KREMLIN_ [RUSGOV]
                +KREMLINIAN_
                GERMANY_ [DEU]
                +GERMAN_
                GERMANS_ [DEUCVL]
                """), "test"))
            .Build();
        Assert.Equal("UKR", lex.FindActor("Ukrainians")!.CodeOn(null));
        Assert.Null(lex.FindActor("Kremlinians"));            // not a country's code
        Assert.Equal("DEUCVL", lex.FindActor("Germans")!.CodeOn(null)); // listed: kept
    }

    [Fact]
    public void Shipped_dictionary_dates_leaders_the_2014_files_lack_or_date_wrongly()
    {
        var lex = TestDocs.Shipped.Lexicon;
        var day = new DateOnly(2025, 5, 14);
        Assert.Equal("HUNGOV", lex.FindActor("Viktor Orbán")!.CodeOn(day));
        Assert.Equal("HUNGOV", lex.FindActor("Orban")!.CodeOn(new DateOnly(2000, 1, 1)));
        Assert.Equal("HUNELI", lex.FindActor("Orban")!.CodeOn(new DateOnly(2005, 1, 1)));
        Assert.Equal("PRKGOV", lex.FindActor("Kim Jong Un")!.CodeOn(day));
        Assert.Equal("IRNGOV", lex.FindActor("Masoud Pezeshkian")!.CodeOn(day));
        Assert.Equal("IRNLEG", lex.FindActor("Pezeshkian")!.CodeOn(new DateOnly(2024, 7, 27)));
        Assert.Equal("SYRGOV", lex.FindActor("Ahmed al-Sharaa")!.CodeOn(day));
        Assert.Equal("SYRREB", lex.FindActor("Abu Mohammed al-Jolani")!.CodeOn(new DateOnly(2020, 1, 1)));
    }

    [SharedDataFact("events", "petrarch2", "Phoenix.Countries.actors.txt")]
    public void Compiling_the_original_files_gives_the_shipped_lexicon()
    {
        string P(string f) => SharedData.Path("events", "petrarch2", f);
        string M(string f) => Path.Combine(SharedData.RepoRoot, "models", f);
        var result = DictionaryCompiler.Compile([P("Phoenix.Countries.actors.txt"), P("Phoenix.International.actors.txt"), P("Phoenix.MilNonState.actors.txt"),
            M("actors-2025.txt"), P("Phoenix.agents.txt"), M("agents-2025.txt")]);
        var shipped = TestDocs.Shipped.Lexicon;
        Assert.Equal(shipped.ActorPhrases.ToArray(), result.Lexicon.ActorPhrases.ToArray());
        Assert.Equal(shipped.AgentPhrases.ToArray(), result.Lexicon.AgentPhrases.ToArray());
        Assert.Equal(shipped.Entries.Length, result.Lexicon.Entries.Length);
        // every entry as compiled: its name, kind, role, dated codes and source, not only its phrases
        static string Describe(LexiconEntry e) => $"{e.Phrase}|{e.Name}|{e.Kind}|{e.Role}|{string.Join(",", e.Codes)}|{e.Source}";
        Assert.Equal(shipped.Entries.Select(Describe), result.Lexicon.Entries.Select(Describe));
        static string Names(ActorLexicon l) => string.Join("; ", l.Namesakes.Select(n => $"{n.Key}: {string.Join(",", n.Entries)}"));
        Assert.Equal(Names(shipped), Names(result.Lexicon));
    }

    private const string Presidents = """
        GEORGE_BUSH_  # CountryInfo.txt
        +PRESIDENT_BUSH
        +GEORGE_HERBERT_WALKER_BUSH
        	[USAGOV 890120-930120]
        	[USAELI]
        GEORGE_W._BUSH_  # CountryInfo.txt
        +PRESIDENT_BUSH_
        	[USAELI 640101-010120]
        	[USAGOV 010120-090120]
        	[USAELI]
        """;

    /// <summary>
    /// Phoenix lists PRESIDENT_BUSH under both George Bushes; the later took it, and the date now chooses: the person
    /// with the narrowest dated period covering it, else the later one.
    /// </summary>
    [Theory]
    [InlineData(1990, 8, 15, "GEORGE_BUSH_")]
    [InlineData(1992, 12, 31, "GEORGE_BUSH_")]
    [InlineData(2003, 3, 20, "GEORGE_W._BUSH_")]
    [InlineData(2015, 1, 1, "GEORGE_W._BUSH_")]
    public void A_phrase_two_people_of_one_dictionary_share_is_the_one_in_office_on_the_date(int y, int m, int d, string phrase)
    {
        var lex = new ActorLexiconBuilder().AddActors(ActorDictionaryReader.Read(new StringReader(Presidents), "phoenix.txt")).Build();
        Assert.Equal(phrase, lex.Entries[ActorOn(lex, "President Bush", new DateOnly(y, m, d))].Phrase);
        // a phrase only one of them has is always that one
        Assert.Equal("GEORGE_BUSH_", lex.Entries[ActorOn(lex, "George Herbert Walker Bush", new DateOnly(2003, 3, 20))].Phrase);
        Assert.Equal("GEORGE_W._BUSH_", lex.Entries[ActorOn(lex, "President Bush", null)].Phrase);
    }

    [Fact]
    public void A_later_dictionary_overrides_a_shared_phrase_without_namesakes()
    {
        var lex = new ActorLexiconBuilder()
            .AddActors(ActorDictionaryReader.Read(new StringReader(Presidents), "phoenix.txt"))
            .AddActors(ActorDictionaryReader.Read(new StringReader("JEB_BUSH  # PER Governor | test\n+PRESIDENT_BUSH\n\t[USAELI]\n"), "overlay.txt"))
            .Build();
        Assert.Empty(lex.Namesakes);
        Assert.Equal("JEB_BUSH", lex.Entries[ActorOn(lex, "President Bush", new DateOnly(1990, 8, 15))].Phrase);
    }

    [Fact]
    public void Namesakes_survive_the_compiled_file_and_a_version_2_file_still_loads()
    {
        var lex = new ActorLexiconBuilder().AddActors(ActorDictionaryReader.Read(new StringReader(Presidents), "phoenix.txt")).Build();
        Assert.Single(lex.Namesakes);
        using var ms = new MemoryStream();
        ActorLexiconFile.Save(lex, ms);
        var bytes = ms.ToArray();
        var back = ActorLexiconFile.Load(new MemoryStream(bytes), "mem");
        Assert.Equal(lex.Namesakes.Select(n => (n.Key, string.Join(",", n.Entries))), back.Namesakes.Select(n => (n.Key, string.Join(",", n.Entries))));
        Assert.Equal("GEORGE_BUSH_", back.Entries[ActorOn(back, "President Bush", new DateOnly(1990, 8, 15))].Phrase);

        BitConverter.GetBytes(2).CopyTo(bytes, 8);   // a file written before namesakes: the same layout without them
        var old = ActorLexiconFile.Load(new MemoryStream(bytes), "old");
        Assert.Empty(old.Namesakes);
        Assert.Equal("GEORGE_W._BUSH_", old.Entries[ActorOn(old, "President Bush", new DateOnly(1990, 8, 15))].Phrase);
    }

    private static int ActorOn(ActorLexicon lex, string phrase, DateOnly? date)
    {
        int node = 0;
        foreach (var w in PhraseNormalizer.Words(phrase)) node = lex.Step(node, lex.WordId(w));
        return lex.ActorOn(node, date);
    }
}
