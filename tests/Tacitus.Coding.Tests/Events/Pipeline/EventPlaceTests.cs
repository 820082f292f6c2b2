using Tacitus.Core;

namespace Tacitus.Coding.Tests.Events.Pipeline;

/// <summary>Where events happen, through the real shipped pipeline: which of a sentence's places may locate an event,
/// and the dateline when none may.</summary>
public class EventPlaceTests
{
    [Theory]
    // a country's name inside an actor's mention says whose the actor is, not where the event was
    [InlineData("Bombs exploded outside the U.S. embassies in the Kenyan capital on Friday, killing dozens.", 184745L)]
    [InlineData("U.S. officials criticized the rebels on Friday.", null)]
    // the whole mention still may; a possessor says whose, as an actor's country does, not where
    [InlineData("The United States criticized the rebels on Friday.", 6252001L)]
    [InlineData("Kenya's trade minister met U.S. officials on Friday.", null)]
    [InlineData("NAIROBI, Kenya (AP) _\n\nKenya's trade minister met U.S. officials on Friday.", 184745L)]
    // no place in the sentence: the dateline's
    [InlineData("NAIROBI, Kenya (AP) _\n\nRebels attacked the police on Friday.", 184745L)]
    [InlineData("NAIROBI, Kenya (AP) _\n\nU.S. officials criticized the rebels on Friday.", 184745L)]
    // the dateline says where the story was filed: not where an event the text dates a month or more away happened
    [InlineData("NAIROBI, Kenya (AP) _\n\nU.S. officials criticized the rebels in March 1995.", null)]
    [InlineData("NAIROBI, Kenya (AP) _\n\nU.S. officials criticized the rebels in August.", 184745L)]
    public void An_event_is_placed_where_the_text_says_it_happened(string text, long? geonameId)
    {
        // the calendar's first days are a publication date like any other (the dateline's window reaches before them)
        Assert.NotNull(PipelineGolden.Analyse("place", text, new DateOnly(1, 1, 2)));
        var doc = PipelineGolden.Analyse("place", text, new DateOnly(1998, 8, 8));
        var e = Assert.Single(doc.Events);
        Assert.True(geonameId == e.Place?.GeonameId, $"{e.Cameo} {e.Source?.Cameo} {e.Target?.Cameo} at {e.Place?.Name} ({e.Place?.GeonameId})");
    }

    /// <summary>
    /// An assault on a country happens there, unless its own phrase or the sentence names a place in that country, which
    /// says more; a place elsewhere in the sentence (where the talks are) gives way.
    /// </summary>
    [Theory]
    [InlineData("Talks to end Russia's invasion of Ukraine are scheduled for Istanbul on Thursday.", 690791L, PlaceBasis.Target)]
    [InlineData("Russia attacked Ukraine on Friday, killing three people in the area of Sumy.", 692194L, PlaceBasis.SentenceLocative)]
    [InlineData("MOSCOW (AP) _\n\nRussia attacked Ukraine on Friday.", 690791L, PlaceBasis.Target)]
    // the sentence's nearest place (the attacker's name) would stand before the dateline; the target's wins over both
    [InlineData("KYIV (AP) _\n\nRussia attacked Ukraine on Friday.", 690791L, PlaceBasis.Target)]
    [InlineData("KYIV (AP) _\n\nRussian troops attacked Ukrainian positions on Friday.", 703448L, PlaceBasis.Dateline)]
    public void An_assault_on_a_country_is_placed_there_unless_a_place_in_it_is_named(string text, long geonameId, PlaceBasis basis)
    {
        var doc = PipelineGolden.Analyse("target-place", text, new DateOnly(2025, 5, 14));
        var e = Assert.Single(doc.Events, e => e.CameoRoot is "18" or "19" or "20");
        Assert.True(geonameId == e.Place?.GeonameId && basis == e.Place?.Basis,
            $"{e.Cameo} {e.Source?.Cameo} {e.Target?.Cameo} at {e.Place?.Name} ({e.Place?.GeonameId}, {e.Place?.Basis})");
    }
}
