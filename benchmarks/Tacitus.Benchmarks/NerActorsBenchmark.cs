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
        var models = ModelDirectory();
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

    private static string ModelDirectory()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "models");
                if (File.Exists(Path.Combine(candidate, "ner", "config.json")) && File.Exists(Path.Combine(candidate, ActorResolver.DefaultFileName))) return candidate;
            }
        }
        throw new InvalidOperationException("no models directory with ner and actors.tacdict found above the benchmark's directory");
    }
}

/// <summary>Throughput in tokens per second, for benchmark classes that expose <c>public static int TokensPerOperation</c>.</summary>
public sealed class TokensPerSecondColumn : IColumn
{
    public string Id => nameof(TokensPerSecondColumn);
    public string ColumnName => "Tokens/s";
    public bool AlwaysShow => false;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Tokens processed per second (tokens per operation / mean time)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(b => Property(b) is not null);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var tokens = Property(benchmarkCase)?.GetValue(null) as int?;
        var report = summary[benchmarkCase];
        if (tokens is not > 0 || report?.ResultStatistics is not { } stats || stats.Mean <= 0) return "-";
        return (tokens.Value / (stats.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    private static PropertyInfo? Property(BenchmarkCase b) =>
        b.Descriptor.Type.GetProperty("TokensPerOperation", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy);
}
