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
}
