using System.Globalization;

namespace Tacitus.Core;

/// <summary>
/// The calendar date an event record carries (schema: YYYY, YYYY-MM or YYYY-MM-DD) for a TIMEX3 value. A time of day is
/// dropped (2025-05-15T10:35 → 2025-05-15); a week is the month of its Thursday, as ISO 8601 counts weeks (2025-W20 →
/// 2025-05), a weekday of a week that day (2025-W20-4 → 2025-05-15), a weekend the month of its Saturday; a quarter, a half
/// or a season is its year (2025-Q1, 2024-SU → 2025, 2024). Durations, sets, references (PRESENT_REF) and values without
/// a year or with only a decade or century (XXXX-02-28, 199) have no calendar date: null.
/// </summary>
public static class CalendarDate
{
    public static string? FromTimex(string? timex)
    {
        if (string.IsNullOrEmpty(timex) || timex.Length < 4) return null;
        for (int i = 0; i < 4; i++) if (!char.IsAsciiDigit(timex[i])) return null;
        if (timex.Length == 4) return timex;
        if (timex[4] != '-' || timex.Length < 7) return null;
        int year = int.Parse(timex.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var rest = timex.AsSpan(5);
        if (char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]))
        {
            int month = (rest[0] - '0') * 10 + rest[1] - '0';
            if (month is < 1 or > 12) return null;
            if (rest.Length >= 5 && rest[2] == '-' && char.IsAsciiDigit(rest[3]) && char.IsAsciiDigit(rest[4]))
            {
                int day = (rest[3] - '0') * 10 + rest[4] - '0';
                return day >= 1 && day <= DateTime.DaysInMonth(year == 0 ? 2000 : year, month) ? timex[..10] : null;
            }
            return timex[..7];
        }
        if (rest[0] == 'W' && char.IsAsciiDigit(rest[1]))
        {
            int w = rest.Length >= 3 && char.IsAsciiDigit(rest[2]) ? (rest[1] - '0') * 10 + rest[2] - '0' : rest[1] - '0';
            int after = rest.Length >= 3 && char.IsAsciiDigit(rest[2]) ? 3 : 2;
            if (year < 1 || w < 1 || w > ISOWeek.GetWeeksInYear(year)) return null;
            var tail = rest[after..];
            if (tail.Length == 2 && tail[0] == '-' && tail[1] is >= '1' and <= '7')
                return Day(ISOWeek.ToDateTime(year, w, (DayOfWeek)((tail[1] - '0') % 7)));
            var day = ISOWeek.ToDateTime(year, w, tail.SequenceEqual("-WE") ? DayOfWeek.Saturday : DayOfWeek.Thursday);
            return day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }
        if (rest[0] is 'Q' or 'H' && char.IsAsciiDigit(rest[1])) return timex[..4];
        if (rest.StartsWith("SP") || rest.StartsWith("SU") || rest.StartsWith("FA") || rest.StartsWith("WI")) return timex[..4];
        return null;
    }

    private static string Day(DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The first and last day of a record's date (YYYY, YYYY-MM or YYYY-MM-DD); null for anything else.</summary>
    public static (DateOnly First, DateOnly Last)? Range(string? date)
    {
        if (date is null) return null;
        var ci = CultureInfo.InvariantCulture;
        switch (date.Length)
        {
            case 4 when int.TryParse(date, NumberStyles.None, ci, out int y) && y >= 1:
                return (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            case 7 when DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", ci, DateTimeStyles.None, out var m):
                return (m, new DateOnly(m.Year, m.Month, DateTime.DaysInMonth(m.Year, m.Month)));
            case 10 when DateOnly.TryParseExact(date, "yyyy-MM-dd", ci, DateTimeStyles.None, out var d):
                return (d, d);
            default:
                return null;
        }
    }
}
