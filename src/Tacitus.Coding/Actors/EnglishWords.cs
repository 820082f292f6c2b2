using System.Collections.Frozen;

namespace Tacitus.Coding.Actors;

/// <summary>Small closed word classes the actor resolver needs, in normalised (upper-case, unaccented) form.</summary>
internal static class EnglishWords
{
    /// <summary>Words that may sit inside a title without being titles themselves: "deputy", "new", "acting" …</summary>
    public static readonly FrozenSet<string> TitleModifiers = FrozenSet.ToFrozenSet(
        ["DEPUTY", "VICE", "ACTING", "FIRST", "SENIOR", "CHIEF", "TOP", "NEW", "INTERIM", "FORMER", "OUTGOING", "INCOMING", "THEN", "ASSISTANT", "SPECIAL", "PRINCIPAL", "LONGTIME", "VETERAN", "DISTRICT", "CIRCUIT", "FEDERAL"], StringComparer.Ordinal);

    /// <summary>Modifiers that belong in the role text ("Deputy Defense Minister") as opposed to "new" or "former".</summary>
    public static readonly FrozenSet<string> RoleModifiers = FrozenSet.ToFrozenSet(
        ["DEPUTY", "VICE", "ACTING", "FIRST", "SENIOR", "CHIEF", "INTERIM", "ASSISTANT", "SPECIAL", "PRINCIPAL", "DISTRICT", "CIRCUIT"], StringComparer.Ordinal);

    /// <summary>Nouns of a relation to a country, not of belonging to it: "U.S. ally Tony Blair", "Kremlin critic …".</summary>
    public static readonly FrozenSet<string> RelationNouns = FrozenSet.ToFrozenSet(
        ["ALLY", "RIVAL", "FOE", "ENEMY", "CRITIC", "OPPONENT", "FRIEND", "PARTNER", "FAN", "ADMIRER", "SUPPORTER", "EXPERT",
         "SPECIALIST", "WATCHER", "HAWK", "DOVE", "ENVOY", "LOBBYIST", "ADVOCATE", "VISITOR", "CORRESPONDENT"], StringComparer.Ordinal);

    /// <summary>A person's relatives and agents, after the person's possessive: "Elian's father", "Putin's spokesman".</summary>
    public static readonly FrozenSet<string> KinNouns = FrozenSet.ToFrozenSet(
        ["FATHER", "MOTHER", "SON", "DAUGHTER", "WIFE", "HUSBAND", "BROTHER", "SISTER", "UNCLE", "AUNT", "COUSIN", "GRANDFATHER",
         "GRANDMOTHER", "GREAT-UNCLE", "GRANDSON", "GRANDDAUGHTER", "NEPHEW", "NIECE", "WIDOW", "FAMILY", "RELATIVE", "RELATIVES",
         "PARENT", "PARENTS", "CHILD", "CHILDREN", "LAWYER", "ATTORNEY", "CLIENT", "CLIENTS",
         "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "AIDE", "ADVISER", "ADVISOR", "BODYGUARD", "SECRETARY", "ASSISTANT"], StringComparer.Ordinal);

    /// <summary>Nouns of those against someone: "Opponents of President Bashar Assad", "its enemies in Miami". Whose
    /// opponents they are is not who they are.</summary>
    public static readonly FrozenSet<string> AdversaryNouns = FrozenSet.ToFrozenSet(
        ["OPPONENT", "OPPONENTS", "CRITIC", "CRITICS", "ENEMY", "ENEMIES", "FOE", "FOES", "RIVAL", "RIVALS", "ADVERSARY", "ADVERSARIES",
         "DETRACTOR", "DETRACTORS"], StringComparer.Ordinal);

    /// <summary>Words that end a company's name ("Bethlehem Steel Corp.", "Texas Instruments Inc.").</summary>
    public static readonly FrozenSet<string> CompanySuffixes = FrozenSet.ToFrozenSet(
        ["CORP", "CORPORATION", "CO", "COS", "INC", "INCORPORATED", "LTD", "LIMITED", "PLC", "LLC", "AG", "NV", "GMBH", "COMPANY", "HOLDINGS"],
        StringComparer.Ordinal);

    /// <summary>The states of the United States, by their one-word names and their AP abbreviations (written with a full
    /// stop: "Ala.", "Calif."). The two-word names and the abbreviations of two letters ("N.Y.") are in
    /// <see cref="UsStatePairs"/>.</summary>
    public static readonly FrozenSet<string> UsStates = FrozenSet.ToFrozenSet(
        ["ALABAMA", "ALASKA", "ARIZONA", "ARKANSAS", "CALIFORNIA", "COLORADO", "CONNECTICUT", "DELAWARE", "FLORIDA", "GEORGIA",
         "HAWAII", "IDAHO", "ILLINOIS", "INDIANA", "IOWA", "KANSAS", "KENTUCKY", "LOUISIANA", "MAINE", "MARYLAND", "MASSACHUSETTS",
         "MICHIGAN", "MINNESOTA", "MISSISSIPPI", "MISSOURI", "MONTANA", "NEBRASKA", "NEVADA", "OHIO", "OKLAHOMA", "OREGON",
         "PENNSYLVANIA", "TENNESSEE", "TEXAS", "UTAH", "VERMONT", "VIRGINIA", "WASHINGTON", "WISCONSIN", "WYOMING"],
        StringComparer.Ordinal);

    /// <summary>AP abbreviations of states, each written with a full stop after it ("Ala.", "Mo.").</summary>
    public static readonly FrozenSet<string> UsStateAbbreviations = FrozenSet.ToFrozenSet(
        ["ALA", "ARIZ", "ARK", "CALIF", "COLO", "CONN", "DEL", "FLA", "GA", "ILL", "IND", "KAN", "KANS", "KY", "LA", "MD", "MASS",
         "MICH", "MINN", "MISS", "MO", "MONT", "NEB", "NEV", "OKLA", "ORE", "PA", "TENN", "TEX", "VT", "VA", "WASH", "WIS", "WYO"],
        StringComparer.Ordinal);

    /// <summary>Two-word state names and two-letter abbreviations ("N.Y." is the words N and Y), as word pairs.</summary>
    public static readonly FrozenSet<(string, string)> UsStatePairs = FrozenSet.ToFrozenSet(
        [("NEW", "YORK"), ("NEW", "JERSEY"), ("NEW", "MEXICO"), ("NEW", "HAMPSHIRE"), ("NORTH", "CAROLINA"), ("SOUTH", "CAROLINA"),
         ("NORTH", "DAKOTA"), ("SOUTH", "DAKOTA"), ("WEST", "VIRGINIA"), ("RHODE", "ISLAND"), ("N", "Y"), ("N", "J"), ("N", "M"),
         ("N", "H"), ("N", "C"), ("N", "D"), ("S", "C"), ("S", "D"), ("R", "I"), ("W", "VA"), ("D", "C")]);

    /// <summary>Currencies a country's name or adjective can qualify: "Canadian dollars", "French francs".</summary>
    public static readonly FrozenSet<string> Currencies = FrozenSet.ToFrozenSet(
        ["DOLLAR", "DOLLARS", "FRANC", "FRANCS", "YEN", "MARK", "MARKS", "POUND", "POUNDS", "PESO", "PESOS", "CENT", "CENTS", "EURO",
         "EUROS", "RUPEE", "RUPEES", "RUBLE", "RUBLES", "ROUBLE", "ROUBLES", "LIRA", "LIRE", "DINAR", "DINARS", "SHEKEL", "SHEKELS",
         "YUAN", "RIYAL", "RIYALS", "RAND", "KRONA", "KRONOR", "KRONE", "KRONER", "HRYVNIA", "HRYVNIAS", "LIRAS",
         "SHILLING", "SHILLINGS", "DIRHAM", "DIRHAMS", "RIAL", "RIALS", "NAIRA", "CEDI", "CEDIS", "KWACHA", "BIRR", "ZLOTY", "ZLOTYS",
         "FORINT", "FORINTS", "KORUNA", "LEI", "LEU", "LEV", "DONG", "BAHT", "RINGGIT", "RUPIAH", "WON", "TAKA", "AFGHANI", "AFGHANIS",
         "GUILDER", "GUILDERS", "DRACHMA", "DRACHMAS", "ESCUDO", "ESCUDOS", "PESETA", "PESETAS", "DEUTSCHMARK", "DEUTSCHMARKS", "REAL", "REAIS",
         "BOLIVAR", "BOLIVARS", "SOL", "SOLES", "QUETZAL", "CORDOBA", "CORDOBAS"],
        StringComparer.Ordinal);

    /// <summary>Kinds of organisation that name one after them or in an apposition: "the Qatari club El Jaish", "Polly
    /// Peck, a fast-growing British conglomerate".</summary>
    public static readonly FrozenSet<string> OrganisationNouns = FrozenSet.ToFrozenSet(
        ["CLUB", "COMPANY", "FIRM", "TEAM", "BANK", "CARRIER", "AIRLINE", "MAKER", "AUTOMAKER", "NEWSPAPER", "DAILY", "AGENCY",
         "NETWORK", "CHAIN", "RETAILER", "CONGLOMERATE", "SUBSIDIARY", "GIANT", "PUBLISHER", "BROADCASTER", "INSURER", "LENDER",
         "CONCERN", "BRAND", "STUDIO", "MAGAZINE", "MANUFACTURER", "PRODUCER", "SUPPLIER", "OPERATOR", "GROUP", "CORPORATION"],
        StringComparer.Ordinal);

    /// <summary>Institutions an agent's name can end in, which no one person is: "U.S. District Court", "Foreign Ministry".</summary>
    public static readonly FrozenSet<string> InstitutionNouns = FrozenSet.ToFrozenSet(
        ["COURT", "COURTS", "MINISTRY", "DEPARTMENT", "PARLIAMENT", "ASSEMBLY", "CONGRESS", "SENATE", "AGENCY", "COMMISSION",
         "GOVERNMENT", "ARMY", "NAVY", "POLICE", "OFFICE", "BUREAU", "COUNCIL", "COMMITTEE", "TRIBUNAL", "LEGISLATURE", "CABINET"],
        StringComparer.Ordinal);

    /// <summary>Last words of a name that make it a place's, a building's or an organisation's ("Andrews Air Force Base",
    /// "King Edward Street", "the Christian Identity Movement"), with <see cref="InstitutionNouns"/> and
    /// <see cref="CompanySuffixes"/>.</summary>
    private static readonly FrozenSet<string> PlaceOrBodyNameEnds = FrozenSet.ToFrozenSet(
        ["BASE", "STATION", "AIRPORT", "PORT", "STREET", "ROAD", "AVENUE", "BOULEVARD", "LANE", "DRIVE", "HIGHWAY", "SQUARE",
         "BRIDGE", "PARK", "HALL", "BUILDING", "CENTER", "CENTRE", "HOSPITAL", "CLINIC", "SCHOOL", "COLLEGE", "UNIVERSITY",
         "ACADEMY", "INSTITUTE", "CHURCH", "MOSQUE", "CATHEDRAL", "TEMPLE", "PRISON", "JAIL", "ASSOCIATION", "MOVEMENT",
         "BOARD", "FOUNDATION", "SOCIETY", "UNION", "LEAGUE", "FEDERATION", "PARTY", "FRONT", "BRIGADE", "BRIGADES",
         "BATTALION", "REGIMENT", "DIVISION", "FORCE", "FORCES", "AUTHORITY", "SERVICE", "SERVICES", "INDUSTRIES", "GROUP",
         "BANK", "FUND", "AIRLINES", "AIRWAYS", "NEWS", "TIMES", "POST", "JOURNAL", "NETWORK", "HOTEL", "RIVER", "LAKE",
         "ISLAND", "ISLANDS", "MOUNTAIN", "MOUNTAINS", "VALLEY", "BAY", "COUNTY", "PROVINCE", "DISTRICT"],
        StringComparer.Ordinal);

    /// <summary>Whether a name ending in <paramref name="lastWord"/> (upper case) is a place's or an organisation's, not a
    /// person's.</summary>
    public static bool NamesNoPerson(string lastWord) =>
        PlaceOrBodyNameEnds.Contains(lastWord) || InstitutionNouns.Contains(lastWord) || CompanySuffixes.Contains(lastWord);

    /// <summary>What a company has, after its possessive: "Sansui's shares", "Ford's earnings".</summary>
    public static readonly FrozenSet<string> CompanyPossessions = FrozenSet.ToFrozenSet(
        ["SHARES", "STOCK", "EARNINGS", "PROFIT", "PROFITS", "REVENUE", "REVENUES", "SALES", "SUBSIDIARY", "SHAREHOLDERS",
         "STOCKHOLDERS", "DIVIDEND", "DEBT", "PLANT", "PLANTS", "STORES", "PRODUCTS"],
        StringComparer.Ordinal);

    /// <summary>Singular nouns for a group of people ("a gang of 15-year-olds"): no one person a pronoun could stand for.</summary>
    public static readonly FrozenSet<string> CollectiveNouns = FrozenSet.ToFrozenSet(
        ["GANG", "GROUP", "MOB", "CELL", "BAND", "RING", "NETWORK", "CARTEL", "MILITIA", "FACTION", "CREW", "SQUAD", "UNIT"], StringComparer.Ordinal);

    /// <summary>Things named after a person, after that name: "Molotov cocktails", "the Kalashnikov rifle" (no Soviet minister or
    /// designer acting).</summary>
    public static readonly FrozenSet<string> EponymNouns = FrozenSet.ToFrozenSet(
        ["COCKTAIL", "COCKTAILS", "RIFLE", "RIFLES"], StringComparer.Ordinal);

    /// <summary>Words that a hyphen joins to a name to make an adjective whose noun the name does not name: "Spanish-language
    /// television", "government-owned enterprises", "Soviet-made rifles", "Soviet-style planning".</summary>
    public static readonly FrozenSet<string> CompoundAdjectiveSuffixes = FrozenSet.ToFrozenSet(
        ["LANGUAGE", "SPEAKING", "OWNED", "MADE", "BUILT", "STYLE", "LIKE", "TYPE", "ERA"], StringComparer.Ordinal);

    /// <summary>Kinds of place that name one after "of": "the province of Aydin", "the city of Sumy".</summary>
    public static readonly FrozenSet<string> PlaceKindNouns = FrozenSet.ToFrozenSet(
        ["PROVINCE", "CITY", "TOWN", "VILLAGE", "REGION", "DISTRICT", "STATE", "COUNTY", "PREFECTURE", "GOVERNORATE", "OBLAST",
         "AREA", "OUTSKIRTS", "SUBURB", "SUBURBS", "ISLAND", "PORT", "MUNICIPALITY", "CANTON", "EMIRATE", "KINGDOM", "REPUBLIC"],
        StringComparer.Ordinal);

    public static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["THE", "A", "AN"], StringComparer.Ordinal);

    /// <summary>The CAMEO codes of countries that are kingdoms, which "the kingdom" may stand for: Saudi Arabia, Jordan,
    /// Morocco, Bahrain, the United Kingdom, Spain, the Netherlands, Belgium, Norway, Sweden, Denmark, Thailand, Cambodia,
    /// Bhutan, Lesotho, Eswatini and Tonga.</summary>
    public static readonly FrozenSet<string> Kingdoms = FrozenSet.ToFrozenSet(
        ["SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "THA", "KHM", "BTN", "LSO", "SWZ", "TON"],
        StringComparer.Ordinal);

    /// <summary>Words that count part of a group before "of them": "many of them", "some of them".</summary>
    public static readonly FrozenSet<string> Quantifiers = FrozenSet.ToFrozenSet(
        ["SOME", "MANY", "MOST", "ALL", "SEVERAL", "FEW", "BOTH", "EACH", "NONE", "ONE", "DOZENS", "HUNDREDS", "THOUSANDS"], StringComparer.Ordinal);

    /// <summary>A place name after these is a location, not an actor ("talks in Istanbul").</summary>
    public static readonly FrozenSet<string> LocativePrepositions = FrozenSet.ToFrozenSet(
        ["IN", "AT", "NEAR", "INTO", "ACROSS", "THROUGHOUT", "OUTSIDE", "INSIDE", "WITHIN", "AROUND"], StringComparer.Ordinal);

    /// <summary>Words a dictionary agent phrase may end with but a name does not: PETRARCH's EMBASSY_IN matches "the
    /// embassy in Nairobi" up to "in", which is no part of the actor ("U.S. Embassy", and "in Nairobi" stays a place).</summary>
    public static readonly FrozenSet<string> TrailingFunctionWords = FrozenSet.ToFrozenSet(
        ["IN", "AT", "OF", "ON", "TO", "FOR", "WITH", "FROM", "BY", "NEAR", "THE", "A", "AN", "AND", "OR"], StringComparer.Ordinal);

    /// <summary>Lower-case parts of personal names.</summary>
    public static readonly FrozenSet<string> NameParticles = FrozenSet.ToFrozenSet(
        ["BIN", "BINT", "IBN", "AL", "EL", "DE", "DEL", "DELLA", "DI", "DA", "DOS", "DAS", "VAN", "VON", "DER", "DEN", "LA", "LE", "DU", "TER", "BEN", "ABU", "Y"], StringComparer.Ordinal);

    /// <summary>Capitalised words that do not start a name.</summary>
    public static readonly FrozenSet<string> NotNames = FrozenSet.ToFrozenSet(
        ["THE", "A", "AN", "HE", "SHE", "IT", "THEY", "WE", "I", "YOU", "HIS", "HER", "ITS", "THEIR", "THIS", "THAT", "THESE", "THOSE",
         "ON", "IN", "AT", "BY", "FOR", "FROM", "WITH", "AND", "BUT", "OR", "AS", "TO", "OF", "AFTER", "BEFORE", "WHILE", "WHEN", "IF", "YET",
         "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
         "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
         "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC", "MR", "MRS", "MS", "DR", "SAID", "SAYS"], StringComparer.Ordinal);

    /// <summary>Forms of address before a name ("Mr Suarez", "Dr. Tedros"): not part of the name.</summary>
    public static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(
        ["MR", "MRS", "MS", "MISS", "DR", "SIR", "DAME", "MADAM", "MME", "MESSRS"], StringComparer.Ordinal);

    /// <summary>
    /// Last words of a street's name: "The 48-year-old, of Colton Way, was jailed" names an address, not a person, however
    /// the NER stage tags it. Not LANE, CLOSE or STREET, which end people's names (Nathan Lane, Glenn Close).
    /// </summary>
    public static readonly FrozenSet<string> StreetWords = FrozenSet.ToFrozenSet(
        ["WAY", "ROAD", "RD", "AVENUE", "AVE", "BOULEVARD", "BLVD", "DRIVE", "CRESCENT", "TERRACE", "HIGHWAY", "PARKWAY"], StringComparer.Ordinal);

    /// <summary>Abbreviations after which a full stop does not end a sentence.</summary>
    public static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        ["MR", "MRS", "MS", "DR", "GEN", "SEN", "REP", "ST", "LT", "COL", "CAPT", "SGT", "GOV", "PROF", "JR", "SR", "INC", "CO", "CORP", "NO", "VS", "ETC",
         "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC"], StringComparer.Ordinal);

    public enum PronounKind { None, Person, Thing, Plural }

    /// <summary>The gender a personal pronoun refers to: he/him/his → male, she/her → female.</summary>
    public static NameGender PronounGender(string key) => key switch
    {
        "HE" or "HIM" or "HIS" or "HIMSELF" => NameGender.Male,
        "SHE" or "HER" or "HERS" or "HERSELF" => NameGender.Female,
        _ => NameGender.Unknown,
    };

    /// <summary>The gender a form of address names: Mr → male; Mrs, Ms, Miss, Madam, Dame, Mme → female.</summary>
    public static NameGender HonorificGender(string key) => key switch
    {
        "MR" or "SIR" => NameGender.Male,
        "MRS" or "MS" or "MISS" or "MADAM" or "DAME" or "MME" => NameGender.Female,
        _ => NameGender.Unknown,
    };

    public static PronounKind Pronoun(string key) => key switch
    {
        "HE" or "HIM" or "HIS" or "HIMSELF" or "SHE" or "HERS" or "HERSELF" => PronounKind.Person,
        "HER" => PronounKind.Person,
        "ITS" or "ITSELF" => PronounKind.Thing,
        "THEY" or "THEM" or "THEIR" or "THEMSELVES" => PronounKind.Plural,
        _ => PronounKind.None,
    };

    /// <summary>Head nouns of titles that name one leader, so "the Russian leader" can point back to Putin.</summary>
    public static readonly FrozenSet<string> LeaderNouns = FrozenSet.ToFrozenSet(
        ["LEADER", "PRESIDENT", "PREMIER", "CHANCELLOR", "RULER", "KING", "QUEEN", "MONARCH", "EMIR", "SULTAN", "DICTATOR", "STRONGMAN", "HEAD"], StringComparer.Ordinal);

    /// <summary>
    /// Leader nouns that name no particular office ("the leader", "the ruler"): any government person may be meant. The
    /// others ("the king", "the president") name an office, which a person known to hold another one does not hold.
    /// </summary>
    public static readonly FrozenSet<string> GenericLeaderNouns = FrozenSet.ToFrozenSet(
        ["LEADER", "RULER", "DICTATOR", "STRONGMAN", "HEAD"], StringComparer.Ordinal);

    /// <summary>Offices a "monarch" holds.</summary>
    public static readonly FrozenSet<string> MonarchNouns = FrozenSet.ToFrozenSet(
        ["KING", "QUEEN", "MONARCH", "EMIR", "SULTAN"], StringComparer.Ordinal);

    /// <summary>Offices of government only when a country's institution names them ("FBI Director"; not "film director").</summary>
    public static readonly FrozenSet<string> InstitutionTitles = FrozenSet.ToFrozenSet(["DIRECTOR"], StringComparer.Ordinal);

    /// <summary>Head nouns of person titles (as opposed to institutions such as "ministry" or "delegation").</summary>
    public static readonly FrozenSet<string> PersonTitleNouns = FrozenSet.ToFrozenSet(
        ["LEADER", "PRESIDENT", "PREMIER", "CHANCELLOR", "RULER", "KING", "QUEEN", "MONARCH", "EMIR", "SULTAN", "DICTATOR", "STRONGMAN",
         "MINISTER", "SECRETARY", "ADVISER", "ADVISOR", "AIDE", "DIRECTOR", "CHIEF", "HEAD", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON",
         "AMBASSADOR", "ENVOY", "DIPLOMAT", "OFFICIAL", "GENERAL", "COMMANDER", "GOVERNOR", "MAYOR", "SENATOR", "LAWMAKER", "JUDGE",
         "NEGOTIATOR", "CHAIRMAN", "CHAIRWOMAN", "CHAIR", "COMMISSIONER", "PROSECUTOR", "OFFICER", "PRINCE", "PRINCESS", "SPEAKER", "DEPUTY"], StringComparer.Ordinal);

    /// <summary>CAMEO code prefixes that are not countries (international, non-state and regional actors).</summary>
    public static readonly FrozenSet<string> NonCountryPrefixes = FrozenSet.ToFrozenSet(
        ["IGO", "NGO", "NGM", "MNC", "IMG", "UIS", "INT", "AFR", "ASA", "BLK", "BAL", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
         "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST", "CRB", "GOV", "MIL", "REB", "OPP", "COP", "JUD", "BUS",
         "MED", "CVL", "EDU", "LEG", "SPY", "ELI", "REF", "HLH", "LAB", "AGR", "ENV", "HRI", "UAF", "SET", "CRM", "RAD", "MUS", "CHR", "JEW",
         "HIN", "BUD", "REL"], StringComparer.Ordinal);

    /// <summary>The ISO3 country of a CAMEO actor code (RUSGOV → RUS), or null for international and non-state codes.</summary>
    public static string? CountryOf(string? code)
    {
        if (code is null || code.Length < 3) return null;
        var prefix = code[..3];
        if (!prefix.All(char.IsAsciiLetterUpper) || NonCountryPrefixes.Contains(prefix)) return null;
        return prefix;
    }
}
