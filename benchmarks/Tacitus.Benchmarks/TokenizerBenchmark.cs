using BenchmarkDotNet.Attributes;
using Tacitus.Core;
using Tacitus.Nlp.Tokenization;

namespace Tacitus.Benchmarks;

/// <summary>Tokenizer and sentence splitter throughput on the showcase article repeated to about 1 MB (default GC settings).</summary>
[MemoryDiagnoser]
public class TokenizerBenchmark
{
    private static readonly string Text = Corpus.ShowcaseRepeated(1_000_000);
    private readonly Tokenizer _tokenizer = new();
    private readonly Document _document = new("bench", Text);

    public static int CharactersPerOperation => Text.Length;

    /// <summary>Surface tokens only: the scanner without building words and sentences.</summary>
    [Benchmark]
    public int Scan()
    {
        using var scanner = new SurfaceScanner(Text).Scan();
        return scanner.Tokens.Length;
    }

    /// <summary>Words, multiword tokens and sentences.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize() => Tokenizer.Tokenize(Text).Tokens.Length;

    /// <summary>As a pipeline stage: the document with its new layers.</summary>
    [Benchmark]
    public int Process() => _tokenizer.Process(_document).Tokens.Length;
}

/// <summary>
/// The same with non-concurrent (batch) garbage collection. Tokenizing allocates one <see cref="Token"/> per word and
/// all of them survive, so on a busy machine background GC threads cost several times the tokenizer's own work;
/// a batch tool like <c>tacitus</c> does not need background GC.
/// </summary>
[GcConcurrent(false)]
public class TokenizerBatchGcBenchmark : TokenizerBenchmark;
