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
        K(TimeKeyword.The, "the");
        d["a"] = new TimeLex { Keyword = TimeKeyword.A, Number = 1 };
        d["an"] = new TimeLex { Keyword = TimeKeyword.A, Number = 1 };
        K(TimeKeyword.This, "this", "these");
        K(TimeKeyword.Last, "last");
        K(TimeKeyword.Next, "next");
        K(TimeKeyword.Past, "past");
        K(TimeKeyword.Coming, "coming", "upcoming");
        K(TimeKeyword.Previous, "previous", "preceding", "prior");
        K(TimeKeyword.Following, "following");
        K(TimeKeyword.Current, "current");
        K(TimeKeyword.Ago, "ago");
        K(TimeKeyword.Earlier, "earlier");
        K(TimeKeyword.Later, "later");
        K(TimeKeyword.Before, "before");
        K(TimeKeyword.After, "after");
        K(TimeKeyword.Early, "early");
        K(TimeKeyword.Late, "late");
        K(TimeKeyword.Mid, "mid", "middle");
        K(TimeKeyword.Every, "every");
        K(TimeKeyword.Each, "each");
        K(TimeKeyword.Per, "per");
        K(TimeKeyword.Few, "few");
        K(TimeKeyword.Several, "several");
        K(TimeKeyword.Some, "some");
        K(TimeKeyword.Many, "many");
        K(TimeKeyword.Of, "of");
        K(TimeKeyword.Fiscal, "fiscal");
        K(TimeKeyword.Today, "today");
        K(TimeKeyword.Yesterday, "yesterday");
        K(TimeKeyword.Tomorrow, "tomorrow");
        K(TimeKeyword.Tonight, "tonight");
        K(TimeKeyword.Now, "now");
        K(TimeKeyword.Nowadays, "nowadays", "presently");
        K(TimeKeyword.Currently, "currently");
        K(TimeKeyword.Recently, "recently", "lately");
        K(TimeKeyword.Recent, "recent");
        K(TimeKeyword.Previously, "previously", "formerly");
        K(TimeKeyword.Soon, "soon");
        K(TimeKeyword.Future, "future");
        K(TimeKeyword.Daily, "daily");
        K(TimeKeyword.Weekly, "weekly");
        K(TimeKeyword.Monthly, "monthly");
        K(TimeKeyword.Annually, "annually", "yearly");
        K(TimeKeyword.Hourly, "hourly");
        K(TimeKeyword.Nightly, "nightly");
        K(TimeKeyword.Noon, "noon", "midday");
        K(TimeKeyword.Midnight, "midnight");
        K(TimeKeyword.Am, "am");
        K(TimeKeyword.Pm, "pm");
        K(TimeKeyword.Around, "around");
        K(TimeKeyword.About, "about", "roughly", "approximately", "some", "almost", "nearly");
        K(TimeKeyword.More, "more");
        K(TimeKeyword.Less, "less", "fewer");
        K(TimeKeyword.Than, "than");
        K(TimeKeyword.At, "at");
        K(TimeKeyword.Least, "least");
        K(TimeKeyword.Most, "most");
        K(TimeKeyword.Up, "up");
        K(TimeKeyword.To, "to");
        K(TimeKeyword.No, "no");
        K(TimeKeyword.Over, "over");
        K(TimeKeyword.Within, "within");
        K(TimeKeyword.Overnight, "overnight");
        K(TimeKeyword.Half, "half");
        K(TimeKeyword.Same, "same");
        K(TimeKeyword.Other, "other");
        K(TimeKeyword.Ended, "ended", "ending");
        K(TimeKeyword.Ahead, "ahead");
        K(TimeKeyword.Old, "old");
        K(TimeKeyword.Long, "long");
        K(TimeKeyword.End, "end");
        K(TimeKeyword.Beginning, "beginning");
        K(TimeKeyword.Start, "start");
        K(TimeKeyword.And, "and", "or");
        K(TimeKeyword.Latest, "latest");
        K(TimeKeyword.Final, "final");
        K(TimeKeyword.Remaining, "remaining");
        K(TimeKeyword.Full, "full", "entire", "whole");
        K(TimeKeyword.Couple, "couple");
        K(TimeKeyword.In, "in");
        K(TimeKeyword.For, "for");
        K(TimeKeyword.Since, "since");
        K(TimeKeyword.On, "on");
        K(TimeKeyword.Until, "until", "till");
        K(TimeKeyword.From, "from");
        K(TimeKeyword.By, "by");
        K(TimeKeyword.During, "during");
        K(TimeKeyword.Through, "through", "throughout");
        K(TimeKeyword.Between, "between");
        K(TimeKeyword.Christmas, "christmas");
        K(TimeKeyword.Thanksgiving, "thanksgiving");
        K(TimeKeyword.Halloween, "halloween");
        K(TimeKeyword.Eve, "eve");
        K(TimeKeyword.Timezone, "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest");
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
