using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Tacitus.Coding.Dictionaries;

/// <summary>
/// Compiles actor and agent dictionaries into an <see cref="ActorLexicon"/>. Dictionaries are applied in the order
/// added, and later ones win: a phrase maps to the last record that lists it, and a record whose primary phrase is
/// the primary phrase of an earlier record supersedes that record entirely (so the older record's aliases, such as
/// RUSSIAN_PRESIDENT_VLADIMIR_PUTIN, follow the newer entry). One exception: a phrase two people of the same
/// dictionary list (Phoenix's PRESIDENT_BUSH) names both, and the date chooses (<see cref="ActorLexicon.ActorOn"/>).
/// </summary>
public sealed class ActorLexiconBuilder
{
    private readonly List<LexiconEntry> _entries = [];
    private readonly List<List<string>> _phrasesOf = [];
    private readonly Dictionary<string, int> _phrase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _primary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _namesakes = new(StringComparer.Ordinal);   // phrase → other people it names
    private readonly Dictionary<int, int> _supersededBy = [];
    private readonly List<int> _dictionaryOf = [];   // entry → index of the dictionary that added it
    private readonly List<AgentRecord> _agents = [];
    private readonly Dictionary<string, int> _agentPhrase = new(StringComparer.Ordinal);
    private readonly List<string> _builtFrom = [];

    public ActorLexiconBuilder AddActors(ActorDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _builtFrom.Add(dictionary.Name);
        foreach (var record in dictionary.Records)
            Add(record);
        return this;
    }

    public ActorLexiconBuilder AddAgents(AgentDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _builtFrom.Add(dictionary.Name);
        foreach (var agent in dictionary.Records)
        {
            var key = PhraseNormalizer.Key(agent.Phrase);
            if (key.Length == 0) continue;
            _agentPhrase[key] = _agents.Count;
            _agents.Add(agent);
        }
        return this;
    }

    public ActorLexicon Build()
    {
        AddPluralDemonyms();
        // Keep only the entries some phrase still points to, in their original order.
        var used = new SortedSet<int>(_phrase.Values);
        var remap = new Dictionary<int, int>();
        var entries = ImmutableArray.CreateBuilder<LexiconEntry>(used.Count);
        foreach (var e in used) { remap[e] = entries.Count; entries.Add(_entries[e]); }
        var actorPhrases = _phrase.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, remap[p.Value])).ToImmutableArray();
        var namesakes = NamesakesOfKeptPhrases(remap, entries);

        var usedAgents = new SortedSet<int>(_agentPhrase.Values);
        var agentRemap = new Dictionary<int, int>();
        var agents = ImmutableArray.CreateBuilder<AgentRecord>(usedAgents.Count);
        foreach (var a in usedAgents) { agentRemap[a] = agents.Count; agents.Add(_agents[a]); }
        var agentPhrases = _agentPhrase.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, agentRemap[p.Value])).ToImmutableArray();

        return new ActorLexicon(entries.ToImmutable(), agents.MoveToImmutable(), actorPhrases, agentPhrases, [.. _builtFrom], namesakes);
    }

    /// <summary>
    /// The namesakes of each phrase, as final entry indices: people the phrase named before a later person of the same
    /// dictionary took it, followed through supersession, without the phrase's own entry and without repeats. Entries
    /// kept only as namesakes are appended to <paramref name="entries"/>.
    /// </summary>
    private ImmutableArray<(string Key, ImmutableArray<int> Entries)> NamesakesOfKeptPhrases(Dictionary<int, int> remap,
        ImmutableArray<LexiconEntry>.Builder entries)
    {
        var result = ImmutableArray.CreateBuilder<(string, ImmutableArray<int>)>();
        foreach (var (key, others) in _namesakes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!_phrase.TryGetValue(key, out var owner) || !_entries[owner].IsPerson) continue;
            var kept = new List<int>();
            foreach (var o in others)
            {
                int e = o;
                while (_supersededBy.TryGetValue(e, out var newer)) e = newer;
                if (e == owner || !_entries[e].IsPerson) continue;
                if (!remap.TryGetValue(e, out var r)) { remap[e] = r = entries.Count; entries.Add(_entries[e]); }
                if (!kept.Contains(r)) kept.Add(r);
            }
            if (kept.Count > 0) result.Add((key, [.. kept]));
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// The people of a country by its demonym's plural ("Ukrainians", "Serbians", "Pakistanis"): the dictionaries list
    /// RUSSIAN and UKRAINIAN as country aliases but few plurals (PALESTINIANS, ISRAELIS). For each one-word alias ending
    /// in -AN or -I of a country entry (its open-ended code is a bare country code), the plural in -S is added unless
    /// some entry has it.
    /// </summary>
    private void AddPluralDemonyms()
    {
        var added = new List<(string Key, int Entry)>();
        foreach (var (key, entry) in _phrase)
        {
            if (key.Contains(' ', StringComparison.Ordinal) || key.Length < 4 || !(key.EndsWith("AN", StringComparison.Ordinal) || key.EndsWith('I'))) continue;
            // a country: its current (open-ended) code is a bare country code (UKR, not UKRGOV; USRUKR before 1991 is fine)
            var e = _entries[entry];
            if (e.IsPerson || !e.Codes.Any(c => c.Until is null && c.Code is { Length: 3 })) continue;
            var plural = key + "S";
            if (!_phrase.ContainsKey(plural)) added.Add((plural, entry));
        }
        foreach (var (key, entry) in added)
        {
            _phrase[key] = entry;
            _phrasesOf[entry].Add(key);
        }
    }

    private void Add(ActorRecord record)
    {
        var (kind, role) = Classify(record.Comment);
        if (kind == LexiconEntryKind.Other && LooksLikePerson(record)) kind = LexiconEntryKind.Person;
        var primaryKey = PhraseNormalizer.Key(record.Phrase);
        int index = _entries.Count;
        int replaced = -1;   // the record this one supersedes (same primary phrase), if any
        var keys = new List<string>();
        if (_primary.TryGetValue(primaryKey, out var older))
        {
            replaced = older;
            _supersededBy[older] = index;
            if (_entries[older].IsPerson) kind = LexiconEntryKind.Person;
            foreach (var k in _phrasesOf[older])
                if (_phrase.TryGetValue(k, out var owner) && owner == older)
                {
                    _phrase[k] = index;
                    keys.Add(k);
                }
        }
        var name = kind != LexiconEntryKind.Person && AcronymOfAnAlias(record) is { } acronym ? acronym
            : DisplayName(NameBeforeAcronym(record.Phrase) ?? record.Phrase, kind == LexiconEntryKind.Person);
        _entries.Add(new LexiconEntry(record.Phrase, name, kind, role, record.Codes, record.Source.ToString()));
        _dictionaryOf.Add(_builtFrom.Count - 1);
        _phrasesOf.Add(keys);
        _primary[primaryKey] = index;
        foreach (var phrase in record.Phrases)
        {
            var key = PhraseNormalizer.Key(phrase);
            if (key.Length == 0) continue;
            // Another person's phrase taken by a person of the same dictionary: both keep it, and the date chooses
            // (ActorLexicon.ActorOn). A later dictionary (the 2025 overlay) overrides: its choice stands alone.
            if (_phrase.TryGetValue(key, out var previous) && previous != index && previous != replaced)
            {
                if (_dictionaryOf[previous] != _builtFrom.Count - 1) _namesakes.Remove(key);
                else if (kind == LexiconEntryKind.Person && _entries[previous].IsPerson)
                {
                    if (!_namesakes.TryGetValue(key, out var list)) _namesakes[key] = list = [];
                    if (!list.Contains(previous)) list.Add(previous);
                }
            }
            _phrase[key] = index;
            keys.Add(key);
        }
        // "IRISH_REPUBLICAN_ARMY_(IRA)_": the text writes the name without its acronym in brackets ("the Irish Republican
        // Army"), a phrase that PETRARCH's reading (all the words, in order) never meets. The name alone is one more
        // phrase, unless some record already has it. Only for an acronym of the name: "GEORGIA_(COUNTRY)" and
        // "KOREA_(NORTH)" qualify a name that is another record's.
        foreach (var phrase in record.Phrases)
        {
            if (NameBeforeAcronym(phrase) is not { } bare) continue;
            var key = PhraseNormalizer.Key(bare);
            if (key.Length == 0 || _phrase.ContainsKey(key)) continue;
            _phrase[key] = index;
            keys.Add(key);
        }
    }

    /// <summary>The name before a bracketed acronym of it that ends the phrase ("IRISH_REPUBLICAN_ARMY_(IRA)_" →
    /// "IRISH_REPUBLICAN_ARMY_"): each letter of the acronym, in order, begins a word of the name (three letters at
    /// least). Null for anything else.</summary>
    internal static string? NameBeforeAcronym(string phrase)
    {
        int open = phrase.IndexOf('(', StringComparison.Ordinal);
        int close = phrase.IndexOf(')', StringComparison.Ordinal);
        if (open <= 0 || close < open || phrase.AsSpan(close + 1).Trim('_').Length > 0) return null;
        var acronym = phrase.AsSpan(open + 1, close - open - 1);
        var name = phrase[..open];
        var words = PhraseNormalizer.Words(name);
        int i = 0;
        foreach (var w in words)
            if (i < acronym.Length && w.Length > 0 && w[0] == char.ToUpperInvariant(acronym[i])) i++;
        int letters = 0;
        foreach (char c in acronym) if (char.IsLetter(c)) letters++; else return null;
        return letters >= 3 && i == acronym.Length ? name : null;
    }

    /// <summary>Words of an organisation's or a place's name, never of a person's ("KOSOVO_ASSEMBLY", "TAWHID_BRIGADE").</summary>
    private static readonly FrozenSet<string> OrganisationWords = FrozenSet.ToFrozenSet(
        ["ASSEMBLY", "PARTY", "COUNCIL", "FRONT", "BRIGADE", "BRIGADES", "ARMY", "MOVEMENT", "AUTHORITY", "COALITION", "FORCE",
         "FORCES", "STATE", "STATES", "OBSERVATORY", "SOVIET", "REPUBLIC", "REPUBLICA", "REPUBLIKA", "TASK", "UNION", "COMMITTEE",
         "MINISTRY", "GOVERNMENT", "PARLIAMENT", "CONGRESS", "SENATE", "COURT", "POLICE", "BANK", "AGENCY", "ORGANIZATION",
         "ORGANISATION", "LEAGUE", "ALLIANCE", "GROUP", "NETWORK", "COMMISSION", "OFFICE", "DEPARTMENT", "SERVICE", "GUARD",
         "CORPS", "JAYSH", "JAISH", "JABHAT", "KATAEB", "KATAIB", "HARAKAT", "HIZB", "FEDERATION", "ASSOCIATION", "INSTITUTE",
         "FOUNDATION", "SOCIETY", "CENTER", "CENTRE", "KRAJINA", "SRPSKA", "NATIONS", "NATIONAL", "ISLAMIC", "BATTALION",
         "REGIMENT", "DIVISION", "COMMAND", "MILITIA", "TRIBUNAL", "CABINET", "ADMINISTRATION", "KINGDOM", "EMIRATE",
         "SULTANATE", "PROVINCE", "REGION", "INTERNET", "FUND", "COMPANY", "CORPORATION"],
        StringComparer.Ordinal);

    /// <summary>
    /// A record with no person marker that is a person all the same: Phoenix's hand-added leaders carry no comment, or a
    /// note ("Chancellor of Germany"), so BARACK_OBAMA, XI_JINPING, GERHARD_SCHRODER_ and the IGO heads (HANS_BLIX_ "IAEA")
    /// were read as organisations and merged with every other actor of their code. A person here: a name of two to four
    /// words, none of an organisation's; every code a country or organisation with a sector (USAGOV, IGOUNOIAEA, not a
    /// bare country), at least one code dated (an office held for a time), and not only business codes (a bank).
    /// </summary>
    internal static bool LooksLikePerson(ActorRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Codes.IsDefaultOrEmpty || !record.Codes.Any(c => !c.IsDefault)) return false;
        if (record.Codes.Any(c => c.Code is not { Length: >= 6 })) return false;
        if (record.Codes.All(c => c.Code!.EndsWith("BUS", StringComparison.Ordinal))) return false;
        var words = PhraseNormalizer.Words(record.Phrase);
        return words.Count is >= 2 and <= 4 && !words.Any(OrganisationWords.Contains);
    }

    /// <summary>
    /// Persons are the CountryInfo and IGOrulers leader records (comments "CountryInfo.txt", "IGOrulers.txt") and overlay records whose comment starts
    /// with PER; an overlay comment "PER President | source …" also gives the role.
    /// </summary>
    internal static (LexiconEntryKind Kind, string? Role) Classify(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment)) return (LexiconEntryKind.Other, null);
        var c = comment.Trim();
        if (c.StartsWith("PER", StringComparison.Ordinal) && (c.Length == 3 || c[3] is ' ' or '|' or '\t'))
        {
            var rest = c[3..];
            int bar = rest.IndexOf('|', StringComparison.Ordinal);
            var role = (bar >= 0 ? rest[..bar] : rest).Trim();
            return (LexiconEntryKind.Person, role.Length == 0 ? null : role);
        }
        if (c.Contains("CountryInfo", StringComparison.OrdinalIgnoreCase) || c.Contains("IGOrulers", StringComparison.OrdinalIgnoreCase)) return (LexiconEntryKind.Person, null);
        return (LexiconEntryKind.Other, null);
    }

    /// <summary>
    /// "VLADIMIR_V._PUTIN_" → "Vladimir V. Putin"; "RECEP_TAYYIP_ERDOĞAN" → "Recep Tayyip Erdoğan". Outside persons a short
    /// all-capital word is an acronym and stays so ("UN", "EU"). In a person's name it is a name ("XI_JINPING" → "Xi
    /// Jinping", "KIM_JONG_UN" → "Kim Jong Un", "ERIC_H._HOLDER,_JR." → "Eric H. Holder, Jr."), except a regnal
    /// number after the first word ("ELIZABETH_II", "CARL_XVI_GUSTAF"). Outside persons, function words after the first
    /// word are lower case ("BANK_OF_ENGLAND" → "Bank of England").
    /// </summary>
    internal static string DisplayName(string phrase, bool person = false)
    {
        var words = phrase.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (sb.Length > 0) sb.Append(' ');
            if (!person && i > 0 && OrganisationFunctionWords.Contains(w))
            {
                sb.Append(w.ToLowerInvariant()); // "Communist Party of China", "Party in Power", "Partido de la Revolución"
                continue;
            }
            bool keep = person
                ? i > 0 && IsRegnalNumber(w)
                : w.Length <= 3 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) && !OrdinaryShortWords.Contains(w)
                  || w.Contains('.', StringComparison.Ordinal) && w.Length <= 6;
            if (keep) { sb.Append(w); continue; }
            bool start = true;
            for (int k = 0; k < w.Length; k++)
            {
                char ch = w[k];
                // a possessive 's stays lower case ("Africa's"); a letter after another apostrophe starts a name ("O'Brien")
                bool possessive = k == w.Length - 1 && k > 0 && w[k - 1] == '\'' && ch is 'S' or 's';
                sb.Append(start && !possessive ? char.ToUpper(ch, CultureInfo.InvariantCulture) : char.ToLower(ch, CultureInfo.InvariantCulture));
                start = ch is '-' or '\'' or '(';
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// A one-word name that the initials of one of the record's other phrases spell is an acronym and keeps its capitals:
    /// NATO (NORTH_ATLANTIC_TREATY_ORGANIZATION), OPEC (ORGANIZATION_OF_PETROLEUM_EXPORTING_COUNTRIES), UNICEF. Null
    /// otherwise (RUSSIA beside RUSSIAN_FEDERATION is a word).
    /// </summary>
    private static string? AcronymOfAnAlias(ActorRecord record)
    {
        var word = record.Phrase.Trim('_');
        if (word.Length is < 2 or > 8 || !word.All(char.IsAsciiLetterUpper)) return null;
        foreach (var synonym in record.Synonyms)
        {
            var initials = string.Concat(synonym.Split(['_', ' ', '-'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !OrganisationFunctionWords.Contains(w)).Select(w => w[0]));
            if (initials == word) return word;
        }
        return null;
    }

    /// <summary>Function words written in lower case after the first word of an organisation's or a place's name
    /// (English, and the Spanish, Portuguese and French of party names).</summary>
    private static readonly FrozenSet<string> OrganisationFunctionWords = FrozenSet.ToFrozenSet(
        ["OF", "THE", "AND", "FOR", "IN", "ON", "TO", "AT", "BY", "DE", "DEL", "DES", "DU", "LA", "LAS", "LE", "LES", "LOS", "EN", "ET", "Y", "DA", "DO", "DOS", "DAS"],
        StringComparer.Ordinal);

    /// <summary>Short words that the dictionaries write in capitals like every other word, but which are words, not
    /// acronyms, in organisations' and places' names ("NEW_ZEALAND" → "New Zealand", "RED_CROSS", "APPLE_INC").</summary>
    private static readonly FrozenSet<string> OrdinaryShortWords = FrozenSet.ToFrozenSet(
        ["NEW", "OLD", "RED", "GAS", "OIL", "LAW", "AID", "WAR", "AIR", "ONE", "TWO", "SIX", "TEN", "NON", "ALL", "SUN", "ART", "TOP",
         "UP", "NO", "USE", "TEA", "TAX", "KEY", "BIG", "BOX", "GOD", "ARM", "NOW", "MAP", "SKY", "SEA", "SAY", "LOW", "HOT", "OUT",
         "WAY", "RUN", "FLY", "JOY", "HOW", "HER", "BAR", "ERA", "DAY", "CAR", "BAY", "BUS", "NET", "PAZ", "SAN", "SAO", "RIO",
         "SRI", "LAO", "INC", "LTD", "CO", "PLC", "ALI", "LEE", "MAN",
         // name particles and function words that begin a name ("AL_QAEDA", "THE_HAGUE", "DE_BEERS")
         "THE", "OF", "AND", "FOR", "AL", "EL", "BIN", "DE", "DI", "DA", "VAN", "VON", "LA", "LE", "DU", "IBN", "ABU", "BEN"],
        StringComparer.Ordinal);

    /// <summary>I to XXXIX, as in "Elizabeth II" or "Carl XVI Gustaf".</summary>
    private static bool IsRegnalNumber(string w) => w.Length > 0 && RegnalNumber.IsMatch(w);

    private static readonly System.Text.RegularExpressions.Regex RegnalNumber =
        new("^X{0,3}(IX|IV|V?I{0,3})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

}
