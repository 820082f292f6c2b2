using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Tacitus.Engine.Input;

namespace Tacitus.Engine.Tests;

/// <summary>Publication dates as news sites print them and scrapers keep them (the TR-News stamps among them).</summary>
public sealed class PublicationDateTests
{
    [Theory]
    [InlineData("2025-05-14", "2025-05-14")]
    [InlineData("2025-05-14T09:30:00Z", "2025-05-14")]
    [InlineData("Wed, 14 May 2025 09:30:00 GMT", "2025-05-14")]
    [InlineData("17 December 2016", "2016-12-17")]
    [InlineData("Wed Nov 23, 2016 | 4:58pm EST", "2016-11-23")]
    [InlineData("7:58 AM ET, Sat January 3, 2015", "2015-01-03")]
    [InlineData("December 9th 2016", "2016-12-09")]
    [InlineData("Nov. 22, 2015 MST", "2015-11-22")]
    [InlineData("December 18, 2016 9:41:42 EST PM", "2016-12-18")]
    [InlineData("June 27, 2016 15:41:4", "2016-06-27")]
    [InlineData("Dec 16 2016", "2016-12-16")]
    [InlineData("Sept. 3, 2019", "2019-09-03")]
    [InlineData("2016-12-10 18:38 ET", "2016-12-10")]
    public void A_dateline_stamp_gives_its_date(string value, string expected) =>
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), PublicationDates.Parse(value));

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("February 30, 2016")]
    [InlineData("Mayor 12 2016")]
    [InlineData("2016-13-10 18:38 ET")]
    public void No_date_or_no_such_day_gives_none(string value) => Assert.Null(PublicationDates.Parse(value));

    private static readonly string[] Stamps =
        ["MMM d, yyyy h:mm tt 'EST'", "ddd MMM d, yyyy | h:mmtt 'EST'", "h:mm tt 'ET', ddd MMMM d, yyyy", "d MMMM yyyy", "MMMM d, yyyy - HH:mm", "MMM. d, yyyy 'MST'"];

    /// <summary>Any day, printed in any of the stamps above, reads back as that day.</summary>
    [Property(MaxTest = 300)]
    public Property Any_day_in_a_stamp_reads_back() =>
        Prop.ForAll(
            Gen.Choose(new DateOnly(1900, 1, 1).DayNumber, new DateOnly(2099, 12, 31).DayNumber).Select(DateOnly.FromDayNumber).ToArbitrary(),
            Gen.Elements(Stamps).ToArbitrary(),
            (day, stamp) => PublicationDates.Parse(day.ToDateTime(new TimeOnly(16, 58)).ToString(stamp, CultureInfo.InvariantCulture)) == day);
}
