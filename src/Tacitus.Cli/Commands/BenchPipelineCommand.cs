using System.CommandLine;
using System.Globalization;
using Tacitus.Core;
using Tacitus.Engine.Bench;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus bench pipeline FILES</c>: full-pipeline speed on one thread, in sentences per second.</summary>
internal static class BenchPipelineCommand
{
    public static Command Create(CliContext ctx)
    {
        var common = new CommonOptions();
        var passes = new Option<int>("--passes") { Description = "Timed passes over the documents (after one warm-up pass); the fastest is reported.", DefaultValueFactory = _ => 5 };
        var copies = new Option<int>("--copies") { Description = "Process the documents this many times per pass (a larger sample from a small corpus).", DefaultValueFactory = _ => 1 };
        var cmd = new Command("pipeline", "Full pipeline (tokenize → tag → lemmatize → parse → NER → actors → times → places → events) on one thread: sentences/s and the time of each stage.");
        common.AddTo(cmd);
        cmd.Add(passes);
        cmd.Add(copies);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            if (parse.GetValue(passes) < 1) throw new UsageException("--passes must be at least 1.");
            if (parse.GetValue(copies) < 1) throw new UsageException("--copies must be at least 1.");
            var pipeline = common.BuildPipeline(parse, ctx);
            bool failed = false;
            var docs = common.ReadDocuments(parse, ctx, common.CreateReader(parse, ctx, common.ParseDate(parse)), () => failed = true).ToList();
            var corpus = Enumerable.Range(0, parse.GetValue(copies)).SelectMany(k => docs.Select(d => d with { Id = $"{d.Id}#{k}" })).ToList();
            var r = PipelineBenchmark.Run(pipeline, corpus, parse.GetValue(passes));
            var c = CultureInfo.InvariantCulture;
            ctx.Out.WriteLine(string.Create(c, $"documents {r.Documents}  sentences {r.Sentences}  tokens {r.Tokens}  events {r.Events}  (fastest of {r.Passes} passes, one thread)"));
            ctx.Out.WriteLine(string.Create(c, $"time {r.Best.TotalMilliseconds:F1} ms  {r.SentencesPerSecond:N0} sentences/s  {r.TokensPerSecond:N0} tokens/s"));
            foreach (var s in r.Stages)
                ctx.Out.WriteLine(string.Create(c, $"  {s.Stage,-12} {s.Time.TotalMilliseconds,9:F1} ms  {100 * s.Time.TotalSeconds / r.Best.TotalSeconds,5:F1}%"));
            return failed ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return cmd;
    }
}
