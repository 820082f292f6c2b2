namespace Tacitus.Core.Tests;

/// <summary>Event dates from TIMEX3 values: a calendar day, month or year, or nothing for what names no calendar date.</summary>
public class CalendarDateTests
{
    [Theory]
    [InlineData("2025-05-15", "2025-05-15")]
    [InlineData("2025-05-15T10:35", "2025-05-15")]
    [InlineData("2025-05-15TMO", "2025-05-15")]
    [InlineData("2025-05", "2025-05")]
    [InlineData("2024", "2024")]
    [InlineData("2025-W20", "2025-05")]          // the month of the week's Thursday (2025-05-15)
    [InlineData("2025-W01", "2025-01")]          // Monday 2024-12-30 … Thursday 2025-01-02
    [InlineData("2020-W53", "2020-12")]
    [InlineData("2025-W54", null)]
    [InlineData("2025-W20-4", "2025-05-15")]
    [InlineData("2025-W22-WE", "2025-05")]       // Saturday 2025-05-31
    [InlineData("2025-W22", "2025-05")]          // Thursday 2025-05-29
    [InlineData("2025-Q1", "2025")]
    [InlineData("2024-SU", "2024")]
    [InlineData("2025-13", null)]
    [InlineData("2025-02-30", null)]
    [InlineData("FUTURE_REF", null)]
    [InlineData("P30D", null)]
    [InlineData("PRESENT_REF", null)]
    [InlineData("XXXX-02-28", null)]
    [InlineData("XXXX-WXX-4", null)]
    [InlineData("199", null)]
    [InlineData(null, null)]
    public void Timex_values_convert_to_event_dates(string? timex, string? expected) => Assert.Equal(expected, CalendarDate.FromTimex(timex));

    [Theory]
    [InlineData("1998", "1998-01-01", "1998-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2025-05-15", "2025-05-15", "2025-05-15")]
    [InlineData("9999-12", "9999-12-01", "9999-12-31")]
    [InlineData("2025-13", null, null)]
    [InlineData("2025-W20", null, null)]
    [InlineData(null, null, null)]
    public void An_event_date_spans_its_days(string? date, string? first, string? last)
    {
        var range = CalendarDate.Range(date);
        Assert.Equal(first, range?.First.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(last, range?.Last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
