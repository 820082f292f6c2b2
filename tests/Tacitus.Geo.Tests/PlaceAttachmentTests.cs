using Tacitus.Core;
using Tacitus.Geo.Attachment;

namespace Tacitus.Geo.Tests;

public sealed class PlaceAttachmentTests : IDisposable
{
    private readonly GeoFixture _fx = new();

    public void Dispose() => _fx.Dispose();

    /// <summary>Annotates <paramref name="text"/> (one sentence) and gives its tokens the (head, deprel) pairs, as a parser would.</summary>
    private Document Parsed(string text, params (int Head, string Rel)[] parse)
    {
        var doc = _fx.Annotate(text);
        Assert.Equal(parse.Length, doc.Tokens.Length);
        var tokens = doc.Tokens.Select((t, i) => t with { Head = parse[i].Head, Deprel = parse[i].Rel }).ToArray();
        return doc with { Tokens = [.. tokens] };
    }

    private static int TokenOf(Document doc, string form) => doc.Tokens.IndexOf(doc.Tokens.First(t => doc.TextOf(t) == form));

    [Fact]
    public void The_place_the_predicate_governs_wins_over_other_places_in_the_sentence()
    {
        // Zelenskyy is set to meet Erdoğan in Paris after Istanbul talks .
        var doc = Parsed("Zelenskyy is set to meet Erdoğan in Paris after Istanbul talks.",
            (3, "nsubj:pass"), (3, "aux:pass"), (0, "root"), (5, "mark"), (3, "xcomp"), (5, "obj"), (8, "case"), (5, "obl"),
            (11, "case"), (11, "compound"), (5, "obl"), (3, "punct"));
        var attached = PlaceAttachment.AttachToken(doc, TokenOf(doc, "meet"));
        Assert.NotNull(attached);
        Assert.Equal(PlaceBasis.Predicate, attached.Kind);
        Assert.Equal(2988507, attached.Place.GeonameId);
        Assert.Equal("Paris", doc.TextOf(attached.Place.Span));
    }

    [Fact]
    public void Scheduled_for_a_city_attaches_that_city_and_the_ref_has_coordinates_and_country()
    {
        // Talks are scheduled for Istanbul , officials in Moscow said .
        var doc = Parsed("Talks are scheduled for Istanbul, officials in Moscow said.",
            (3, "nsubj:pass"), (3, "aux:pass"), (10, "ccomp"), (5, "case"), (3, "obl"), (10, "punct"), (10, "nsubj"), (9, "case"), (7, "nmod"), (0, "root"), (10, "punct"));
        var evidence = new TextSpan(0, doc.Text.IndexOf(',', StringComparison.Ordinal));
        var place = PlaceAttachment.ForSpan(doc, evidence);
        Assert.NotNull(place);
        Assert.Equal(745044, place.GeonameId);
        Assert.Equal("TUR", place.Country);
        Assert.Equal(41.01384, place.Latitude!.Value, 5);
        // Moscow modifies "officials" (nmod with "in"): it is the place of the officials' saying.
        Assert.Equal(524901, PlaceAttachment.ForToken(doc, TokenOf(doc, "officials"))?.GeonameId);
    }

    [Fact]
    public void Without_a_parse_the_sentences_locative_place_is_used_and_adjectives_are_skipped()
    {
        var doc = _fx.Annotate("The Russian missile strike killed three people in the area of Sumy, northeastern Ukraine.\nParis is far away.");
        Assert.All(doc.Tokens, t => Assert.Equal(-1, t.Head));
        var attached = PlaceAttachment.AttachSpan(doc, new TextSpan(4, 30));
        Assert.NotNull(attached);
        Assert.Equal(PlaceBasis.SentenceLocative, attached.Kind);
        Assert.Equal(692194, attached.Place.GeonameId);
    }

    [Fact]
    public void Without_a_locative_the_nearest_place_of_the_sentence_is_used_and_other_sentences_never_are()
    {
        var doc = _fx.Annotate("Ukraine accused Russia of lying.\nNobody answered.");
        var attached = PlaceAttachment.AttachSpan(doc, new TextSpan(8, 15));
        Assert.NotNull(attached);
        Assert.Equal(PlaceBasis.Sentence, attached.Kind);
        Assert.Equal("UKR", attached.Place.Country);
        int second = doc.Text.IndexOf("Nobody", StringComparison.Ordinal);
        Assert.Null(PlaceAttachment.ForSpan(doc, new TextSpan(second, second + 6)));
        Assert.Null(PlaceAttachment.ForToken(doc, 999));
    }

    /// <summary>
    /// The nearest-place fallback skips a place that says it is no event's scene: after a preposition of direction,
    /// origin or belonging, a possessor, or the start of a longer name. A place with none of these is still taken.
    /// </summary>
    [Theory]
    [InlineData("Officials have not prohibited him from going to Moscow.", "prohibited", null)]
    [InlineData("Most lawmakers agree the boy should go back to the United States.", "agree", null)]
    [InlineData("The government criticised Moscow's exile community.", "criticised", null)]
    [InlineData("Merz warned against facts created against Ukraine\u2019s will.", "warned", null)]
    [InlineData("Ukraine Foreign Minister Andrii Sybiha criticised Putin.", "criticised", null)]
    [InlineData("Volunteers rescue refugees from the streets of Kyiv, he said.", "said", null)]
    [InlineData("The peace was imposed by Moscow.", "imposed", null)]
    [InlineData("Turkey is a partner in the Kyiv-led campaign.", "partner", "Turkey")]
    [InlineData("Turkey is a partner in the Sumy-Kyiv campaign.", "partner", "Sumy")]
    [InlineData("Ukraine expelled five diplomats.", "expelled", "Ukraine")]
    [InlineData("Agents raided the Houston relatives' home.", "raided", "Houston")]
    [InlineData("Lammy criticised Putin, and France\u2019s president spoke in Paris.", "criticised", "Paris")]
    [InlineData("Guards patrolled the border of Ukraine.", "patrolled", "Ukraine")]
    [InlineData("Seven died in the Ukrainian capital of Kyiv, officials said.", "said", "Kyiv")]
    public void The_nearest_place_is_skipped_when_its_words_say_it_is_no_scene(string text, string predicate, string? expected)
    {
        var doc = _fx.Annotate(text);
        Assert.NotEmpty(doc.Places);
        int at = text.IndexOf(predicate, StringComparison.Ordinal);
        var attached = PlaceAttachment.AttachSpan(doc, new TextSpan(at, at + predicate.Length));
        Assert.True(expected == (attached is null ? null : doc.TextOf(attached.Place.Span)),
            $"{attached?.Place.Name} ({attached?.Kind}); places: {string.Join(", ", doc.Places.Select(p => doc.TextOf(p.Span)))}");
        if (expected is not null) Assert.NotEqual(PlaceBasis.Predicate, attached!.Kind);
    }

    /// <summary>A wire story's dateline: a city in capitals, or followed by an agency, then a dash, an underscore or the line's end.</summary>
    [Theory]
    [InlineData("MOSCOW, Russia (AP) _\n\nOfficials met on Friday.", 524901L)]
    [InlineData("MOSCOW (AP) --\n\nOfficials met on Friday.", 524901L)]
    [InlineData("KYIV \u2014 Officials met on Friday.", 703448L)]
    [InlineData("Moscow (Reuters) - Officials met on Friday.", 524901L)]
    [InlineData("PARIS, Texas, May 14 (AP) -- Officials met on Friday.", 4717560L)]
    [InlineData("  PARIS\nOfficials met on Friday.", 2988507L)]
    [InlineData("Moscow - Officials met on Friday.", null)]
    [InlineData("Moscow, the capital, was quiet on Friday.", null)]
    [InlineData("Officials met in MOSCOW (AP) on Friday.", null)]
    [InlineData("MOSCOW, KYIV AND PARIS HOLD TALKS ON THE WAR\nOfficials met on Friday.", null)]
    [InlineData("MOSCOW IS QUIET\nOfficials met on Friday.", null)]
    public void The_dateline_is_the_place_a_story_begins_with_in_wire_style(string text, long? geonameId)
    {
        var doc = _fx.Annotate(text);
        var dateline = PlaceAttachment.Dateline(doc);
        Assert.True(geonameId == dateline?.GeonameId, string.Join("; ", doc.Places.Select(p => $"{p.Span} {doc.TextOf(p.Span)} {p.GeonameId} {p.Producer}")));
    }

    /// <summary>The dateline's extent runs from the place through region, date, agency and the dash or underscore.</summary>
    [Theory]
    [InlineData("MOSCOW, Russia (AP) _\n\nOfficials met on Friday.", "MOSCOW, Russia (AP) _")]
    [InlineData("ISTANBUL, Turkey (AP)_ Some 1,500 ethnic Albanians marched Sunday.", "ISTANBUL, Turkey (AP)_")]
    [InlineData("PARIS, Texas, May 14 (AP) -- Officials met on Friday.", "PARIS, Texas, May 14 (AP) --")]
    [InlineData("KYIV \u2014 Officials met on Friday.", "KYIV \u2014")]
    [InlineData("Moscow, the capital, was quiet on Friday.", null)]
    public void The_dateline_span_covers_region_agency_and_dash(string text, string? expected)
    {
        var doc = _fx.Annotate(text);
        var span = PlaceAttachment.DatelineSpan(doc);
        Assert.Equal(expected, span is { } s ? doc.TextOf(s) : null);
    }
}
