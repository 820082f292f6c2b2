using Tacitus.Core;
using Tacitus.Nlp.Tokenization;

namespace Tacitus.Engine;

/// <summary>The stages Tacitus ships, by name. Each stage adds its line here.</summary>
public static class StandardCatalog
{
    public static StageCatalog Create() => new StageCatalog()
        .Register("tokenizer", _ => new Tokenizer())
        .Register("events", Tacitus.Coding.Events.EventProcessor.FromConfig);
}
