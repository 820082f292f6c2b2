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
        var places = ImmutableArray.CreateBuilder<Place>(resolved.Count);
        foreach (var r in resolved) places.Add(ToPlace(r));
        return document with { Places = places.MoveToImmutable() };
    }

    private Place ToPlace(ResolvedToponym r)
    {
        var e = Gazetteer.Entries[r.Entry];
        string? admin1 = null;
        if (e.Kind != PlaceKind.Admin1 && e.Admin1Key is { } key && Gazetteer.Admin1(key) is var ai and >= 0)
            admin1 = Gazetteer.Entries[ai].Name;
        var name = e.Kind == PlaceKind.Country && Gazetteer.Country(e.Country) is { } ci ? ci.Name : e.Name;
        return new Place(r.Mention.Span, r.Mention.Sentence, e.GeonameId, name, Gazetteer.Iso3(e), admin1,
            e.Latitude, e.Longitude, e.FeatureClass, StageName + "." + r.Rule);
    }
}
