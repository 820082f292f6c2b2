using System.Globalization;

namespace Tacitus.Storage.DuckDb;

/// <summary>Maps a coded event date (TIMEX3 value: 2025-05-14, 2025-05, 2025) to the calendar day the store files it under.</summary>
public static class EventDates
{
    public static DateOnly? ToDate(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (value.Length >= 10 && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (value.Length == 7 && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)) return d;
        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 0 and < 10000) return new DateOnly(y, 1, 1);
        return null;
    }
}
