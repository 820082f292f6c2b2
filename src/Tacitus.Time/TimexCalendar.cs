using System.Globalization;

namespace Tacitus.Time;

/// <summary>Date arithmetic and TIMEX3 value formatting.</summary>
internal static class TimexCalendar
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);
    public static string Month(DateOnly d) => d.ToString("yyyy-MM", Inv);
    public static string Month(int year, int month) => $"{year:D4}-{month:D2}";
    public static string Year(int year) => year.ToString("D4", Inv);
    public static string Quarter(int year, int q) => $"{year:D4}-Q{q}";
    public static int QuarterOf(DateOnly d) => (d.Month - 1) / 3 + 1;

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }

    public static int IsoWeekday(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    /// <summary>The date with ISO weekday <paramref name="weekday"/> in the week [anchor−6, anchor] (past) or [anchor, anchor+6] (future).</summary>
    public static DateOnly WeekdayNear(DateOnly anchor, int weekday, Tense tense)
    {
        int diff = weekday - IsoWeekday(anchor);
        if (tense == Tense.Future)
            return anchor.AddDays(diff < 0 ? diff + 7 : diff);
        return anchor.AddDays(diff > 0 ? diff - 7 : diff);
    }

    /// <summary>Adds <paramref name="n"/> units to <paramref name="d"/> and formats the result at the unit's granularity.</summary>
    public static string Shift(DateOnly d, TimeUnit unit, int n) => unit switch
    {
        TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour => Day(d),
        TimeUnit.Day => Day(d.AddDays(n)),
        TimeUnit.Week => Week(d.AddDays(7 * n)),
        TimeUnit.Weekend => Week(d.AddDays(7 * n)) + "-WE",
        TimeUnit.Fortnight => Week(d.AddDays(14 * n)),
        TimeUnit.Month => Month(d.AddMonths(n)),
        TimeUnit.Quarter => QuarterShift(d, n),
        TimeUnit.Year => Year(d.Year + n),
        TimeUnit.Decade => Year(d.Year + 10 * n),
        TimeUnit.Century => Year(d.Year + 100 * n),
        _ => Day(d),
    };

    private static string QuarterShift(DateOnly d, int n)
    {
        int index = d.Year * 4 + QuarterOf(d) - 1 + n;
        return Quarter(index / 4, index % 4 + 1);
    }

    /// <summary>The season code of a date's month and the year TIMEX3 gives it (December belongs to the next winter).</summary>
    public static (int Year, string Season) SeasonOf(DateOnly d) => d.Month switch
    {
        12 => (d.Year, "WI"),
        1 or 2 => (d.Year - 1, "WI"),
        3 or 4 or 5 => (d.Year, "SP"),
        6 or 7 or 8 => (d.Year, "SU"),
        _ => (d.Year, "FA"),
    };

    public static int SeasonIndex(string s) => s switch { "SP" => 0, "SU" => 1, "FA" => 2, _ => 3 };

    /// <summary>The year of a month-day without a year: the nearest occurrence, or the one before/after the anchor for past/future.</summary>
    public static int YearFor(DateOnly anchor, int month, int day, Tense tense)
    {
        int y = anchor.Year;
        day = Math.Min(day, DateTime.DaysInMonth(y, month));
        var c = new DateOnly(y, month, day);
        int delta = c.DayNumber - anchor.DayNumber;
        // A past clause may still name a date just ahead ("was extended to Nov. 20"), a future one a date just gone.
        if (tense == Tense.Future) return delta < -30 ? y + 1 : y;
        if (tense == Tense.Past) return delta > 60 ? y - 1 : y;
        if (tense == Tense.Present) return delta > 183 ? y - 1 : delta < -183 ? y + 1 : y;
        // No tense: news reports mostly look back; dates up to four months ahead read as coming.
        if (delta > 120) return y - 1;
        if (delta < -240) return y + 1;
        return y;
    }

    /// <summary>The year of a month without a year, by tense (past: not after the anchor's month; future: not before).</summary>
    public static int YearForMonth(DateOnly anchor, int month, Tense tense)
    {
        int y = anchor.Year;
        if (tense == Tense.Future) return month < anchor.Month ? y + 1 : y;
        if (tense == Tense.Past) return month > anchor.Month ? y - 1 : y;
        // Reported months are mostly past; only the next two months read as coming ("in January" said in November).
        int ahead = (month - anchor.Month + 12) % 12;
        if (ahead is 1 or 2) return month > anchor.Month ? y : y + 1;
        return month > anchor.Month ? y - 1 : y;
    }

    public static bool IsValidDate(int y, int m, int d) => y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    public static string DurationValue(double n, TimeUnit unit)
    {
        if (n < 0)
        {
            return unit switch
            {
                TimeUnit.Second => "PTXS",
                TimeUnit.Minute => "PTXM",
                TimeUnit.Hour => "PTXH",
                TimeUnit.Day or TimeUnit.Weekend => "PXD",
                TimeUnit.Week or TimeUnit.Fortnight => "PXW",
                TimeUnit.Month => "PXM",
                TimeUnit.Quarter => "PXQ",
                TimeUnit.Decade => "PXDE",
                TimeUnit.Century => "PXCE",
                _ => "PXY",
            };
        }
        bool half = Math.Abs(n - Math.Floor(n) - 0.5) < 1e-9;
        int whole = (int)Math.Floor(n);
        string w = whole.ToString(Inv);
        return unit switch
        {
            TimeUnit.Second => $"PT{w}S",
            TimeUnit.Minute => half ? $"PT{w}M30S" : $"PT{w}M",
            TimeUnit.Hour => half ? $"PT{w}H30M" : $"PT{w}H",
            TimeUnit.Day => half ? $"P{w}DT12H" : $"P{w}D",
            TimeUnit.Weekend => $"P{whole * 2}D",
            TimeUnit.Week => $"P{w}W",
            TimeUnit.Fortnight => $"P{whole * 2}W",
            TimeUnit.Month => $"P{w}M",
            TimeUnit.Quarter => $"P{w}Q",
            TimeUnit.Year => half ? $"P{w}Y6M" : $"P{w}Y",
            TimeUnit.Decade => $"P{whole * 10}Y",
            TimeUnit.Century => $"P{whole * 100}Y",
            _ => $"P{w}Y",
        };
    }

    public static string UnitLetter(TimeUnit unit) => unit switch
    {
        TimeUnit.Second => "T1S",
        TimeUnit.Minute => "T1M",
        TimeUnit.Hour => "T1H",
        TimeUnit.Day => "1D",
        TimeUnit.Week or TimeUnit.Weekend => "1W",
        TimeUnit.Fortnight => "2W",
        TimeUnit.Month => "1M",
        TimeUnit.Quarter => "1Q",
        TimeUnit.Decade => "10Y",
        TimeUnit.Century => "100Y",
        _ => "1Y",
    };
}
