using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Tacitus.Coding.Dictionaries;
using Tacitus.Core;

namespace Tacitus.Coding.Actors;

/// <summary>The work of <see cref="ActorResolver"/> on one document.</summary>
internal sealed partial class ActorResolution
{
    private readonly ActorLexicon _lex;
    private readonly Document _doc;
    private readonly DateOnly? _date;
    private readonly TextWord[] _w;
    private readonly int[] _owner;          // word → index in _matches, or -1
    private readonly bool[] _used;          // word is part of a mention or of a person's description
    private readonly List<Match> _matches = [];
    private readonly List<ActorDraft> _actors = [];
    private readonly Dictionary<string, ActorDraft> _byKey = new(StringComparer.Ordinal);
    // Indexes by clause segment, so that coreference looks only at nearby clauses (a document-wide scan per mention
    // made a 1 MB text cost ~4x more per byte than a 10 KB one).
    private readonly Dictionary<int, List<PersonMention>> _personsBySegment = [];
    private readonly Dictionary<int, List<ThingMention>> _thingsBySegment = [];   // mentions of non-person actors, for its
    private readonly List<(int Start, int End, int Segment, ActorDraft Actor)> _pluralMentions = [];   // "Russian troops", for they/their
    private int[] _segmentFirstMatch = [];  // segment → index of its first match in _matches (matches are in text order)

    /// <summary>How many clauses back a description ("the Russian leader") looks for the person it refers to.</summary>
    internal const int DescriptionWindowSegments = 200;

    private readonly GivenNames _names;

    public ActorResolution(ActorLexicon lexicon, Document document, GivenNames? givenNames = null)
    {
        _lex = lexicon;
        _names = givenNames ?? GivenNames.None;
        _doc = document;
        _date = document.PublicationDate;
        _w = TextWords.Build(document, lexicon);
        _owner = new int[_w.Length];
        Array.Fill(_owner, -1);
        _used = new bool[_w.Length];
    }

    public ImmutableArray<Actor> Resolve()
    {
        if (_w.Length == 0) return [];
        MatchDictionaries();
        IndexMatchesBySegment();
        ResolvePeople();
        ResolveSurnames();
        AgreeOnContextCountries();
        ResolveDescriptions();
        ResolveCollectives();
        ResolvePronouns();
        ResolveQuotedFirstPerson();
        return Assemble();
    }

    // ---------------------------------------------------------------- dictionary matching

    private void MatchDictionaries()
    {
        var names = PersonNameWords();
        var usTowns = new HashSet<int>();
        MatchDictionaries(names, usTowns);
        // A town named in a US address is that town in the whole document ("Birmingham, Alabama. … the Birmingham
        // bombing"): when an earlier mention was read as the country, match again.
        if (usTowns.Count > 0 && _matches.Any(m => m.IsActor && usTowns.Contains(m.Entry)))
        {
            _matches.Clear();
            Array.Fill(_owner, -1);
            MatchDictionaries(names, usTowns);
        }
    }

    /// <param name="names">Where the NER stage's person names lie (<see cref="PersonNameWords"/>).</param>
    /// <param name="usTowns">Country entries found naming a town in a US address, filled as they are found: no actors.</param>
    private void MatchDictionaries(PersonNames names, HashSet<int> usTowns)
    {
        int n = _w.Length;
        var (firstNames, inFullName, surnameFrom, givenFrom) = names;
        int i = 0;
        while (i < n)
        {
            int node = 0, actor = -1, actorEnd = -1, agent = -1, agentEnd = -1;
            for (int j = i; j < n; j++)
            {
                if (j > i && (!_w[j].SoftBefore || _w[j].Segment != _w[i].Segment)) break;
                node = _lex.Step(node, _w[j].Id);
                if (node < 0) break;
                int a = _lex.ActorOn(node, _date);
                if (a >= 0 && ActorCaseOk(i, j)) { actor = a; actorEnd = j + 1; }
                int g = _lex.AgentAt(node);
                if (g >= 0) { agent = g; agentEnd = j + 1; }
            }
            // "Doris Meissner", "Chad Smith", "Saddam Haftar", "Erdogan Bayraktar": a one-word synonym of a country (Phoenix
            // lists DORIS for Greece) or of a person that the NER stage reads as the first name of a two-word person is
            // that person's name.
            if (actor >= 0 && actorEnd == i + 1 && firstNames[i]) actor = -1;
            // "Glenn Edward Murray … Murray said": a country's one-word synonym (Phoenix lists MURRAY, a river, for
            // Australia) inside a full name the NER stage found, or alone after it as its surname, is that person. A
            // country's own name stays the country ("Michael Jordan … Jordan said" is left as it was).
            if (actor >= 0 && actorEnd == i + 1 && !_lex.Entries[actor].IsPerson &&
                (inFullName[i] || (surnameFrom.TryGetValue(_w[i].Key, out int from) && from < i && !IsPrimaryWord(actor, i)) ||
                 IsPrimaryWord(actor, i) && GivenNameAlone(givenFrom, i)))
                actor = -1;
            string? placeCountry = actor >= 0 && !_lex.Entries[actor].IsPerson ? EnglishWords.CountryOf(_lex.Entries[actor].CodeOn(_date)) : null;
            // "Bethlehem Steel Corp.", "American Express Co.": a country's or a place's name that begins a company's
            // name is no actor of that country.
            if (placeCountry is not null && BeginsCompanyName(actorEnd)) actor = -1;
            // "Birmingham, Ala.", "Paris, Texas", "Lebanon, Pa.": a place in the United States, not the country that
            // Phoenix lists the name under (Birmingham is a synonym of the United Kingdom).
            else if (placeCountry is not null && placeCountry != "USA" && UsStateAfter(actorEnd)) { usTowns.Add(actor); actor = -1; }
            else if (actor >= 0 && usTowns.Contains(actor)) actor = -1;
            // "942 million Canadian dollars", "U.S. dollars": a currency, not the country.
            else if (placeCountry is not null && NamesCurrency(actorEnd)) actor = -1;
            // "the Spanish language broadcast of CNN", "Arabic speakers": a language, not the country.
            else if (placeCountry is not null && NamesLanguage(actorEnd)) actor = -1;
            if (actor >= 0 && NamesEponym(actorEnd)) actor = -1;
            // "the Farmington, N.M., carrier", "to combine the two carriers": in a story about airlines a carrier is one,
            // not a warship ("aircraft carrier" is an agent of its own).
            if (agent >= 0 && agentEnd == i + 1 && _w[i].Key is "CARRIER" or "CARRIERS" && AboutAirlines()) agent = -1;
            // "Little Havana", "Little Italy": a neighbourhood named after a country or a city abroad is no actor of it.
            if (placeCountry is not null && NamesEnclave(i)) actor = -1;
            // "Spanish-language television", "government-owned enterprises", "Soviet-made rifles": a name that a hyphen
            // joins to a word making an adjective names neither an actor nor an agent of the noun after it.
            if (actor >= 0 || agent >= 0)
            {
                int end = actor >= 0 && actorEnd >= agentEnd ? actorEnd : agentEnd;
                if (MakesCompoundAdjective(end) || FollowsAttitudePrefix(i)) { actor = -1; agent = -1; }
            }
            if (actor >= 0 && actorEnd >= agentEnd) i = AddMatch(new Match(i, actorEnd, actor, -1));
            else if (agent >= 0)
            {
                while (agentEnd > i + 1 && EnglishWords.TrailingFunctionWords.Contains(_w[agentEnd - 1].Key)) agentEnd--;
                i = AddMatch(new Match(i, agentEnd, -1, agent));
            }
            else i++;
        }
    }

    /// <summary>
    /// "Nine-year-old Georgia Stevens is lacing her skates … Georgia began skating at the age of four": a country's own
    /// name that is the given name of a person named in full before, alone and not after a preposition of place or a
    /// place's name and a comma ("in Georgia", "Atlanta, Georgia"), is that person.
    /// </summary>
    private bool GivenNameAlone(Dictionary<string, int> givenFrom, int i) =>
        givenFrom.TryGetValue(_w[i].Key, out int from) && from < i && !(_w[i].CommaBefore && i > 0 && _w[i - 1].Capitalised && !KinAfter(i + 1, _w[i].Segment)) &&
        !(i > 0 && _w[i - 1].Segment == _w[i].Segment && (EnglishWords.LocativePrepositions.Contains(_w[i - 1].Key) || _w[i - 1].Key is "TO" or "FROM" or "OF")) &&
        !(i + 1 < _w.Length && _w[i + 1].SoftBefore && _w[i + 1].Capitalised);

    /// <summary>Whether the document speaks of airlines or their passengers.</summary>
    private bool AboutAirlines() => _aboutAirlines ??= _w.Any(w => w.Key is "AIRLINE" or "AIRLINES" or "AIRWAYS" or "PASSENGER" or "PASSENGERS" or "AIRFARE" or "AIRFARES");

    private bool? _aboutAirlines;

    /// <summary>Whether the name ending before word <paramref name="end"/> is possessive and a word of kin follows it in
    /// <paramref name="segment"/>: "Elian Gonzalez's father", "Cory Stevens, Georgia's father".</summary>
    private bool KinAfter(int end, int segment)
    {
        int after = end < _w.Length && _w[end].PossessiveS ? end + 1 : end;
        return _w[end - 1].HasPossessive && after < _w.Length && _w[after].Segment == segment && EnglishWords.KinNouns.Contains(_w[after].Key);
    }

    /// <summary>"Gomez, a native of Mexico, was arrested by Danbury police": the country one person comes from says nothing
    /// of the others in the clause.</summary>
    private bool NamesOrigin(Match m) =>
        m.First >= 2 && _w[m.First - 1].Key == "OF" && _w[m.First - 2].Key is "NATIVE" or "NATIVES" or "CITIZEN" or "CITIZENS" or "NATIONAL" or "NATIONALS" &&
        _w[m.First - 2].Segment == _w[m.First].Segment;

    /// <summary>Whether the country name ending before word <paramref name="k"/> names a currency: a dollar sign right
    /// after it ("US$801 million"), or a currency's name after it ("Canadian dollars") that is no verb it is the subject
    /// of ("Russia pounds Kharkiv").</summary>
    private bool NamesCurrency(int k)
    {
        if (k <= 0) return false;
        int end = _w[k - 1].End;
        if (end < _doc.Text.Length && _doc.Text[end] == '.') end++;   // "U.S.$"
        if (end < _doc.Text.Length && _doc.Text[end] == '$') return true;
        return k < _w.Length && _w[k].Segment == _w[k - 1].Segment && _w[k].SoftBefore && !_w[k].Capitalised &&
               EnglishWords.Currencies.Contains(_w[k].Key) && UposAt(_w[k].Start) != "VERB";
    }

    /// <summary>Whether word <paramref name="k"/>, right after a name in its phrase, makes the name a language's:
    /// "Spanish language", "Arabic speakers", "Russian-speaking" (the hyphenated form is also a compound adjective).</summary>
    private bool NamesLanguage(int k) =>
        k > 0 && k < _w.Length && _w[k].Segment == _w[k - 1].Segment && _w[k].SoftBefore && !_w[k].Capitalised &&
        _w[k].Key is "LANGUAGE" or "LANGUAGES" or "SPEAKING" or "SPEAKER" or "SPEAKERS";

    /// <summary>Whether the name beginning at word <paramref name="k"/> follows a capitalised "Little" in the same phrase:
    /// "Little Havana" in Miami, "Little Portugal" in Toronto.</summary>
    private bool NamesEnclave(int k) =>
        k > 0 && _w[k].SoftBefore && _w[k - 1].Segment == _w[k].Segment && _w[k - 1].Key == "LITTLE" && _w[k - 1].Capitalised;

    /// <summary>Whether word <paramref name="k"/> follows the name before it after a hyphen alone and, in lower case, makes
    /// with it an adjective whose noun is not the named one: "-language", "-owned", "-made", "-style".</summary>
    private bool MakesCompoundAdjective(int k) =>
        HyphenBefore(k) && !char.IsUpper(_doc.Text[_w[k].Start]) && EnglishWords.CompoundAdjectiveSuffixes.Contains(_w[k].Key);

    /// <summary>Whether word <paramref name="k"/> follows the word before it in the same clause after a hyphen alone.</summary>
    private bool HyphenBefore(int k) =>
        k > 0 && k < _w.Length && _w[k].Segment == _w[k - 1].Segment && TextWords.IsHyphen(_doc.Text.AsSpan(_w[k - 1].End, _w[k].Start - _w[k - 1].End));

    /// <summary>Whether word <paramref name="k"/> follows "anti" or "pro" and a hyphen alone: "an anti-Saudi campaign", "the
    /// pro-British Protestant majority", "pro-government militias" name an attitude toward the actor, not the actor.</summary>
    private bool FollowsAttitudePrefix(int k) => HyphenBefore(k) && _w[k - 1].Key is "ANTI" or "PRO";

    /// <summary>Whether the name ending before word <paramref name="k"/> names a thing after its person ("Molotov cocktails").</summary>
    private bool NamesEponym(int k) =>
        k > 0 && k < _w.Length && _w[k].Segment == _w[k - 1].Segment && _w[k].SoftBefore && !_w[k].Capitalised && EnglishWords.EponymNouns.Contains(_w[k].Key);

    /// <summary>Whether words from <paramref name="k"/> on are one to four more capitalised words of a name that ends in a
    /// company suffix ("Steel Corp", "Express Co"), joined to the word before by blanks or full stops only.</summary>
    private bool BeginsCompanyName(int k)
    {
        int segment = k > 0 ? _w[k - 1].Segment : 0;
        for (int count = 0; k < _w.Length && count <= 4 && _w[k].Segment == segment && _w[k].SoftBefore && _w[k].Capitalised; k++, count++)
            if (EnglishWords.CompanySuffixes.Contains(_w[k].Key)) return count >= 1;
        return false;
    }

    /// <summary>Whether the word at <paramref name="k"/> follows a comma and names a state of the United States: "Texas",
    /// "New York", "Ala." or "N.Y." (an abbreviation with its full stop).</summary>
    private bool UsStateAfter(int k) =>
        k < _w.Length && _w[k].CommaBefore && _w[k].Capitalised && _w[k].Sentence == _w[k - 1].Sentence && UsStateWordsAt(k) > 0;

    /// <summary>How many words (one or two) a US state's name or AP abbreviation starting at word <paramref name="k"/> has:
    /// "Texas", "New York", "Ala." or "N.Y." (an abbreviation with its full stop); 0 when none starts there.</summary>
    private int UsStateWordsAt(int k)
    {
        var text = _doc.Text;
        bool StopAfter(int j) => _w[j].End < text.Length && text[_w[j].End] == '.';
        if (EnglishWords.UsStates.Contains(_w[k].Key)) return 1;
        if (EnglishWords.UsStateAbbreviations.Contains(_w[k].Key) && StopAfter(k)) return 1;
        if (k + 1 < _w.Length && _w[k + 1].SoftBefore && _w[k + 1].Sentence == _w[k].Sentence &&
            EnglishWords.UsStatePairs.Contains((_w[k].Key, _w[k + 1].Key)))
            return _w[k].Key.Length > 1 || StopAfter(k + 1) ? 2 : 0;
        return 0;
    }

    /// <summary>Matches are found left to right, so each segment's matches are one run of <see cref="_matches"/>.</summary>
    private void IndexMatchesBySegment()
    {
        int segments = _w[^1].Segment + 1;
        _segmentFirstMatch = new int[segments + 1];
        int m = 0;
        for (int s = 0; s <= segments; s++)
        {
            while (m < _matches.Count && _w[_matches[m].First].Segment < s) m++;
            _segmentFirstMatch[s] = m;
        }
    }

    /// <summary>The matches whose first word lies in clause segment <paramref name="segment"/>.</summary>
    private IEnumerable<Match> MatchesIn(int segment)
    {
        if (segment < 0 || segment + 1 >= _segmentFirstMatch.Length) yield break;
        for (int i = _segmentFirstMatch[segment]; i < _segmentFirstMatch[segment + 1]; i++) yield return _matches[i];
    }

    /// <summary>Names must be capitalised; one short word (UK, US, UN) must be all capitals.</summary>
    private bool ActorCaseOk(int first, int last)
    {
        // "Army of god letters claim responsibility", as a transcript writes it: a name of three words or more joined by
        // "of" needs its first word capitalised only.
        bool ofName = false;
        for (int k = first + 1; k < last && !ofName; k++) ofName = _w[k].Key == "OF";
        if (!ofName && !_w[last].Capitalised && !char.IsDigit(_doc.Text[_w[last].Start])) return false;
        if (!_w[first].Capitalised && !char.IsDigit(_doc.Text[_w[first].Start])) return false;
        if (first == last && _w[first].End - _w[first].Start <= 3 && !_w[first].AllCaps) return false;
        if (first == last && _w[first].PossessiveS) return false;
        return true;
    }

    private static readonly FrozenSet<string> DayWords = FrozenSet.ToFrozenSet(["TODAY", "YESTERDAY", "TOMORROW", "TONIGHT"], StringComparer.Ordinal);

    /// <summary>Whether a common noun follows the name in the same phrase ("U.S. embassies", "Kenya police"), not a day word
    /// ("in Russia today"), nor a word in -ing unless <paramref name="ingNoun"/> ("in Kosovo spilling"; but "in the Nairobi
    /// bombing").</summary>
    private bool ModifiesNounAfter(Match m, bool ingNoun = false)
    {
        if (m.End >= _w.Length) return false;
        var next = _w[m.End];
        return next.Segment == _w[m.End - 1].Segment && next.SoftBefore && !next.Capitalised && !DayWords.Contains(next.Key) &&
               (ingNoun || !next.Key.EndsWith("ING", StringComparison.Ordinal)) && UposAt(next.Start) == "NOUN";
    }

    /// <summary>
    /// Whether a country or organisation names where, as the object of a locative preposition: "in Kenya", "in the
    /// Netherlands". Not "at U.S. embassies" (the preposition governs the noun after the name) and, after "the", not a
    /// name that leaves its phrase unfinished: an adjective ("in the Syrian civil war") or the first part of a compound
    /// ("in the U.S.-led campaign", "in the Nairobi bombing"); "at the" is more often aim than place ("targeted at the
    /// United States").
    /// </summary>
    private bool IsWhereNamed(Match m)
    {
        int p = m.First - 1;
        bool determiner = p > 0 && _w[p].Key == "THE" && _w[p].SoftBefore;
        if (determiner)
        {
            p--;
            if (_w[p].Key == "AT" || UposAt(_w[m.End - 1].Start) == "ADJ") return false;
            if (m.End < _w.Length && _w[m.End].Segment == _w[m.End - 1].Segment &&
                TextWords.IsHyphen(_doc.Text.AsSpan(_w[m.End - 1].End, _w[m.End].Start - _w[m.End - 1].End).TrimStart('.'))) return false;
            // "in the Nairobi bombing": after "the", a noun in -ing too is the phrase's head
            if (ModifiesNounAfter(m, ingNoun: true)) return false;
        }
        var prev = _w[p];
        return prev.Sentence == _w[m.First].Sentence && _w[m.First].SoftBefore && EnglishWords.LocativePrepositions.Contains(prev.Key) &&
               !ModifiesNounAfter(m);
    }

    /// <summary>Whether words [<paramref name="first"/>, <paramref name="end"/>) are a US state's name or AP abbreviation
    /// ("N.J.", "Calif.", "New Mexico", "Texas"; <see cref="UsStateWordsAt"/>).</summary>
    private bool IsUsState(int first, int end) => UsStateWordsAt(first) == end - first;

    /// <summary>"Heritage Media Corp., New York, said": a place set off by commas right after a company's name is where the
    /// company sits, as business news writes it; the company speaks, not the place.</summary>
    private bool IsCompanySeat(Match m) =>
        _w[m.First].CommaBefore && EnglishWords.CompanySuffixes.Contains(_w[m.First - 1].Key) && _w[m.First - 1].Segment == _w[m.First].Segment;

    private int AddMatch(Match m)
    {
        int index = _matches.Count;
        if (m.IsActor && !_lex.Entries[m.Entry].IsPerson && m.First > 0 && (IsWhereNamed(m) || IsCompanySeat(m))) m.IsPlace = true;
        _matches.Add(m);
        for (int k = m.First; k < m.End; k++) _owner[k] = index;
        return m.End;
    }

    private Match? MatchEndingAt(int word)
    {
        if (word < 0 || _owner[word] < 0) return null;
        var m = _matches[_owner[word]];
        return m.End - 1 == word ? m : null;
    }

    private Match? MatchStartingAt(int word)
    {
        if (word < 0 || word >= _w.Length || _owner[word] < 0) return null;
        var m = _matches[_owner[word]];
        return m.First == word ? m : null;
    }

    private bool IsCountryOrOrg(Match? m) => m is not null && m.IsActor && !_lex.Entries[m.Entry].IsPerson;

    // ---------------------------------------------------------------- people and their descriptions

    private void ResolvePeople()
    {
        AddCompanyShortNames();
        var candidates = new List<Candidate>();
        foreach (var m in _matches)
            if (m.IsActor && _lex.Entries[m.Entry].IsPerson)
                candidates.Add(new Candidate(m.First, m.End, m.Entry, "dict"));

        // Unknown people named right after a title ("intelligence director Igor Kostyukov") or after "Title, ".
        foreach (var m in _matches)
        {
            if (!m.IsAgent) continue;
            int k = m.End;
            if (k >= _w.Length || _w[k].Segment != _w[m.First].Segment) continue;
            if (!_w[k].SoftBefore && !_w[k].CommaBefore) continue;
            int end = NameRunEnd(k);
            if (end <= k) continue;
            if (_w[k].CommaBefore && end < _w.Length && _w[end].Segment == _w[k].Segment && _w[end].SoftBefore) continue;
            // "Andrews Air Force Base", "the Amherst Police Department", "King Edward Street", "electric car company Tesla":
            // a name that ends in what a place or an institution is called, or that follows a kind of company, names no
            // person.
            if (!_w[k].CommaBefore && (EnglishWords.NamesNoPerson(_w[end - 1].Key) || EnglishWords.OrganisationNouns.Contains(_w[m.End - 1].Key)))
                continue;
            // "The Fairfield, N.J., company": a state after a town names no one.
            if (IsUsState(k, end)) continue;
            candidates.Add(new Candidate(k, end, -1, _w[k].CommaBefore ? "apposition" : "title"));
        }

        // Unknown people followed by an apposition ("Friedrich Merz, the German chancellor,").
        for (int k = 0; k < _w.Length; k++)
        {
            if (_owner[k] >= 0 || !_w[k].Capitalised || EnglishWords.NotNames.Contains(_w[k].Key)) continue;
            if (k > 0 && _w[k].SoftBefore && _w[k - 1].Segment == _w[k].Segment && _w[k - 1].Capitalised) continue;
            int end = NameRunEnd(k);
            if (end - k < 2 || end >= _w.Length || !_w[end].CommaBefore || _w[end].Segment != _w[k].Segment || IsUsState(k, end)) continue;
            if (ScanRight(end) is not null) candidates.Add(new Candidate(k, end, -1, "apposition"));
        }

        // Unknown people the NER stage found.
        foreach (var (first, end) in PersonEntities())
            candidates.Add(new Candidate(first, end, -1, "ner"));

        candidates.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : b.End.CompareTo(a.End));
        int coveredUntil = -1;
        var earlierNameWords = new HashSet<string>(StringComparer.Ordinal);
        var givenNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
            if (c.Source == "ner" && c.End - c.First >= 2) givenNames.Add(_w[c.First].Key);
        foreach (var c in candidates)
        {
            if (c.First < coveredUntil) continue;   // overlaps an earlier (longer) candidate
            // One word the NER stage calls a person, or that follows a title ("Gen. Powell"), that is part of an earlier
            // full name ("Petrov" after "Ivan Petrov", "Xi" after "Xi Jinping", "Powell" after "Colin Powell") is that
            // person again: left to ResolveSurnames, not a new actor.
            if (c.Entry < 0 && c.End - c.First == 1 && earlierNameWords.Contains(_w[c.First].Key)) continue;
            // So is a given name the NER stage calls a person before the full name it starts: "followed by Manuel and
            // Lazaro in 1984" before "Lazaro Gonzalez", "Lynn and Bob Fodge" before "Lynn Fodge". (Not a family name, which
            // kin share: "Mr Paterson", the victim, before his sister "Kataraina Paterson".)
            if (c.Source == "ner" && c.End - c.First == 1 && givenNames.Contains(_w[c.First].Key) && !NamesNoOneHere(c, null))
            {
                _nameBeforeFullName.Add(c.First);
                continue;
            }
            if (c.Source == "ner" && c.End - c.First == 1 && _organisationWords.Contains(_w[c.First].Key)) continue;
            // A candidate that is no person ("executive director Jessica Hansen": no office, no nationality) leaves its
            // words to the next candidate (the NER stage's).
            if (!AddPerson(c)) continue;
            coveredUntil = c.End;
            if (c.End - c.First >= 2)
                for (int k = c.First; k < c.End; k++) earlierNameWords.Add(_w[k].Key);
        }
    }

    /// <summary>
    /// "McCaw Cellular Communications Inc. … McCaw has forced LIN's hand": the first word of a company's name the NER stage
    /// found (one that ends in a company suffix) is that company's short name wherever it stands alone, not a person's.
    /// </summary>
    private void AddCompanyShortNames()
    {
        foreach (var e in _doc.Entities)
        {
            if (e.Label is not ("ORG" or "ORGANIZATION")) continue;
            var (first, last) = WordsWithin(e.Span);
            if (last <= first || !EnglishWords.CompanySuffixes.Contains(_w[last].Key) || !_w[first].Capitalised) continue;
            _organisationWords.Add(_w[first].Key);
        }
    }

    /// <summary>Whether a party and a state follow the name ending before word <paramref name="end"/>: ", R-N.C.,", ", D-Ind.",
    /// " (R-Texas)".</summary>
    private bool UsPartyStateAfter(int end) =>
        end > 0 && PartyState().IsMatch(_doc.Text.AsSpan(_w[end - 1].End, Math.Min(24, _doc.Text.Length - _w[end - 1].End)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[,(]\s*[RDI]-[A-Z][A-Za-z.]*(\s[A-Z][a-z.]+)?\s*([,);]|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PartyState();

    /// <summary>Adds the candidate as a person, or a mention of one; false when it is no person (no dictionary entry,
    /// no description, and not from the NER stage).</summary>
    private bool AddPerson(Candidate c)
    {
        var description = Describe(c.First, c.End);
        // "Sen. Jesse Helms, R-N.C.,": a party and state after the name, as American news writes them for members of
        // Congress, say the person is American, whatever country the clause is about ("… the embargo against Cuba").
        if (description?.Country is null && UsPartyStateAfter(c.End))
        {
            description ??= new Description();
            description.SetNationality(c.End, c.End, "USA", "USA");
        }
        LexiconEntry? entry = c.Entry >= 0 ? _lex.Entries[c.Entry] : null;
        if (entry is null && description is null && c.Source != "ner") return false;
        if (NamesNoOneHere(c, entry)) return false;
        // "Upjohn Co.", "Ford, which holds": a name that reads as an organisation's.
        if (entry is null && description is null && c.Source == "ner" && NamesOrganisation(c.First, c.End))
        {
            for (int k = c.First; k < c.End; k++)
                if (!EnglishWords.CompanySuffixes.Contains(_w[k].Key)) _organisationWords.Add(_w[k].Key);
            return false;
        }

        foreach (var t in TitlesInside(c.First, c.End))
            description = (description ?? new Description()).AddRole(t.Role, t.Agent);
        // "… shot Russia's ambassador to Turkey … Ambassador Andrei Karlov": a title that names no country takes the
        // country of the same office described just before, and that description is this person.
        var earlier = description is { Country: null, Head: { } title } && c.Entry < 0 ? EarlierDescription(c.First, title) : null;
        if (earlier is not null) description!.Merge(earlier);

        string? cameo = entry?.CodeOn(_date);
        string? country = EnglishWords.CountryOf(cameo);
        string producer;
        string key;
        string name;
        bool fromContext = false, contextFromPeople = true;
        if (entry is not null)
        {
            key = "E" + c.Entry.ToString(CultureInfo.InvariantCulture);
            name = entry.Name;
            producer = $"dict:{entry.Source} {entry.Phrase}";
            string? outOfOffice = cameo is null ? OutOfOfficeCode(entry) : null;
            if (cameo is null && description is not null)
            {
                fromContext = description.Country is null && outOfOffice is null;
                country = description.Country ?? EnglishWords.CountryOf(outOfOffice) ?? ContextCountry(c.First);
                cameo = Combine(country, description);
            }
            else if (outOfOffice is not null)
            {
                cameo = outOfOffice;
                country = EnglishWords.CountryOf(outOfOffice);
            }
        }
        else
        {
            name = Surface(c.First, c.End);
            key = NameKey(c.First, c.End);
            string how = description?.NationalityCode is not null ? "nationality" : "context";
            // A bare name takes the country of a country or organisation in its clause ("Russia said Ivan Petrov
            // resigned"), not of another person there ("Putin praised Xi" is no Russian Xi).
            // "Caroline Wyatt reports.", "Elaine Corey has more from San Francisco.": a broadcast's reporter signing on
            // belongs to no country the story is about.
            fromContext = description?.Country is null && description?.NationalityCode is null && !SignsOnReport(c.End);
            contextFromPeople = description is not null;
            country = description?.Country ?? (fromContext ? ContextCountry(c.First, fromPeople: contextFromPeople) : null);
            cameo = description is null ? country : Combine(country, description);
            producer = description is null ? "rule:ner-person" : $"rule:description ({c.Source}, country from {how})";
        }

        var actor = GetOrAdd(key, () => new ActorDraft(key, name, cameo, country, producer, isPerson: true));
        actor.NameWords.UnionWith(Enumerable.Range(c.First, c.End - c.First).Select(k => _w[k].Key));
        if (entry is not null) actor.NameWords.UnionWith(PhraseNormalizer.Words(entry.Name));
        if (description is not null) foreach (var r in description.Roles) actor.AddRole(r);
        if (entry?.Role is not null) actor.DictionaryRole ??= entry.Role;
        if (entry is not null && !actor.NameFromText && PhraseNormalizer.Key(Surface(c.First, c.End)) == PhraseNormalizer.Key(entry.Phrase))
        {
            actor.Name = NameAsWritten(Surface(c.First, c.End), entry.Name);
            actor.NameFromText = true;
        }
        if (actor.Mentions.Count == 0 && fromContext) actor.Context = new ContextCountryRule(description, contextFromPeople);
        if (actor.Cameo is null && cameo is not null) { actor.Cameo = cameo; actor.Country = country; }

        string rule = entry is not null ? $"dict:{entry.Source}" : c.Source == "ner" ? "ner" : $"description:{c.Source}";
        if (earlier is not null) AddMention(actor, earlier.Words.Min(), earlier.Words.Max() + 1, "coref:description-before");
        AddMention(actor, c.First, c.End, rule);
        if (description is not null) foreach (var k in description.Words) _used[k] = true;
        return true;
    }

    /// <summary>Where each word occurs, in text order (built on first use).</summary>
    private List<int> PositionsOf(string key)
    {
        if (_positions is null)
        {
            _positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int k = 0; k < _w.Length; k++)
            {
                if (!_positions.TryGetValue(_w[k].Key, out var list)) _positions[_w[k].Key] = list = [];
                list.Add(k);
            }
        }
        return _positions[key];
    }

    private Dictionary<string, List<int>>? _positions;

    /// <summary>The key of a name no dictionary knows, without its middle initials: "James C. Kopp" and "James Kopp" are
    /// one person (the first word and the last must still agree).</summary>
    private string NameKey(int first, int end) =>
        "N" + string.Join(' ', Enumerable.Range(first, end - first).Where(k => k == first || k == end - 1 || !IsInitial(k)).Select(k => _w[k].Key));

    private bool IsInitial(int k) => _w[k].Key.Length == 1 && char.IsAsciiLetter(_w[k].Key[0]);

    /// <summary>Words of names that <see cref="NamesOrganisation"/> found to be an organisation's: alone later ("Williams"
    /// after "A.L. Williams Corp."), the NER stage's person is that organisation again.</summary>
    private readonly HashSet<string> _organisationWords = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a name the NER stage calls a person is an organisation's: a company suffix in or just after it ("Upjohn
    /// Co."), an organisation noun just before it ("the Qatari club El Jaish"), a one-word acronym in a sentence not
    /// written in capitals ("pushed LIN and BellSouth"), or, at any of its occurrences, "which" after it ("Ford, which
    /// holds"), an apposition that says so ("Polly Peck, a fast-growing British conglomerate") or a company's
    /// possession ("Sansui's shares"). A form of address before any occurrence ("Mr. Antar") says it is a person; "which"
    /// before a form of "be" says nothing ("an ultimatum by Bill Morneau, which is insulting").
    /// </summary>
    private bool NamesOrganisation(int first, int end)
    {
        int segment = _w[first].Segment;
        for (int k = first; k <= end && k < _w.Length; k++)
            if (EnglishWords.CompanySuffixes.Contains(_w[k].Key) && (k < end || (_w[k].Segment == segment && _w[k].Capitalised)))
                return true;
        // "Institut Merieux S.A."
        if (end + 1 < _w.Length && _w[end].Segment == segment && _w[end].Key == "S" && _w[end + 1].Key == "A") return true;
        if (first > 0 && _w[first - 1].Segment == segment && !_w[first - 1].Capitalised && _w[first].SoftBefore &&
            EnglishWords.OrganisationNouns.Contains(_w[first - 1].Key))
            return true;
        if (end - first == 1 && _w[first].AllCaps && !(first > 0 && _w[first - 1].AllCaps && _w[first - 1].Segment == segment) &&
            !(end < _w.Length && _w[end].AllCaps && _w[end].Segment == segment))
            return true;
        bool organisation = false;
        int length = end - first;
        // "Mr. Edelman": a form of address before the surname says person.
        foreach (int k in PositionsOf(_w[end - 1].Key))
            if (k > 0 && EnglishWords.Honorifics.Contains(_w[k - 1].Key) && _w[k].Capitalised) return false;
        foreach (int k in PositionsOf(_w[first].Key))
        {
            if (k + length > _w.Length) break;
            bool same = true;
            for (int i = 0; i < length && same; i++) same = _w[k + i].Key == _w[first + i].Key && _w[k + i].Capitalised;
            if (!same) continue;
            int after = k + length;
            if (after >= _w.Length || _w[after].Segment != _w[k].Segment) continue;
            // "Ford, which holds": but "an ultimatum by Bill Morneau, which is insulting" is about the ultimatum.
            if (_w[after].Key == "WHICH") organisation |= after + 1 < _w.Length && _w[after + 1].Key is not ("IS" or "WAS" or "ARE" or "WERE");
            else if (_w[after].PossessiveS && after + 1 < _w.Length && _w[after + 1].Segment == _w[k].Segment &&
                     EnglishWords.CompanyPossessions.Contains(_w[after + 1].Key)) organisation = true;
            else if (_w[after].CommaBefore && _w[after].Key is "A" or "AN" or "THE")
                for (int j = after + 1; j < _w.Length && j <= after + 5 && _w[j].Segment == _w[k].Segment && !_w[j].CommaBefore; j++)
                    if (!_w[j].Capitalised && EnglishWords.OrganisationNouns.Contains(_w[j].Key)) { organisation = true; break; }
        }
        return organisation;
    }

    /// <summary>The noun an agent's phrase ends in, before any trailing preposition ("AMBASSADOR_TO" → AMBASSADOR).</summary>
    private static string? HeadWord(AgentRecord agent)
    {
        var words = PhraseNormalizer.Words(agent.Phrase);
        for (int i = words.Count - 1; i >= 0; i--)
            if (!EnglishWords.TrailingFunctionWords.Contains(words[i])) return words[i];
        return null;
    }

    /// <summary>Segments back that <see cref="EarlierDescription"/> looks (about three sentences).</summary>
    private const int EarlierDescriptionSegments = 6;

    /// <summary>
    /// The nearest description before word <paramref name="k"/>, a few clauses back, of an office with the same head noun
    /// as <paramref name="title"/> and a country ("Russia's ambassador to Turkey", "the Russian ambassador"), that is no
    /// title or apposition of another named person and no actor yet; null when there is none.
    /// </summary>
    private Description? EarlierDescription(int k, AgentRecord title)
    {
        var headWord = HeadWord(title);
        if (headWord is null || !EnglishWords.PersonTitleNouns.Contains(headWord)) return null;
        int segment = _w[k].Segment;
        for (int s = segment; s >= 0 && s > segment - EarlierDescriptionSegments; s--)
        {
            var inSegment = MatchesIn(s).Where(m => m.IsAgent && m.End <= k).ToList();
            for (int i = inSegment.Count - 1; i >= 0; i--)
            {
                var m = inSegment[i];
                if (_used[m.First] || HeadWord(_lex.Agents[m.Agent]) != headWord) continue;
                // a title of a name ("Russian ambassador Ivan Petrov") or an apposition ("Ivan Petrov, Russia's ambassador")
                if (m.End < _w.Length && _w[m.End].Segment == s && _w[m.End].SoftBefore && _w[m.End].Capitalised) continue;
                var d = ScanLeft(m.End, requireAgent: true, personTitle: false);
                if (d?.Country is null || d.Words.Any(w => _used[w])) continue;
                int first = d.Words.Min();
                if (_w[first].CommaBefore && first > 0 && _w[first - 1].Capitalised && _w[first - 1].Segment == s) continue;
                return d;
            }
        }
        return null;
    }

    /// <summary>
    /// The code of a dictionary person on a date none of its codes covers, when it has no default either (Yitzhak
    /// Rabin, [ISRGOV 920713-951104], in a 1998 story): the country of the nearest period, as an elite, which is how
    /// Phoenix codes people before, between and after their offices. Null when there is no date, when a default
    /// exists (<c>[---]</c> included: known but deliberately uncoded), or when no period names a country.
    /// </summary>
    private string? OutOfOfficeCode(LexiconEntry entry)
    {
        if (_date is not { } date || entry.Codes.Any(r => r.IsDefault)) return null;
        string? country = null;
        int best = int.MaxValue;
        foreach (var r in entry.Codes)
        {
            if (EnglishWords.CountryOf(r.Code) is not { } c) continue;
            int distance = r.Until is { } until && date > until ? date.DayNumber - until.DayNumber
                : r.From is { } from && date < from ? from.DayNumber - date.DayNumber : 0;
            if (distance < best) { best = distance; country = c; }
        }
        return country is null ? null : country + "ELI";
    }

    /// <summary>Words of a name after a title: capitalised words and name particles, ending on a capitalised word.</summary>
    private int NameRunEnd(int k)
    {
        if (k >= _w.Length) return k;
        int segment = _w[k].Segment, end = k, i = k;
        while (i < _w.Length && _w[i].Segment == segment && (i == k || _w[i].SoftBefore) && i - k < 5)
        {
            var w = _w[i];
            if (_owner[i] >= 0 || w.PossessiveS) break;
            if (w.Capitalised && !EnglishWords.NotNames.Contains(w.Key) && !w.AllCaps) end = i + 1;
            else if (!(EnglishWords.NameParticles.Contains(w.Key) && i > k)) break;
            i++;
        }
        return end;
    }

    /// <summary>Where the NER stage's person names lie, for dictionary matching.</summary>
    /// <param name="FirstNames">Words that begin a person of exactly two words ("Doris" of "Doris Meissner").</param>
    /// <param name="InFullName">Words inside a person's name of two words or more.</param>
    /// <param name="SurnameFrom">The last word (the surname) of each such name, with the word where it first ends.</param>
    private readonly record struct PersonNames(bool[] FirstNames, bool[] InFullName, Dictionary<string, int> SurnameFrom, Dictionary<string, int> GivenFrom);

    private PersonNames PersonNameWords()
    {
        var first = new bool[_w.Length];
        var inside = new bool[_w.Length];
        var surnames = new Dictionary<string, int>(StringComparer.Ordinal);
        var given = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (f, end) in PersonSpans())
        {
            if (end - f < 2) continue;
            if (end - f == 2 && _w[f + 1].Capitalised) first[f] = true;
            for (int k = f; k < end; k++) inside[k] = true;
            if (_w[end - 1].Capitalised && (!surnames.TryGetValue(_w[end - 1].Key, out var at) || at > end - 1)) surnames[_w[end - 1].Key] = end - 1;
            if (_w[f].Capitalised && (!given.TryGetValue(_w[f].Key, out var g) || g > f)) given[_w[f].Key] = f;
        }
        return new PersonNames(first, inside, surnames, given);
    }

    /// <summary>Whether word <paramref name="k"/> is the whole primary phrase of the entry ("JORDAN", not the alias "AMMAN").</summary>
    private bool IsPrimaryWord(int entry, int k) => PhraseNormalizer.Words(_lex.Entries[entry].Phrase) is [var only] && only == _w[k].Key;

    private IEnumerable<(int First, int End)> PersonEntities()
    {
        foreach (var (first, end) in PersonSpans())
        {
            bool free = true;
            for (int k = first; k < end; k++) if (_owner[k] >= 0 || _w[k].PossessiveS) free = false;
            if (free) yield return (first, end);
        }
    }

    /// <summary>The words of each person the NER stage found, without a leading honorific (read once: dictionary
    /// matching and person resolution both ask).</summary>
    private IReadOnlyList<(int First, int End)> PersonSpans() => _personSpans ??= [.. ReadPersonSpans()];

    private List<(int First, int End)>? _personSpans;

    private IEnumerable<(int First, int End)> ReadPersonSpans()
    {
        var spans = new List<TextSpan>();
        foreach (var e in _doc.Entities)
            if (e.Label is "PER" or "PERSON") spans.Add(e.Span);
        if (spans.Count == 0)
        {
            int start = -1, end = -1;
            foreach (var t in _doc.Tokens)
            {
                var tag = t.Ner;
                if (tag is "B-PER" || (tag is "I-PER" && start < 0))
                {
                    if (start >= 0) spans.Add(new TextSpan(start, end));
                    start = t.Span.Start; end = t.Span.End;
                }
                else if (tag is "I-PER") end = t.Span.End;
                else if (start >= 0) { spans.Add(new TextSpan(start, end)); start = -1; }
            }
            if (start >= 0) spans.Add(new TextSpan(start, end));
        }
        spans = JoinAdjacent(spans);
        foreach (var s in spans)
        {
            var (first, last) = WordsWithin(s);
            if (first < 0) continue;
            // "of Colton Way": a street, not a person.
            if (last > first && EnglishWords.StreetWords.Contains(_w[last].Key)) continue;
            // "the Roe vs. Wade decision", "Brown v. Board of Education": the parties of a court case name the case.
            if (IsCaseParty(first, last)) continue;
            // "Mr Suarez": the honorific is no part of the name, so the surname links to "Fernando Suarez".
            while (first < last && EnglishWords.Honorifics.Contains(_w[first].Key)) first++;
            yield return (first, last + 1);
        }
    }

    /// <summary>
    /// "Justice John Paul Stevens", tagged as two persons, "John" and "Paul Stevens": two names the NER stage found with
    /// nothing but spaces between them are one.
    /// </summary>
    private List<TextSpan> JoinAdjacent(List<TextSpan> spans)
    {
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var joined = new List<TextSpan>(spans.Count);
        foreach (var s in spans)
        {
            if (joined.Count > 0 && joined[^1].End < s.Start && _doc.Text.AsSpan(joined[^1].End, s.Start - joined[^1].End).TrimStart(' ').IsEmpty)
                joined[^1] = new TextSpan(joined[^1].Start, s.End);
            else joined.Add(s);
        }
        return joined;
    }

    /// <summary>Whether words [first, last] stand right before or after the "vs." or "v." of a court case's name.</summary>
    private bool IsCaseParty(int first, int last)
    {
        bool Versus(int k) => k >= 0 && k < _w.Length && !_w[k].Capitalised && _w[k].Key is "VS" or "VS." or "V" or "V." or "VERSUS";
        return first > 0 && _w[first].Segment == _w[first - 1].Segment && Versus(first - 1) ||
               last + 1 < _w.Length && _w[last + 1].Segment == _w[last].Segment && Versus(last + 1);
    }

    /// <summary>The first and last word lying wholly inside <paramref name="span"/>; (-1, -1) when none does.</summary>
    private (int First, int Last) WordsWithin(TextSpan span)
    {
        int first = -1, last = -1;
        for (int k = FirstWordAtOrAfter(span.Start); k < _w.Length && _w[k].Start < span.End; k++)
            if (_w[k].End <= span.End) { if (first < 0) first = k; last = k; }
        return (first, last);
    }

    /// <summary>The description of the person named by words [first, end): a title before it, or an apposition on either side.</summary>
    /// <param name="titleBeforeComma">Whether a title followed by a comma describes the name after it ("The Russian
    /// foreign minister, Sergei Lavrov,"). Not for a later mention: "… not that of the Cuban government,'' Estefan said".</param>
    private Description? Describe(int first, int end, bool titleBeforeComma = true)
    {
        Description? d = null;
        if (first > 0 && _w[first].Segment == _w[first - 1].Segment)
        {
            if (_w[first].SoftBefore) d = ScanLeft(first, requireAgent: false);
            else if (_w[first].CommaBefore && titleBeforeComma) d = ScanLeft(first, requireAgent: true);
        }
        if (end < _w.Length && _w[end].Segment == _w[first].Segment && _w[end].CommaBefore)
        {
            var right = ScanRight(end);
            if (right is not null) d = d is null ? right : d.Merge(right);
        }
        return d;
    }

    /// <summary>Reads a title chain that ends just before word <paramref name="end"/>: [nationality['s]] [modifiers] agent … .</summary>
    /// <param name="institutionTitles">Whether an office that needs an institution (<see cref="NeedsInstitution"/>) may be
    /// read as one; when the chain names none, it is read again with such a word as a plain noun.</param>
    private Description? ScanLeft(int end, bool requireAgent, bool personTitle = true, bool institutionTitles = true)
    {
        var d = new Description();
        int right = end;
        int segment = _w[end - 1].Segment;
        bool firstStep = true, adjective = false;
        int plainNouns = 0;
        while (right > 0)
        {
            int j = right - 1;
            if (_w[j].Segment != segment) break;
            if (!firstStep && !_w[right].SoftBefore) break;
            firstStep = false;
            var m = MatchEndingAt(j);
            bool unmatched = m is null && _owner[j] < 0;
            if (m is { IsAgent: true, IsActor: false } && !institutionTitles && NeedsInstitution(_lex.Agents[m.Agent])) (m, unmatched) = (null, true);
            if (m is not null && m.IsAgent && plainNouns == 0)
            {
                if (personTitle && !AgentFitsTitle(m)) break;
                d.AddAgentLeft(m.First, m.End, _lex.Agents[m.Agent]);
                right = m.First;
                continue;
            }
            if (unmatched && plainNouns == 0 && EnglishWords.TitleModifiers.Contains(_w[j].Key))
            {
                d.Former |= IsFormer(j);
                d.AddModifierLeft(j, EnglishWords.RoleModifiers.Contains(_w[j].Key));
                right = j;
                continue;
            }
            // "an Iraqi diplomatic delegation", "the Russian naval command": one lower-case adjective between a group's
            // nationality and its agent noun.
            if (!personTitle && requireAgent && unmatched && d.HasAgent && !adjective && plainNouns == 0 && !_w[j].Capitalised
                && UposAt(_w[j].Start) == "ADJ" && j > 0 && _w[j].SoftBefore && MatchEndingAt(j - 1) is { } nationality && IsCountryOrOrg(nationality))
            {
                adjective = true;
                right = j;
                continue;
            }
            // "Cuban rafter Elian Gonzalez", "British tourist John Smith": one or two plain nouns right before the name
            // may follow the nationality, which then gives the country and no role ("U.S. ally Tony Blair" does not).
            if (!requireAgent && unmatched && !d.HasAgent && plainNouns < 2
                && !_w[j].Capitalised && !EnglishWords.RelationNouns.Contains(_w[j].Key) && UposAt(_w[j].Start) == "NOUN")
            {
                plainNouns++;
                right = j;
                continue;
            }
            int natEnd = j;
            if (_w[j].PossessiveS && j > 0) { natEnd = j - 1; m = MatchEndingAt(natEnd); }
            // "WASHINGTON Christopher Steele, who wrote …": a story's dateline, in capitals before the first name of the
            // text, is where the reporter was, not the person's affiliation.
            if (m is not null && right == end && IsDateline(m)) break;
            // After plain nouns only an adjective of nationality: "Russia expert Fiona Hill" is no Russian.
            if (IsCountryOrOrg(m) && !m!.IsPlace && (natEnd == j || _w[j].PossessiveS) && (plainNouns == 0 || UposAt(_w[m.First].Start) == "ADJ"))
            {
                var code = _lex.Entries[m.Entry].CodeOn(_date);
                // A country, or an international organisation as affiliation ("NATO Secretary General Mark Rutte").
                if (code is not null && (d.HasAgent || !requireAgent))
                {
                    var country = EnglishWords.CountryOf(code);
                    d.SetNationality(m.First, j + 1, country, code);
                    right = m.First;
                    // "Former South Korean President …": a former office holder is an elite, not the government.
                    if (right > 0 && _w[right].SoftBefore && _w[right - 1].Segment == segment && _owner[right - 1] < 0 && IsFormer(right - 1))
                    {
                        d.Former = true;
                        d.AddWord(right - 1);
                    }
                    // "U.S. Secretary of State": an institution may itself be premodified by its country.
                    var before = right > 0 && _w[right].SoftBefore && _w[right - 1].Segment == segment ? MatchEndingAt(right - 1) : null;
                    if (country is not null && IsCountryOrOrg(before) && !before!.IsPlace && EnglishWords.CountryOf(_lex.Entries[before.Entry].CodeOn(_date)) == country)
                        for (int k = before.First; k < before.End; k++) d.AddWord(k);
                }
            }
            break;
        }
        if (requireAgent ? !d.HasAgent : !d.HasAgent && d.Country is null) return null;
        d.Finish(this);
        if (institutionTitles && !HasInstitution(d)) return ScanLeft(end, requireAgent, personTitle, institutionTitles: false);
        return d;
    }

    /// <summary>
    /// Whether the office is one of government only when an institution names it: "FBI Director Louis Freeh", "director of
    /// the CIA", "State Department international security director Dave Carpenter" are, a film's or a charity's director
    /// ("Spanish director Pedro Almodovar", "Manitoba Underdogs Rescue executive director Jessica Hansen") is not.
    /// </summary>
    /// <remarks>Only the bare word: "intelligence director" names its sector (SPY) itself.</remarks>
    private static bool NeedsInstitution(AgentRecord agent) => PhraseNormalizer.Words(agent.Phrase) is [var only] && EnglishWords.InstitutionTitles.Contains(only);

    /// <summary>False only for a description whose office needs an institution (<see cref="NeedsInstitution"/>) and whose
    /// nationality is none: a country's institution has a sector after its country (USACOP, USAGOV), a bare country not.</summary>
    private static bool HasInstitution(Description d) =>
        d.Head is not { } head || !NeedsInstitution(head) || d.NationalityCode is { Length: > 3 } code && EnglishWords.CountryOf(code) is not null;

    /// <summary>Whether the match is the text's first words, written in capitals with at least four letters: a dateline
    /// ("WASHINGTON", "DAR ES SALAAM"; not "UK" or "U.S.").</summary>
    private bool IsDateline(Match m)
    {
        if (m.First != 0) return false;
        int letters = 0;
        for (int k = m.First; k < m.End; k++)
        {
            if (!_w[k].AllCaps) return false;
            foreach (char c in _doc.Text.AsSpan(_w[k].Start, _w[k].End - _w[k].Start)) if (char.IsLetter(c)) letters++;
        }
        return letters >= 4;
    }

    /// <summary>Reads an apposition after a name: ", [the|a] [nationality['s]] [modifiers] agent …" ending at a comma or the sentence end.</summary>
    private Description? ScanRight(int start)
    {
        var d = new Description();
        int segment = _w[start].Segment, k = start;
        bool Soft(int i) => i < _w.Length && _w[i].Segment == segment && (i == start || _w[i].SoftBefore);
        if (Soft(k) && EnglishWords.Determiners.Contains(_w[k].Key) && _owner[k] < 0) { d.AddWord(k); k++; }
        // "former Cuban ambassador": modifiers may come before the nationality too
        while (Soft(k) && _owner[k] < 0 && EnglishWords.TitleModifiers.Contains(_w[k].Key))
        {
            d.Former |= IsFormer(k);
            d.AddModifierRight(k, EnglishWords.RoleModifiers.Contains(_w[k].Key));
            k++;
        }
        var m = MatchStartingAt(k);
        if (Soft(k) && IsCountryOrOrg(m) && !m!.IsPlace)
        {
            var code = _lex.Entries[m.Entry].CodeOn(_date);
            if (code is not null)
            {
                var country = EnglishWords.CountryOf(code);
                int natEnd = m.End;
                if (natEnd < _w.Length && _w[natEnd].PossessiveS) natEnd++;
                d.SetNationality(m.First, natEnd, country, code);
                k = natEnd;
            }
        }
        int agentEnd = -1;
        while (Soft(k))
        {
            m = MatchStartingAt(k);
            if (m is not null && m.IsAgent && AgentFitsTitle(m)) { d.AddAgentRight(m.First, m.End, _lex.Agents[m.Agent]); k = agentEnd = m.End; }
            else if (_owner[k] < 0 && EnglishWords.TitleModifiers.Contains(_w[k].Key)) { d.Former |= IsFormer(k); d.AddModifierRight(k, EnglishWords.RoleModifiers.Contains(_w[k].Key)); k++; }
            else break;
        }
        if (!d.HasAgent || !d.EndsWithAgent) return null;
        // "U.S. v. Abdulkader, U.S. District Court, Southern District of Ohio": an institution after the name is where the
        // name stands (a case, an address), no office the person holds.
        if (EnglishWords.InstitutionNouns.Contains(_w[agentEnd - 1].Key)) return null;
        // A country or international organisation may complete the office up to the apposition's end: "Ivan Petrov, the
        // Russian ambassador to Turkey," (not Turkish), "Sergei Lavrov, foreign minister of Russia," (Russian). Any other
        // phrase ("president of Royal LePage", "leader of the National Policy Institute") names a private body, whose
        // office is no government's, and ends the apposition here (no description).
        // "the ambassador in Ankara" ends there too, but says nothing of the person's own country. "commander of U.S.
        // forces": the country may come with an agent noun.
        if (Soft(k) && _w[k].Key is "TO" or "OF" or "AT" or "IN")
        {
            int j = k + 1;
            if (Soft(j) && EnglishWords.Determiners.Contains(_w[j].Key)) j++;
            var of = MatchStartingAt(j);
            if (Soft(j) && IsCountryOrOrg(of))
            {
                int end = of!.End;
                if (Soft(end) && MatchStartingAt(end) is { IsAgent: true } troops) end = troops.End;
                else if (Soft(end) && !_w[end].Capitalised && _owner[end] < 0 && !Soft(end + 1)) end++;   // "U.S. forces"
                if (!Soft(end))
                {
                    if (_w[k].Key == "OF" && d.NationalityCode is null && _lex.Entries[of.Entry].CodeOn(_date) is { } code)
                        d.SetNationality(of.First, of.End, EnglishWords.CountryOf(code), code);
                    k = end;
                }
            }
        }
        if (k < _w.Length && _w[k].Segment == segment && _w[k].SoftBefore) return null;   // the apposition must end here
        d.Finish(this);
        return HasInstitution(d) ? d : null;
    }

    /// <summary>Whether the words from <paramref name="k"/> end a sentence with a reporter's sign-on after a name:
    /// "reports", "has more", "has details", "has that", "has the story", "has this report", and perhaps "from" a place.</summary>
    private bool SignsOnReport(int k)
    {
        if (k <= 0 || k >= _w.Length || _w[k].Sentence != _w[k - 1].Sentence || !_w[k].SoftBefore) return false;
        int sentence = _w[k].Sentence;
        bool In(int i) => i < _w.Length && _w[i].Sentence == sentence;
        int j;
        if (_w[k].Key == "REPORTS") j = k + 1;
        else if (_w[k].Key == "HAS" && In(k + 1) && _w[k + 1].Key is "MORE" or "DETAILS" or "THAT") j = k + 2;
        else if (_w[k].Key == "HAS" && In(k + 2) && (_w[k + 1].Key, _w[k + 2].Key) is ("THE", "STORY") or ("THIS", "REPORT")) j = k + 3;
        else return false;
        if (In(j) && _w[j].Key == "FROM") for (j++; In(j) && _w[j].Capitalised; j++) { }
        return !In(j);
    }

    /// <summary>"former", "ex-": the office named next is past.</summary>
    private bool IsFormer(int k) => _w[k].Key is "FORMER" or "EX";

    /// <summary>Plural agents ("troops") and prefix codes ("NGO~") do not title a single person.</summary>
    private bool AgentFitsTitle(Match m) => !_lex.Agents[m.Agent].IsPlural && !_lex.Agents[m.Agent].IsPrefix;

    private IEnumerable<(string Role, AgentRecord Agent)> TitlesInside(int first, int end)
    {
        // Dictionary aliases such as RUSSIAN_PRESIDENT_VLADIMIR_PUTIN carry the title inside the match.
        for (int i = first; i < end; i++)
        {
            int node = 0, agent = -1, agentEnd = -1;
            for (int j = i; j < end; j++)
            {
                node = _lex.Step(node, _w[j].Id);
                if (node < 0) break;
                int g = _lex.AgentAt(node);
                if (g >= 0) { agent = g; agentEnd = j + 1; }
            }
            if (agent >= 0 && !_lex.Agents[agent].IsPlural)
            {
                yield return (TitleCase(Surface(i, agentEnd)), _lex.Agents[agent]);
                i = agentEnd - 1;
            }
        }
    }

    /// <summary>The country of the context of word <paramref name="k"/>: where the person lives or is returned to, else a
    /// country named in its clause (not one that describes what someone owns), else a person's there, else in the two
    /// clauses before.</summary>
    /// <param name="fromPeople">Whether a known person of the clause may give the country, when no country or
    /// organisation does ("intelligence director Igor Kostyukov" beside "Medinsky").</param>
    private string? ContextCountry(int k, bool fromPeople = true)
    {
        int segment = _w[k].Segment;
        // The clause's countries and organisations, but not where someone goes ("would travel to the
        // United States"); two different ones say nothing about this person.
        // Where the person lives or is sent home to ("the decision to return Elian Gonzalez to Cuba") says more of them
        // than the clause's other countries (the U.S. government that decides), which it outranks.
        var (clause, clauseAgrees, homeCountry, homeAgrees) = ClauseCountries(k, fromPeople);
        if (homeCountry is not null) return homeAgrees ? homeCountry : null;
        if (clause is not null) return clauseAgrees ? clause : null;
        // "The boy's father, Juan Miguel Gonzalez, lives in Cuba": the name's apposition ends its segment before the verb.
        // Only when the next segment, in the same sentence, opens with the verb ("lives in Cuba"), not a later sentence's
        // ("Both great-uncles live in Miami").
        foreach (var m in MatchesIn(segment + 1))
            if (IsCountryOrOrg(m) && m.IsPlace && ResidenceVerb(m, k) is var v and >= 1 && _w[v].Sentence == _w[k].Sentence &&
                _w[v - 1].Segment == segment && EnglishWords.CountryOf(_lex.Entries[m.Entry].CodeOn(_date)) is { } home)
                return home;
        if (fromPeople)
            foreach (var m in MatchesIn(segment))
            {
                if (!m.IsActor || !_lex.Entries[m.Entry].IsPerson) continue;
                if (EnglishWords.CountryOf(_lex.Entries[m.Entry].CodeOn(_date)) is { } c) return c;
            }
        for (int s = segment - 1; s >= segment - 2 && s >= 0; s--)
        {
            string? last = null;
            foreach (var m in MatchesIn(s))
            {
                if (!IsCountryOrOrg(m) || m.IsPlace || NamesOrigin(m)) continue;
                last = EnglishWords.CountryOf(_lex.Entries[m.Entry].CodeOn(_date)) ?? last;
            }
            if (last is not null) return last;
        }
        return null;
    }

    /// <summary>Where the person of word <paramref name="k"/> lives or is sent home to, by the clause of k alone; null
    /// when it says none or two.</summary>
    private string? HomeCountry(int k) => ClauseCountries(k, fromPeople: true) is { Home: { } home, HomeAgrees: true } ? home : null;

    /// <summary>The countries and organisations of the clause of word <paramref name="k"/> (the one they agree on, if
    /// they do), and of those the home of its person (<see cref="ContextCountry"/>).</summary>
    private (string? Clause, bool ClauseAgrees, string? Home, bool HomeAgrees) ClauseCountries(int k, bool fromPeople)
    {
        string? clause = null, homeCountry = null;
        bool clauseAgrees = true, homeAgrees = true;
        foreach (var m in MatchesIn(_w[k].Segment))
        {
            bool isHome = m.IsPlace && ResidenceVerb(m, k) >= 0 || IsEndpoint(m) && IsReturnHome(m, k);
            if (!IsCountryOrOrg(m) || (m.IsPlace || IsEndpoint(m)) && !isHome || IsDateline(m) || ModifiesPossessed(m)) continue;
            if (!fromPeople && DescribesNamedPerson(m)) continue;
            if (NamesOrigin(m)) continue;
            if (EnglishWords.CountryOf(_lex.Entries[m.Entry].CodeOn(_date)) is not { } c) continue;
            if (isHome)
            {
                homeAgrees &= homeCountry is null || homeCountry == c;
                homeCountry = c;
            }
            clauseAgrees &= clause is null || clause == c;
            clause = c;
        }
        return (clause, clauseAgrees, homeCountry, homeAgrees);
    }

    /// <summary>
    /// A nationality that is part of another person's title: "Kenyan" in "Kenyan President Daniel arap Moi" (a country or
    /// organisation, then one or more titles, then a capitalised name). It tells that person's country, not a bare
    /// name's in the same clause: "Albright told Kenyan President Daniel arap Moi" made Albright Kenyan.
    /// </summary>
    private bool DescribesNamedPerson(Match m)
    {
        int k = m.End, titles = 0;
        while (k < _w.Length && _w[k].Segment == _w[m.First].Segment && _w[k].SoftBefore && MatchStartingAt(k) is { IsAgent: true, IsActor: false } t)
        {
            titles++;
            k = t.End;
        }
        return titles > 0 && k < _w.Length && _w[k].Segment == _w[m.First].Segment && _w[k].SoftBefore && _w[k].Capitalised &&
               !EnglishWords.NotNames.Contains(_w[k].Key);
    }

    /// <summary>
    /// Whether an endpoint is where someone of the clause before it is sent or goes back home: "the decision to return
    /// 6-year-old Elian Gonzalez to Cuba", "bring the six-year-old boy home to Cuba", "Elian's return to Cuba" (a word of
    /// return up to six words before the "to"). Not for a person named after it: "to inappropriately repatriate Elian
    /// Gonzalez to Cuba,'' said Alex Penelas" says nothing of the mayor.
    /// </summary>
    private bool IsReturnHome(Match m, int person)
    {
        if (person > m.First) return false;
        int to = WordBefore(m);
        for (int r = to - 1; r >= 0 && r >= to - 6 && _w[r].Segment == _w[m.First].Segment; r--)
            if (ReturnWords.Contains(_w[r].Key))
                // the person is the one returned: between the word of return and "to" ("return 6-year-old Elian Gonzalez
                // to Cuba"), or the last person named before it ("prevent Elian Gonzalez from being returned to Cuba",
                // "Elian's return to Cuba"); not someone asked to stop it ("asked Justice Kennedy to block Elian's return
                // to Cuba").
                return r < person || !PersonNamedBetween(person, r);
        return false;
    }

    /// <summary>Whether a person other than the one named at word <paramref name="person"/> is named after it and before
    /// word <paramref name="before"/>, in its clause.</summary>
    private bool PersonNamedBetween(int person, int before)
    {
        if (!_personsBySegment.TryGetValue(_w[person].Segment, out var mentions)) return false;
        foreach (var p in mentions)
            if (p.Start > _w[person].Start && p.Start < _w[before].Start && !p.Holds(_w[person].Start)) return true;
        return false;
    }

    /// <summary>When a place is where someone named before it in the clause lives or was born ("The boy's father, Juan
    /// Miguel Gonzalez, lives in Cuba"), the word of living or birth before "in" and the place; else -1.</summary>
    private int ResidenceVerb(Match m, int person)
    {
        int k = WordBefore(m);
        return person < m.First && k >= 1 && _w[k].Key == "IN" && _w[k - 1].Segment == _w[m.First].Segment && ResidenceWords.Contains(_w[k - 1].Key)
            ? k - 1 : -1;
    }

    private static readonly FrozenSet<string> ResidenceWords = FrozenSet.ToFrozenSet(
        ["LIVE", "LIVES", "LIVED", "LIVING", "RESIDE", "RESIDES", "RESIDED", "RESIDING", "BORN"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ReturnWords = FrozenSet.ToFrozenSet(
        ["RETURN", "RETURNS", "RETURNED", "RETURNING", "REPATRIATE", "REPATRIATED", "REPATRIATING", "REPATRIATION", "DEPORT",
         "DEPORTED", "DEPORTING", "DEPORTATION", "BACK", "HOME"], StringComparer.Ordinal);

    /// <summary>Whether the match stands right after a possessive and so describes the thing possessed, not the person of
    /// the clause: "Elian's Miami relatives", "his Miami home".</summary>
    private bool ModifiesPossessed(Match m)
    {
        int k = m.First - 1;
        if (k < 0 || _w[k].Segment != _w[m.First].Segment || !_w[m.First].SoftBefore) return false;
        return _w[k].PossessiveS || _w[k].Key is "HIS" or "HER" or "THEIR" or "ITS";
    }

    /// <summary>The word right before match <paramref name="m"/>, past one determiner ("to the United States" gives
    /// "to"); -1 at the text's start.</summary>
    private int WordBefore(Match m)
    {
        int k = m.First - 1;
        if (k >= 0 && EnglishWords.Determiners.Contains(_w[k].Key)) k--;
        return k;
    }

    /// <summary>A match after TO, INTO or TOWARD(S), with perhaps THE between: where someone goes ("from" is more often where someone is from).</summary>
    private bool IsEndpoint(Match m)
    {
        int k = WordBefore(m);
        return k >= 0 && _w[k].Sentence == _w[m.First].Sentence && _w[k].Key is "TO" or "INTO" or "TOWARD" or "TOWARDS";
    }

    /// <summary>
    /// The country of a bare agent noun from its surroundings: when every country, organisation, place and known person
    /// in its clause and the two before belongs to one country ("Kenyan police arrested protesters": the protesters
    /// are Kenyan; "police in Paris": French), that country; when there are several ("Ukraine said Russian troops
    /// attacked civilians"), null. When there are none, the country the document is about (<see cref="DocumentCountry"/>):
    /// "the federal government" in a story about Canada is Canada's. Where someone else after the agent is from says
    /// nothing of it: "four members of the security forces and a female tourist from Canada were killed".
    /// </summary>
    private string? OnlyCountryNear(int k, int end)
    {
        string? only = null;
        int segment = _w[k].Segment;
        for (int s = segment; s >= segment - 2 && s >= 0; s--)
            foreach (var m in MatchesIn(s))
            {
                if (CountryOfMatch(m) is not { } c || NamesOrigin(m)) continue;
                if (WordBefore(m) is var from && from > end && _w[from].Key == "FROM") continue;
                if (only is not null && only != c) return null;
                only = c;
            }
        return only ?? DocumentCountry();
    }

    /// <summary>The country of a country, organisation, place or known person the dictionary matched; else null.</summary>
    private string? CountryOfMatch(Match m) =>
        IsCountryOrOrg(m) || (m.IsActor && _lex.Entries[m.Entry].IsPerson) ? EnglishWords.CountryOf(_lex.Entries[m.Entry].CodeOn(_date)) : null;

    /// <summary>
    /// The country the document is about: the country of at least two thirds of its country-bearing matches, and of at
    /// least three of them; else null (an international story, or too little to say).
    /// </summary>
    private string? DocumentCountry()
    {
        if (_documentCountryDone) return _documentCountry;
        _documentCountryDone = true;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int total = 0;
        foreach (var m in _matches)
            if (CountryOfMatch(m) is { } c)
            {
                counts[c] = counts.GetValueOrDefault(c) + 1;
                total++;
            }
        foreach (var (c, n) in counts)
            if (n >= 3 && n * 3 >= total * 2) _documentCountry = c;
        return _documentCountry;
    }

    private string? _documentCountry;
    private bool _documentCountryDone;

    private static string? Combine(string? country, Description d)
    {
        // An organisation's own code (IGOUNO, IGOWSTNAT); else one of a group that belongs to no state, with no country
        // known ("Rebel spokesman Bassam Haj Mustafa": ---REB, as the rebels he speaks for).
        if (country is null) return d.NationalityCode ?? (d.Head is { Code.Length: 3 } h && NonStateGroupCodes.Contains(h.Code) ? "---" + h.Code : null);
        if (d.Former && d.Head is not null) return country + "ELI";   // as Phoenix's FORMER_PRESIDENT [~ELI]
        // "FBI Director", "Senate leader": a generic office of a country's institution is that institution's (USACOP, USALEG).
        if (d.Head is { Code: "GOV" } && d.NationalityCode is { Length: > 3 } institution && EnglishWords.CountryOf(institution) == country)
            return institution;
        if (d.Head is { } head) return head.Combine(country);
        return d.NationalityCode ?? country;
    }

    // ---------------------------------------------------------------- coreference

    /// <summary>A capitalised word that is a name word of a person already mentioned ("Lammy" after "David Lammy", "Xi" after "Xi Jinping").</summary>
    private void ResolveSurnames()
    {
        var bySurname = new Dictionary<string, ActorDraft?>(StringComparer.Ordinal);
        foreach (var a in _actors)
        {
            if (!a.IsPerson) continue;
            foreach (var word in a.NameWords)
            {
                // Two letters are enough for a family name of a full name ("Xi" of Xi Jinping, "Li" of Li Qiang), but not
                // for a word of English ("He", "In").
                if (word.Length < 2 || (word.Length == 2 && (a.NameWords.Count < 2 || EnglishWords.NotNames.Contains(word))) || EnglishWords.NameParticles.Contains(word)) continue;
                bySurname[word] = bySurname.TryGetValue(word, out var other) && other != a ? null : a;
            }
        }
        for (int k = 0; k < _w.Length; k++)
        {
            if (_owner[k] >= 0 || _used[k] || !_w[k].Capitalised || _w[k].AllCaps) continue;
            if (!bySurname.TryGetValue(_w[k].Key, out var actor) || actor is null) continue;
            if (actor.FirstStart > _w[k].Start && !_nameBeforeFullName.Contains(k)) continue;
            if (StartsLongerName(k) || NamesEponym(k + 1) || FollowsAttitudePrefix(k)) continue;
            // A title right before ("Gen. Powell", "President Havel") is part of the mention, and its role the person's.
            int first = k;
            if (k > 0 && _w[k].SoftBefore && _w[k - 1].Segment == _w[k].Segment && ScanLeft(k, requireAgent: true) is { } title
                && title.Words.All(t => !_used[t]))
            {
                first = Math.Min(k, title.Words.Min());
                foreach (var r in title.Roles) actor.AddRole(r);
            }
            AddMention(actor, first, k + 1, "coref:surname");
        }
    }

    /// <summary>
    /// A person whose country was to come from context: a later mention that states it ("Alarcon, former Cuban
    /// ambassador to the United Nations," after "Ricardo Alarcon, president of the National Assembly") gives it, over
    /// the context of the first. Else, when the first mention's clause gave none (no country there, or two that
    /// disagree), the person takes the country its later mentions' clauses agree on: "Gomez, a native of Mexico" after
    /// "Rafael Gomez, 27, stood before Judge …". One vote per clause (<see cref="ContextCountry"/>); a tie gives none. A
    /// country the first mention's clause gave is not overruled by later clauses: on the wire stories tried, that was
    /// more often wrong than right (most clauses that name Elian Gonzalez name the United States).
    /// </summary>
    private void AgreeOnContextCountries()
    {
        foreach (var actor in _actors)
        {
            if (actor.Context is not { } rule) continue;
            Description? stated = null;
            for (int i = 0; i < actor.MentionWords.Count && stated is null; i++)
            {
                var (first, end) = actor.MentionWords[i];
                if (i > 0 && Describe(first, end, titleBeforeComma: false) is { Country: not null } d) stated = d;
                else if (CopularDescription(first, end) is { Country: not null } p) stated = p;
            }
            if (stated is not null)
            {
                actor.Country = stated.Country;
                actor.Cameo = Combine(stated.Country, rule.Description is { Head: not null } first ? first : stated);
                foreach (var r in stated.Roles) actor.AddRole(r);
                foreach (var k in stated.Words) _used[k] = true;   // the apposition is this person, not another actor
                continue;
            }
            // Where the person lives or is sent home to, in any clause that names them ("ruled that Elian Gonzalez must
            // be returned to Cuba" after a first clause about U.S. officials), outranks the country of the first
            // mention's clause.
            if (HomeOfMentions(actor) is { } home)
            {
                actor.Country = home;
                actor.Cameo = rule.Description is null ? home : Combine(home, rule.Description);
                continue;
            }
            if (actor.Country is not null) continue;
            var votes = new Dictionary<string, int>(StringComparer.Ordinal);
            var segments = new HashSet<int>();
            foreach (var (k, _) in actor.MentionWords)
            {
                if (!segments.Add(_w[k].Segment)) continue;
                if (ContextCountry(k, rule.FromPeople) is { } c) votes[c] = votes.GetValueOrDefault(c) + 1;
            }
            if (votes.Count == 0) continue;
            int top = votes.Values.Max();
            var leaders = votes.Where(v => v.Value == top).Select(v => v.Key).ToList();
            if (leaders.Count > 1) continue;
            actor.Country = leaders[0];
            actor.Cameo = rule.Description is null ? leaders[0] : Combine(leaders[0], rule.Description);
        }
    }

    /// <summary>The one home country the clauses of a person's mentions give (<see cref="HomeCountry"/>); null when none
    /// does or two disagree.</summary>
    private string? HomeOfMentions(ActorDraft actor)
    {
        string? home = null;
        var segments = new HashSet<int>();
        foreach (var (k, _) in actor.MentionWords)
        {
            if (!segments.Add(_w[k].Segment) || HomeCountry(k) is not { } c) continue;
            if (home is not null && home != c) return null;
            home = c;
        }
        return home;
    }

    /// <summary>
    /// Whether the capitalised word after <paramref name="k"/> makes word k the start of a longer, other name: a free
    /// word ("Ivan Petrovsky"), or a proper noun the dictionary matched as a country or organisation ("George
    /// Washington", Washington being USAGOV); not a weekday, a month or an all-capital word.
    /// </summary>
    private bool StartsLongerName(int k)
    {
        int n = k + 1;
        if (n >= _w.Length || _w[n].Segment != _w[k].Segment || !_w[n].SoftBefore || !_w[n].Capitalised || _w[n].AllCaps
            || EnglishWords.NotNames.Contains(_w[n].Key)) return false;
        if (_owner[n] < 0) return !_used[n];
        var m = _matches[_owner[n]];
        // a proper noun ("Washington"), not a demonym ("grant Elian American citizenship", "the anti-Castro Cuban exiles")
        return m.IsActor && !_lex.Entries[m.Entry].IsPerson && UposAt(_w[n].Start) == "PROPN";
    }

    /// <summary>Nouns after an institution that name part of it, so an attack on them is one on it: "police station", "military convoy".</summary>
    private static readonly FrozenSet<string> InstitutionUnitNouns = FrozenSet.ToFrozenSet(
        ["STATION", "STATIONS", "POST", "POSTS", "BASE", "BASES", "CONVOY", "CONVOYS", "HEADQUARTERS", "CHECKPOINT", "CHECKPOINTS",
         "PATROL", "PATROLS", "VEHICLE", "VEHICLES", "UNIT", "UNITS", "BUILDING", "BUILDINGS", "COMPOUND", "BARRACKS", "OFFICERS",
         "FORCES", "TROOPS", "PERSONNEL", "CAMP", "CAMPS", "POSITION", "POSITIONS", "OUTPOST", "OUTPOSTS", "AIRCRAFT", "HELICOPTER", "JET", "JETS"],
        StringComparer.Ordinal);

    /// <summary>The universal part-of-speech tag of the token starting at <paramref name="start"/>, if any.</summary>
    private string? UposAt(int start) => TokenStartingAt(start)?.Upos;

    /// <summary>The token starting at <paramref name="start"/>, if any.</summary>
    private Token? TokenStartingAt(int start)
    {
        var tokens = _doc.Tokens.AsSpan();
        int t = SpanSearch.IndexAt(tokens, start);
        return t >= 0 && tokens[t].Span.Start == start ? tokens[t] : null;
    }

    /// <summary>Codes of groups outside any state's institutions: rebels, insurgents, armed groups, opposition, separatists,
    /// radicals.</summary>
    private static readonly FrozenSet<string> NonStateGroupCodes = FrozenSet.ToFrozenSet(["REB", "INS", "UAF", "OPP", "SEP", "RAD"], StringComparer.Ordinal);

    /// <summary>Agent types whose singular noun names an institution, not one person: the government, the police, the military, the courts, parliament, the intelligence service.</summary>
    private static readonly FrozenSet<string> BareInstitutionTypes = FrozenSet.ToFrozenSet(["GOV", "MIL", "COP", "JUD", "LEG", "SPY"], StringComparer.Ordinal);

    /// <summary>
    /// A bare agent noun, with no country or name: "police arrested protesters", "rebels attacked", "the government
    /// condemned". A group ("rebels", "protesters", "civilians") or an institution ("police", "the government", "the
    /// military") is an actor; its country is unknown, which CAMEO (as PETRARCH writes it) marks with "---" unless
    /// <see cref="OnlyCountryNear"/> finds one. Not actors: one unnamed official with no antecedent ("the minister
    /// said"); one person named by a noun ("the gunman", "a woman": usually someone the text names, or no party to an
    /// event); people in general ("people", "men"); an institution where something happened ("near the embassy", "in
    /// parliament"; "fired at police" keeps its target) or one that modifies another noun ("the prison sentence",
    /// "court documents"; but "a police station", "a military convoy" are the institution's).
    /// </summary>
    private bool BareAgentIsActor(AgentRecord head, bool personTitle, int first, int end, bool owned)
    {
        // A capitalised agent inside a sentence is part of a name ("the Amherst Police Department"), except an institution
        // written as its own name: "requested funding from Congress", "a vote in Parliament".
        // (Nor does it hold for a faith's people in the plural, whose name is always capitalised: "the two wings of Egypt --
        // Muslims and Christians".)
        if (personTitle || _w[first].Capitalised && first > 0 && _w[first - 1].Segment == _w[first].Segment && !NamedInstitution(first, end) &&
            !(head.Code.Length >= 3 && FaithCodes.Contains(head.Code[..3]) && _w[end - 1].Key.EndsWith('S'))) return false;
        if (head.Code.StartsWith("PPL", StringComparison.Ordinal)) return false;
        // "officials said", "federal officials": whose officials the clause rarely says; "U.S. officials" (with its
        // country) and "government officials" (its own agent) are actors. So with "forces" ("joined forces", "economic
        // forces", "our forces"); "U.S. forces", "government forces" and "Iraq's forces" (<paramref name="owned"/> by
        // someone of a known country) are.
        if (!owned && PhraseNormalizer.Words(head.Phrase) is ["OFFICIAL"] or ["OFFICIALS"] or ["FORCES"]) return false;
        if (head.IsPlural) return true;
        if (!BareInstitutionTypes.Contains(head.Code.Length >= 3 ? head.Code[..3] : head.Code)) return false;
        int before = first - 1;
        if (before >= 0 && _w[before].Segment == _w[first].Segment && EnglishWords.Determiners.Contains(_w[before].Key)) before--;
        if (before >= 0 && _w[before].Segment == _w[first].Segment && _w[before].Key != "AT" && EnglishWords.LocativePrepositions.Contains(_w[before].Key)) return false;
        return !(end < _w.Length && _w[end].Segment == _w[first].Segment && _w[end].SoftBefore && !_w[end].Capitalised
                 && UposAt(_w[end].Start) == "NOUN" && !InstitutionUnitNouns.Contains(_w[end].Key));
    }

    /// <summary>Agent types of a faith's people: Christians, Muslims, Jews, Hindus, Buddhists.</summary>
    private static readonly FrozenSet<string> FaithCodes = FrozenSet.ToFrozenSet(["CHR", "MUS", "JEW", "HIN", "BUD"], StringComparer.Ordinal);

    /// <summary>Whether the agent at [<paramref name="first"/>, <paramref name="end"/>) is one capitalised word of a
    /// legislature, a government or the police standing alone, no word of a longer name: "Congress", "Parliament", "the
    /// Senate". (Not "Army, Navy and Air Force troops", nor "Janet Holmes a Court".)</summary>
    private bool NamedInstitution(int first, int end) =>
        end - first == 1 && _w[first].Key is "CONGRESS" or "PARLIAMENT" or "SENATE" or "CABINET" or "LEGISLATURE" or "GOVERNMENT" or "POLICE" &&
        !_w[first].AllCaps &&
        !(first > 0 && _w[first - 1].Segment == _w[first].Segment && _w[first].SoftBefore && _w[first - 1].Capitalised) &&
        !(end < _w.Length && _w[end].Segment == _w[first].Segment && _w[end].SoftBefore && (_w[end].Capitalised || _w[end].Key == "OF"));

    /// <summary>Title chains without a name: "the Russian leader" (→ the Russian leader already mentioned) or "the Russian delegation" (a collective actor).</summary>
    private void ResolveDescriptions()
    {
        foreach (var m in _matches)
        {
            if (!m.IsAgent || _used[m.First]) continue;
            var d = ScanLeft(m.End, requireAgent: true, personTitle: false);
            if (d is null || d.Head is null) continue;
            if (d.Words.Any(k => _used[k])) continue;
            int first = d.Words.Min(), end = d.Words.Max() + 1;
            var head = d.Head;
            var headWord = HeadWord(head) ?? "";
            bool personTitle = !head.IsPlural && EnglishWords.PersonTitleNouns.Contains(headWord);
            if (personTitle)
            {
                var antecedent = DescriptionAntecedent(d, headWord, first, end);
                if (antecedent is not null)
                {
                    AddMention(antecedent, first, end, "coref:description");
                    foreach (var k in d.Words) _used[k] = true;
                    continue;
                }
                if (_w[first].Capitalised && !EnglishWords.Determiners.Contains(_w[first].Key) && NameRunEnd(end) > end) continue;
            }
            // "Iraq's dangerous army", "Hun Sen's troops", "Castro said his government", "the government of Saudi Arabia",
            // "the Clinton administration": whose the group is says its country.
            var owner = d.Country is null && d.NationalityCode is null
                ? PossessorCountry(first) ?? OfCountry(end) ?? LeaderBefore(first) ?? (headWord == "KINGDOM" ? LatestKingdom(first) : null)
                : null;
            if (d.Country is null && !BareAgentIsActor(head, personTitle, first, end, owned: owner is not null))
            {
                // "After shooting the ambassador, the gunman got into a shootout with police before he was killed": an
                // attacker or criminal no name was found for still stands between a pronoun and an earlier name (the
                // victim, often).
                if (!head.IsPlural && (head.Code.StartsWith("UAF", StringComparison.Ordinal) || head.Code.StartsWith("CRM", StringComparison.Ordinal)) &&
                    NameRunEnd(end) == end && !EnglishWords.CollectiveNouns.Contains(headWord))
                    AddPersonMention(first, end, _unnamedPerson);
                continue;
            }
            // "NATO leaders", "EU officials": an international organisation's group is that organisation's (IGOWSTNATGOV),
            // not the country of the clause nor another organisation's; "Associated Press writers" are the AP's (MED, not
            // MEDMED).
            var organisation = d.Country is null ? d.NationalityCode : null;
            // "The bomb ripped through the American Embassy … damaged the embassy": an embassy or consulate with no country
            // of its own is the one the text described before; it is never the host country's, which the clause names.
            bool mission = headWord is "EMBASSY" or "CONSULATE" && !head.IsPlural && d.Country is null && owner is null && organisation is null;
            // "the embassy-sponsored exhibition in Ankara": an adjective made with a hyphen names no embassy that acts.
            bool adjectiveOnly = mission && HyphenBefore(end) && !_w[end].Capitalised;
            var earlier = mission && !adjectiveOnly ? LatestDescribed(headWord, first) : null;
            if (adjectiveOnly || earlier is not null)
            {
                if (earlier is not null) AddMention(earlier, first, end, "description");
                foreach (var k in d.Words) _used[k] = true;
                continue;
            }
            var country = d.Country ?? owner ?? (organisation is null && !mission && !OfManyCountries(end) && !ManyNationsBefore(first) ? OnlyCountryNear(first, end) : null);
            var code = organisation is not null ? head.Combine(organisation)
                : country is null ? (head.IsPrefix ? head.Code : ActorCodes.UnknownCountry + head.Code) : head.Combine(country);
            AddDescribedGroup(head, headWord, code, country, TitleCase(Surface(first, end)),
                d.Country is not null || country is null ? $"rule:description ({head.Source})"
                : owner is not null ? $"rule:description ({head.Source}, country from owner)"
                : $"rule:description ({head.Source}, country from context)",
                first, end, "description");
            foreach (var k in d.Words) _used[k] = true;
            // "American and British troops", "Russian and Ukrainian delegations": nationalities coordinated before a
            // group's noun each name that country's group.
            if (d.Country is not null && (head.IsPlural || headWord == "FORCES"))
                foreach (var (nf, ne, c) in CoordinatedNationalities(first))
                {
                    AddDescribedGroup(head, headWord, head.Combine(c), c, TitleCase(Surface(nf, ne) + " " + Surface(m.First, m.End)),
                        $"rule:description ({head.Source}, coordinated nationality)", nf, ne, "description:coordinated");
                    for (int k = nf; k < ne; k++) _used[k] = true;
                }
        }
    }

    /// <summary>
    /// The person a title without a name ("the Russian leader", "the president") stands for, or null. "the Russian leader"
    /// → the latest Russian already mentioned who holds that office (or, for a leader's noun, leads a government). "the
    /// president", with no country, → the person an earlier "the president" of the text stood for, while they hold the
    /// office; else the latest holder, past one the text set apart by a country ("Putin … the Russian president … The
    /// president said he had warned Mr Putin" is Obama), and a holder by role before a government member with no known
    /// role ("Clinton said … Albright, echoing the president"). A title in apposition to a name is that name's ("Eitan,
    /// the science minister"; no one for an unknown name: "Ricardo Alarcon, president of the National Assembly"). No one
    /// for a title in parentheses before a name ("(President) Kennedy"), owned by someone or something ("the university's
    /// senior vice president"), indefinite ("a spokesman"), of something other than a country ("the leader of a
    /// terrorist organization"), or held "as" with no one in its sentence; nor a holder of another rank or office ("Vice
    /// President" is not the president, "the prime minister" no finance minister: <see cref="RoleIsOffice"/>).
    /// </summary>
    private ActorDraft? DescriptionAntecedent(Description d, string headWord, int first, int end)
    {
        if (TitleOfAName(first, end, out var named)) return named;
        bool Soft(int k) => k >= 0 && k < _w.Length && _w[k].Segment == _w[first].Segment && _w[k].SoftBefore;
        string before = first > 0 && Soft(first) ? _w[first - 1].Key : "";
        // "a spokesman, who by custom was not identified", "A district court judge upheld": someone not yet named; "the
        // university's senior vice president": someone else's.
        if (before is "A" or "AN" || before != "" && _w[first - 1].PossessiveS) return null;
        string? country = d.Country;
        // "the president of Poland" is of that country; "the leader of a terrorist organization", "president of
        // Safaricentre International" of something no earlier person is said to lead.
        if (country is null && Soft(end) && _w[end].Key == "OF" && (country = OfCountry(end)) is null) return null;
        var title = PhraseNormalizer.Words(d.Roles.Count > 0 ? d.Roles[0] : headWord);
        string rank = RankOf(title);
        bool Holds(ActorDraft a) => a.Roles.Any(r => RoleIsOffice(r, headWord, title, rank)) ||
                                    a.Roles.Count == 0 && a.DictionaryRole is { } role && RoleIsOffice(role, headWord, title, rank);
        bool Leads(ActorDraft a) => EnglishWords.LeaderNouns.Contains(headWord) && a.Cameo is { Length: >= 6 } c && c.AsSpan(3, 3).SequenceEqual("GOV") &&
                                    (EnglishWords.GenericLeaderNouns.Contains(headWord) || a.Roles.Count == 0 && a.DictionaryRole is null);
        // "Mr. Stronach … resigned as chief executive officer", "Raul, who succeeded him as president": an office held "as"
        // is that of someone in the same sentence, if anyone; "He served as Russia's ambassador": or of whom "he" or
        // "she" before it stands for.
        int from = before == "AS" && !SubjectPronounBefore(first) ? SentenceStart(first) : -1;
        string office = rank + headWord;
        if (country is not null)
        {
            var holder = LatestPerson(first, a => a.Country == country && (Holds(a) || Leads(a)), from);
            if (holder is not null) _setApart.Add((holder, office));
            return holder;
        }
        if (from >= 0) return LatestPerson(first, a => Holds(a) || Leads(a), from);
        if (_bareDescriptions.TryGetValue(office, out var earlier) && (Holds(earlier) || Leads(earlier))) return earlier;
        var found = LatestPerson(first, a => Holds(a) && !_setApart.Contains((a, office))) ?? LatestPerson(first, Holds) ?? LatestPerson(first, Leads);
        if (found is not null) _bareDescriptions[office] = found;
        return found;
    }

    /// <summary>Whether "he" or "she" comes before word <paramref name="k"/> in its clause.</summary>
    private bool SubjectPronounBefore(int k)
    {
        for (int j = k - 1; j >= 0 && _w[j].Segment == _w[k].Segment; j--)
            if (_w[j].Key is "HE" or "SHE") return true;
        return false;
    }

    /// <summary>The text offset where the sentence of word <paramref name="k"/> starts.</summary>
    private int SentenceStart(int k)
    {
        while (k > 0 && _w[k - 1].Sentence == _w[k].Sentence) k--;
        return _w[k].Start;
    }

    /// <summary>Who each title without a country ("PRESIDENT", "VICE PRESIDENT") stood for when the text last used it.</summary>
    private readonly Dictionary<string, ActorDraft> _bareDescriptions = new(StringComparer.Ordinal);

    /// <summary>Persons a title with a country stood for ("the Russian president"), with that title.</summary>
    private readonly HashSet<(ActorDraft, string)> _setApart = [];

    /// <summary>
    /// Whether the title at words <paramref name="first"/>..<paramref name="end"/> belongs to a name next to it, not to
    /// someone mentioned before: after a name and a comma ("Ricardo Alarcon, president of the National Assembly",
    /// "Eitan, the science minister"), <paramref name="named"/> being that person when known; or in parentheses before
    /// a name ("(President) Kennedy").
    /// </summary>
    private bool TitleOfAName(int first, int end, out ActorDraft? named)
    {
        named = null;
        int k = first;
        if (k > 0 && _w[k - 1].Sentence == _w[k].Sentence && _w[k].SoftBefore && EnglishWords.Determiners.Contains(_w[k - 1].Key)) k--;
        if (k > 0 && _w[k].CommaBefore && _w[k - 1].Sentence == _w[k].Sentence && _w[k - 1].Capitalised && MatchEndingAt(k - 1) is not { IsPlace: true })
        {
            named = PersonEndingAt(k - 1);
            // "In Washington, the president said", "On Monday, the president": a place or a day before the comma is no name.
            if (named is not null || k == first) return true;
        }
        if (end < _w.Length && _w[end].Capitalised && _w[end].Sentence == _w[first].Sentence && first > 0)
        {
            var before = _doc.Text.AsSpan(_w[first - 1].End, _w[first].Start - _w[first - 1].End);
            var after = _doc.Text.AsSpan(_w[end - 1].End, _w[end].Start - _w[end - 1].End);
            if (before.Contains('(') && after.Contains(')')) return true;
        }
        return false;
    }

    /// <summary>The rank words of a role's words ("VICE ", "DEPUTY ", "ASSISTANT ", "UNDER "), each followed by a space.</summary>
    private static string RankOf(List<string> words) =>
        string.Concat(words.Where(w => w is "VICE" or "DEPUTY" or "ASSISTANT" or "UNDER").Select(w => w + " "));

    /// <summary>
    /// Whether a person's role <paramref name="role"/> ("King", "Foreign Minister") is the office a title noun names
    /// (<paramref name="headWord"/>, upper case): its last word, or any monarch's office for "monarch". "The king" is not
    /// Saddam Hussein, whose role is "President", though both lead a government. The other words of the title
    /// (<paramref name="title"/>, of rank <paramref name="titleRank"/>, <see cref="RankOf"/>) must be in the role too, and
    /// its rank the same: "the prime minister" is no finance minister, "the president" no vice president.
    /// </summary>
    private static bool RoleIsOffice(string role, string headWord, List<string> title, string titleRank)
    {
        var words = PhraseNormalizer.Words(role);
        if (words.LastOrDefault() is not { } last || !(last == headWord || headWord == "MONARCH" && EnglishWords.MonarchNouns.Contains(last))) return false;
        // every word of the title but its head and its modifiers ("the new foreign minister") is in the role
        return RankOf(words) == titleRank && title.All(w => w == headWord || EnglishWords.TitleModifiers.Contains(w) || words.Contains(w));
    }

    /// <summary>
    /// The country of whoever owns the group or institution starting at word <paramref name="first"/>, past up to two
    /// lower-case adjectives: a country, place or known person with "'s" ("Kuwait's ousted government", "Saddam
    /// Hussein's military machine", "Hun Sen's troops"), a person already found ("Assad's government"), or "his", "her" or
    /// "its" standing for one ("Castro said his government", "Iraq would withdraw its army"). Null when there is none,
    /// or the owner's country is unknown.
    /// </summary>
    private string? PossessorCountry(int first)
    {
        int k = first - 1, segment = _w[first].Segment;
        for (int adjectives = 0; k >= 0 && _w[k].Segment == segment && _w[k + 1].SoftBefore && adjectives < 2 && _owner[k] < 0
                                 && !_w[k].Capitalised && UposAt(_w[k].Start) == "ADJ"; k--)
            adjectives++;
        if (k < 0 || _w[k].Segment != segment || !_w[k + 1].SoftBefore) return null;
        if (_w[k].PossessiveS)
        {
            if (k == 0 || !_w[k].SoftBefore) return null;
            if (PersonEndingAt(k - 1) is { } owner) return owner.Country;
            return MatchEndingAt(k - 1) is { } m ? CountryOfMatch(m) : null;
        }
        switch (_w[k].Key)
        {
            case "HIS":
            case "HER":
                return SalientPerson(k, EnglishWords.PronounGender(_w[k].Key))?.Country;
            case "ITS":
                // as ResolvePronouns reads "its": the latest organisation or country before it in the clause (countries
                // are not yet actors here, so their matches count too)
                var (thing, latest) = LatestThingBefore(k);
                string? country = thing?.Country;
                foreach (var m in MatchesIn(segment))
                    if (m.End <= k && _w[m.First].Start > latest && IsCountryOrOrg(m) && !m.IsPlace)
                    {
                        latest = _w[m.First].Start;
                        country = EnglishWords.CountryOf(_lex.Entries[m.Entry].CodeOn(_date));
                    }
                return country;
            default:
                return null;
        }
    }

    /// <summary>
    /// The country of one country or organisation named by "of" right after a group's words ending before word
    /// <paramref name="end"/>: "the government of Saudi Arabia", "the ambassadors of the United States". Null for a list
    /// ("the governments of Syria, Jordan, Egypt") or anything longer after the name.
    /// </summary>
    private string? OfCountry(int end)
    {
        bool Soft(int i) => i < _w.Length && _w[i].Segment == _w[end - 1].Segment && _w[i].SoftBefore;
        if (!Soft(end) || _w[end].Key != "OF") return null;
        int j = end + 1;
        if (Soft(j) && EnglishWords.Determiners.Contains(_w[j].Key)) j++;
        var m = MatchStartingAt(j);
        if (!Soft(j) || !IsCountryOrOrg(m) || _w[m!.End - 1].HasPossessive) return null;
        int after = m.End;
        if (after < _w.Length && _w[after].Segment == _w[end - 1].Segment && _w[after].CommaBefore)
        {
            // ", the Czech Republic and Hungary": another name after a comma makes a list
            int next = EnglishWords.Determiners.Contains(_w[after].Key) && after + 1 < _w.Length ? after + 1 : after;
            if (MatchStartingAt(next) is not null) return null;
        }
        else if (after < _w.Length && _w[after].Segment == _w[end - 1].Segment && _w[after].Key is "AND" or "OR") return null;
        return EnglishWords.CountryOf(_lex.Entries[m.Entry].CodeOn(_date));
    }

    /// <summary>"troops of other nations", "the police and armies of 55 countries": a group said to be of several
    /// countries right after its last word (before word <paramref name="end"/>), or after the noun coordinated with it,
    /// is of none the context names.</summary>
    private bool OfManyCountries(int end)
    {
        bool Soft(int i) => i < _w.Length && _w[i].Segment == _w[end - 1].Segment && _w[i].SoftBefore && !_w[i].Capitalised;
        if (Soft(end) && _w[end].Key is "AND" or "OR")
            for (int j = end + 1; j <= end + 3 && Soft(j); j++)
                if (_w[j].Key == "OF") { end = j; break; }
        if (!Soft(end) || _w[end].Key != "OF") return false;
        for (int j = end + 1; j < _w.Length && j <= end + 4 && _w[j].Segment == _w[end].Segment && _w[j].SoftBefore && !_w[j].Capitalised; j++)
            if (_w[j].Key is "COUNTRIES" or "NATIONS" or "STATES") return true;
        return false;
    }

    /// <summary>"international troops", "a multinational force", "An international land, sea and air force": a group its
    /// own noun phrase, before word <paramref name="first"/>, calls of many nations or foreign is of none the context
    /// names.</summary>
    private bool ManyNationsBefore(int first)
    {
        for (int k = first - 1; k >= 0 && k >= first - 6 && _w[k].Sentence == _w[first].Sentence; k--)
        {
            if (_w[k].Key is "INTERNATIONAL" or "MULTINATIONAL" or "MULTI-NATIONAL" or "FOREIGN") return true;
            if (UposAt(_w[k].Start) is not ("ADJ" or "NOUN" or "CCONJ" or "NUM")) return false;
        }
        return false;
    }

    /// <summary>The country of a known person named right before a group's first word <paramref name="first"/>: "the
    /// Clinton administration", "the Assad regime", "Bush aides".</summary>
    private string? LeaderBefore(int first)
    {
        int k = first - 1;
        if (k < 0 || _w[k].Segment != _w[first].Segment || !_w[first].SoftBefore || _w[k].HasPossessive) return null;
        return PersonEndingAt(k)?.Country;
    }

    /// <summary>"to protect the oil-rich kingdom" after "Saudi Arabia": the kingdom last named in this clause or the ten
    /// before it (<see cref="EnglishWords.Kingdoms"/>); null when none is.</summary>
    private string? LatestKingdom(int first)
    {
        int segment = _w[first].Segment;
        for (int s = segment; s >= 0 && s > segment - 11; s--)
        {
            string? latest = null;
            foreach (var m in MatchesIn(s))
                if (m.End <= first && CountryOfMatch(m) is { } c && EnglishWords.Kingdoms.Contains(c)) latest = c;
            if (latest is not null) return latest;
        }
        return null;
    }

    /// <summary>The person a mention ending at word <paramref name="k"/> names, if any.</summary>
    private ActorDraft? PersonEndingAt(int k)
    {
        if (!_personsBySegment.TryGetValue(_w[k].Segment, out var mentions)) return null;
        foreach (var p in mentions)
            if (p.End == _w[k].End) return p.Actor == _unnamedPerson ? null : p.Actor;
        return null;
    }

    /// <summary>
    /// Adds words [first, end) as a mention of the described actor of <paramref name="code"/> and head noun
    /// <paramref name="headWord"/>, made with <paramref name="name"/> and <paramref name="producer"/> when new. One actor per
    /// code and head noun: "the Russian delegation" and later "the delegation" are one actor, "Moscow" (the same code, from
    /// the dictionary) another. A plural head makes it a group "they" can stand for.
    /// </summary>
    private void AddDescribedGroup(AgentRecord head, string headWord, string code, string? country, string name, string producer, int first, int end, string rule)
    {
        var key = "D" + code + "/" + headWord;
        var actor = GetOrAdd(key, () => new ActorDraft(key, name, code, country, producer, isPerson: false));
        AddMention(actor, first, end, rule);
        if (head.IsPlural) _pluralMentions.Add((_w[first].Start, _w[end - 1].End, _w[first].Segment, actor));
    }

    /// <summary>The described group of head noun <paramref name="headWord"/> ("EMBASSY") mentioned last before word
    /// <paramref name="first"/>, if any.</summary>
    private ActorDraft? LatestDescribed(string headWord, int first)
    {
        ActorDraft? best = null;
        int bestStart = -1, before = _w[first].Start;
        foreach (var a in _actors)
        {
            if (a.IsPerson || !a.Key.StartsWith('D') || !a.Key.EndsWith("/" + headWord, StringComparison.Ordinal)) continue;
            foreach (var m in a.Mentions)
                if (m.Span.Start < before && m.Span.Start > bestStart) { best = a; bestStart = m.Span.Start; }
        }
        return best;
    }

    /// <summary>The nationalities coordinated before the one a description starts with at word <paramref name="first"/>,
    /// nearest first: "American, British and" before "Egyptian forces". Each is a country's name or adjective, unused and
    /// not possessive, with "and", "or" or a comma after it ("the United States and British troops" are American troops
    /// too).</summary>
    private List<(int First, int End, string Country)> CoordinatedNationalities(int first)
    {
        var found = new List<(int, int, string)>();
        int segment = _w[first].Segment, k = first;
        while (k > 0)
        {
            int end;
            if (_w[k - 1].Key is "AND" or "OR" && _w[k].SoftBefore && _w[k - 1].Segment == segment) end = k - 1;
            else if (_w[k].CommaBefore && found.Count > 0) end = k;
            else break;
            if (end <= 0 || _w[end - 1].Segment != segment) break;
            var m = MatchEndingAt(end - 1);
            if (!IsCountryOrOrg(m) || m!.IsPlace || _used[m.First] || _w[m.End - 1].HasPossessive) break;
            if (EnglishWords.CountryOf(_lex.Entries[m.Entry].CodeOn(_date)) is not { } country) break;
            found.Add((m.First, m.End, country));
            k = m.First;
        }
        return found;
    }

    /// <summary>
    /// "The Washington-based Institute for the Study of War", "a Kyiv-based analyst": the name only says where someone
    /// is based; it is no actor (not the US or Ukrainian government by metonymy).
    /// </summary>
    private bool IsBasedIn(Match m)
    {
        if (m.End >= _w.Length) return false;
        var next = _w[m.End];
        if (next.Key != "BASED" || next.Segment != _w[m.End - 1].Segment) return false;
        var between = _doc.Text.AsSpan(_w[m.End - 1].End, next.Start - _w[m.End - 1].End);
        return TextWords.IsHyphen(between) || between is " ";
    }

    /// <summary>Countries, capitals, institutions and organisations from the dictionary: one actor per code.</summary>
    private void ResolveCollectives()
    {
        foreach (var m in _matches)
        {
            if (!IsCountryOrOrg(m) || m.IsPlace || IsBasedIn(m) || DescribesOtherNationals(m)) continue;
            bool used = false;
            for (int k = m.First; k < m.End; k++) used |= _used[k];
            if (used) continue;
            var entry = _lex.Entries[m.Entry];
            var code = entry.CodeOn(_date);
            if (code is null) continue;
            var surface = Surface(m.First, m.End);
            var name = PhraseNormalizer.Key(surface) == PhraseNormalizer.Key(entry.Phrase) ? NameAsWritten(surface, entry.Name) : entry.Name;
            var actor = GetOrAdd("C" + code, () => new ActorDraft("C" + code, name, code, EnglishWords.CountryOf(code), $"dict:{entry.Source} {entry.Phrase}", isPerson: false));
            AddMention(actor, m.First, m.End, $"dict:{entry.Source}");
            // "U.N. Secretary-General Ban Ki-moon also condemned what he called …": a person the dictionary codes as an
            // organisation is still someone a pronoun can stand for. A one-word name the tagger took for a person
            // ("Xinhua said the man …") is not enough.
            if (m.End - m.First >= 2 && PersonSpans().Any(p => p.First < m.End && m.First < p.End)) AddPersonMention(m.First, m.End, actor);
        }
    }

    /// <summary>"Cuban Americans", "Arab Americans": a nationality right before the plural name of another country's people
    /// says where their families came from; they are that other country's (<paramref name="m"/> is no actor).</summary>
    private bool DescribesOtherNationals(Match m)
    {
        if (m.End >= _w.Length || _w[m.End].Segment != _w[m.First].Segment || !_w[m.End].SoftBefore || _w[m.End - 1].HasPossessive) return false;
        var next = MatchStartingAt(m.End);
        if (next is null || !IsCountryOrOrg(next) || next.Entry == m.Entry) return false;
        var last = _w[next.End - 1].Key;
        return last.Length > 3 && last.EndsWith("ANS", StringComparison.Ordinal) && !_w[m.End - 1].Key.EndsWith('S');
    }

    /// <summary>
    /// he/she/his/her → the salient person: first the subject-like (first, non-possessive) person mention earlier in the
    /// same clause, else that of the nearest of the three clauses before. its → the nearest organisation in the clause;
    /// they/their → the nearest plural group ("Russian troops") in the clause or the one before.
    /// </summary>
    private void ResolvePronouns()
    {
        var before = new PronounSnapshot(this);
        ResolvePronounsOnce();
        if (!GendersFromPronouns(before)) return;
        before.Restore(this);
        ResolvePronounsOnce();
    }

    /// <summary>
    /// "Environment Minister Shannon Phillips … she said … One Edmonton resident who called in … he said": a person whose
    /// name tells no gender takes the one most of the pronouns resolved to them have (at least two, and twice as many as
    /// of the other gender); then pronouns are resolved again, and one of the other gender is someone else. A stray
    /// pronoun does not decide ("herself" among Elian's many "he" and "his"). True when a gender was learned.
    /// </summary>
    private bool GendersFromPronouns(PronounSnapshot before)
    {
        bool learned = false;
        foreach (var a in before.Actors)
        {
            if (!a.IsPerson || GenderOf(a) != NameGender.Unknown) continue;
            int male = 0, female = 0;
            for (int i = before.WordsOf(a); i < a.MentionWords.Count; i++)
            {
                var (first, end) = a.MentionWords[i];
                // A pronoun in a quotation is the speaker's word and often someone else ("``She's very athletic,'' said
                // Cory, … he said"): it does not vote.
                if (end - first != 1 || InQuotation(first)) continue;
                var g = EnglishWords.PronounGender(_w[first].Key);
                if (g == NameGender.Male) male++;
                else if (g == NameGender.Female) female++;
            }
            var gender = male >= 2 && male >= 2 * female ? NameGender.Male : female >= 2 && female >= 2 * male ? NameGender.Female : NameGender.Unknown;
            // Learned only where it removes a pronoun of the other gender; otherwise a second pass changes nothing.
            if (gender == NameGender.Unknown || (gender == NameGender.Male ? female : male) == 0) continue;
            _genders[a] = gender;
            learned = true;
        }
        return learned;
    }

    /// <summary>What resolving pronouns adds (mentions, used words, mentions pronouns can take), so that it can be undone.</summary>
    private sealed class PronounSnapshot
    {
        private readonly Dictionary<ActorDraft, (int Mentions, int Words, int FirstStart)> _actors = [];
        private readonly bool[] _used;
        private readonly Dictionary<int, int> _persons, _things;

        public PronounSnapshot(ActorResolution r)
        {
            foreach (var a in r._actors) _actors[a] = (a.Mentions.Count, a.MentionWords.Count, a.FirstStart);
            _used = (bool[])r._used.Clone();
            _persons = r._personsBySegment.ToDictionary(p => p.Key, p => p.Value.Count);
            _things = r._thingsBySegment.ToDictionary(p => p.Key, p => p.Value.Count);
        }

        public IEnumerable<ActorDraft> Actors => _actors.Keys;

        public int WordsOf(ActorDraft a) => _actors[a].Words;

        public void Restore(ActorResolution r)
        {
            foreach (var (a, (mentions, words, firstStart)) in _actors)
            {
                a.Mentions.RemoveRange(mentions, a.Mentions.Count - mentions);
                a.MentionWords.RemoveRange(words, a.MentionWords.Count - words);
                a.FirstStart = firstStart;
            }
            Array.Copy(_used, r._used, _used.Length);
            Truncate(r._personsBySegment, _persons);
            Truncate(r._thingsBySegment, _things);
        }

        private static void Truncate<T>(Dictionary<int, List<T>> bySegment, Dictionary<int, int> counts)
        {
            foreach (var (segment, list) in bySegment)
            {
                int keep = counts.GetValueOrDefault(segment);
                list.RemoveRange(keep, list.Count - keep);
            }
        }
    }

    private void ResolvePronounsOnce()
    {
        // _pluralMentions is in text order (descriptions are found left to right); keep the first of equal starts.
        var plurals = _pluralMentions.OrderBy(p => p.Start).ToList();
        for (int k = 0; k < _w.Length; k++)
        {
            if (_owner[k] >= 0 || _used[k]) continue;
            var kind = EnglishWords.Pronoun(_w[k].Key);
            if (kind == EnglishWords.PronounKind.Person)
            {
                // "Gonzalez himself had to apply": a reflexive right after a person's name stresses that person; after a
                // subject no actor holds ("the father himself", one of several Gonzalezes) it stands for no one else.
                // ("flee Cuba himself" is the one who flees.)
                if (_w[k].Key is "HIMSELF" or "HERSELF" && k > 0 && _w[k].SoftBefore && _w[k - 1].Segment == _w[k].Segment)
                {
                    if (PersonEndingAt(k - 1) is { } stressed)
                    {
                        if (GenderOf(stressed) is var sg && (sg == NameGender.Unknown || sg == EnglishWords.PronounGender(_w[k].Key)))
                            AddMention(stressed, k, k + 1, "coref:pronoun");
                        continue;
                    }
                    if (_owner[k - 1] < 0 && TokenStartingAt(_w[k - 1].Start)?.Deprel is "nsubj" or "nsubj:pass") continue;
                }
                var antecedent = SalientPerson(k, EnglishWords.PronounGender(_w[k].Key), QuotationBeforeSpeaker(k));
                if (antecedent is not null) AddMention(antecedent, k, k + 1, "coref:pronoun");
            }
            else if (kind == EnglishWords.PronounKind.Plural)
            {
                // they/their → the nearest plural group ("Russian troops") in this clause or the one before.
                // the latest plural mention before the pronoun (the first of those with that start), if in range; an
                // object "them" is not its own clause's subject ("didn't want the militias to take them over").
                if (PartitiveOfUnnamed(k, plurals)) continue;
                int own = _w[k].Key == "THEM" && TokenStartingAt(_w[k].Start)?.Deprel is "obj" or "iobj" ? OwnClauseSubjectStart(_w[k].Start) : -1;
                int i = LastStartingBefore(plurals, _w[k].Start);
                while (i >= 0 && plurals[i].Start <= own && own < plurals[i].End) i--;
                while (i > 0 && plurals[i - 1].Start == plurals[i].Start) i--;
                if (i >= 0 && plurals[i].Segment >= _w[k].Segment - 1) AddMention(plurals[i].Actor, k, k + 1, "coref:pronoun");
            }
            else if (kind == EnglishWords.PronounKind.Thing)
            {
                // its → the latest mention of an organisation ending before it in the same clause
                if (LatestThingBefore(k).Actor is { } best) AddMention(best, k, k + 1, "coref:pronoun");
            }
            else if (_w[k].Key == "IT" && PreviousSubjectThing(k) is { } thing)
                AddMention(thing, k, k + 1, "coref:pronoun");
        }
    }

    /// <summary>
    /// "Iraq said it invaded Kuwait because of disputes over oil and money. It accused Kuwait of …": a sentence's first word
    /// "It", the subject of a verb (not "be" nor one of "it seems", "it took"), stands for the country or organisation
    /// that is the subject of the sentence before, if one is; else for nothing.
    /// </summary>
    private ActorDraft? PreviousSubjectThing(int k)
    {
        var tokens = _doc.Tokens.AsSpan();
        int t = SpanSearch.IndexAt(tokens, _w[k].Start);
        if (t <= 0 || tokens[t].Span.Start != _w[k].Start || tokens[t].Deprel != "nsubj") return null;
        if (tokens[t - 1].Sentence == tokens[t].Sentence) return null;   // not the sentence's first word
        if (!BoundedSentence(tokens, t, out int first)) return null;
        int h = first + tokens[t].Head - 1;
        if (tokens[t].Head <= 0 || h >= tokens.Length || tokens[h].Upos != "VERB" ||
            tokens[h].Lemma is "be" or "seem" or "appear" or "take" or "remain" or "happen" or "matter" or "mean" or "look" or "sound") return null;
        // the subject of the root of the sentence before
        int prevLast = t - 1;
        if (!BoundedSentence(tokens, prevLast, out int prevFirst)) return null;
        int root = -1;
        for (int i = prevFirst; i <= prevLast; i++) if (tokens[i].Deprel == "root") { root = i; break; }
        if (root < 0) return null;
        for (int i = prevFirst; i <= prevLast; i++)
        {
            if (tokens[i].Deprel != "nsubj" || prevFirst + tokens[i].Head - 1 != root) continue;
            var span = tokens[i].Span;
            int w = FirstWordAtOrAfter(span.Start);
            if (w >= _w.Length || !_thingsBySegment.TryGetValue(_w[w].Segment, out var things)) return null;
            foreach (var m in things)
                if (m.Start <= span.Start && span.End <= m.End) return m.Actor;
            return null;
        }
        return null;
    }

    /// <summary>The organisation or country of the latest mention that ends before word <paramref name="k"/> in its clause, and
    /// where that mention starts (-1 when there is none).</summary>
    private (ActorDraft? Actor, int Start) LatestThingBefore(int k)
    {
        ActorDraft? best = null;
        int bestStart = -1;
        if (_thingsBySegment.TryGetValue(_w[k].Segment, out var things))
            foreach (var t in things)
                if (t.End <= _w[k].Start && t.Start > bestStart) { best = t.Actor; bestStart = t.Start; }
        return (best, bestStart);
    }

    /// <summary>
    /// "killed 44 people, many of them police": a "them" counted after a comma ("many of them", "two of them") stands for
    /// the plural noun before the comma; when that noun is no group's mention (people, civilians unnamed), the pronoun
    /// stands for no actor, not the nearest group before it (the militants who claimed the bombings).
    /// </summary>
    private bool PartitiveOfUnnamed(int k, List<(int Start, int End, int Segment, ActorDraft Actor)> plurals)
    {
        if (_w[k].Key != "THEM") return false;
        var tokens = _doc.Tokens.AsSpan();
        int t = SpanSearch.IndexAt(tokens, _w[k].Start);
        if (t < 4 || tokens[t].Span.Start != _w[k].Start || !tokens[t - 1].TextIn(_doc.Text).Equals("of", StringComparison.OrdinalIgnoreCase)) return false;
        var count = tokens[t - 2];
        if (!(count.Upos == "NUM" || EnglishWords.Quantifiers.Contains(count.TextIn(_doc.Text).ToUpperInvariant()))) return false;
        if (tokens[t - 3].TextIn(_doc.Text) != "," || tokens[t - 4].Upos != "NOUN") return false;
        var noun = tokens[t - 4].Span;
        return !plurals.Any(p => p.Start <= noun.Start && noun.Start < p.End);
    }

    /// <summary>
    /// The person a personal pronoun at word <paramref name="k"/> stands for: the earliest fitting mention in its clause
    /// before it, else in the three clauses before. A subject pronoun ("he", "she") takes no possessive before a relative
    /// or agent ("Elian Gonzalez's father said … that he wants"); an object may ("Slepian's wife tried to revive him").
    /// "he", "she" and "his" prefer a mention the parse makes a subject over an earlier one in the same clause ("with
    /// Aleppo Mayor Brita Hagi Hasan in Paris on December 5, Hidalgo has helped … She sent a letter"); an object pronoun
    /// more often names someone else than the subject ("said Jorge Mas Santos. This gives him the protection").
    /// An attacker or criminal with no name ("the gunman") is a mention too, and a pronoun it takes has no antecedent.
    /// </summary>
    /// <param name="quotation">When the pronoun is who speaks a quotation that closes right before it (see
    /// <see cref="QuotationBeforeSpeaker"/>), its first word: the antecedent is looked for before it, not among the
    /// people the quotation names.</param>
    private ActorDraft? SalientPerson(int k, NameGender gender, int quotation = -1)
    {
        bool subject = _w[k].Key is "HE" or "SHE";
        bool preferSubject = subject || _w[k].Key == "HIS";
        int at = quotation >= 0 ? quotation : k;
        int segment = _w[at].Segment;
        // A possessive names the subject of its own clause before anyone else ("Habibzade launched a vicious assault on
        // his victim"); an object pronoun never does ("she could pick him up": not her).
        // "her" before a noun is a possessive however the parse reads it ("spent her third year").
        var deprel = TokenStartingAt(_w[k].Start)?.Deprel;
        bool beforeNoun = k + 1 < _w.Length && _w[k + 1].SoftBefore && UposAt(_w[k + 1].Start) is "NOUN" or "ADJ" or "NUM" or "PROPN";
        bool possessive = _w[k].Key == "HIS" || _w[k].Key == "HER" && (deprel == "nmod:poss" || beforeNoun);
        bool objectPronoun = _w[k].Key == "HIM" || _w[k].Key == "HER" && !possessive && deprel is "obj" or "iobj";
        int own = possessive || objectPronoun ? OwnClauseSubjectStart(_w[k].Start) : -1;
        bool FitsActor(ActorDraft a) => gender == NameGender.Unknown || GenderOf(a) is var g && (g == NameGender.Unknown || g == gender);
        bool Fits(PersonMention p) => FitsActor(p.Actor);
        ActorDraft? bound = null;
        if (own >= 0 && own < _w[k].Start && _personsBySegment.TryGetValue(segment, out var inClause))
            foreach (var p in inClause)
                if (p.Holds(own) && !p.Possessive && Fits(p)) { bound = p.Actor; break; }
        if (possessive && bound is not null) return bound == _unnamedPerson ? null : bound;
        if (subject && SpeakerRightBefore(k) is { } speaker && FitsActor(speaker))
            return speaker;
        for (int s = segment; s >= segment - 3 && s >= 0; s--)
        {
            PersonMention? firstAny = null, firstFull = null, firstSubject = null;
            if (!_personsBySegment.TryGetValue(s, out var mentions)) continue;
            // the earliest mention in the clause before the pronoun, preferring a non-possessive one
            foreach (var p in mentions)
            {
                if (p.Start >= _w[at].Start || (subject && p.Kin) || p.Modifier) continue;
                if (objectPronoun && (p.Actor == bound || own >= 0 && p.Holds(own))) continue;
                // "he" is not Janet Reno, "she" not Fidel Castro.
                if (!Fits(p)) continue;
                if (firstAny is null || p.Start < firstAny.Value.Start) firstAny = p;
                if (!p.Possessive && (firstFull is null || p.Start < firstFull.Value.Start)) firstFull = p;
                if (!p.Possessive && p.Subject && (firstSubject is null || p.Start < firstSubject.Value.Start)) firstSubject = p;
            }
            var chosen = (preferSubject ? firstSubject : null) ?? firstFull ?? firstAny;
            if (chosen is not null) return chosen.Value.Actor == _unnamedPerson ? null : chosen.Value.Actor;
        }
        return null;
    }

    /// <summary>"In a letter to President Hashemi Rafsanjani …, Saddam said he will begin withdrawing troops": the person
    /// named right before "said" (or "says", "added" …, with or without "that") is who a subject pronoun right after it
    /// stands for, whoever else the clause names first. Null when no person ends there.</summary>
    private ActorDraft? SpeakerRightBefore(int k)
    {
        int verb = k - 1;
        if (verb >= 0 && _w[verb].Key == "THAT" && _w[verb].SoftBefore) verb--;
        if (verb < 1 || !SpeechWordsBeforePronoun.Contains(_w[verb].Key) || !_w[verb].SoftBefore || !_w[verb + 1].SoftBefore) return null;
        return _w[verb - 1].Segment == _w[k].Segment || _w[verb].Segment == _w[k].Segment ? PersonEndingAt(verb - 1) : null;
    }

    private static readonly FrozenSet<string> SpeechWordsBeforePronoun = FrozenSet.ToFrozenSet(
        ["SAID", "SAYS", "ADDED", "INSISTED", "DECLARED", "ANNOUNCED", "STRESSED", "CLAIMED", "WARNED", "ARGUED", "ACKNOWLEDGED"], StringComparer.Ordinal);

    /// <summary>A person's gender: from a form of address before a mention ("Mr. Lortie", "Mrs. Clinton"), else from
    /// the first word of the name when <see cref="GivenNames"/> lists it for one gender only.</summary>
    /// <remarks>Read once per person and kept: only pronoun mentions, which no form of address precedes, are added while
    /// pronouns are resolved.</remarks>
    private NameGender GenderOf(ActorDraft actor)
    {
        if (_genders.TryGetValue(actor, out var known)) return known;
        var gender = NameGender.Unknown;
        foreach (var (first, _) in actor.MentionWords)
            if (first > 0 && EnglishWords.HonorificGender(_w[first - 1].Key) is var g && g != NameGender.Unknown) { gender = g; break; }
        if (gender == NameGender.Unknown && PhraseNormalizer.Words(actor.Name) is [var given, ..]) gender = _names.Of(given);
        _genders[actor] = gender;
        return gender;
    }

    private readonly Dictionary<ActorDraft, NameGender> _genders = [];

    /// <summary>
    /// The person of the latest mention before word <paramref name="word"/> (and at or after text offset
    /// <paramref name="from"/>) that <paramref name="fits"/>, looking back
    /// clause by clause at most <see cref="DescriptionWindowSegments"/> clauses (segments are in text order, so the
    /// first clause with a fitting mention holds the latest one).
    /// </summary>
    private ActorDraft? LatestPerson(int word, Func<ActorDraft, bool> fits, int from = -1)
    {
        int before = _w[word].Start, segment = _w[word].Segment;
        for (int s = segment; s >= 0 && s > segment - DescriptionWindowSegments; s--)
        {
            if (!_personsBySegment.TryGetValue(s, out var mentions)) continue;
            ActorDraft? best = null;
            int bestStart = -1;
            foreach (var p in mentions)
                if (p.Start < before && p.Start >= from && p.Start > bestStart && fits(p.Actor)) { best = p.Actor; bestStart = p.Start; }
            if (best is not null) return best;
        }
        return null;
    }

    /// <summary>The first word starting at or after <paramref name="offset"/> (<c>_w.Length</c> if none).</summary>
    private int FirstWordAtOrAfter(int offset)
    {
        int lo = 0, hi = _w.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_w[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The index of the last item of <paramref name="sorted"/> (by start) starting before <paramref name="offset"/>, or -1.</summary>
    private static int LastStartingBefore(List<(int Start, int End, int Segment, ActorDraft Actor)> sorted, int offset)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo - 1;
    }

    // ---------------------------------------------------------------- output

    private ActorDraft GetOrAdd(string key, Func<ActorDraft> create)
    {
        if (_byKey.TryGetValue(key, out var a)) return a;
        a = create();
        _byKey[key] = a;
        _actors.Add(a);
        return a;
    }

    private void AddMention(ActorDraft actor, int first, int end, string rule)
    {
        var span = new TextSpan(_w[first].Start, _w[end - 1].End);
        actor.Mentions.Add(new ActorMention(span, _w[first].Sentence, rule));
        actor.FirstStart = Math.Min(actor.FirstStart, span.Start);
        actor.MentionWords.Add((first, end));
        for (int k = first; k < end; k++) _used[k] = true;
        int segment = _w[first].Segment;
        if (actor.IsPerson) AddPersonMention(first, end, actor);
        else
        {
            if (!_thingsBySegment.TryGetValue(segment, out var things)) _thingsBySegment[segment] = things = [];
            things.Add(new ThingMention(span.Start, span.End, actor));
        }
    }

    /// <summary>Makes words <paramref name="first"/>..<paramref name="end"/> a mention that pronouns can take for
    /// <paramref name="actor"/>.</summary>
    private void AddPersonMention(int first, int end, ActorDraft actor)
    {
        var span = new TextSpan(_w[first].Start, _w[end - 1].End);
        int segment = _w[first].Segment;
        bool possessive = _w[end - 1].HasPossessive;
        // "Elian Gonzalez's father said … that he wants": the relative or agent after the possessive speaks, not the
        // person named.
        bool kin = KinAfter(end, segment);
        // "the Clinton administration might send federal agents to pull him out": a name that only says whose government
        // or campaign it is names no one a pronoun can stand for (its country still counts).
        bool modifier = !possessive && end < _w.Length && _w[end].Segment == segment && NamedBodyNouns.Contains(_w[end].Key);
        if (!_personsBySegment.TryGetValue(segment, out var persons)) _personsBySegment[segment] = persons = [];
        persons.Add(new PersonMention(span.Start, span.End, segment, possessive, kin, IsSubject(span), actor, modifier));
    }

    /// <summary>Nouns a leader's name modifies to name a body or a time: "the Clinton administration", "the Bush
    /// campaign".</summary>
    private static readonly FrozenSet<string> NamedBodyNouns = FrozenSet.ToFrozenSet(
        ["ADMINISTRATION", "ADMINISTRATIONS", "GOVERNMENT", "CABINET", "CAMPAIGN", "PRESIDENCY", "ERA", "REGIME", "TEAM", "DOCTRINE"],
        StringComparer.Ordinal);

    /// <summary>The person an attacker's or criminal's description with no name stands for ("the gunman", "the assailant"):
    /// never an actor, but a pronoun after it is that person and so no one named (<see cref="SalientPerson"/> gives no
    /// antecedent).</summary>
    private readonly ActorDraft _unnamedPerson = new("unnamed", "", null, null, "rule:unnamed-person", isPerson: true);

    private ImmutableArray<Actor> Assemble()
    {
        var result = ImmutableArray.CreateBuilder<Actor>(_actors.Count);
        int id = 0;
        foreach (var a in _actors.Where(a => a.Mentions.Count > 0).OrderBy(a => a.FirstStart))
        {
            id++;
            var mentions = a.Mentions.OrderBy(m => m.Span).DistinctBy(m => m.Span).ToImmutableArray();
            ImmutableArray<string> roles = a.Roles.Count > 0 ? [.. a.Roles] : a.DictionaryRole is { } r ? [r] : [];
            result.Add(new Actor($"A{id}", a.Name, a.Country, a.Cameo, roles, mentions, a.Producer));
        }
        return result.ToImmutable();
    }

    private string Surface(int first, int end)
    {
        var raw = _doc.Text.AsSpan(_w[first].Start, _w[end - 1].End - _w[first].Start);
        var sb = new StringBuilder(raw.Length);
        bool space = false;
        foreach (char c in raw)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The name of a dictionary actor as the text writes it ("Security Council", "Zelenskyy"), unless the text shouts it:
    /// a dateline or headline in capitals ("WASHINGTON (AP)", "UNITED NATIONS (AP)") takes the dictionary's name. A
    /// single capitalised word of up to six letters is read as an acronym and kept ("NATO", "UNICEF").
    /// </summary>
    internal static string NameAsWritten(string surface, string dictionaryName)
    {
        bool shouted = !surface.Any(char.IsLower) && surface.Count(char.IsLetter) > 1;
        bool acronym = !surface.Contains(' ', StringComparison.Ordinal) && surface.Count(char.IsLetter) <= 6;
        return shouted && !acronym ? dictionaryName : surface;
    }

    internal string RoleText(int first, int end) => TitleCase(Surface(first, end));

    private static string TitleCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool start = true;
        foreach (char c in s)
        {
            sb.Append(start && char.IsLetter(c) ? char.ToUpperInvariant(c) : c);
            start = c is ' ' or '-';
        }
        return sb.ToString();
    }

    // ---------------------------------------------------------------- small types

    private sealed class Match(int first, int end, int entry, int agent)
    {
        public int First { get; } = first;
        public int End { get; } = end;
        public int Entry { get; } = entry;
        public int Agent { get; } = agent;
        public bool IsActor => Entry >= 0;
        public bool IsAgent => Agent >= 0;
        /// <summary>A country or city used as a location ("in Istanbul"): not an actor.</summary>
        public bool IsPlace { get; set; }
    }

    /// <summary>How a person's country was read from context: the description to combine it with, and whether known
    /// people of the clause count (<see cref="ContextCountry"/>).</summary>
    private sealed record ContextCountryRule(Description? Description, bool FromPeople);

    /// <summary>Whether the words of a candidate person name no one where they stand, whatever the NER stage says.</summary>
    private bool NamesNoOneHere(Candidate c, LexiconEntry? entry)
    {
        // "the western province of Aydin", "the city of Kramatorsk": a name the NER stage calls a person is a place there.
        if (entry is null && c.Source == "ner" && c.First >= 2 && _w[c.First - 1].Key == "OF" && _w[c.First].SoftBefore
            && _w[c.First - 1].Segment == _w[c.First].Segment && EnglishWords.PlaceKindNouns.Contains(_w[c.First - 2].Key)) return true;
        // "a theft near Hinton", "a farm north of Hinton": one word the NER stage calls a person right after "near",
        // "outside" or a direction "of" is a place.
        if (entry is null && c.Source == "ner" && c.End - c.First == 1 && c.First >= 1 && _w[c.First].SoftBefore &&
            _w[c.First - 1].Segment == _w[c.First].Segment &&
            (_w[c.First - 1].Key is "NEAR" or "OUTSIDE" ||
             _w[c.First - 1].Key == "OF" && c.First >= 2 && _w[c.First - 2].Key is "NORTH" or "SOUTH" or "EAST" or "WEST" or "NORTHEAST" or
                 "NORTHWEST" or "SOUTHEAST" or "SOUTHWEST" or "OUTSKIRTS"))
            return true;
        // "the church of St. Peter": a saint's name names a church, a city or a day, not an actor (nor does the Prophet's);
        // "claims stemming from Hurricane Hugo", "Typhoon Haiyan": a storm's name names no one.
        if (entry is null && c.Source == "ner" && c.First > 0 &&
            _w[c.First - 1].Key is "ST" or "SAINT" or "HURRICANE" or "TYPHOON" or "CYCLONE" or "STORM" or "PROPHET" &&
            _w[c.First - 1].Segment == _w[c.First].Segment) return true;
        // "a pro-Elian rally", "anti-Castro exiles": an attitude toward the person, not the person.
        if (FollowsAttitudePrefix(c.First)) return true;
        // "God", "Allah", "the Prophet Muhammad": no one whose acts are events.
        return entry is null && c.Source == "ner" && c.End - c.First == 1 && _w[c.First].Key is "GOD" or "ALLAH" or "JESUS" or "CHRIST" or "BUDDHA";
    }

    private readonly record struct Candidate(int First, int End, int Entry, string Source);

    /// <summary>Words the NER stage calls a one-word person that a full name later in the text starts with ("Lazaro"
    /// before "Lazaro Gonzalez"): the person of that full name, once it is known.</summary>
    private readonly HashSet<int> _nameBeforeFullName = [];

    /// <param name="Kin">A possessive before a relative or an agent of the person ("Elian's father", "Putin's spokesman"): no
    /// antecedent of a personal pronoun in its clause.</param>
    /// <param name="Subject">The parse makes a word of the mention a subject ("Hidalgo has helped", not "with Aleppo Mayor
    /// Brita Hagi Hasan" before it).</param>
    private readonly record struct PersonMention(int Start, int End, int Segment, bool Possessive, bool Kin, bool Subject, ActorDraft Actor, bool Modifier)
    {
        /// <summary>Whether the mention covers text offset <paramref name="offset"/> (a clause subject's start).</summary>
        public bool Holds(int offset) => Start <= offset && offset < End;
    }

    /// <summary>
    /// The start of the subject of the clause the word at <paramref name="start"/> belongs to, going up the parse from it
    /// through the phrases it is part of ("his" in "launched a vicious assault on his victim" → "Habibzade launched") and
    /// the clauses that share their governor's subject, but not out of a relative or reported clause; -1 when there is none.
    /// </summary>
    private int OwnClauseSubjectStart(int start)
    {
        var tokens = _doc.Tokens.AsSpan();
        int t = SpanSearch.IndexAt(tokens, start);
        if (t < 0 || tokens[t].Span.Start != start) return -1;
        if (!BoundedSentence(tokens, t, out int first)) return -1;
        int sentence = tokens[t].Sentence;
        int x = t, clauses = 0;
        for (int guard = 0; guard < 8; guard++)
        {
            int h = tokens[x].Head;
            if (h <= 0 || first + h - 1 >= tokens.Length) return -1;
            var rel = tokens[x].Deprel ?? "";
            int colon = rel.IndexOf(':', StringComparison.Ordinal);
            var baseRel = colon < 0 ? rel : rel[..colon];
            // A verb reached here has no subject of its own: a complement, adverbial clause or conjunct takes its
            // governor's ("welcoming him" is President Clinton's welcoming), one clause up and no further ("after a
            // boat carrying him", misparsed as a clause of "He was found floating", is not his); a clause that modifies
            // a noun or is what is said does not.
            if (baseRel is "acl" or "ccomp" or "csubj" or "parataxis" or "list" or "root" or "appos") return -1;
            bool complement = tokens[x].Upos is "VERB" or "AUX" && baseRel is "xcomp" or "advcl" or "conj";
            // An infinitive complement is its governor's clause as much as its own ("may have been trying to impress her":
            // whoever tries impresses), so it does not count; a participle does ("found floating … after a boat carrying him").
            if (complement && !(baseRel == "xcomp" && HasToMarker(tokens, first, sentence, x)) && ++clauses > 1) return -1;
            // "tried to scare other Arab leaders into supporting him": an object above a complement is its subject.
            // An infinitive complement with an object above it is that object's ("didn't want the militias to take them
            // over": the militias take), as in the events stage's object control.
            complement &= baseRel is not "conj";
            int subject = -1;
            for (int c = first; c < tokens.Length && tokens[c].Sentence == sentence; c++)
            {
                if (c == x || tokens[c].Head != h) continue;
                if (complement && tokens[c].Deprel is "obj" or "iobj" && baseRel == "xcomp") return tokens[c].Span.Start;
                if (subject < 0 && (tokens[c].Deprel is "nsubj" or "nsubj:pass" || complement && tokens[c].Deprel is "obj" or "iobj"))
                    subject = c;
            }
            if (subject >= 0) return tokens[subject].Span.Start;
            x = first + h - 1;
        }
        return -1;
    }

    /// <summary>Whether token <paramref name="x"/> (of the sentence starting at token <paramref name="first"/>) has the marker "to".</summary>
    private bool HasToMarker(ReadOnlySpan<Token> tokens, int first, int sentence, int x)
    {
        for (int c = first; c < tokens.Length && tokens[c].Sentence == sentence; c++)
            if (first + tokens[c].Head - 1 == x && tokens[c].Deprel == "mark" && _doc.Text.AsSpan(tokens[c].Span.Start, tokens[c].Span.Length).Equals("to", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>The longest sentence, in tokens, whose parse <see cref="OwnClauseSubjectStart"/> and
    /// <see cref="CopularDescription"/> read.</summary>
    private const int MaxBindingSentence = 300;

    /// <summary>The first token of token <paramref name="t"/>'s sentence, when that sentence has at most
    /// <see cref="MaxBindingSentence"/> tokens. Sentences the parser reads whole are short; a longer run (no sentence end
    /// for pages) is not searched, so that reading the parse costs no more than a bounded walk.</summary>
    private static bool BoundedSentence(ReadOnlySpan<Token> tokens, int t, out int first)
    {
        int sentence = tokens[t].Sentence;
        first = t;
        while (first > 0 && tokens[first - 1].Sentence == sentence) if (t - --first > MaxBindingSentence) return false;
        return first + MaxBindingSentence >= tokens.Length || tokens[first + MaxBindingSentence].Sentence != sentence;
    }

    /// <summary>
    /// What a copular predicate says of the person named at words [<paramref name="first"/>, <paramref name="end"/>):
    /// "Ritter was an American spy", "Hussain was a British hacker". The parse must make the name the subject of a noun
    /// that has a copula; the words up to that noun are read as a title chain before a name.
    /// </summary>
    private Description? CopularDescription(int first, int end)
    {
        var tokens = _doc.Tokens.AsSpan();
        int t = SpanSearch.IndexAt(tokens, _w[first].Start);
        if (t < 0 || !BoundedSentence(tokens, t, out int s0)) return null;
        for (; t < tokens.Length && tokens[t].Span.Start < _w[end - 1].End; t++)
        {
            if (tokens[t].Deprel != "nsubj") continue;
            int h = s0 + tokens[t].Head - 1;
            if (tokens[t].Head <= 0 || h >= tokens.Length || tokens[h].Upos != "NOUN" || h < t) return null;
            bool copula = false;
            for (int c = t + 1; c < h; c++) copula |= tokens[c].Head == tokens[t].Head && tokens[c].Deprel == "cop";
            if (!copula) return null;
            int after = FirstWordAtOrAfter(tokens[h].Span.End);
            if (after <= 0 || _w[after - 1].End != tokens[h].Span.End) return null;
            var d = ScanLeft(after, requireAgent: false);
            return d?.Country is not null ? d : PredicateAffiliation(after, d);
        }
        return null;
    }

    /// <summary>
    /// The country or institution after a predicate noun ending before word <paramref name="k"/>: "of" any ("the
    /// ambassador of Russia"), "in" or "at" one that owns what follows ("a former officer in Britain's Secret
    /// Intelligence Service": GBRSPY), not a place someone is in ("a teacher in Britain"). Adds it to
    /// <paramref name="d"/> (or a new description); null when there is none.
    /// </summary>
    private Description? PredicateAffiliation(int k, Description? d)
    {
        bool Soft(int i) => i < _w.Length && _w[i].Segment == _w[k - 1].Segment && _w[i].SoftBefore;
        if (!Soft(k) || _w[k].Key is not ("OF" or "IN" or "AT")) return null;
        int j = k + 1;
        if (Soft(j) && EnglishWords.Determiners.Contains(_w[j].Key)) j++;
        var m = MatchStartingAt(j);
        if (!Soft(j) || !IsCountryOrOrg(m) || _lex.Entries[m!.Entry].CodeOn(_date) is not { } code) return null;
        bool owns = _w[m.End - 1].HasPossessive;
        if (_w[k].Key != "OF" && m.IsPlace && !owns) return null;
        var country = EnglishWords.CountryOf(code);
        int end = owns ? m.End + 1 : m.End;
        // "Britain's Secret Intelligence Service": the country's institution named next is the affiliation.
        if (owns && Soft(end) && MatchStartingAt(end) is { } own && IsCountryOrOrg(own) && _lex.Entries[own.Entry].CodeOn(_date) is { } ownCode
            && EnglishWords.CountryOf(ownCode) == country)
            (code, end) = (ownCode, own.End);
        // The phrase must end there: "the vice-president of the Edmonton Traders' Association" names a private body.
        if (Soft(end)) return null;
        d ??= new Description();
        d.SetNationality(m.First, end, country, code);
        return d;
    }

    /// <summary>Whether the parse makes a word of <paramref name="span"/> a nominal subject.</summary>
    private bool IsSubject(TextSpan span)
    {
        var tokens = _doc.Tokens.AsSpan();
        int t = SpanSearch.IndexAt(tokens, span.Start);
        if (t < 0) return false;
        for (; t < tokens.Length && tokens[t].Span.Start < span.End; t++)
            if (tokens[t].Deprel is "nsubj" or "nsubj:pass") return true;
        return false;
    }

    private readonly record struct ThingMention(int Start, int End, ActorDraft Actor);

    /// <summary>What a title chain says about a person: roles, the head agent, a nationality, and the words it covers.</summary>
    private sealed class Description
    {
        private readonly List<(int First, int End, AgentRecord? Agent, bool RoleWord)> _parts = [];
        public List<int> Words { get; } = [];
        public List<string> Roles { get; } = [];
        public AgentRecord? Head { get; private set; }
        public string? Country { get; private set; }
        public string? NationalityCode { get; private set; }
        public bool HasAgent => _parts.Any(p => p.Agent is not null);
        public bool EndsWithAgent => _parts.Count > 0 && _parts[^1].Agent is not null;

        public void AddAgentLeft(int first, int end, AgentRecord agent) => _parts.Insert(0, (first, end, agent, true));
        public void AddModifierLeft(int k, bool roleWord) => _parts.Insert(0, (k, k + 1, null, roleWord));
        public void AddAgentRight(int first, int end, AgentRecord agent) => _parts.Add((first, end, agent, true));
        public void AddModifierRight(int k, bool roleWord) => _parts.Add((k, k + 1, null, roleWord));
        public void AddWord(int k) => Words.Add(k);

        /// <summary>The title says the office is past ("former", "ex-").</summary>
        public bool Former { get; set; }

        public void SetNationality(int first, int end, string? country, string code)
        {
            Country = country;
            NationalityCode = code;
            for (int k = first; k < end; k++) Words.Add(k);
        }

        public Description AddRole(string role, AgentRecord agent)
        {
            if (!Roles.Contains(role, StringComparer.OrdinalIgnoreCase)) Roles.Add(role);
            Head ??= agent;
            return this;
        }

        public Description Merge(Description other)
        {
            foreach (var r in other.Roles) if (!Roles.Contains(r, StringComparer.OrdinalIgnoreCase)) Roles.Add(r);
            Head ??= other.Head;
            Country ??= other.Country;
            NationalityCode ??= other.NationalityCode;
            Words.AddRange(other.Words);
            return this;
        }

        /// <summary>Role text runs from the first role word to the last agent ("Deputy Defense Minister", not "New Chancellor").</summary>
        public void Finish(ActorResolution owner)
        {
            foreach (var p in _parts) for (int k = p.First; k < p.End; k++) Words.Add(k);
            int firstRole = _parts.FindIndex(p => p.RoleWord);
            int lastAgent = _parts.FindLastIndex(p => p.Agent is not null);
            if (lastAgent < 0) return;
            Head = _parts[lastAgent].Agent;
            if (firstRole < 0 || firstRole > lastAgent) firstRole = lastAgent;
            var role = owner.RoleText(_parts[firstRole].First, _parts[lastAgent].End);
            if (!Roles.Contains(role, StringComparer.OrdinalIgnoreCase)) Roles.Add(role);
        }
    }

    private sealed class ActorDraft(string key, string name, string? cameo, string? country, string producer, bool isPerson)
    {
        public string Key { get; } = key;
        public string Name { get; set; } = name;
        public bool NameFromText { get; set; }
        /// <summary>The role the dictionary gives (overlay "PER role"); used when the text names none.</summary>
        public string? DictionaryRole { get; set; }
        public string? Cameo { get; set; } = cameo;
        public string? Country { get; set; } = country;
        public string Producer { get; } = producer;
        public bool IsPerson { get; } = isPerson;
        public List<string> Roles { get; } = [];
        public List<ActorMention> Mentions { get; } = [];
        public HashSet<string> NameWords { get; } = new(StringComparer.Ordinal);
        public int FirstStart { get; set; } = int.MaxValue;
        /// <summary>The words of each mention, in the order they were added.</summary>
        public List<(int First, int End)> MentionWords { get; } = [];
        /// <summary>Set when the person's country was to come from the context of its first mention (no dictionary code and
        /// no nationality in its description): how to read the context again for <see cref="AgreeOnContextCountries"/>.</summary>
        public ContextCountryRule? Context { get; set; }

        public void AddRole(string role)
        {
            if (!Roles.Contains(role, StringComparer.OrdinalIgnoreCase)) Roles.Add(role);
        }
    }
}
