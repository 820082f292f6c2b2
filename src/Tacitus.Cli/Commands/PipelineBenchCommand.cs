using System.CommandLine;
using System.Globalization;
using Tacitus.Core;
using Tacitus.Engine;
using Tacitus.Engine.Benchmarking;

namespace Tacitus.Cli.Commands;

/// <summary>
/// <c>tacitus bench pipeline [FILES]</c>: times every stage of the standard pipeline over a corpus and reports what the
/// times and places stages add per sentence, measured both per stage and as two whole pipelines (with and without them).
/// </summary>
internal static class PipelineBenchCommand
{
    /// <summary>The stages whose cost is reported against the rest.</summary>
    private static readonly string[] Measured = ["times", "places"];

    public static Command Create(CliContext ctx)
    {
        var common = new CommonOptions();
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds after one warm-up round; the fastest round per stage counts.", DefaultValueFactory = _ => 5 };
        var copies = new Option<int>("--copies") { Description = "Process the corpus this many times per round (a small corpus gives steadier numbers when repeated).", DefaultValueFactory = _ => 1 };
        var cmd = new Command("pipeline", "Time each stage of the standard pipeline over the input documents; report what the times and places stages add per sentence (with and without them).");
        common.AddTo(cmd);
        cmd.Add(rounds);
        cmd.Add(copies);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            int r = parse.GetValue(rounds), c = parse.GetValue(copies);
            if (r < 1) throw new UsageException("--rounds must be at least 1.");
            if (c < 1) throw new UsageException("--copies must be at least 1.");
            var date = common.ParseDate(parse);
            var full = common.BuildPipeline(parse, ctx);
            bool failed = false;
            var read = common.ReadDocuments(parse, ctx, common.CreateReader(parse, ctx, date), () => failed = true).ToList();
            if (read.Count == 0) throw new TacitusException("bench pipeline: no documents to process.");
            var docs = Enumerable.Range(0, c).SelectMany(_ => read).ToList();
            var rest = full.StageNames.Where(s => !Measured.Contains(s, StringComparer.OrdinalIgnoreCase)).ToArray();
            var without = TacitusEngine.Build(new EngineOptions { ModelDirectory = parse.GetValue(common.Models), Stages = [.. rest] });

            var results = StageCost.MeasureInterleaved([full, without], docs, r);
            var (withResult, withoutResult) = (results[0], results[1]);
            var o = ctx.Out;
            var inv = CultureInfo.InvariantCulture;
            o.WriteLine(string.Create(inv, $"corpus: {withResult.Documents:N0} documents, {withResult.Sentences:N0} sentences, {withResult.Characters:N0} characters; fastest of {r} rounds per stage, the two pipelines interleaved"));
            o.WriteLine($"{"stage",-12} {"ms",9} {"µs/sentence",12} {"share",7}");
            foreach (var s in withResult.Stages)
                o.WriteLine(string.Create(inv, $"{s.Stage,-12} {s.Time.TotalMilliseconds,9:F1} {withResult.MicrosecondsPerSentence(s.Time),12:F1} {100 * (s.Time / withResult.Total),6:F1}%"));
            o.WriteLine(string.Create(inv, $"{"total",-12} {withResult.Total.TotalMilliseconds,9:F1} {withResult.MicrosecondsPerSentence(withResult.Total),12:F1}"));
            o.WriteLine(string.Create(inv, $"throughput: {withResult.Sentences / withResult.Total.TotalSeconds:N0} sentences/s, {withResult.Characters / withResult.Total.TotalSeconds:N0} characters/s on one thread"));
            var added = withResult.TimeOf(Measured);
            o.WriteLine(string.Create(inv,
                $"per stage: times + places {withResult.MicrosecondsPerSentence(added):F1} µs/sentence on top of {withResult.MicrosecondsPerSentence(withResult.Total - added):F1} µs/sentence for the other stages: +{100 * withResult.AddedFraction(Measured):F1}%"));
            double whole = withoutResult.Total > TimeSpan.Zero ? withResult.Total / withoutResult.Total - 1 : double.PositiveInfinity;
            o.WriteLine(string.Create(inv,
                $"whole pipelines: {withResult.MicrosecondsPerSentence(withResult.Total):F1} µs/sentence with times and places, {withoutResult.MicrosecondsPerSentence(withoutResult.Total):F1} without: +{100 * whole:F1}%"));
            return failed ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return cmd;
    }
}
