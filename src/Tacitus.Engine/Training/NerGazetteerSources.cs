using Tacitus.Coding.Dictionaries;
using Tacitus.Core;
using Tacitus.Nlp.Ner;
using Tacitus.Nlp.Tagging;

namespace Tacitus.Engine.Training;

/// <summary>Where the NER gazetteer's name lists come from (each optional).</summary>
public sealed record NerGazetteerOptions
{
    /// <summary>Directory with countries.tsv, cities.tsv and admin1.tsv (GeoNames-derived).</summary>
    public string? GeoDirectory { get; init; }
    public int MinCityPopulation { get; init; } = 20000;
    /// <summary>Compiled actor dictionary (<c>actors.tacdict</c>).</summary>
    public string? ActorDictionary { get; init; }
    /// <summary>People-names list, one given name or surname per line.</summary>
    public string? PeopleNames { get; init; }
    /// <summary>Company-names list, one per line.</summary>
    public string? CompanyNames { get; init; }
    /// <summary>WordNet dictionary directory (with <c>data.noun</c>).</summary>
    public string? WordNet { get; init; }
    /// <summary>Brand list in the Simple Icons JSON format (<c>simple-icons.json</c>).</summary>
    public string? BrandNames { get; init; }
}

/// <summary>Builds the NER gazetteer from the configured sources, and tags NER training data with a POS tagger.</summary>
public static class NerGazetteerSources
{
    /// <summary>The gazetteer and a one-line summary per source ("actors: 33,307 phrases").</summary>
    public static (Gazetteer Gazetteer, IReadOnlyList<string> Summary) Build(NerGazetteerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var b = new Gazetteer.Builder();
        var summary = new List<string>();
        if (options.GeoDirectory is { } geo)
        {
            b.AddGeo(geo, options.MinCityPopulation);
            summary.Add($"geo: {b.Count:N0} phrases");
        }
        if (options.ActorDictionary is { } actors) summary.Add($"actors: {AddActors(b, actors):N0} phrases");
        if (options.PeopleNames is { } people) summary.Add($"people names: {GazetteerSources.AddNameList(b, people, GazetteerKind.PersonName):N0}");
        if (options.CompanyNames is { } companies) summary.Add($"company names: {GazetteerSources.AddNameList(b, companies, GazetteerKind.Company):N0}");
        if (options.WordNet is { } wn) summary.Add($"WordNet proper nouns: {GazetteerSources.AddWordNet(b, wn):N0}");
        if (options.BrandNames is { } brands) summary.Add($"brand names: {GazetteerSources.AddBrandList(b, brands):N0}");
        return (b.ToGazetteer(), summary);
    }

    /// <summary>
    /// Adds every actor phrase of the compiled dictionary at <paramref name="tacdictPath"/>: person entries as
    /// <see cref="GazetteerKind.Person"/>, everything else (organisations, institutions, countries, groups) as
    /// <see cref="GazetteerKind.Actor"/>. Returns the number of phrases added.
    /// </summary>
    public static int AddActors(Gazetteer.Builder builder, string tacdictPath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!File.Exists(tacdictPath)) throw new TacitusException($"{tacdictPath}: no such actor dictionary");
        var lexicon = ActorLexiconFile.Load(tacdictPath);
        int n = 0;
        foreach (var (key, entry) in lexicon.ActorPhrases)
        {
            var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Length > Gazetteer.MaxPhraseTokens) continue;
            // Single letters and bare numbers ("A", "S") are noise as names.
            if (words.Length == 1 && (words[0].Length < 2 || words[0].All(char.IsDigit))) continue;
            builder.AddTokens(words, lexicon.Entries[entry].IsPerson ? GazetteerKind.Person : GazetteerKind.Actor);
            n++;
        }
        return n;
    }

    /// <summary>The sentences with the UPOS tags <paramref name="tagger"/> predicts for their tokens.</summary>
    public static List<IobSentence> WithUpos(IEnumerable<IobSentence> sentences, PosTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        return [.. sentences.Select(s => s with { Upos = [.. tagger.Tag(s.Tokens).Select(t => t.Upos)] })];
    }

    /// <summary>
    /// The sentences with UPOS tags taken from a CoNLL-U file of the same text (matched by <c>sent_id</c> and word forms,
    /// such as the output of <c>train tagger --jackknife</c>), so the training file's tags are as noisy as a tagger's on
    /// unseen text; sentences it lacks are tagged by <paramref name="fallback"/>. Returns how many were matched.
    /// </summary>
    public static (List<IobSentence> Sentences, int Matched) WithUpos(IEnumerable<IobSentence> sentences, IEnumerable<Nlp.Conllu.ConlluSentence> tagged, PosTagger fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        var byId = new Dictionary<string, Nlp.Conllu.ConlluSentence>(StringComparer.Ordinal);
        foreach (var c in tagged)
            if (c.SentId is { } id) byId.TryAdd(id, c);
        int matched = 0;
        var result = sentences.Select(s =>
        {
            if (s.SentId is { } id && byId.TryGetValue(id, out var c) && c.Words.Length == s.Tokens.Length
                && c.Words.Select(w => w.Form).SequenceEqual(s.Tokens, StringComparer.Ordinal) && c.Words.All(w => w.Upos is not null))
            {
                matched++;
                return s with { Upos = [.. c.Words.Select(w => w.Upos!)] };
            }
            return s with { Upos = [.. fallback.Tag(s.Tokens).Select(t => t.Upos)] };
        }).ToList();
        return (result, matched);
    }
}
