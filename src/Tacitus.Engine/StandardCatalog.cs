using Tacitus.Core;
using Tacitus.Nlp.Lemmatization;
using Tacitus.Nlp.Ner;
using Tacitus.Nlp.Tagging;
using Tacitus.Nlp.Tokenization;

namespace Tacitus.Engine;

/// <summary>The stages Tacitus ships, by name. Each stage adds its line here.</summary>
public static class StandardCatalog
{
    public static StageCatalog Create() => new StageCatalog()
        .Register("tokenizer", _ => new Tokenizer())
        .Register("tagger", c => TaggerStage.Load(Path.Combine(c.ModelDirectory, "tagger")))
        .Register("lemmatizer", c => LemmatizerStage.Load(Path.Combine(c.ModelDirectory, "lemmatizer")))
        .Register("ner", c => NerStage.Load(Path.Combine(c.ModelDirectory, "ner")));
}
