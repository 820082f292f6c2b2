using System.Diagnostics;
using Tacitus.Core;

namespace Tacitus.Fuzz;

/// <summary>One pipeline stage's median cost on one document.</summary>
/// <param name="GcPause">Median seconds the garbage collector paused the program during the stage.</param>
public sealed record StageSample(string Stage, double Wall, double Cpu, double GcPause);

/// <summary>
/// Times each stage of a pipeline on one document (median of several samples; every sample runs the whole pipeline as
/// many times as it takes to last <see cref="ScalingMeasurement.MinSampleSeconds"/> and to cover 1 MB of text, after one
/// full collection for all samples, as in <see cref="ScalingMeasurement"/>), to find the stage that does not scale.
/// </summary>
public static class StageScaling
{
    public static IReadOnlyList<StageSample> Measure(Pipeline pipeline, string text, int samples)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(text);
        var stages = pipeline.Stages;
        var input = new Document("scaling", text) { PublicationDate = new DateOnly(2025, 5, 14) };
        var (_, perCall) = ScalingMeasurement.WarmUpTimed(() => pipeline.Process(input));
        // A stage is a slice of a call: on a 10 KB document the cheapest take 0.1 ms, so a sample also runs the pipeline on
        // at least 1 MB of text (100 calls at 10 KB, one at 1 MB), or background collector threads, charged to whichever
        // stage is running, would swamp them.
        int repeat = Math.Max(ScalingMeasurement.CallsPerSample(perCall, ScalingMeasurement.MinSampleSeconds),
            (int)Math.Ceiling(1_000_000.0 / Math.Max(1, text.Length)));
        var wall = stages.Select(_ => new double[samples]).ToArray();
        var cpu = stages.Select(_ => new double[samples]).ToArray();
        var gc = stages.Select(_ => new double[samples]).ToArray();
        ScalingMeasurement.FullCollect();
        for (int s = 0; s < samples; s++)
        {
            for (int r = 0; r < repeat; r++)
            {
                var doc = input;
                for (int i = 0; i < stages.Length; i++)
                {
                    var g0 = GC.GetTotalPauseDuration();
                    double c0 = ScalingMeasurement.CpuSeconds();
                    long t0 = Stopwatch.GetTimestamp();
                    doc = stages[i].Process(doc);
                    wall[i][s] += Stopwatch.GetElapsedTime(t0).TotalSeconds / repeat;
                    cpu[i][s] += (ScalingMeasurement.CpuSeconds() - c0) / repeat;
                    gc[i][s] += (GC.GetTotalPauseDuration() - g0).TotalSeconds / repeat;
                    doc = doc with { Stages = doc.Stages.Add(stages[i].Name) };
                }
            }
        }
        return [.. stages.Select((st, i) => new StageSample(st.Name, ScalingMeasurement.Median(wall[i]), ScalingMeasurement.Median(cpu[i]), ScalingMeasurement.Median(gc[i])))];
    }
}
