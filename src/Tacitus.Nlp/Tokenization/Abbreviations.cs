using System.Collections.Frozen;

namespace Tacitus.Nlp.Tokenization;

/// <summary>
/// Word lists the tokenizer consults. Each is a frozen set of constants with a span lookup, so the hot path never
/// allocates a string. Lists were chosen from English news style guides and checked against UD English-EWT train.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles before a name: their period is part of the token and never ends a sentence.</summary>
    private static readonly string[] TitleWords =
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mmes", "Mlle", "Dr", "Drs", "Prof", "Profs", "Gov", "Govs", "Sen", "Sens",
        "Rep", "Reps", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Cmdr", "Cdr", "Sgt", "Cpl", "Pvt", "Adm", "Brig",
        "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Fr", "Atty", "Amb", "Sec", "Secy", "Gens", "Rt", "Lieut",
        "Mt", "Ft", "St", "Ste", "Pte", "Ald", "Cllr", "Dist",
        // postscripts are followed by a sentence but keep their period: "P.S. I am moving back"
        "P.S", "PS", "P.P.S",
    ];

    /// <summary>Other abbreviations whose final period belongs to the token; a sentence may still end after them.</summary>
    private static readonly string[] OtherWords =
    [
        // months and days
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
        // organisations, addresses
        "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Assn", "Assoc", "Dept", "Univ", "Inst", "Intl", "Natl",
        "Ave", "Blvd", "Rd", "Hwy", "Sq", "Pl", "Ct", "Pkwy", "Bldg", "Apt",
        "Jr", "Sr", "Esq", "Ph", "Mx", "Pvt", "Sts", "INC", "LTD", "CORP", "PVT", "CO",
        // US states (AP style)
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex",
        "Va", "Vt", "Wash", "Wis", "Wisc", "Wyo",
        // references and measures
        "etc", "vs", "Vs", "v", "al", "approx", "Approx", "est", "Est", "incl", "ca", "cf", "Cf", "viz", "ext", "Ext",
        "Attn", "attn", "Fig", "fig", "Figs", "Vol", "vol", "Vols", "pp", "Nos", "eg", "Eg", "ie", "lb", "lbs", "oz",
        "Fax", "Tel", "tel", "Mob", "Arrv", "arrv", "Dep", "Para", "Conf", "Spec", "Ass't", "Gov't", "gov't", "dept",
        "Op", "Ed", "yr", "yrs", "mos", "hr", "hrs", "sq", "cu", "min", "Ref", "ref",
    ];

    private static readonly FrozenSet<string> Titles = TitleWords.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> All = TitleWords.Concat(OtherWords).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AllLookup = All.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True if <paramref name="word"/> (without its period) is a known abbreviation.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) => AllLookup.Contains(word);

    /// <summary>True if <paramref name="word"/> (without its period) is a title that always precedes a name.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word);

    /// <summary>Words that, capitalised after an abbreviation's period, show that a new sentence began ("… in the U.S. The talks …").</summary>
    private static readonly FrozenSet<string> StarterWords = new[]
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "In", "This", "That", "These",
        "Those", "There", "His", "Her", "Its", "Their", "Our", "My", "Your", "On", "At", "For", "As", "If", "When",
        "While", "After", "Before", "However", "So", "Then", "What", "Why", "How", "Who", "Where", "Also", "Some",
        "Many", "Most", "Meanwhile", "Yet", "Still", "Now", "Although", "Though", "By", "With", "From", "Since",
        "Because", "Please", "Thanks", "Thank", "Yes", "Let", "Do", "Did", "Is", "Are", "Was", "Were", "Can", "Will",
        "Would", "Should", "Could", "Here", "All", "One", "Two", "Each", "Both", "Other", "Another", "According",
        "Under", "Last", "Next", "Earlier", "Later", "Today", "Officials", "Police",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = StarterWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => StarterLookup.Contains(word);

    /// <summary>Prefixes EWT keeps joined to the word by a hyphen (e-mail, non-stop, mid-2004, anti-American).</summary>
    private static readonly FrozenSet<string> HyphenPrefixWords = new[]
    {
        "e", "non", "mid", "pre", "anti", "re", "co", "post", "over", "multi", "pro", "ex", "semi", "sub", "neo",
        "cross", "un", "intra", "counter", "micro", "psycho", "arch", "inter", "socio", "quasi", "pseudo", "trans",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenPrefixLookup = HyphenPrefixWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsHyphenPrefix(ReadOnlySpan<char> word) => HyphenPrefixLookup.Contains(word);

    /// <summary>Units EWT splits from a preceding number (5pm → 5 pm, 65k → 65 k, 35mm → 35 mm).</summary>
    private static readonly FrozenSet<string> UnitWords = new[]
    {
        "am", "pm", "k", "m", "b", "bn", "mn", "mm", "cm", "km", "kg", "mg", "lb", "lbs", "ft", "mph", "kph",
        "mi", "d", "gb", "mb", "kb", "tb", "ghz", "mhz", "hz", "kw", "mw", "gw", "kwh", "mwh", "ml", "l", "oz",
        "yrs", "yr", "hrs", "hr", "min", "mins", "sec", "secs", "x", "years", "pcs", "in",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = UnitWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A unit after a number: any listed unit in lower case ("5pm", "35mm"); in capitals only AM/PM and the money
    /// multipliers ("11AM", "3M", "2B") — "10MM" and "3G" stay whole.
    /// </summary>
    public static bool IsUnit(ReadOnlySpan<char> word)
    {
        if (!UnitLookup.Contains(word)) return false;
        if (!word.ContainsAnyInRange('A', 'Z')) return true;
        return word is "AM" or "PM" or "Am" or "Pm" or "K" or "M" or "B" or "BN" or "Bn" or "KM" or "KG" or "Km" or "Kg";
    }
}
