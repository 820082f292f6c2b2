using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Tacitus.Core;
using Tacitus.Engine.Benchmarking;

namespace Tacitus.Cli.Tests;

public class PipelineBenchTests
{
    /// <summary>A stage that records the stages that ran before it on each document and splits text into one sentence per line.</summary>
    private sealed class Recording(string name, List<string> log) : IDocumentProcessor
    {
        public string Name => name;

        public Document Process(Document document)
        {
            log.Add($"{name}<-{string.Join(",", document.Stages)}");
            if (name != "split") return document;
            var sentences = ImmutableArray.CreateBuilder<Sentence>();
            foreach (var _ in document.Text.Split('\n')) sentences.Add(new Sentence(new TextSpan(0, 0), 0, 0));
            return document with { Sentences = sentences.ToImmutable() };
        }
    }

    [Fact]
    public void Stage_cost_runs_every_stage_in_order_on_every_document_and_counts_sentences()
    {
        var log = new List<string>();
        var pipeline = new PipelineBuilder().Add(new Recording("split", log)).Add(new Recording("times", log)).Add(new Recording("events", log)).Build();
        var docs = new[] { new Document("a", "one\ntwo"), new Document("b", "three") };
        var result = StageCost.Measure(pipeline, docs, rounds: 2);
        Assert.Equal(["split", "times", "events"], result.Stages.Select(s => s.Stage));
        Assert.Equal(3, result.Sentences);
        Assert.Equal(2, result.Documents);
        Assert.Equal(12, result.Characters);
        // One warm-up and two timed rounds, two documents each; each stage sees the stages before it.
        Assert.Equal(3 * 2 * 3, log.Count);
        Assert.Equal(["split<-", "times<-split", "events<-split,times"], log.Take(3));
        Assert.All(result.Stages, s => Assert.True(s.Time >= TimeSpan.Zero));
    }

    [Fact]
    public void Added_fraction_is_the_named_stages_time_over_the_rest()
    {
        var r = new StageCostResult(1, 10, 100, 1,
        [
            new StageTime("parser", TimeSpan.FromMilliseconds(80)),
            new StageTime("times", TimeSpan.FromMilliseconds(5)),
            new StageTime("places", TimeSpan.FromMilliseconds(15)),
        ]);
        Assert.Equal(TimeSpan.FromMilliseconds(100), r.Total);
        Assert.Equal(TimeSpan.FromMilliseconds(20), r.TimeOf(["times", "places", "absent"]));
        Assert.Equal(0.25, r.AddedFraction(["times", "places"]), 9);
        Assert.Equal(2000, r.MicrosecondsPerSentence(TimeSpan.FromMilliseconds(20)), 9);
        Assert.Equal(double.PositiveInfinity, r.AddedFraction(["parser", "times", "places"]));
    }

    [Fact]
    public void Interleaved_measurement_returns_one_result_per_pipeline()
    {
        var log = new List<string>();
        var a = new PipelineBuilder().Add(new Recording("split", log)).Add(new Recording("times", log)).Build();
        var b = new PipelineBuilder().Add(new Recording("split", log)).Build();
        var results = StageCost.MeasureInterleaved([a, b], [new Document("a", "x\ny")], rounds: 1);
        Assert.Equal(2, results.Count);
        Assert.Equal(["split", "times"], results[0].Stages.Select(s => s.Stage));
        Assert.Equal(["split"], results[1].Stages.Select(s => s.Stage));
        // Rounds alternate: A's warm-up, B's warm-up, A, B.
        Assert.Equal(["split<-", "times<-split", "split<-", "split<-", "times<-split", "split<-"], log);
    }

    [Fact]
    public void Bench_pipeline_reports_the_cost_of_times_and_places()
    {
        var (exit, output, err) = CliRunner.Run("", "bench", "pipeline", CliRunner.Example("istanbul-talks-2025-05-14.txt"), "--date", "2025-05-14", "--rounds", "1");
        Assert.True(exit == 0, err);
        Assert.Contains("times", output, StringComparison.Ordinal);
        Assert.Contains("places", output, StringComparison.Ordinal);
        var m = Regex.Match(output, @"per stage: times \+ places [\d.]+ µs/sentence on top of [\d.]+ µs/sentence for the other stages: \+([\d.]+)%");
        Assert.True(m.Success, output);
        Assert.InRange(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), 0, 1000);
        Assert.Contains("whole pipelines:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_pipeline_rejects_zero_rounds()
    {
        var (exit, _, err) = CliRunner.Run("", "bench", "pipeline", "--rounds", "0");
        Assert.Equal(2, exit);
        Assert.Contains("--rounds", err, StringComparison.Ordinal);
    }
}
