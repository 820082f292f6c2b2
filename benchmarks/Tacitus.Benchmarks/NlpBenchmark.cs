using BenchmarkDotNet.Attributes;
using Tacitus.Core;
using Tacitus.Nlp.Lemmatization;
using Tacitus.Nlp.Parsing;
using Tacitus.Nlp.Tagging;
using Tacitus.Nlp.Tokenization;

namespace Tacitus.Benchmarks;

/// <summary>
/// The statistical NLP stages with the shipped models (models/tagger, models/lemmatizer, models/parser) on the showcase
/// article repeated to about 20,000 tokens, already tokenized: tag, lemmatize, parse, and all three in a row.
/// Single thread. Run: <c>dotnet run -c Release --project benchmarks/Tacitus.Benchmarks -- --filter '*NlpBenchmark*'</c>.
/// </summary>
[MemoryDiagnoser]
public class NlpBenchmark
{
    private static readonly Document Tokenized = new Tokenizer().Process(new Document("bench", Corpus.ShowcaseRepeated(110_000)));

    private readonly TaggerStage _tagger = TaggerStage.Load(Corpus.ModelDirectory("tagger"));
    private readonly LemmatizerStage _lemmatizer = LemmatizerStage.Load(Corpus.ModelDirectory("lemmatizer"));
    private readonly DependencyParser _parser = DependencyParser.Load(Corpus.ModelDirectory("parser"));
    private Document _tagged = Tokenized;
    private Document _lemmatized = Tokenized;

    public static int TokensPerOperation => Tokenized.Tokens.Length;

    [GlobalSetup]
    public void Setup()
    {
        _tagged = _tagger.Process(Tokenized);
        _lemmatized = _lemmatizer.Process(_tagged);
    }

    /// <summary>UPOS + XPOS + FEATS.</summary>
    [Benchmark]
    public int Tag() => _tagger.Process(Tokenized).Tokens.Length;

    /// <summary>Lemmas of tagged tokens.</summary>
    [Benchmark]
    public int Lemmatize() => _lemmatizer.Process(_tagged).Tokens.Length;

    /// <summary>Heads and relations of tagged tokens.</summary>
    [Benchmark]
    public int Parse() => _parser.Process(_lemmatized).Tokens.Length;

    /// <summary>Tag, lemmatize and parse, as the pipeline runs them.</summary>
    [Benchmark(Baseline = true)]
    public int All() => _parser.Process(_lemmatizer.Process(_tagger.Process(Tokenized))).Tokens.Length;
}
