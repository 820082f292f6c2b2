namespace Tacitus.Geo.Tests;

public sealed class DisambiguationTests : IDisposable
{
    private readonly GeoFixture _fx = new();

    public void Dispose() => _fx.Dispose();

    private long? IdOf(string text, string surface)
    {
        var doc = _fx.Annotate(text);
        return doc.Places.Single(p => doc.TextOf(p.Span) == surface).GeonameId;
    }

    [Fact]
    public void Population_and_feature_type_decide_when_nothing_else_does()
    {
        Assert.Equal(2988507, IdOf("Talks were held in Paris yesterday.", "Paris"));
        Assert.Equal(524901, IdOf("Officials in Moscow said nothing.", "Moscow"));
    }

    [Fact]
    public void A_containment_cue_picks_the_namesake_inside_the_named_region_or_country()
    {
        Assert.Equal(4717560, IdOf("He grew up in Paris, Texas and left at 18.", "Paris"));
        Assert.Equal(692194, IdOf("A strike hit the area of Sumy, northeastern Ukraine, killing three.", "Sumy"));
        Assert.Equal(9900001, IdOf("The fair in Sumy, Idaho drew crowds.", "Sumy"));
    }

    /// <summary>A region named after a city that lies in it is that region, though a country has its name: "Atlanta,
    /// Georgia" names the U.S. state, and so does every later "Georgia" of the document; "Georgia" alone is the country
    /// (the shipped gazetteer).</summary>
    [Fact]
    public void The_region_after_a_city_in_it_is_that_region_not_a_country_of_its_name()
    {
        var doc = Shipped.Annotate("Police in Atlanta, Georgia, arrested two men.\nThe governor of Georgia criticized the ruling.", "atlanta");
        var georgia = doc.Places.Where(p => doc.TextOf(p.Span) == "Georgia").ToList();
        Assert.Equal(2, georgia.Count);
        Assert.All(georgia, p => Assert.Equal(("USA", 4197000L), (p.Country!, p.GeonameId!.Value)));
        Assert.Equal("GEO", Shipped.Annotate("Talks were held in Georgia.", "georgia").Places.Single().Country);
    }

    /// <summary>A name the text gives its article is looked up with it first: "into the Gulf" is the Persian Gulf (an
    /// alias "the Gulf" in the overlay), not Gulf Province of Papua New Guinea.</summary>
    [Fact]
    public void A_name_with_its_article_is_looked_up_with_it()
    {
        var doc = Shipped.Annotate("The United States had moved a naval armada into the Gulf and said it would strike Iraq.", "gulf");
        var gulf = Assert.Single(doc.Places, p => doc.TextOf(p.Span).EndsWith("Gulf", StringComparison.Ordinal));
        Assert.Equal("Persian Gulf", gulf.Name);
    }

    [Fact]
    public void Document_country_and_region_context_moves_the_choice()
    {
        // Idaho, Boise: the Moscow meant is Moscow, Idaho.
        Assert.Equal(5601538, IdOf("Idaho lawmakers met in Boise.\nLater they drove to Moscow for a game.\nIdaho fans cheered.", "Moscow"));
        Assert.Equal(524901, IdOf("Russia said the talks would continue.\nOfficials in Moscow agreed.", "Moscow"));
    }

    [Fact]
    public void One_sense_per_document_gives_every_mention_the_same_place()
    {
        var doc = _fx.Annotate("Paris, Texas held a fair.\nPeople came to Paris from Houston.");
        var paris = doc.Places.Where(p => doc.TextOf(p.Span) == "Paris").ToList();
        Assert.Equal(2, paris.Count);
        Assert.All(paris, p => Assert.Equal(4717560, p.GeonameId));
        Assert.Contains(paris, p => p.Producer == "places.containment");
    }

    [Fact]
    public void Demonyms_and_adjectives_link_to_their_country_and_count_as_context()
    {
        var doc = _fx.Annotate("Turkish and Ukrainian officials met.");
        Assert.Equal(["TUR", "UKR"], doc.Places.Select(p => p.Country));
        Assert.All(doc.Places, p => Assert.Equal("places.demonym", p.Producer));
        // A Russian story about Moscow: the demonym alone tips Moscow to Russia even against Idaho.
        Assert.Equal(524901, IdOf("Idaho.\nRussian Russian Russian officials in Moscow spoke.", "Moscow"));
    }

    [Fact]
    public void Capitalised_common_words_titles_and_person_names_are_not_places()
    {
        Assert.Empty(_fx.Annotate("May brought rain.").Places);                     // stoplisted month
        Assert.Empty(_fx.Annotate("Nice weather followed.").Places);               // common word, sentence-initial
        Assert.Empty(_fx.Annotate("Mr. Paris spoke to reporters.").Places);        // title before
        Assert.Empty(_fx.Annotate("They met Vladimir Putin there.").Places);       // first name of a person
        Assert.Single(_fx.Annotate("They flew to Nice on Friday.").Places);        // a real city mid-sentence
    }

    [Fact]
    public void A_name_seen_as_a_persons_surname_is_a_person_throughout_the_document()
    {
        Assert.Empty(_fx.Annotate("Coach Jim Boise spoke first.\nLater Boise said the team was ready.").Places);
        Assert.Single(_fx.Annotate("The team flew to Boise on Friday.").Places);
    }

    [Fact]
    public void Places_carry_iso3_admin1_name_coordinates_and_rule()
    {
        var doc = _fx.Annotate("Talks resumed in Istanbul.");
        var p = Assert.Single(doc.Places);
        Assert.Equal(("Istanbul", "TUR", "Istanbul", "P"), (p.Name, p.Country, p.Admin1, p.FeatureClass));
        Assert.Equal(41.01384, p.Latitude!.Value, 5);
        Assert.StartsWith("places.", p.Producer, StringComparison.Ordinal);
        Assert.Equal("Istanbul", doc.TextOf(p.Span));
    }

    [Fact]
    public void A_regional_seat_beats_its_region_of_the_same_name()
    {
        Assert.Equal(745044, IdOf("Talks resumed in Istanbul.", "Istanbul"));
        Assert.Equal(692194, IdOf("Drones flew over Sumy.", "Sumy"));
    }

    [Fact]
    public void Ner_loc_entities_are_used_even_where_the_matcher_would_hesitate()
    {
        var doc = new Nlp.Tokenization.Tokenizer().Process(new Core.Document("t", "Nice weather came to Nice."));
        doc = doc with { Entities = [new Core.Entity(new Core.TextSpan(0, 4), "LOC", 0, "test")] };
        var places = new Resolution.PlacesProcessor(_fx.Gazetteer).Process(doc).Places;
        Assert.Equal([0, 21], places.Select(p => p.Span.Start));
        Assert.StartsWith("places.ner", places[0].Producer, StringComparison.Ordinal);
    }

    /// <summary>"Castro" after "Fidel Castro" is the man, not Castro, a small town; a big city keeps its name ("Paris"
    /// after "Jean Paris" is still the capital).</summary>
    [Theory]
    [InlineData("Fidel Castro spoke first. Later Castro said the talks were over.", "Fidel Castro", "Castro", false)]
    [InlineData("Jean Paris spoke first. Later he flew to Paris on Friday.", "Jean Paris", "Paris", true)]
    [InlineData("The talks were held in Castro on Friday.", null, "Castro", true)]
    public void A_small_town_named_like_the_surname_of_a_person_in_the_document_is_no_place(string text, string? person, string later, bool place)
    {
        var doc = new Nlp.Tokenization.Tokenizer().Process(new Core.Document("t", text));
        if (person is not null)
            doc = doc with { Entities = [new Core.Entity(new Core.TextSpan(text.IndexOf(person, StringComparison.Ordinal), text.IndexOf(person, StringComparison.Ordinal) + person.Length), "PER", 0, "test")] };
        int at = text.LastIndexOf(later, StringComparison.Ordinal);
        var places = new Resolution.PlacesProcessor(_fx.Gazetteer).Process(doc).Places;
        Assert.True(place == places.Any(p => p.Span.Start == at), string.Join("; ", places.Select(p => $"{p.Span} {p.Name} {p.Producer}")));
    }

    /// <summary>Time zones and news agencies that share a village's name are no places ("10 a.m. EST", "Tass reported").</summary>
    [Theory]
    [InlineData("The talks began at 10 a.m. EST on Friday.", "EST")]
    [InlineData("The agreement was signed, Tass reported on Friday.", "Tass")]
    public void Time_zones_and_news_agencies_are_no_places(string text, string word)
    {
        var doc = _fx.Annotate(text);
        Assert.DoesNotContain(doc.Places, p => doc.TextOf(p.Span) == word);
    }

    [Fact]
    public void A_ner_loc_that_begins_a_person_name_of_the_document_is_no_place()
    {
        const string text = "Vladimir Putin refused. Lammy vowed to force Vladimir Putin's hand.";
        var doc = new Nlp.Tokenization.Tokenizer().Process(new Core.Document("t", text));
        int second = text.LastIndexOf("Vladimir", StringComparison.Ordinal);
        doc = doc with
        {
            Entities =
            [
                new Core.Entity(new Core.TextSpan(0, 14), "PER", 0, "test"),
                new Core.Entity(new Core.TextSpan(second, second + 8), "LOC", 1, "test"),
            ],
        };
        var places = new Resolution.PlacesProcessor(_fx.Gazetteer).Process(doc).Places;
        Assert.True(!places.Any(p => p.Span.Start == second), string.Join("; ", places.Select(p => $"{p.Span} {p.Name} {p.Producer}")));
    }

    [Fact]
    public void An_organisation_named_like_a_town_is_no_place_but_a_big_city_inside_a_longer_name_still_is()
    {
        IReadOnlyList<Core.Place> Places(string text, params (int Start, int End)[] organisations) =>
            PlacesWith(text, "ORG", organisations);
        // "Hamas" is an alternate name of Hamm: tagged as an organisation, the whole name is not the town.
        Assert.Equal(["Boise"], Places("Boise rejected the offer.").Select(p => p.Name));
        Assert.Empty(Places("Boise rejected the offer.", (0, 5)));
        // A big city by its own name beside other words of the organisation's name is still a place.
        Assert.Equal(["Moscow"], Places("Moscow City Court jailed him.", (0, 17)).Select(p => p.Name));
    }

    [Fact]
    public void A_short_all_capital_ner_place_is_a_country_not_a_town_that_shares_it()
    {
        IReadOnlyList<Core.Place> Places(string text, int start, int end) => PlacesWith(text, "LOC", (start, end));
        // "EU" tagged as a place by the NER is not Eu, a town in Normandy; "US" is still the United States.
        Assert.Empty(Places("The EU imposed sanctions.", 4, 6));
        Assert.Equal(["United States"], Places("Talks in the US ended.", 13, 15).Select(p => p.Name));
        Assert.Equal(["Eu"], Places("Talks in Eu ended.", 9, 11).Select(p => p.Name));
    }

    /// <summary>The places of <paramref name="text"/> with the given spans tagged as NER entities of <paramref name="label"/>.</summary>
    private IReadOnlyList<Core.Place> PlacesWith(string text, string label, params (int Start, int End)[] entities)
    {
        var doc = new Nlp.Tokenization.Tokenizer().Process(new Core.Document("t", text));
        doc = doc with { Entities = [.. entities.Select(e => new Core.Entity(new Core.TextSpan(e.Start, e.End), label, 0, "test"))] };
        return new Resolution.PlacesProcessor(_fx.Gazetteer).Process(doc).Places;
    }

    /// <summary>"the Ukrainian capital": the word "capital" is a place of its own, the country's capital city; the adjective
    /// stays the country. Not in "capital markets", nor when the city is named after it.</summary>
    [Theory]
    [InlineData("Drones hit the Ukrainian capital on Friday.", 703448L)]
    [InlineData("Drones hit the Russian and Ukrainian capitals on Friday.", 703448L)]
    [InlineData("Russian capital markets fell on Friday.", null)]
    [InlineData("Drones hit the Russian capital, Moscow, on Friday.", null)]
    [InlineData("Drones hit the Russian capital of Moscow on Friday.", null)]
    [InlineData("Drones hit the Turkish capital on Friday.", null)] // no PPLC for Türkiye in the test gazetteer
    public void A_countrys_adjective_before_capital_names_its_capital_city(string text, long? capital)
    {
        // the tagger's reading of the word after "capital" (the fixture has no tagger)
        var tokens = new Nlp.Tokenization.Tokenizer().Process(new Core.Document("t", text));
        tokens = tokens with { Tokens = [.. tokens.Tokens.Select(t => t with { Upos = tokens.TextOf(t) == "markets" ? "NOUN" : "X" })] };
        var doc = new Resolution.PlacesProcessor(_fx.Gazetteer).Process(tokens);
        var place = doc.Places.SingleOrDefault(p => doc.TextOf(p.Span) is "capital" or "capitals");
        Assert.Equal(capital, place?.GeonameId);
        if (place is not null) Assert.Equal("places.demonym-capital", place.Producer);
        Assert.All(doc.Places.Where(p => doc.TextOf(p.Span).EndsWith("ian", StringComparison.Ordinal)), p => Assert.Equal("A", p.FeatureClass));
    }

    /// <summary>"Moscow, the American town" is in the United States; "Moscow, the American mission there" is no such cue.</summary>
    [Fact]
    public void A_demonym_after_a_comma_is_a_containment_cue_only_before_a_kind_of_place()
    {
        Assert.Equal(5601538, IdOf("He grew up in Moscow, the American town, and left at 18.", "Moscow"));
        Assert.Equal(524901, IdOf("He applied for visas in Moscow, the American mission there, on Friday.", "Moscow"));
    }

    /// <summary>A word the actors stage read as a person's surname is that person, however big the town sharing it.</summary>
    [Theory]
    [InlineData("coref:surname", false)]
    [InlineData("dict:test", true)]
    public void A_surname_the_actors_stage_resolved_is_no_town(string producer, bool place)
    {
        const string text = "Anna Boise spoke first. Later Boise said the talks were over.";
        int at = text.LastIndexOf("Boise", StringComparison.Ordinal);
        var doc = new Nlp.Tokenization.Tokenizer().Process(new Core.Document("t", text));
        doc = doc with { Actors = [new Core.Actor("A1", "Anna Boise", null, null, [], [new Core.ActorMention(new Core.TextSpan(at, at + 5), 1, producer)], "test")] };
        var places = new Resolution.PlacesProcessor(_fx.Gazetteer).Process(doc).Places;
        Assert.Equal(place, places.Any(p => p.Span.Start == at));
    }
}
