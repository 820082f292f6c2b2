using System.Collections.Frozen;
using Tacitus.Core;
using Tacitus.Geo.Gazetteer;

namespace Tacitus.Geo.Resolution;

/// <summary>
/// Finds toponym candidates: NER LOC entities when present, and capitalised token sequences that match gazetteer
/// names or demonyms. Rejects the usual false friends — sentence-initial common words ("May", "Police"), words used
/// as person names ("Jordan Peterson", "Mr. Paris"), month names — before the resolver sees them.
/// </summary>
public sealed class ToponymRecognizer(PlaceGazetteer gazetteer)
{
    private const int MaxTokens = 8;

    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        ["of", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "los", "las", "el", "al", "upon", "on", "the", "and", "en", "am", "im", "an", "der", "-", ".", "'", "’", "&"],
        StringComparer.Ordinal);

    /// <summary>Words that are never a place on their own, whatever the gazetteer says.</summary>
    private static readonly FrozenSet<string> Stop = FrozenSet.ToFrozenSet(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "al", "el", "don", "dem", "gop",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter",
         "god", "allah", "jesus", "mr", "mrs", "ms", "dr", "i", "a", "of", "the", "in", "on", "at", "to", "by", "it", "we", "he", "she",
         "president", "minister", "chancellor", "secretary", "king", "queen", "prince", "general", "police", "army", "navy",
         "university", "college", "hospital", "street", "road", "house", "court", "church", "airport", "station", "city", "county",
         "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "national", "federal",
         "republic", "union", "state", "states", "party", "news", "post", "times", "press", "world", "global", "international",
         "islamic", "muslim", "christian", "jewish", "catholic", "orthodox", "sunni", "shia", "kurdish", "arab", "arabic",
         "obama", "trump", "clinton", "bush", "putin", "ok", "tv", "un", "eu", "nato", "isis", "is", "ceo", "pm", "am",
         // time zones ("10 a.m. EST": Est, a region of Burkina Faso) and news agencies named like villages (Tass, Hungary)
         "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest",
         "tass", "itar", "reuters", "afp", "ap", "upi", "dpa", "ansa", "kyodo", "yonhap", "interfax", "anadolu",
         "marines", "hurricane"],
        StringComparer.Ordinal);

    /// <summary>Titles and honorifics: the capitalised word after them is a person ("Mr. Paris", "President Jordan").</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        ["mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "president", "minister", "chancellor", "secretary", "senator", "sen", "rep",
         "gov", "governor", "mayor", "judge", "justice", "prof", "professor", "rev", "father", "sister", "brother", "pope", "saint", "st",
         "gen", "general", "col", "colonel", "capt", "captain", "lt", "sgt", "officer", "constable", "coach", "king", "queen", "prince",
         "princess", "sheikh", "emir", "ayatollah", "imam", "mullah", "spokesman", "spokeswoman", "director", "chief", "aide", "adviser",
         "advisor", "leader", "ambassador", "envoy", "commander", "premier", "mp", "deputy", "detective", "inspector", "sergeant", "dean", "bishop"],
        StringComparer.Ordinal);

    public PlaceGazetteer Gazetteer { get; } = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));

    public IReadOnlyList<ToponymMention> Recognize(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var text = doc.Text;
        var tokens = doc.Tokens;
        var mentions = new List<ToponymMention>();
        var covered = new bool[tokens.Length];

        // Person names the NER found: a LOC that is only the first word of one ("force Vladimir Putin's hand") is no place;
        // their surnames are read at the end.
        var personNames = new HashSet<string>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in doc.Entities)
        {
            if (e.Label is not ("PER" or "PERSON")) continue;
            var name = text.Substring(e.Span.Start, e.Span.Length);
            personNames.Add(name);
            if (SurnameKey(name) is { } surname) surnames.Add(surname);
        }

        // NER LOC entities first: they need no capitalisation or stoplist evidence.
        foreach (var ent in doc.Entities)
        {
            if (ent.Label is not ("LOC" or "GPE")) continue;
            if (personNames.Count > 0 && StartsPersonName(text, tokens, ent.Span, personNames)) continue;
            var key = NameKey.Of(StripArticle(text.AsSpan(ent.Span.Start, ent.Span.Length)));
            var ids = WithArticle(text, ent.Span.Start, key) ?? Gazetteer.LookupKey(key).ToArray();
            // A short all-capital name (EU, UN, US) is a country or region, never a town that shares it (Eu, France).
            var surface = text.AsSpan(ent.Span.Start, ent.Span.Length);
            if (surface.Length <= 3 && IsAllCaps(surface))
                ids = [.. ids.Where(id => Gazetteer.Entries[id].Kind is not PlaceKind.City)];
            var source = MentionSource.Ner;
            if (ids.Length == 0 && Gazetteer.DemonymOf(key) is var d and >= 0) ids = [d];
            if (ids.Length == 0) continue;
            var (ft, lt) = TokenRange(tokens, ent.Span);
            for (int t = ft; t <= lt && t >= 0; t++) covered[t] = true;
            mentions.Add(new ToponymMention(ent.Span, ent.Sentence, ft, lt, key, ids, source));
        }
        var persons = new PersonSpans(doc.Entities.Where(e => e.Label is "PER" or "PERSON").Select(e => e.Span));
        // The organisation name (NER ORG) each token is in, if any: "Hamas", "UN Security Council".
        var organisation = new int[tokens.Length];
        Array.Fill(organisation, -1);
        for (int e = 0; e < doc.Entities.Length; e++)
        {
            if (doc.Entities[e].Label is not ("ORG" or "ORGANIZATION")) continue;
            var (ft, lt) = TokenRange(tokens, doc.Entities[e].Span);
            for (int t = ft; t <= lt && t >= 0; t++) organisation[t] = e;
        }
        // Names seen as a person's ("John Steele", "Mr. Burton") are people everywhere in the document ("Steele said").
        var personKeys = new HashSet<string>(StringComparer.Ordinal);

        foreach (var sentence in doc.Sentences)
        {
            int end = sentence.EndToken;
            for (int i = sentence.FirstToken; i < end; i++)
            {
                if (covered[i]) continue;
                var first = tokens[i].Span;
                if (!char.IsUpper(text[first.Start])) continue;
                if (persons.AnyOverlaps(first)) continue;
                // "Little Havana" in Miami, "Little Portugal" in Toronto: a neighbourhood named after a place abroad is not
                // that place.
                if (i > sentence.FirstToken && tokens[i - 1].Span.End + 1 == first.Start && tokens[i - 1].Span.Of(text).SequenceEqual("Little"))
                    continue;
                int best = -1;
                int[]? bestIds = null;
                string? bestKey = null;
                var bestSource = MentionSource.Gazetteer;
                int maxJ = Math.Min(end - 1, i + MaxTokens - 1);
                for (int j = maxJ; j >= i; j--)
                {
                    if (!WindowShape(text, tokens, i, j)) continue;
                    var span = new TextSpan(first.Start, tokens[j].Span.End);
                    var surface = text.AsSpan(span.Start, span.Length);
                    if (surface.Contains('\n')) continue;
                    var key = NameKey.Of(surface);
                    // A demonym beats a namesake town ("Canadian", Texas; "German", Isle of Man).
                    if (j - i < 3 && Gazetteer.DemonymOf(key) is var dem and >= 0)
                    {
                        best = j; bestIds = [dem]; bestKey = key; bestSource = MentionSource.Demonym;
                        break;
                    }
                    var ids = Gazetteer.LookupKey(key);
                    if (ids.Length > 0)
                    {
                        best = j; bestIds = WithArticle(text, span.Start, key) ?? ids.ToArray(); bestKey = key; bestSource = MentionSource.Gazetteer;
                        break;
                    }
                }
                if (best < 0) continue;
                TextSpan? inOrganisation = organisation[i] >= 0 && organisation[best] == organisation[i] ? doc.Entities[organisation[i]].Span : null;
                if (!Accept(doc, sentence, i, best, bestKey!, bestIds!, bestSource, inOrganisation, out bool person))
                {
                    if (person) personKeys.Add(bestKey!);
                    continue;
                }
                var mspan = new TextSpan(first.Start, tokens[best].Span.End);
                mentions.Add(new ToponymMention(mspan, tokens[i].Sentence, i, best, bestKey!, bestIds!, bestSource));
                for (int t = i; t <= best; t++) covered[t] = true;
                i = best;
            }
        }
        if (personKeys.Count > 0)
            mentions.RemoveAll(m => m.Source == MentionSource.Gazetteer && personKeys.Contains(m.Key)
                && m.Entries.All(id => Gazetteer.Entries[id].Kind is PlaceKind.City or PlaceKind.Admin1));
        // A one-word name that is the surname of a person named in full in the document is that person again ("Castro"
        // after "Fidel Castro": not Castro, Greece), unless it is a town of 100,000 people or more ("Lincoln", "Washington").
        if (surnames.Count > 0)
            mentions.RemoveAll(m => m.FirstToken == m.LastToken && m.Source is MentionSource.Gazetteer or MentionSource.Ner && surnames.Contains(m.Key)
                && m.Entries.All(id => Gazetteer.Entries[id] is { Kind: PlaceKind.City, Population: < 100_000 }));
        // A word the actors stage read as a person's surname ("Reno" after "Janet Reno", "Attorney General Reno") is that
        // person, whatever the size of the town that shares it (Reno, Nevada).
        var surnameMentions = new CoveringSpans(doc.Actors.SelectMany(a => a.Mentions).Where(m => m.Producer == "coref:surname").Select(m => m.Span));
        if (surnameMentions.Count > 0)
            mentions.RemoveAll(m => m.FirstToken == m.LastToken && m.Entries.All(id => Gazetteer.Entries[id].Kind == PlaceKind.City)
                && surnameMentions.Cover(m.Span));
        mentions.Sort((a, b) => a.Span.CompareTo(b.Span));
        return mentions;
    }

    /// <summary>Whether the span and the word right after it are a person name seen in the document ("Vladimir" + "Putin").</summary>
    private static bool StartsPersonName(string text, System.Collections.Immutable.ImmutableArray<Token> tokens, TextSpan span, HashSet<string> personNames)
    {
        var (_, last) = TokenRange(tokens, span);
        if (last < 0 || last + 1 >= tokens.Length) return false;
        var next = tokens[last + 1].Span;
        if (next.Start != span.End + 1 || text[span.End] != ' ' || !char.IsUpper(text[next.Start])) return false;
        return personNames.Contains(text.Substring(span.Start, next.End - span.Start));
    }

    /// <param name="organisation">The NER organisation name the window lies in, if any.</param>
    private bool Accept(Document doc, Sentence sentence, int i, int j, string key, int[] ids, MentionSource source, TextSpan? organisation, out bool person)
    {
        person = false;
        var text = doc.Text;
        var tokens = doc.Tokens;
        var firstForm = tokens[i].Span.Of(text);
        bool single = i == j;
        bool allCaps = IsAllCaps(firstForm);
        if (single && Stop.Contains(key)) return false;
        if (source == MentionSource.Demonym) return !(allCaps && firstForm.Length <= 3);

        var best = BestKind(ids, out long bestPop);
        bool broad = best is PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Continent or PlaceKind.Region or PlaceKind.Water or PlaceKind.Landform;

        // Inside an organisation's name: a country or region ("Bank of England"), or a big town by its own name beside
        // other words ("Moscow City Court"); not the whole name ("Hamas", an alternate name of Hamm) nor a small town
        // that shares a word ("UN Security Council": Council, Idaho).
        if (organisation is { } org && !broad)
        {
            bool whole = tokens[i].Span.Start == org.Start && tokens[j].Span.End == org.End;
            if (whole || bestPop < 100_000 || !ids.Any(id => IsPrimaryName(id, key))) return false;
        }

        // Short all-capital words (US, UK, UAE) only as countries or regions: "IST", "NYC"-style codes of towns are left out.
        if (allCaps && firstForm.Length <= 3 && single)
        {
            if (!ids.Any(id => Gazetteer.Entries[id].Kind is PlaceKind.Country or PlaceKind.Admin1)) return false;
        }
        else if (allCaps && !(broad || bestPop >= 20_000)) return false;

        bool initial = IsSentenceInitial(text, tokens, sentence, i);
        string lower = firstForm.ToLowerInvariant();
        bool broadNotRegion = broad && best != PlaceKind.Admin1;
        if (single && Gazetteer.IsCommonWord(lower))
        {
            // "Center", "Lakes", "Council": ordinary words that also name a town or a region somewhere.
            if (initial) return broadNotRegion;
            if (!broadNotRegion && bestPop < 100_000) return false;
        }
        else if (!single && initial && AllCommon(text, tokens, i, j) && !broad && bestPop < 10_000) return false;

        // Known only by an alternate name ("Google" for Topeka, "Xinhua" for a village): only for big places.
        if (single && best == PlaceKind.City && bestPop < 150_000 && !ids.Any(id => IsPrimaryName(id, key))) return false;

        // Person context: a title before ("Mr. Paris"), or a capitalised non-place word right before or after.
        int prev = PrevWord(text, tokens, sentence, i);
        if (prev >= 0)
        {
            var pf = tokens[prev].Span.Of(text);
            var pl = pf.ToLowerInvariant();
            if (Titles.Contains(pl.TrimEnd('.')) && best is not PlaceKind.Country) { person = true; return false; }
            if (char.IsUpper(pf[0]) && !IsAllCaps(pf) && !Gazetteer.IsCommonWord(pl) && !Connectors.Contains(pl)
                && !IsSentenceInitial(text, tokens, sentence, prev) && !IsPlaceWord(pf)
                && best is PlaceKind.City or PlaceKind.Admin1)
            {
                person = true;
                return false;
            }
        }
        int next = j + 1 < sentence.EndToken ? j + 1 : -1;
        // "Dallas County", "PLYMOUTH CO.": a county the gazetteer does not hold, not the town it is named after.
        if (next >= 0 && best == PlaceKind.City && tokens[next].Span.Of(text).ToLowerInvariant() is "county" or "co" or "parish" or "township" or "borough" or "district")
            return false;
        // "Vladimir Putin", "Jordan Peterson": a first name followed by a capitalised word that is no place.
        bool townLike = best == PlaceKind.City || (best == PlaceKind.Admin1 && !ids.Any(id => Gazetteer.Entries[id].Kind != PlaceKind.City && NameKey.Of(Gazetteer.Names[id][0]) == key));
        if (next >= 0 && townLike && tokens[next].Span.Start == tokens[j].Span.End + 1)
        {
            var nf = tokens[next].Span.Of(text);
            if (nf.Length > 1 && char.IsUpper(nf[0]) && !IsAllCaps(nf) && !Gazetteer.IsCommonWord(nf.ToLowerInvariant())
                && !IsPlaceWord(nf) && bestPop < 1_000_000)
                return false;
        }
        return true;
    }

    private bool IsPrimaryName(int id, string key)
    {
        var names = Gazetteer.Names[id];
        for (int n = 0; n < names.Count && n < GazetteerFile.DisplayNames; n++)
            if (NameKey.Of(names[n]) == key) return true;
        return false;
    }

    /// <summary>A word that names a country, region or town of some size (not just a hamlet that shares a surname).</summary>
    private bool IsPlaceWord(string word)
    {
        if (Gazetteer.DemonymOf(word) >= 0) return true;
        foreach (var id in Gazetteer.Lookup(word))
        {
            var e = Gazetteer.Entries[id];
            if (e.Kind != PlaceKind.City || e.Population >= 10_000) return true;
        }
        return false;
    }

    /// <summary>The key of the last word of a person's name of two or more words, else null (only the last word: "Brant
    /// OPP", read as a person, would otherwise take Brant, Ontario, away).</summary>
    private static string? SurnameKey(string name)
    {
        name = name.TrimEnd('.', ',');
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal)) name = name[..^2];
        int space = name.LastIndexOf(' ');
        return space > 0 && space + 1 < name.Length ? NameKey.Of(name.AsSpan(space + 1)) : null;
    }

    private PlaceKind BestKind(int[] ids, out long pop)
    {
        var kind = PlaceKind.City;
        pop = 0;
        foreach (var id in ids)
        {
            var e = Gazetteer.Entries[id];
            if (e.Kind != PlaceKind.City) kind = e.Kind;
            else pop = Math.Max(pop, e.Population);
        }
        return kind;
    }

    private bool AllCommon(string text, System.Collections.Immutable.ImmutableArray<Token> tokens, int i, int j)
    {
        for (int t = i; t <= j; t++)
        {
            var f = tokens[t].Span.Of(text);
            if (char.IsLetter(f[0]) && !Gazetteer.IsCommonWord(f.ToLowerInvariant())) return false;
        }
        return true;
    }

    /// <summary>A window may end on a capitalised word or an abbreviation's full stop; inner tokens are words or connectors.</summary>
    private static bool WindowShape(string text, System.Collections.Immutable.ImmutableArray<Token> tokens, int i, int j)
    {
        // Called for every window of every capitalised word, so it compares spans of the text instead of strings.
        var last = Form(text, tokens, j);
        bool lastOk = char.IsUpper(last[0]) || (j > i && (last is "." or "region" or "province" or "oblast" or "governorate"));
        if (!lastOk) return false;
        for (int t = i + 1; t < j; t++)
        {
            var f = Form(text, tokens, t);
            if (char.IsUpper(f[0])) continue;
            if (!IsConnector(f)) return false;
        }
        // No gaps wider than one space between tokens.
        for (int t = i + 1; t <= j; t++)
            if (tokens[t].Span.Start - tokens[t - 1].Span.End > 1) return false;
        return true;
    }

    private static ReadOnlySpan<char> Form(string text, System.Collections.Immutable.ImmutableArray<Token> tokens, int t)
    {
        var span = tokens.ItemRef(t).Span;
        return text.AsSpan(span.Start, span.Length);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word, lower-cased (invariant), is one of <see cref="Connectors"/>.</summary>
    private static bool IsConnector(ReadOnlySpan<char> word)
    {
        if (word.Length > 8) return false; // longer than every connector
        Span<char> lower = stackalloc char[word.Length];
        for (int k = 0; k < word.Length; k++) lower[k] = char.ToLowerInvariant(word[k]);
        return ConnectorLookup.Contains(lower);
    }

    private static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        bool any = false;
        foreach (var c in s)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) any = true;
        }
        return any && s.Length > 1;
    }

    private static bool IsSentenceInitial(string text, System.Collections.Immutable.ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        for (int t = i - 1; t >= sentence.FirstToken; t--)
        {
            var f = Form(text, tokens, t);
            if (f is "\"" or "“" or "‘" or "'" or "(" or "[" or "—" or "–" or "-" or "*" or "•") continue;
            return f is "." or ":" or "!" or "?" or ";";
        }
        return true;
    }

    private static int PrevWord(string text, System.Collections.Immutable.ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        int t = i - 1;
        if (t >= sentence.FirstToken && Form(text, tokens, t) is "." && t - 1 >= sentence.FirstToken) t--;
        return t >= sentence.FirstToken && char.IsLetter(text[tokens[t].Span.Start]) ? t : -1;
    }

    /// <summary>
    /// The places of a name with the article the text gives it, when the gazetteer knows it so: "into the Gulf" is the
    /// Persian Gulf (overlay alias "the Gulf"), "Gulf" alone a province of Papua New Guinea. Null when there is no
    /// article before <paramref name="start"/> or no such name.
    /// </summary>
    private int[]? WithArticle(string text, int start, string key)
    {
        if (start < 4 || !text.AsSpan(start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase) || start > 4 && char.IsLetter(text[start - 5])) return null;
        var ids = Gazetteer.LookupKey(NameKey.Of("the " + key));
        return ids.Length > 0 ? ids.ToArray() : null;
    }

    private static ReadOnlySpan<char> StripArticle(ReadOnlySpan<char> s) =>
        s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;

    /// <summary>The first and last token overlapping <paramref name="span"/> ((-1, -1) if none). Tokens are in text order
    /// and do not overlap, so a binary search finds the first one (a scan of every token per entity was quadratic).</summary>
    internal static (int First, int Last) TokenRange(System.Collections.Immutable.ImmutableArray<Token> tokens, TextSpan span)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.End <= span.Start) lo = mid + 1; else hi = mid;
        }
        int first = -1, last = -1;
        for (int t = lo; t < tokens.Length && tokens[t].Span.Start <= span.End; t++)
        {
            if (!tokens[t].Span.Overlaps(span)) continue;
            if (first < 0) first = t;
            last = t;
        }
        return (first, last);
    }

    /// <summary>Person-name spans sorted by start, with the running maximum end, so "does any overlap this span" is a binary search.</summary>
    private sealed class PersonSpans
    {
        private readonly TextSpan[] _spans;
        private readonly int[] _maxEnd;

        public PersonSpans(IEnumerable<TextSpan> spans)
        {
            _spans = [.. spans.Order()];
            _maxEnd = new int[_spans.Length];
            int max = int.MinValue;
            for (int i = 0; i < _spans.Length; i++) _maxEnd[i] = max = Math.Max(max, _spans[i].End);
        }

        public bool AnyOverlaps(TextSpan span)
        {
            // spans starting before span.End: a prefix; one of them overlaps iff the largest end among them is past span.Start
            int lo = 0, hi = _spans.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_spans[mid].Start < span.End) lo = mid + 1; else hi = mid;
            }
            return lo > 0 && _maxEnd[lo - 1] > span.Start;
        }
    }
}
