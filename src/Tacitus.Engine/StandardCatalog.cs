using Tacitus.Coding.Actors;
using Tacitus.Core;
using Tacitus.Nlp.Lemmatization;
using Tacitus.Nlp.Ner;
using Tacitus.Nlp.Parsing;
using Tacitus.Nlp.Tagging;
using Tacitus.Nlp.Tokenization;
using Tacitus.Time;

namespace Tacitus.Engine;

/// <summary>The stages Tacitus ships, by name. Each stage adds its line here.</summary>
public static class StandardCatalog
{
    public static StageCatalog Create()
    {
        var catalog = new StageCatalog();
        catalog.Register("tokenizer", c => new Tokenizer { MaxSentenceTokens = EngineSettings.Int(c.Settings, EngineSettings.MaxSentenceTokens, SentenceLengthLimit.DefaultMaxTokens) });
        catalog.Register("tagger", c => TaggerStage.Load(Path.Combine(c.ModelDirectory, "tagger"), Path.Combine(c.ModelDirectory, TagRules.FileName)));
        catalog.Register("lemmatizer", c => LemmatizerStage.Load(Path.Combine(c.ModelDirectory, "lemmatizer")));
        catalog.Register("parser", c => DependencyParser.Load(Path.Combine(c.ModelDirectory, "parser")));
        catalog.Register("ner", c => NerStage.Load(Path.Combine(c.ModelDirectory, EngineSettings.NerModelName(c.Settings))));
        catalog.Register("places", c => Tacitus.Geo.Resolution.PlacesProcessor.FromModelDirectory(c.ModelDirectory));
        catalog.Register("actors", c => ActorResolver.Load(c.ModelDirectory, c.Settings));
        catalog.Register("times", _ => new TimeProcessor());
        catalog.Register("events", Tacitus.Coding.Events.EventProcessor.FromConfig);
        return catalog;
    }
}
