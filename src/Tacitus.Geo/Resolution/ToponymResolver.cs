using System.Collections.Frozen;
using Tacitus.Core;
using Tacitus.Geo.Gazetteer;

namespace Tacitus.Geo.Resolution;

/// <summary>A mention with the entry chosen for it and the cue that decided.</summary>
public sealed record ResolvedToponym(ToponymMention Mention, int Entry, string Rule);

/// <summary>Weights of the disambiguation cues. Defaults were set on the TR-News dev corpus.</summary>
public sealed record ResolverWeights
{
    public double Population { get; init; } = 0.5;
    public double Country { get; init; } = 8;
    public double Continent { get; init; } = 12;
    public double OverlayPlace { get; init; } = 10;
    public double Admin1 { get; init; } = 1;
    public double Admin1InStateCountry { get; init; } = 2;
    public double Capital { get; init; } = 4;
    public double AdminSeat { get; init; } = 1.5;
    public double SecondOrderSeat { get; init; } = 0.5;
    public double Section { get; init; } = -1;
    public double SeatSharesRegionName { get; init; } = 3;
    public double CountryContext { get; init; } = 5;
    public double Admin1Context { get; init; } = 3;
    public double Containment { get; init; } = 25;
    public double AlternateName { get; init; } = -3;
}

/// <summary>
/// Chooses one gazetteer entry per toponym. Cues, in the order they usually matter: containment ("Sumy, northeastern
/// Ukraine", "Paris, Texas"), the countries and first-level regions the document talks about (including demonyms
/// such as "Turkish"), feature type (country, capital, regional seat) and population. One sense per document: all
/// mentions of a name share the sense their summed evidence prefers.
/// </summary>
public sealed class ToponymResolver(PlaceGazetteer gazetteer, ResolverWeights? weights = null)
{
    private static readonly HashSet<string> StateCountries = new(StringComparer.Ordinal) { "US", "CA", "AU", "GB", "IN", "BR", "MX", "DE" };

    private static readonly HashSet<string> CueFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "in", "of", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
        "northeast", "northwest", "southeast", "southwest", "-", "rural", "state", "province", "region", "county",
    };

    public PlaceGazetteer Gazetteer { get; } = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
    public ResolverWeights Weights { get; } = weights ?? new ResolverWeights();

    public IReadOnlyList<ResolvedToponym> Resolve(Document doc, IReadOnlyList<ToponymMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(mentions);
        var result = new ResolvedToponym[mentions.Count];
        if (mentions.Count == 0) return result;

        // Containment cues: "X, [northeastern] Y" where Y names a country or first-level region.
        var cues = new (string Country, string? Admin1)?[mentions.Count];
        // The region a containment cue names, for the mention that names it: "Georgia" in "Atlanta, Georgia" is the state.
        var named = new int[mentions.Count];
        Array.Fill(named, -1);
        for (int m = 0; m + 1 < mentions.Count; m++)
            (cues[m], named[m + 1]) = ContainerAfter(doc, mentions, m);

        // Pass 1: prior only (plus containment), to learn what the document is about.
        var first = new int[mentions.Count];
        for (int m = 0; m < mentions.Count; m++) first[m] = Best(mentions[m], cues[m]);
        // Votes per name, so that a name's own mentions do not count as context for it ("Quebec" does not vouch for Québec city).
        var votes = new Dictionary<string, (Dictionary<string, double> Countries, Dictionary<string, double> Admin1, double Total)>(StringComparer.Ordinal);
        var all = (Countries: new Dictionary<string, double>(StringComparer.Ordinal), Admin1: new Dictionary<string, double>(StringComparer.Ordinal), Total: 0.0);
        for (int m = 0; m < mentions.Count; m++)
        {
            var e = Gazetteer.Entries[first[m]];
            if (e.Country.Length == 0) continue;
            if (!votes.TryGetValue(mentions[m].Key, out var v))
                v = (new Dictionary<string, double>(StringComparer.Ordinal), new Dictionary<string, double>(StringComparer.Ordinal), 0);
            double w = e.Kind == PlaceKind.City ? 0.5 : 1;
            Add(v.Countries, e.Country, w);
            Add(all.Countries, e.Country, w);
            v.Total += w;
            all.Total += w;
            if (e.Admin1Key is { } a)
            {
                double aw = e.Kind == PlaceKind.Admin1 ? 1 : 0.5;
                Add(v.Admin1, a, aw);
                Add(all.Admin1, a, aw);
            }
            votes[mentions[m].Key] = v;
        }

        // Pass 2: one sense per name, summing each mention's evidence.
        foreach (var group in Enumerable.Range(0, mentions.Count).GroupBy(m => mentions[m].Key))
        {
            var own = votes.GetValueOrDefault(group.Key);
            var context = new DocumentContext(all.Countries, all.Admin1, all.Total, own.Countries, own.Admin1, own.Total);
            var sums = new Dictionary<int, double>();
            string rule = "prior";
            foreach (var m in group)
                foreach (var id in mentions[m].Entries)
                {
                    var (score, _) = Score(Gazetteer.Entries[id], id, mentions[m].Key, cues[m], context, mentions[m].Entries);
                    if (named[m] == id) score += Weights.Containment;
                    sums[id] = sums.GetValueOrDefault(id) + score;
                }
            int chosen = sums.MaxBy(kv => (kv.Value, -kv.Key)).Key;
            if (group.Any(m => cues[m] is { } c && Inside(Gazetteer.Entries[chosen], c) || named[m] == chosen)) rule = "containment";
            else if (mentions[group.First()].Entries.Length > 1) rule = "context";
            foreach (var m in group)
            {
                var src = mentions[m].Source;
                var r = src == MentionSource.Demonym ? "demonym" : src == MentionSource.Ner ? "ner." + rule : rule;
                result[m] = new ResolvedToponym(mentions[m], chosen, r);
            }
        }
        return result;
    }

    private sealed record DocumentContext(
        Dictionary<string, double> Countries, Dictionary<string, double> Admin1, double Total,
        Dictionary<string, double>? OwnCountries, Dictionary<string, double>? OwnAdmin1, double OwnTotal)
    {
        public double CountryShare(string cc)
        {
            double total = Total - OwnTotal;
            return total <= 0 ? 0 : (Countries.GetValueOrDefault(cc) - (OwnCountries?.GetValueOrDefault(cc) ?? 0)) / total;
        }

        public double Admin1Votes(string key) => Admin1.GetValueOrDefault(key) - (OwnAdmin1?.GetValueOrDefault(key) ?? 0);
    }

    private static void Add(Dictionary<string, double> d, string key, double w) => d[key] = d.GetValueOrDefault(key) + w;

    private int Best(ToponymMention m, (string, string?)? cue)
    {
        int best = m.Entries[0];
        double bestScore = double.NegativeInfinity;
        foreach (var id in m.Entries)
        {
            var (s, _) = Score(Gazetteer.Entries[id], id, m.Key, cue, null, m.Entries);
            if (s > bestScore) { bestScore = s; best = id; }
        }
        return best;
    }

    private (double Score, double Cue) Score(GazetteerEntry e, int id, string key, (string Country, string? Admin1)? cue, DocumentContext? ctx, int[] rivals)
    {
        var w = Weights;
        double s = w.Population * Math.Log(1 + e.Population);
        switch (e.Kind)
        {
            case PlaceKind.Country: s += w.Country; break;
            case PlaceKind.Continent: s += w.Continent; break;
            case PlaceKind.Region or PlaceKind.Water or PlaceKind.Landform: s += w.OverlayPlace; break;
            case PlaceKind.Admin1: s += StateCountries.Contains(e.Country) ? w.Admin1InStateCountry : w.Admin1; break;
            default:
                s += e.FeatureCode switch
                {
                    "PPLC" => w.Capital,
                    "PPLA" => w.AdminSeat,
                    "PPLA2" => w.SecondOrderSeat,
                    "PPLX" => w.Section,
                    _ => 0,
                };
                break;
        }
        // A region named like its seat ("Istanbul", "Sumy") yields the bare name to the city; this only separates
        // the two, it does not lift the city above namesakes elsewhere.
        if (e.Kind == PlaceKind.Admin1 && !StateCountries.Contains(e.Country) && e.Admin1Key is { } region)
            foreach (var r in rivals)
            {
                var re = Gazetteer.Entries[r];
                if (re.Kind == PlaceKind.City && re.FeatureCode is "PPLA" or "PPLC" && re.Admin1Key == region) { s -= w.SeatSharesRegionName; break; }
            }
        double cueScore = 0;
        if (cue is { } c && Inside(e, c)) cueScore = w.Containment;
        s += cueScore;
        if (ctx is not null && e.Country.Length > 0)
        {
            s += w.CountryContext * ctx.CountryShare(e.Country);
            if (e.Kind != PlaceKind.Admin1 && e.Admin1Key is { } a && ctx.Admin1Votes(a) >= 1)
                s += w.Admin1Context;
        }
        // Known only by an alternate or historical name ("Waterloo" for Austin, Texas): a weaker reading.
        if (!IsPrimaryName(e, id, key)) s += w.AlternateName;
        return (s, cueScore);
    }

    private bool IsPrimaryName(GazetteerEntry e, int id, string key)
    {
        if (e.Kind != PlaceKind.City) return true;
        var names = Gazetteer.Names[id];
        return Primary(names[0]) == key || (names.Count > 1 && Primary(names[1]) == key);

        // "Washington, D.C." is primarily "Washington".
        static string Primary(string name) => NameKey.Of(name.IndexOf(',', StringComparison.Ordinal) is var c and > 0 ? name.AsSpan(0, c) : name);
    }

    private static readonly FrozenSet<string> PlaceNouns = FrozenSet.ToFrozenSet(
        ["city", "town", "capital", "port", "village", "region", "province", "state", "island", "resort", "enclave", "district"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the word at <paramref name="pos"/> (after spaces) names a kind of place ("city", "town", "port").</summary>
    private static bool PlaceNounAfter(string text, int pos)
    {
        while (pos < text.Length && text[pos] == ' ') pos++;
        int end = pos;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return PlaceNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(pos, end - pos));
    }

    private static bool Inside(GazetteerEntry e, (string Country, string? Admin1) cue) =>
        e.Country == cue.Country && (cue.Admin1 is null || e.Admin1 == cue.Admin1) && !(e.Kind == PlaceKind.Country);

    /// <summary>The country or first-level region that contains mention <paramref name="m"/> by the next mention ("Sumy,
    /// northeastern Ukraine"), and the region's entry when the next mention names a region holding one of m's places
    /// ("Atlanta, Georgia": the U.S. state, not the country), else -1.</summary>
    private ((string Country, string? Admin1)? Cue, int Region) ContainerAfter(Document doc, IReadOnlyList<ToponymMention> mentions, int m)
    {
        var text = doc.Text;
        int pos = mentions[m].Span.End;
        // Skip possessive-free punctuation: exactly one comma (or an opening parenthesis), then fillers.
        int i = pos;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || text[i] is not (',' or '(')) return (null, -1);
        i++;
        var next = mentions[m + 1];
        if (next.Sentence != mentions[m].Sentence) return (null, -1);
        var between = text.AsSpan(i, Math.Max(0, next.Span.Start - i));
        foreach (var word in between.ToString().Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
            if (!CueFillers.Contains(word)) return (null, -1);
        // "Sumy, the Ukrainian city" is in Ukraine; "Havana, the American mission here" is not in the United States.
        if (next.Source == MentionSource.Demonym && !PlaceNounAfter(text, next.Span.End)) return (null, -1);
        foreach (var id in next.Entries)
        {
            var e = Gazetteer.Entries[id];
            if (e.Kind == PlaceKind.Admin1 && mentions[m].Entries.Any(c => Gazetteer.Entries[c].Kind == PlaceKind.City && Inside(Gazetteer.Entries[c], (e.Country, e.Admin1))))
                return ((e.Country, e.Admin1), id);
        }
        (string, string?)? found = null;
        foreach (var id in next.Entries)
        {
            var e = Gazetteer.Entries[id];
            if (e.Kind == PlaceKind.Country) return ((e.Country, null), -1);
            if (e.Kind == PlaceKind.Admin1) found ??= (e.Country, e.Admin1);
        }
        return (found, -1);
    }
}
