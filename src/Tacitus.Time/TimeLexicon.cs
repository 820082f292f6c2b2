using System.Collections.Frozen;

namespace Tacitus.Time;

/// <summary>Calendar and duration units, in increasing size.</summary>
internal enum TimeUnit : byte
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// <summary>Function words and temporal keywords the rules look for.</summary>
internal enum TimeKeyword : byte
{
    None,
    The,
    A,
    This,
    Last,
    Next,
    Past,
    Coming,
    Previous,
    Following,
    Current,
    Ago,
    Earlier,
    Later,
    Before,
    After,
    Early,
    Late,
    Mid,
    Every,
    Each,
    Per,
    Few,
    Several,
    Some,
    Many,
    Of,
    Fiscal,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Now,
    Currently,
    Recently,
    Recent,
    Previously,
    Soon,
    Future,
    Daily,
    Weekly,
    Monthly,
    Annually,
    Hourly,
    Nightly,
    Noon,
    Midnight,
    Am,
    Pm,
    OClock,
    About,
    Nearly,
    More,
    Less,
    Than,
    At,
    Least,
    Most,
    Up,
    To,
    No,
    Over,
    Within,
    Overnight,
    Half,
    First,
    Same,
    Other,
    Ended,
    Ahead,
    Old,
    Long,
    End,
    Beginning,
    Middle,
    Start,
    And,
    Latest,
    Final,
    Remaining,
    Full,
    Timezone,
    Couple,
    In,
    For,
    Since,
    On,
    Until,
    From,
    By,
    During,
    Through,
    Between,
    Christmas,
    NewYear,
    Eve,
    Day,
    Thanksgiving,
    Halloween,
    Nowadays,
    Around,
}

/// <summary>What one word can mean to the temporal rules. A word may play several roles ("second": ordinal and unit).</summary>
internal sealed class TimeLex
{
    public int Month { get; init; }
    /// <summary>ISO weekday 1 (Monday) … 7 (Sunday), or 0.</summary>
    public int Weekday { get; init; }
    /// <summary>Cardinal value of a number word (one, twenty, hundred), or -1.</summary>
    public int Number { get; init; } = -1;
    public int Ordinal { get; init; }
    public TimeUnit Unit { get; init; }
    public bool Plural { get; init; }
    /// <summary>TIMEX3 part of day: MO, AF, EV, NI.</summary>
    public string? PartOfDay { get; init; }
    /// <summary>TIMEX3 season: SP, SU, FA, WI.</summary>
    public string? Season { get; init; }
    public TimeKeyword Keyword { get; init; }
    /// <summary>An abbreviation that may be followed by a period ("Feb.", "Sept.").</summary>
    public bool Abbreviation { get; init; }
}

/// <summary>The static word list of the temporal rules: months, weekdays, numbers, units and keywords.</summary>
internal static class TimeLexicon
{
    public static readonly FrozenDictionary<string, TimeLex> Words = Build();

    public static readonly FrozenDictionary<string, TimeLex>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static TimeLex? Find(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var lex) ? lex : null;

    private static FrozenDictionary<string, TimeLex> Build()
    {
        var d = new Dictionary<string, TimeLex>(StringComparer.OrdinalIgnoreCase);
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (int m = 0; m < 12; m++) d[months[m]] = new TimeLex { Month = m + 1 };
        foreach (var (abbr, m) in new[] { ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12) })
            d[abbr] = new TimeLex { Month = m, Abbreviation = true };

        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        for (int w = 0; w < 7; w++)
        {
            d[days[w]] = new TimeLex { Weekday = w + 1 };
            d[days[w] + "s"] = new TimeLex { Weekday = w + 1, Plural = true };
        }

        string[] ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (int n = 0; n < ones.Length; n++) d[ones[n]] = new TimeLex { Number = n };
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (int t = 0; t < tens.Length; t++) d[tens[t]] = new TimeLex { Number = (t + 2) * 10 };
        d["hundred"] = new TimeLex { Number = 100 };
        d["thousand"] = new TimeLex { Number = 1000 };
        d["dozen"] = new TimeLex { Number = 12 };

        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
        for (int o = 0; o < ordinals.Length; o++) d[ordinals[o]] = new TimeLex { Ordinal = o + 1 };
        d["first"] = new TimeLex { Ordinal = 1, Keyword = TimeKeyword.First };
        d["second"] = new TimeLex { Ordinal = 2, Unit = TimeUnit.Second };
        d["seconds"] = new TimeLex { Unit = TimeUnit.Second, Plural = true };

        void Unit(string singular, string plural, TimeUnit u)
        {
            d.TryAdd(singular, new TimeLex { Unit = u });
            d.TryAdd(plural, new TimeLex { Unit = u, Plural = true });
        }
        Unit("minute", "minutes", TimeUnit.Minute);
        Unit("hour", "hours", TimeUnit.Hour);
        Unit("week", "weeks", TimeUnit.Week);
        Unit("weekend", "weekends", TimeUnit.Weekend);
        Unit("fortnight", "fortnights", TimeUnit.Fortnight);
        Unit("month", "months", TimeUnit.Month);
        Unit("quarter", "quarters", TimeUnit.Quarter);
        Unit("year", "years", TimeUnit.Year);
        Unit("decade", "decades", TimeUnit.Decade);
        Unit("century", "centuries", TimeUnit.Century);
        d["day"] = new TimeLex { Unit = TimeUnit.Day, Keyword = TimeKeyword.Day };
        d["days"] = new TimeLex { Unit = TimeUnit.Day, Plural = true };
        d["yr"] = new TimeLex { Unit = TimeUnit.Year, Abbreviation = true };
        d["yrs"] = new TimeLex { Unit = TimeUnit.Year, Plural = true, Abbreviation = true };
        d["min"] = new TimeLex { Unit = TimeUnit.Minute, Abbreviation = true };
        d["hrs"] = new TimeLex { Unit = TimeUnit.Hour, Plural = true, Abbreviation = true };

        d["morning"] = new TimeLex { PartOfDay = "MO" };
        d["afternoon"] = new TimeLex { PartOfDay = "AF" };
        d["evening"] = new TimeLex { PartOfDay = "EV" };
        d["night"] = new TimeLex { PartOfDay = "NI" };
        d["mornings"] = new TimeLex { PartOfDay = "MO", Plural = true };
        d["afternoons"] = new TimeLex { PartOfDay = "AF", Plural = true };
        d["evenings"] = new TimeLex { PartOfDay = "EV", Plural = true };
        d["nights"] = new TimeLex { PartOfDay = "NI", Plural = true };

        d["spring"] = new TimeLex { Season = "SP" };
        d["summer"] = new TimeLex { Season = "SU" };
        d["autumn"] = new TimeLex { Season = "FA" };
        d["fall"] = new TimeLex { Season = "FA" };
        d["winter"] = new TimeLex { Season = "WI" };

        void K(TimeKeyword k, params string[] words)
        {
            foreach (var w in words) d.TryAdd(w, new TimeLex { Keyword = k });
        }
        d["a"] = new TimeLex { Keyword = TimeKeyword.A, Number = 1 };
        d["an"] = new TimeLex { Keyword = TimeKeyword.A, Number = 1 };
        // Keywords spelled as their name ("last" is Last), except those set above or matched as phrases elsewhere;
        // then the other spellings. The first spelling added for a word wins.
        TimeKeyword[] notWords = [TimeKeyword.None, TimeKeyword.A, TimeKeyword.OClock, TimeKeyword.Nearly, TimeKeyword.First,
            TimeKeyword.Middle, TimeKeyword.NewYear, TimeKeyword.Day, TimeKeyword.Timezone];
        foreach (var k in Enum.GetValues<TimeKeyword>())
            if (Array.IndexOf(notWords, k) < 0) K(k, k.ToString().ToLowerInvariant());
        K(TimeKeyword.This, "these");
        K(TimeKeyword.Coming, "upcoming");
        K(TimeKeyword.Previous, "preceding", "prior");
        K(TimeKeyword.Mid, "middle");
        K(TimeKeyword.Nowadays, "presently");
        K(TimeKeyword.Recently, "lately");
        K(TimeKeyword.Previously, "formerly");
        K(TimeKeyword.Annually, "yearly");
        K(TimeKeyword.Noon, "midday");
        K(TimeKeyword.About, "roughly", "approximately", "some", "almost", "nearly");
        K(TimeKeyword.Less, "fewer");
        K(TimeKeyword.Ended, "ending");
        K(TimeKeyword.And, "or");
        K(TimeKeyword.Full, "entire", "whole");
        K(TimeKeyword.Until, "till");
        K(TimeKeyword.Through, "throughout");
        K(TimeKeyword.Timezone, "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest");
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
