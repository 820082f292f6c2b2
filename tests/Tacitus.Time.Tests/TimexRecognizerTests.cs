using Tacitus.Time;

namespace Tacitus.Time.Tests;

/// <summary>Each expression class against a fixed publication date: Wednesday 2025-05-14 unless said otherwise.</summary>
public class TimexRecognizerTests
{
    private static readonly DateOnly Wednesday = new(2025, 5, 14);

    private static List<(string Text, string Type, string Value)> Times(string text, DateOnly? anchor = null) =>
        TimexRecognizer.Recognize(text, anchor ?? Wednesday).Select(m => (m.Span.Of(text), m.Type, m.Value)).ToList();

    private static (string Text, string Type, string Value) Single(string text, DateOnly? anchor = null)
    {
        var all = Times(text, anchor);
        Assert.True(all.Count == 1, $"expected one expression in '{text}', got: {string.Join("; ", all)}");
        return all[0];
    }

    /// <summary>A publication date at the very ends of the calendar (a misread date field) leaves relative expressions
    /// unresolved instead of failing ("on Friday" from 0001-01-02 had thrown out of DateOnly.AddDays).</summary>
    [Theory]
    [InlineData(1, 1, 2)]
    [InlineData(9999, 12, 30)]
    public void An_anchor_at_the_ends_of_the_calendar_resolves_nothing(int year, int month, int day)
    {
        var all = Times("Rebels attacked on Friday, will return next month and left last year.", new DateOnly(year, month, day));
        Assert.Equal(["XXXX-WXX-5", "XXXX-XX", "XXXX"], all.Select(t => t.Value).ToArray());
    }

    [Theory]
    [InlineData("These negotiations are scheduled for Istanbul on Thursday.", "Thursday", "2025-05-15")]
    [InlineData("Zelenskyy is set to meet with Erdoğan in Ankara on Thursday.", "Thursday", "2025-05-15")]
    [InlineData("The delegation will arrive on Monday.", "Monday", "2025-05-19")]
    [InlineData("The ministers met on Monday.", "Monday", "2025-05-12")]
    [InlineData("The army said Friday that it had withdrawn.", "Friday", "2025-05-09")]
    [InlineData("Officials said on Wednesday that talks would resume.", "Wednesday", "2025-05-14")]
    [InlineData("Paribas said Monday that it intends to bid.", "Monday", "2025-05-12")]
    [InlineData("They will vote next Tuesday.", "next Tuesday", "2025-05-20")]
    [InlineData("He resigned last Thursday.", "last Thursday", "2025-05-08")]
    public void Weekdays_resolve_by_tense(string text, string expected, string value)
    {
        var t = Single(text);
        Assert.Equal((expected, "DATE", value), t);
    }

    [Theory]
    [InlineData("the aftermath of the Feb. 28 Russian missile strike", "Feb. 28", "2025-02-28")]
    [InlineData("the aftermath of the Feb 28 Russian missile strike", "Feb 28", "2025-02-28")]
    [InlineData("The strike came on February 28, killing three.", "February 28", "2025-02-28")]
    [InlineData("The summit opens June 3.", "June 3", "2025-06-03")]
    [InlineData("It was signed on 15 March 2014.", "15 March 2014", "2014-03-15")]
    [InlineData("It was signed on March 15, 2014, in Kyiv.", "March 15, 2014", "2014-03-15")]
    [InlineData("The rally was held Friday, Aug. 8.", "Friday, Aug. 8", "2025-08-08")]
    [InlineData("The accord signed 2025-05-14 holds.", "2025-05-14", "2025-05-14")]
    public void Month_days_take_the_nearest_year(string text, string expected, string value) =>
        Assert.Equal((expected, "DATE", value), Single(text));

    [Fact]
    public void A_reported_quarter_is_the_last_one_before_the_publication_date()
    {
        var nov = new DateOnly(1989, 11, 2);
        Assert.Equal(("the third quarter", "DATE", "1989-Q3"), Single("Results for the third quarter fell.", nov));
        Assert.Equal(("the quarter", "DATE", "1989-Q3"), Single("Sales in the quarter fell.", nov));
        // After a quarter, "a year earlier" is that quarter a year before.
        var t = Times("Third-quarter net fell to $5 million from $7 million a year earlier.", nov);
        Assert.Equal(("a year earlier", "DATE", "1988-Q3"), t[1]);
    }

    [Fact]
    public void Month_day_in_a_strongly_future_clause_moves_to_next_year() =>
        Assert.Equal(("Jan. 14", "DATE", "2026-01-14"), Single("The boy will be returned to his father by Jan. 14.", new DateOnly(2025, 12, 20)));

    [Theory]
    [InlineData("a surprise guest last year", "last year", "2024")]
    [InlineData("Prices rose this year.", "this year", "2025")]
    [InlineData("Elections are due next year.", "next year", "2026")]
    [InlineData("The talks resume this week.", "this week", "2025-W20")]
    [InlineData("They met last week.", "last week", "2025-W19")]
    [InlineData("Exports fell last month.", "last month", "2025-04")]
    [InlineData("Exports will rise next month.", "next month", "2025-06")]
    [InlineData("He arrived three days ago.", "three days ago", "2025-05-11")]
    [InlineData("He arrived two years ago.", "two years ago", "2023")]
    [InlineData("He arrived yesterday.", "yesterday", "2025-05-13")]
    [InlineData("He leaves tomorrow.", "tomorrow", "2025-05-15")]
    [InlineData("He is speaking today.", "today", "2025-05-14")]
    [InlineData("The plan is now in force.", "now", "PRESENT_REF")]
    [InlineData("It was recently extended.", "recently", "PAST_REF")]
    [InlineData("Prices fell last summer.", "last summer", "2024-SU")]
    public void Relative_dates(string text, string expected, string value) =>
        Assert.Equal((expected, "DATE", value), Single(text));

    [Theory]
    [InlineData("a suggested 30-day ceasefire", "30-day", "P30D")]
    [InlineData("He served three years in prison.", "three years", "P3Y")]
    [InlineData("Prices rose over the past two months.", "the past two months", "P2M")]
    [InlineData("Profit rose in the first nine months.", "the first nine months", "P9M")]
    [InlineData("It took a few days.", "a few days", "PXD")]
    [InlineData("The siege lasted nearly forty years.", "nearly forty years", "P40Y")]
    [InlineData("The flight took 5 1/2 hours.", "5 1/2 hours", "PT5H30M")]
    [InlineData("In the last twenty four hours, markets fell.", "the last twenty four hours", "PT24H")]
    [InlineData("He has lived there for years.", "years", "PXY")]
    [InlineData("a two-week truce", "two-week", "P2W")]
    public void Durations(string text, string expected, string value) =>
        Assert.Equal((expected, "DURATION", value), Single(text));

    [Fact]
    public void An_age_is_not_a_duration() => Assert.Empty(Times("The 47-year-old minister resigned."));

    [Theory]
    [InlineData("Fighting has continued since 2014.", "2014", "2014")]
    [InlineData("It was built in 1998.", "1998", "1998")]
    [InlineData("Talks are planned in May.", "May", "2025-05")]
    [InlineData("The deal was struck in January.", "January", "2025-01")]
    [InlineData("Elections are expected in November.", "November", "2025-11")]
    [InlineData("Prices soared in the 1970s.", "the 1970s", "197")]
    [InlineData("Prices soared in the early 1990s.", "the early 1990s", "199")]
    [InlineData("Since mid-1996 prices rose.", "mid-1996", "1996")]
    [InlineData("the crises of the 20th century", "the 20th century", "19")]
    [InlineData("The law passed in nineteen ninety-six.", "nineteen ninety-six", "1996")]
    [InlineData("Third-quarter profit will rise.", "Third-quarter", "2025-Q3")]
    [InlineData("Results for the fourth quarter fell.", "the fourth quarter", "2024-Q4")]
    [InlineData("Sales in the 1988 third quarter fell.", "the 1988 third quarter", "1988-Q3")]
    [InlineData("Sales in the first half of 2024 fell.", "the first half of 2024", "2024-H1")]
    [InlineData("It happened in July 1997.", "July 1997", "1997-07")]
    [InlineData("It happened in March last year.", "March last year", "2024-03")]
    [InlineData("It will end at Christmas.", "Christmas", "2025-12-25")]
    public void Calendar_dates(string text, string expected, string value) =>
        Assert.Equal((expected, "DATE", value), Single(text));

    [Fact]
    public void A_range_gives_two_dates()
    {
        var t = Times("The war lasted from 2014 to 2022.");
        Assert.Equal([("2014", "DATE", "2014"), ("2022", "DATE", "2022")], t);
        var dash = Times("in the 2014-2022 war");
        Assert.Equal([("2014", "DATE", "2014"), ("2022", "DATE", "2022")], dash);
    }

    [Theory]
    [InlineData("The blast came at 10:35 a.m. Friday.", "10:35 a.m. Friday", "2025-05-09T10:35")]
    [InlineData("The deadline is 5 p.m. EST June 9.", "5 p.m. EST June 9", "2025-06-09T17:00")]
    [InlineData("They met this morning.", "this morning", "2025-05-14TMO")]
    [InlineData("Shelling went on last night.", "last night", "2025-05-13TNI")]
    [InlineData("The offer expires at midnight.", "midnight", "2025-05-14T24:00")]
    public void Times_of_day(string text, string expected, string value) =>
        Assert.Equal((expected, "TIME", value), Single(text));

    [Theory]
    [InlineData("Inspectors visit every week.", "every week", "P1W")]
    [InlineData("The council meets each Thursday.", "each Thursday", "XXXX-WXX-4")]
    [InlineData("Output rose 8% annually.", "annually", "P1Y")]
    [InlineData("Flights leave on Mondays.", "Mondays", "XXXX-WXX-1")]
    public void Sets(string text, string expected, string value) =>
        Assert.Equal((expected, "SET", value), Single(text));

    [Theory]
    [InlineData("Flights leave daily for Paris.", 1)]
    [InlineData("Qantas plans weekly flights to Bombay.", 0)]
    [InlineData("The Party weekly Granma said so.", 0)]
    [InlineData("There were 2000 troops on the border.", 0)]
    [InlineData("The case of Elian is for today's youth a symbol.", 0)]
    [InlineData("Prices may rise.", 0)]
    [InlineData("Protesters march to the square.", 0)]
    public void Non_temporal_uses_are_skipped(string text, int count) => Assert.Equal(count, Times(text).Count);

    [Fact]
    public void Without_a_publication_date_values_keep_placeholders()
    {
        const string text = "the Feb. 28 strike and talks on Thursday, agreed last year";
        var t = TimexRecognizer.Recognize(text, null).Select(m => m.Value).ToList();
        Assert.Equal(["XXXX-02-28", "XXXX-WXX-4", "XXXX"], t);
    }

    [Fact]
    public void Spans_are_exact_character_offsets()
    {
        const string text = "Talks on Thursday.";
        var m = Assert.Single(TimexRecognizer.Recognize(text, Wednesday));
        Assert.Equal(9, m.Span.Start);
        Assert.Equal(17, m.Span.End);
        Assert.Equal("weekday", m.Rule);
    }

    [Theory]
    [InlineData("The offer had been scheduled to expire Friday.", "Friday", "2025-05-09")]
    [InlineData("It had been due to expire Friday evening.", "Friday evening", "2025-05-09TEV")]
    [InlineData("Bombs exploded next to the U.S. embassies on Friday.", "Friday", "2025-05-09")]
    [InlineData("On Friday, when she set aside vacation plans, the envoy flew home.", "Friday", "2025-05-09")]
    [InlineData("The team planned to leave Nairobi on Thursday.", "Thursday", "2025-05-15")]
    [InlineData("Officials warned on Monday that strikes could do serious damage.", "Monday", "2025-05-12")]
    [InlineData("Members had filed compliance reports by Monday.", "Monday", "2025-05-12")]
    [InlineData("The deadline is by Monday.", "Monday", "2025-05-19")]
    public void Tense_cues_in_the_clause_pick_the_week(string text, string expected, string value)
    {
        var t = Single(text);
        Assert.Equal((expected, "DATE", value), t);
    }

    [Fact]
    public void Thanksgiving_in_a_past_clause_is_last_years()
    {
        Assert.Equal(("Thanksgiving Day", "DATE", "1999-11-25"), Single("Elian was found Thanksgiving Day clinging to an inner tube.", new DateOnly(2000, 1, 7)));
        Assert.Equal(("Thanksgiving", "DATE", "2025-11-27"), Single("The family will gather at Thanksgiving.", Wednesday));
    }

    [Theory]
    [InlineData("the recent sale of its disk-drive unit", "recent", "DATE", "PAST_REF")]
    [InlineData("Funds have been selling in recent weeks.", "recent weeks", "DURATION", "PXW")]
    public void Recent_is_a_vague_past(string text, string expected, string type, string value) =>
        Assert.Equal((expected, type, value), Single(text));

    [Theory]
    [InlineData("Most recent results were poor.")]
    [InlineData("That is less than 5% of average daily volume.")]
    [InlineData("Baker said on ABC's \"This Week\" that the request stands.")]
    [InlineData("a picture of Gary Cooper from the film High Noon")]
    public void Not_time_expressions(string text) => Assert.Empty(Times(text));

    [Fact]
    public void That_year_refers_back_to_the_last_dated_year()
    {
        var all = Times("He fled to Florida in June 1998 and returned to Cuba later that year.");
        Assert.Contains(("later that year", "DATE", "1998"), all);
        Assert.Empty(Times("He returned that year.")); // nothing to refer back to
    }

    [Theory]
    [InlineData("could be effective as early as next year's first quarter", "next year's first quarter", "2026-Q1")]
    [InlineData("lower earnings for the last half of 1989", "the last half of 1989", "1989-H2")]
    [InlineData("up from last year's fourth quarter", "last year's fourth quarter", "2024-Q4")]
    public void Quarters_and_halves_with_a_named_year(string text, string expected, string value) =>
        Assert.Equal((expected, "DATE", value), Single(text));

    /// <summary>
    /// Given the tokenizer's sentences, a weekday that a wrapped line begins is read in its whole sentence ("are
    /// scheduled … on\nFriday": the coming Friday); on its own the recognizer takes a line that begins with a capital
    /// for a new sentence, and a weekday alone for a past one.
    /// </summary>
    [Fact]
    public void Given_sentences_a_wrapped_line_is_no_sentence_of_its_own()
    {
        const string text = "The talks are scheduled for Istanbul on\nFriday.";
        var whole = System.Collections.Immutable.ImmutableArray.Create(new Tacitus.Core.Sentence(new Tacitus.Core.TextSpan(0, text.Length), 0, 9));
        Assert.Equal("2025-05-16", Assert.Single(TimexRecognizer.Recognize(text, Wednesday, default, whole)).Value);
        Assert.Equal("2025-05-09", Assert.Single(TimexRecognizer.Recognize(text, Wednesday)).Value);
    }
}
