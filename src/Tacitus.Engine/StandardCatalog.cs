using Tacitus.Coding.Actors;
using Tacitus.Core;
using Tacitus.Nlp.Tokenization;
using Tacitus.Time;

namespace Tacitus.Engine;

/// <summary>The stages Tacitus ships, by name. Each stage adds its line here.</summary>
public static class StandardCatalog
{
    public static StageCatalog Create()
    {
        var catalog = new StageCatalog();
        catalog.Register("tokenizer", _ => new Tokenizer());
        catalog.Register("places", c => Tacitus.Geo.Resolution.PlacesProcessor.FromModelDirectory(c.ModelDirectory));
        catalog.Register("actors", c => ActorResolver.Load(c.ModelDirectory, c.Settings));
        catalog.Register("times", _ => new TimeProcessor());
        return catalog;
    }
}
