using Tacitus.Core;
using Tacitus.Nlp.Parsing;
using Tacitus.Nlp.Tokenization;

namespace Tacitus.Engine;

/// <summary>The stages Tacitus ships, by name. Each stage adds its line here.</summary>
public static class StandardCatalog
{
    public static StageCatalog Create() => new StageCatalog()
        .Register("tokenizer", _ => new Tokenizer())
        .Register("parser", config => DependencyParser.Load(Path.Combine(config.ModelDirectory, "parser")));
}
