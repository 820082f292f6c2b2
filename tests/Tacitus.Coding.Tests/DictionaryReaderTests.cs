using Tacitus.Coding.Dictionaries;
using Tacitus.TestSupport;

namespace Tacitus.Coding.Tests;

public class DictionaryReaderTests
{
    private const string Putin = """
        # comment line
        VLADIMIR_PUTIN_  # CountryInfo.txt
        +PUTIN_
        +PRESIDENT_PUTIN
        	[RUSELI 700101-990809]
        	[RUSGOV 990810-080507]
        	[RUSGOV >080508]
        	[RUSELI]
        """;

    [Fact]
    public void Dated_roles_give_different_codes_before_and_after_a_date()
    {
        var dict = ActorDictionaryReader.Read(new StringReader(Putin), "t.txt");
        var r = Assert.Single(dict.Records);
        Assert.Equal("VLADIMIR_PUTIN_", r.Phrase);
        Assert.Equal(["PUTIN_", "PRESIDENT_PUTIN"], r.Synonyms.ToArray());
        Assert.Equal("RUSELI", r.CodeOn(new DateOnly(1995, 1, 1)));
        Assert.Equal("RUSGOV", r.CodeOn(new DateOnly(2000, 1, 1)));
        Assert.Equal("RUSGOV", r.CodeOn(new DateOnly(2025, 5, 14)));
        Assert.Equal("RUSELI", r.CodeOn(new DateOnly(1960, 1, 1)));   // no dated block: the default
        Assert.Equal("RUSELI", r.CodeOn(null));
    }

    [Fact]
    public void Limits_are_inclusive_and_two_digit_years_pivot_at_30()
    {
        var r = Assert.Single(ActorDictionaryReader.Read(new StringReader("X_\n\t[AAAGOV 300101-310101]\n"), "t").Records);
        Assert.Equal(new DateOnly(2030, 1, 1), r.Codes[0].From);
        Assert.Equal(new DateOnly(1931, 1, 1), r.Codes[0].Until);
        var before = Assert.Single(ActorDictionaryReader.Read(new StringReader("Y_\n\t[BBBGOV <20250506]\n\t[CCCGOV >20250507]\n"), "t").Records);
        Assert.Equal("BBBGOV", before.CodeOn(new DateOnly(2025, 5, 6)));
        Assert.Equal("CCCGOV", before.CodeOn(new DateOnly(2025, 5, 7)));
    }

    /// <summary>Phoenix's IGO leaders put their "IGOrulers.txt" comment on a code line; it marks the record a person all the same.</summary>
    [Fact]
    public void A_comment_on_a_code_line_is_the_records_comment_when_the_phrase_line_has_none()
    {
        const string text = "KOFI_ANNAN_\t\n+K._ANNAN_\n\t[IGOUNO 970101-061231] \n\t[ELI]# IGOrulers.txt\nUN_ [IGOUNO] # NGO_Actors\n\t[IGOUNO]# other\n";
        var d = ActorDictionaryReader.Read(new StringReader(text), "t");
        Assert.Equal("IGOrulers.txt", d.Records[0].Comment?.Trim());
        Assert.Equal("NGO_Actors", d.Records[1].Comment?.Trim());   // the phrase line's own comment stays
        var lex = new ActorLexiconBuilder().AddActors(d).Build();
        Assert.True(lex.FindActor("Kofi Annan")!.IsPerson);
        Assert.False(lex.FindActor("UN")!.IsPerson);
    }

    [Fact]
    public void Codes_on_the_primary_line_and_null_code()
    {
        var d = ActorDictionaryReader.Read(new StringReader("ABN_AMRO_ [NLDGOVBUS >081004][MNCNLD]\nOLD_MAN_\n\t[--- <950630]\n\t[AAA]\n"), "t");
        Assert.Equal("NLDGOVBUS", d.Records[0].CodeOn(new DateOnly(2010, 1, 1)));
        Assert.Equal("MNCNLD", d.Records[0].CodeOn(new DateOnly(2000, 1, 1)));
        Assert.Null(d.Records[1].CodeOn(new DateOnly(1990, 1, 1)));
        Assert.Equal("AAA", d.Records[1].CodeOn(new DateOnly(2000, 1, 1)));
    }

    [Fact]
    public void Codeless_primaries_share_the_next_records_codes()
    {
        var d = ActorDictionaryReader.Read(new StringReader("DMITRY_MEDVEDEV_\n+MEDVEDEV\nDMITRI_MEDVEDEV_\n\t[RUSGOV >080507]\n"), "t");
        var r = Assert.Single(d.Records);
        Assert.Equal("DMITRY_MEDVEDEV_", r.Phrase);
        Assert.Contains("DMITRI_MEDVEDEV_", r.Synonyms);
        Assert.Contains("MEDVEDEV", r.Synonyms);
    }

    [Theory]
    [InlineData("+ORPHAN\n", "t.txt:1:", "synonym")]
    [InlineData("\t[RUSGOV]\n", "t.txt:1:", "must follow")]
    [InlineData("X_\n\t[RUSGOV >08050]\n", "t.txt:2:", "bad date")]
    [InlineData("X_\n\t[RUSGOV >080231]\n", "t.txt:2:", "no such day")]
    [InlineData("X_ [RUSGOV\n", "t.txt:1:", "unclosed")]
    [InlineData("X_\n\n# c\n\t[RUS=GOV]\n", "t.txt:4:", "bad actor code")]
    public void Malformed_entries_fail_with_file_and_line(string text, string where, string what)
    {
        var ex = Assert.Throws<DictionaryFormatException>(() => ActorDictionaryReader.Read(new StringReader(text), "t.txt"));
        Assert.StartsWith(where, ex.Message, StringComparison.Ordinal);
        Assert.Contains(what, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Agents_plurals_markers_and_prefix_codes()
    {
        const string text = """
            <!-- header -->
            !PERSON! = MAN, WOMAN
            PRESIDENT [~GOV] # x
            ARMY [~MIL]
            POLICE {} [~COP]
            ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
            CONGRESS!PERSON! [~LEG]
            HUMAN_RIGHTS_BODY [NGO~]
            NO_CODE_HERE
            """;
        var d = AgentDictionaryReader.Read(new StringReader(text), "a.txt");
        var phrases = d.Records.Select(r => r.Phrase).ToList();
        Assert.Contains("PRESIDENTS", phrases);
        Assert.Contains("ARMIES", phrases);
        Assert.DoesNotContain("POLICES", phrases);
        Assert.Contains("ATTORNEYS_GENERAL", phrases);
        Assert.Contains("CONGRESSWOMAN", phrases);
        Assert.DoesNotContain("CONGRESSMANS", phrases);
        var body = d.Records.Single(r => r.Phrase == "HUMAN_RIGHTS_BODY");
        Assert.True(body.IsPrefix);
        Assert.Equal("NGORUS", body.Combine("RUS"));
        Assert.Equal("RUSGOV", d.Records.Single(r => r.Phrase == "PRESIDENT").Combine("RUS"));
        Assert.Single(d.Warnings);
        Assert.Throws<DictionaryFormatException>(() => AgentDictionaryReader.Read(new StringReader("X [GOV]\n"), "a.txt"));
        Assert.Throws<DictionaryFormatException>(() => AgentDictionaryReader.Read(new StringReader("X!NOPE! [~GOV]\n"), "a.txt"));
    }

    [Fact]
    public void Marker_expansion_is_bounded()
    {
        // Found by the fuzzer: a line repeating a marker expanded to n^k phrases (10 words, 12 markers = 10^12) and
        // exhausted memory. Now the line is refused before anything is expanded.
        var set = "!P! = A, B, C, D, E, F, G, H, I, J\n";
        var hostile = set + string.Concat(Enumerable.Repeat("X!P!", 12)) + " [~GOV]\n";
        var e = Assert.Throws<DictionaryFormatException>(() => AgentDictionaryReader.Read(new StringReader(hostile), "a.txt"));
        Assert.Contains("more than 1,000 phrases", e.Message);
        Assert.Contains("a.txt", e.Message);
        // Three markers (1,000 phrases) are still fine.
        var three = AgentDictionaryReader.Read(new StringReader(set + "X!P!_!P!_!P! [~GOV]\n"), "a.txt");
        Assert.Equal(1000, three.Records.Length);
    }

    [Fact]
    public void Normalisation_folds_case_diacritics_and_punctuation()
    {
        Assert.Equal("RECEP TAYYIP ERDOGAN", PhraseNormalizer.Key("Recep Tayyip Erdoğan"));
        Assert.Equal(PhraseNormalizer.Key("ERDOĞAN"), PhraseNormalizer.Key("erdogan"));
        Assert.Equal("U N", PhraseNormalizer.Key("U.N._"));
        Assert.Equal("PUTIN S", PhraseNormalizer.Key("Putin’s"));
        Assert.Equal("STRASSE", PhraseNormalizer.Key("Straße"));
    }

    [SharedDataTheory("events", "petrarch2", "Phoenix.Countries.actors.txt")]
    [InlineData("Phoenix.Countries.actors.txt", 15000)]
    [InlineData("Phoenix.International.actors.txt", 7000)]
    [InlineData("Phoenix.MilNonState.actors.txt", 900)]
    [InlineData("PETR.Validate.actors.txt", 100)]
    public void Original_actor_dictionaries_load_unchanged(string file, int minRecords)
    {
        var d = ActorDictionaryReader.ReadFile(SharedData.Path("events", "petrarch2", file));
        Assert.True(d.Records.Length >= minRecords, $"{d.Records.Length} records");
        Assert.All(d.Records, r => Assert.NotEmpty(PhraseNormalizer.Words(r.Phrase)));
    }

    [SharedDataFact("events", "petrarch2", "Phoenix.Countries.actors.txt")]
    public void Phoenix_dates_resolve_as_petrarch_does()
    {
        var d = ActorDictionaryReader.ReadFile(SharedData.Path("events", "petrarch2", "Phoenix.Countries.actors.txt"));
        var putin = d.Records.Single(r => r.Phrase == "VLADIMIR_PUTIN_");
        Assert.Equal("RUSELI", putin.CodeOn(new DateOnly(1995, 1, 1)));
        Assert.Equal("RUSGOV", putin.CodeOn(new DateOnly(2012, 1, 1)));
        var erdogan = d.Records.Single(r => r.Phrase == "RECEP_TAYYIP_ERDOGAN_");
        Assert.Contains("ERDOĞAN", erdogan.Synonyms);
    }

    [SharedDataTheory("events", "petrarch2", "Phoenix.agents.txt")]
    [InlineData("Phoenix.agents.txt", 3000)]
    [InlineData("PETR.Validate.agents.txt", 100)]
    public void Original_agent_dictionaries_load_unchanged(string file, int minPhrases)
    {
        var d = AgentDictionaryReader.ReadFile(SharedData.Path("events", "petrarch2", file));
        Assert.True(d.Records.Length >= minPhrases, $"{d.Records.Length} phrases");
        Assert.Contains(d.Records, r => r.Phrase == "FOREIGN_MINISTER" || r.Phrase == "PRESIDENT");
    }
}
