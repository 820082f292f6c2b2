using System.Text.RegularExpressions;
using Tacitus.Core;

namespace Tacitus.Coding.Tests.Events.Pipeline;

/// <summary>
/// Event dates through the real shipped pipeline are calendar dates the event schema accepts (YYYY, YYYY-MM, YYYY-MM-DD):
/// a week becomes the month of its Thursday, a season its year, and references without a date ("now", "in the past")
/// leave the event to the next clue, the publication date at the last.
/// </summary>
public partial class EventDateTests
{
    [GeneratedRegex("^[0-9X]{4}(-[0-9X]{2}(-[0-9X]{2})?)?$")]
    private static partial Regex SchemaDate();

    [Theory]
    [InlineData("Russia attacked Ukraine last week.", "2025-05", DatePrecision.Predicate)]           // 2025-W19
    [InlineData("Russia attacked Ukraine on Thursday.", "2025-05-08", DatePrecision.Predicate)]          // the Thursday before
    [InlineData("Russia attacked Ukraine at 10 a.m.", "2025-05-14", DatePrecision.Predicate)]          // 2025-05-14T10:00
    [InlineData("Russia attacked Ukraine last summer.", "2024", DatePrecision.Predicate)]           // 2024-SU
    [InlineData("Russia attacked Ukraine in the first quarter.", "2025", DatePrecision.Predicate)]  // 2025-Q1
    [InlineData("Russia is now attacking Ukraine.", "2025-05-14", DatePrecision.Document)]          // PRESENT_REF
    [InlineData("Russia attacked Ukraine in the past.", "2025-05-14", DatePrecision.Document)]      // PAST_REF
    public void Event_dates_are_calendar_dates(string text, string date, DatePrecision precision)
    {
        var doc = PipelineGolden.Analyse("date", text, new DateOnly(2025, 5, 14));
        var e = Assert.Single(doc.Events, e => e.CameoRoot == "19");
        Assert.Matches(SchemaDate(), e.Date);
        Assert.True(date == e.Date && precision == e.DatePrecision,
            $"{e.Date} ({e.DatePrecision}); times: {string.Join(", ", doc.Times.Select(t => $"{doc.TextOf(t.Span)}={t.Value}"))}");
    }

    /// <summary>
    /// A noun event that is the argument of another verb inside a clause's subject does not take the time of the clause's
    /// verb: the talks, not the invasion they are to end, are on Thursday. The subject's own event keeps it: the bombings
    /// claimed lives last week, and happened then.
    /// </summary>
    [Theory]
    [InlineData("These negotiations, intended to end Russia’s invasion of Ukraine, are scheduled for Istanbul on Thursday.", "192", "2025-05-14", DatePrecision.Document)]
    [InlineData("These negotiations, intended to end Russia’s invasion of Ukraine, are scheduled for Istanbul on Thursday.", "046", "2025-05-15", DatePrecision.Sentence)]
    [InlineData("In all, the bombings in Kenya and Tanzania last week claimed at least 217 lives.", "195", "2025-05", DatePrecision.Sentence)]
    public void A_noun_event_inside_a_subject_keeps_out_of_its_verbs_time(string text, string cameo, string date, DatePrecision precision) =>
        AssertDate(text, cameo, date, precision);

    /// <summary>
    /// A time inside a noun apposition to the subject dates what the apposition says of the subject, not the clause's
    /// events: Zelenskyy was a guest last year; he laments now, and Putin stays away now. A time the parse makes the
    /// apposition itself still dates the verb.
    /// </summary>
    [Theory]
    [InlineData("Ukrainian President Volodymyr Zelenskyy, a surprise guest last year, lamented Putin’s lack of participation.", "110", "2025-05-14", DatePrecision.Document)]
    [InlineData("Ukrainian President Volodymyr Zelenskyy, a surprise guest last year, lamented Putin’s lack of participation.", "040", "2025-05-14", DatePrecision.Document)]
    [InlineData("Ukrainian President Volodymyr Zelenskyy lamented Putin’s lack of participation last year.", "110", "2024", DatePrecision.Predicate)]
    public void A_time_in_the_subjects_apposition_dates_the_apposition(string text, string cameo, string date, DatePrecision precision) =>
        AssertDate(text, cameo, date, precision);

    /// <summary>The date and its precision of the first event with the CAMEO code, published 2025-05-14.</summary>
    private static void AssertDate(string text, string cameo, string date, DatePrecision precision)
    {
        var doc = PipelineGolden.Analyse("date-clause", text, new DateOnly(2025, 5, 14));
        var e = doc.Events.First(e => e.Cameo == cameo);
        Assert.True(date == e.Date && precision == e.DatePrecision, $"{e.Date} ({e.DatePrecision})");
    }
}
