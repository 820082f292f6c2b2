using System.Collections.Immutable;
using System.Diagnostics;
using Tacitus.Core;

namespace Tacitus.Engine.Bench;

/// <summary>Time spent in one stage over a timed pass.</summary>
public sealed record StageTime(string Stage, TimeSpan Time);

/// <summary>The result of <see cref="PipelineBenchmark.Run"/>: the fastest timed pass over the corpus, with per-stage times.</summary>
public sealed record PipelineBenchmarkResult(int Documents, int Sentences, int Tokens, int Events, int Passes, TimeSpan Best, ImmutableArray<StageTime> Stages)
{
    public double SentencesPerSecond => Sentences / Best.TotalSeconds;
    public double TokensPerSecond => Tokens / Best.TotalSeconds;
}

/// <summary>
/// Speed of the full pipeline (tokenizer → tagger → lemmatizer → parser → NER → actors → times → places → events) on one
/// thread: one warm-up pass, then <c>passes</c> timed passes over the same documents; the fastest pass is reported
/// (the machine's other load only slows passes down).
/// </summary>
public static class PipelineBenchmark
{
    public static PipelineBenchmarkResult Run(Pipeline pipeline, IReadOnlyList<Document> corpus, int passes)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(corpus);
        if (corpus.Count == 0) throw new TacitusException("the benchmark corpus is empty.");
        passes = Math.Max(1, passes);
        int sentences = 0, tokens = 0, events = 0;
        foreach (var d in corpus)
        {
            var done = pipeline.Process(d); // warm-up: JIT, model pages, caches
            sentences += done.Sentences.Length;
            tokens += done.Tokens.Length;
            events += done.Events.Length;
        }
        TimeSpan best = TimeSpan.MaxValue;
        long[] bestStages = new long[pipeline.Stages.Length];
        var stageTicks = new long[pipeline.Stages.Length];
        for (int pass = 0; pass < passes; pass++)
        {
            Array.Clear(stageTicks);
            long start = Stopwatch.GetTimestamp();
            foreach (var d in corpus)
            {
                var doc = d;
                for (int s = 0; s < pipeline.Stages.Length; s++)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    doc = pipeline.Stages[s].Process(doc);
                    stageTicks[s] += Stopwatch.GetTimestamp() - t0;
                }
            }
            var elapsed = Stopwatch.GetElapsedTime(start);
            if (elapsed < best)
            {
                best = elapsed;
                Array.Copy(stageTicks, bestStages, stageTicks.Length);
            }
        }
        var stages = pipeline.Stages.Select((st, i) => new StageTime(st.Name, TimeSpan.FromSeconds((double)bestStages[i] / Stopwatch.Frequency))).ToImmutableArray();
        return new PipelineBenchmarkResult(corpus.Count, sentences, tokens, events, passes, best, stages);
    }
}
