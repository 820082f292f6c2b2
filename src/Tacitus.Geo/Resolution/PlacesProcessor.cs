using System.Collections.Immutable;
using Tacitus.Core;
using Tacitus.Geo.Gazetteer;

namespace Tacitus.Geo.Resolution;

/// <summary>
/// The "places" pipeline stage: recognises toponyms (NER LOC entities and gazetteer matches), resolves each to a
/// gazetteer entry and writes <see cref="Document.Places"/>. Needs tokens and sentences (the tokenizer stage).
/// </summary>
public sealed class PlacesProcessor : IDocumentProcessor
{
    public const string StageName = "places";

    private readonly ToponymRecognizer _recognizer;
    private readonly ToponymResolver _resolver;

    public PlacesProcessor(PlaceGazetteer gazetteer, ResolverWeights? weights = null)
    {
        Gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        _recognizer = new ToponymRecognizer(gazetteer);
        _resolver = new ToponymResolver(gazetteer, weights);
    }

    /// <summary>Loads <c>gazetteer.bin</c> from <paramref name="modelDirectory"/>.</summary>
    public static PlacesProcessor FromModelDirectory(string modelDirectory) =>
        new(GazetteerFile.Load(Path.Combine(modelDirectory, GazetteerFile.FileName)));

    public string Name => StageName;

    public PlaceGazetteer Gazetteer { get; }

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Tokens.IsDefaultOrEmpty) return document with { Places = [] };
        var mentions = _recognizer.Recognize(document);
        var resolved = _resolver.Resolve(document, mentions);
        var starts = resolved.Select(r => r.Mention.FirstToken).ToHashSet();
        var places = ImmutableArray.CreateBuilder<Place>(resolved.Count);
        foreach (var r in resolved)
        {
            places.Add(ToPlace(r));
            if (CapitalNamed(document, r, starts) is { } capital) places.Add(ToPlace(capital));
        }
        return document with { Places = places.ToImmutable() };
    }

    /// <summary>
    /// "the Kenyan capital": the word "capital" after a country's adjective names the country's capital city (GeoNames
    /// PPLC), a place where things happen, where the adjective ("Kenyan", the country) is none. A place of its own, on the
    /// word "capital", next to the adjective's. Not "capital markets" or "capital punishment" (a noun after it), nor when
    /// the text names the city ("the Tanzanian capital of Dar es Salaam", "the Kenyan capital, Nairobi"). In "the Kenyan
    /// and Tanzanian capitals" the word goes with the adjective next to it.
    /// </summary>
    /// <param name="toponymStarts">The first tokens of all the document's toponyms.</param>
    private ResolvedToponym? CapitalNamed(Document doc, ResolvedToponym r, HashSet<int> toponymStarts)
    {
        var m = r.Mention;
        if (m.Source != MentionSource.Demonym) return null;
        var tokens = doc.Tokens;
        bool InSentence(int t) => t < tokens.Length && tokens[t].Sentence == m.Sentence;
        int next = m.LastToken + 1;
        if (!InSentence(next) || doc.TextOf(tokens[next]) is not ("capital" or "capitals")) return null;
        if (InSentence(next + 1) && tokens[next + 1].Upos == "NOUN") return null;
        if (InSentence(next + 2) && doc.TextOf(tokens[next + 1]) is "of" or "," && toponymStarts.Contains(next + 2)) return null;
        int capital = Gazetteer.CapitalOf(Gazetteer.Entries[r.Entry].Country);
        if (capital < 0) return null;
        var mention = new ToponymMention(tokens[next].Span, m.Sentence, next, next, m.Key, [capital], MentionSource.Gazetteer);
        return new ResolvedToponym(mention, capital, "demonym-capital");
    }

    private Place ToPlace(ResolvedToponym r)
    {
        var e = Gazetteer.Entries[r.Entry];
        string? admin1 = null;
        if (e.Kind != PlaceKind.Admin1 && e.Admin1Key is { } key && Gazetteer.Admin1(key) is var ai and >= 0)
            admin1 = Gazetteer.Entries[ai].Name;
        var name = e.Kind == PlaceKind.Country && Gazetteer.Country(e.Country) is { } ci ? ci.Name : e.Name;
        return new Place(r.Mention.Span, r.Mention.Sentence, e.GeonameId, name, Gazetteer.Iso3(e), admin1,
            e.Latitude, e.Longitude, e.FeatureClass, StageName + "." + r.Rule) { FeatureCode = e.FeatureCode };
    }
}
