using System.Globalization;
using System.Text.RegularExpressions;

namespace Tacitus.Engine.Input;

/// <summary>
/// Publication dates as inputs give them: YYYY-MM-DD, an ISO 8601 / RFC 1123 timestamp, or the stamp a news site prints
/// and a scraper keeps ("Wed Nov 23, 2016 | 4:58pm EST", "7:58 AM ET, Sat January 3, 2015", "2016-12-10 18:38 ET", "December 9th 2016",
/// "Nov. 22, 2015 MST", "17 December 2016"). Of a stamp only the date as written is kept; its time and zone are left out.
/// </summary>
public static partial class PublicationDates
{
    private const string Months = "january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec";
    private static readonly string[] MonthStems = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>What <see cref="Parse"/> accepts, for error messages.</summary>
    public const string Accepted = "YYYY-MM-DD, an ISO or RFC 1123 timestamp, or a month, day and year such as \"Nov 23, 2016\"";

    /// <summary>The date <paramref name="value"/> gives, or null when it gives none (or a day that does not exist).</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto)) return DateOnly.FromDateTime(dto.UtcDateTime);
        var m = IsoFirst().Match(value);
        if (!m.Success) m = MonthFirst().Match(value);
        if (!m.Success) m = DayFirst().Match(value);
        if (!m.Success) return null;
        string monthText = m.Groups["m"].Value;
        int month = char.IsAsciiDigit(monthText[0]) ? int.Parse(monthText, CultureInfo.InvariantCulture)
            : Array.IndexOf(MonthStems, monthText[..3].ToLowerInvariant()) + 1;
        if (month is < 1 or > 12) return null;
        int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return year >= 1 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>"2016-12-10 18:38 ET": an ISO date that a time with a zone abbreviation follows.</summary>
    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)")]
    private static partial Regex IsoFirst();

    [GeneratedRegex(@"\b(?<m>" + Months + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>" + Months + @")\.?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();
}
