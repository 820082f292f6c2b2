using System.Diagnostics;
using Tacitus.Core;

namespace Tacitus.Engine.Benchmarking;

/// <summary>The time one pipeline stage took over a corpus (the fastest of the timed rounds).</summary>
public sealed record StageTime(string Stage, TimeSpan Time);

/// <summary>What <see cref="StageCost.Measure"/> found: per-stage times over a corpus and its size.</summary>
public sealed record StageCostResult(int Documents, int Sentences, long Characters, int Rounds, IReadOnlyList<StageTime> Stages)
{
    /// <summary>The sum of every stage's time: one pass over the corpus.</summary>
    public TimeSpan Total => TimeSpan.FromTicks(Stages.Sum(s => s.Time.Ticks));

    /// <summary>The time of the named stages together (names not in the pipeline count as zero).</summary>
    public TimeSpan TimeOf(IEnumerable<string> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var set = new HashSet<string>(stages, StringComparer.OrdinalIgnoreCase);
        return TimeSpan.FromTicks(Stages.Where(s => set.Contains(s.Stage)).Sum(s => s.Time.Ticks));
    }

    /// <summary>Microseconds per sentence for the given time.</summary>
    public double MicrosecondsPerSentence(TimeSpan time) => Sentences == 0 ? 0 : time.TotalMicroseconds / Sentences;

    /// <summary>
    /// How much the named stages add to the rest of the pipeline: their time ÷ the time of every other stage
    /// (0.25 = the pipeline is 25 % slower with them than without them).
    /// </summary>
    public double AddedFraction(IEnumerable<string> stages)
    {
        var added = TimeOf(stages);
        var rest = Total - added;
        return rest <= TimeSpan.Zero ? double.PositiveInfinity : added / rest;
    }
}

/// <summary>
/// Times each stage of a pipeline separately over a corpus: every document goes through the stages in order (as
/// <see cref="Pipeline.Process"/> does), each stage's time is summed over the corpus, and after an untimed warm-up
/// round the fastest of <c>rounds</c> timed rounds is kept per stage (on a shared machine the fastest round is the one
/// least disturbed by other work).
/// </summary>
public static class StageCost
{
    public static StageCostResult Measure(Pipeline pipeline, IReadOnlyList<Document> documents, int rounds = 5)
        => MeasureInterleaved([pipeline], documents, rounds)[0];

    /// <summary>
    /// Measures several pipelines over the same documents with their rounds interleaved (A, B, A, B, …), so that a
    /// burst of other work on the machine hits them alike.
    /// </summary>
    public static IReadOnlyList<StageCostResult> MeasureInterleaved(IReadOnlyList<Pipeline> pipelines, IReadOnlyList<Document> documents, int rounds = 5)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        ArgumentNullException.ThrowIfNull(documents);
        if (rounds < 1) throw new ArgumentOutOfRangeException(nameof(rounds), "at least one timed round is needed");
        var best = pipelines.Select(p => Enumerable.Repeat(long.MaxValue, p.Stages.Length).ToArray()).ToArray();
        var sentences = new int[pipelines.Count];
        long characters = documents.Sum(d => (long)d.Text.Length);
        for (int r = -1; r < rounds; r++)
        {
            for (int p = 0; p < pipelines.Count; p++)
            {
                var round = Round(pipelines[p], documents, out sentences[p]);
                if (r < 0) continue; // warm-up: JIT, caches, lazily loaded models
                for (int s = 0; s < round.Length; s++) best[p][s] = Math.Min(best[p][s], round[s]);
            }
        }
        var results = new StageCostResult[pipelines.Count];
        for (int p = 0; p < pipelines.Count; p++)
        {
            var stages = pipelines[p].Stages;
            var times = new StageTime[stages.Length];
            for (int s = 0; s < stages.Length; s++)
                times[s] = new StageTime(stages[s].Name, TimeSpan.FromSeconds((double)best[p][s] / Stopwatch.Frequency));
            results[p] = new StageCostResult(documents.Count, sentences[p], characters, rounds, times);
        }
        return results;
    }

    /// <summary>One pass over the documents: the stopwatch ticks each stage took, summed over the documents.</summary>
    private static long[] Round(Pipeline pipeline, IReadOnlyList<Document> documents, out int sentences)
    {
        var stages = pipeline.Stages;
        var ticks = new long[stages.Length];
        sentences = 0;
        foreach (var input in documents)
        {
            var doc = input;
            for (int s = 0; s < stages.Length; s++)
            {
                long t0 = Stopwatch.GetTimestamp();
                doc = stages[s].Process(doc);
                ticks[s] += Stopwatch.GetTimestamp() - t0;
                doc = doc with { Stages = doc.Stages.Add(stages[s].Name) };
            }
            sentences += doc.Sentences.IsDefault ? 0 : doc.Sentences.Length;
        }
        return ticks;
    }
}
