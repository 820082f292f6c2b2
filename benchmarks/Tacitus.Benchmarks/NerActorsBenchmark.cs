using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Tacitus.Coding.Actors;
using Tacitus.Core;
using Tacitus.Engine;
using Tacitus.Nlp.Ner;
using Tacitus.Nlp.Tagging;

namespace Tacitus.Benchmarks;

/// <summary>
/// NER and actor resolution throughput on the showcase article repeated to about 200 KB. The document is tokenized,
/// tagged, lemmatized and parsed once in setup; each call runs only the measured stages on it.
/// </summary>
[MemoryDiagnoser]
public class NerActorsBenchmark
{
    private Document _parsed = null!;
    private NerStage _ner = null!;
    private TaggerStage _tagger = null!;
    private ActorResolver _actors = null!;
    private Document _untagged = null!;

    private static readonly string Text = Corpus.ShowcaseRepeated(200_000);

    /// <summary>Words in the benchmark document (the tokenizer's count; later stages keep the tokens).</summary>
    public static int TokensPerOperation => TokenCount.Value;

    private static readonly Lazy<int> TokenCount = new(() => Tacitus.Nlp.Tokenization.Tokenizer.Tokenize(Text).Tokens.Length);

    [GlobalSetup]
    public void Setup()
    {
        var models = Path.GetDirectoryName(Corpus.ModelDirectory("ner"))!;
        var text = Text;
        var pre = TacitusEngine.Build(new EngineOptions { ModelDirectory = models, Stages = ["tokenizer", "tagger", "lemmatizer", "parser"] });
        _parsed = pre.Process(new Document("bench", text));
        _untagged = TacitusEngine.Build(new EngineOptions { ModelDirectory = models, Stages = ["tokenizer"] }).Process(new Document("bench", text));
        _ner = NerStage.Load(Path.Combine(models, "ner"));
        _tagger = TaggerStage.Load(Path.Combine(models, "tagger"));
        _actors = ActorResolver.Load(models);
    }

    /// <summary>The ner stage alone (UPOS tags already there).</summary>
    [Benchmark(Baseline = true)]
    public int Ner() => _ner.Process(_parsed).Entities.Length;

    /// <summary>NER then actor resolution (the "NER + actor resolution").</summary>
    [Benchmark]
    public int NerAndActors() => _actors.Process(_ner.Process(_parsed)).Actors.Length;

    /// <summary>Tagger, NER and actors from tokens: everything the actors need that the parser does not give.</summary>
    [Benchmark]
    public int TaggerNerAndActors() => _actors.Process(_ner.Process(_tagger.Process(_untagged))).Actors.Length;
}
