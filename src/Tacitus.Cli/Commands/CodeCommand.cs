using System.CommandLine;
using Tacitus.Engine.Input;
using Tacitus.Engine.Output;

namespace Tacitus.Cli.Commands;

internal static class CodeCommand
{
    public static Command Create(CliContext ctx)
    {
        var common = new CommonOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: jsonl (one event per line, default), json (an array), csv, gdelt (GDELT 2.0 event table), icews or plover (PLOVER JSON).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong(OutputFormats.Code);
        var outFile = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };

        var cmd = new Command("code", "Code events only: who did what to whom, when and where, one event per line.");
        common.AddTo(cmd);
        cmd.Add(format);
        cmd.Add(outFile);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var date = common.ParseDate(parse);
            var pipeline = common.BuildPipeline(parse, ctx);
            var fmt = parse.GetValue(format)!;
            var path = parse.GetValue(outFile);
            using var fileWriter = path is null ? null : new StreamWriter(path);
            var output = fileWriter ?? ctx.Out;
            bool failed = false;
            var reader = common.CreateReader(parse, ctx, date);
            var events = new EventWriter(output, fmt);
            foreach (var doc in common.ReadDocuments(parse, ctx, reader, () => failed = true))
                events.Write(pipeline.Process(doc));
            events.Finish();
            return failed ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return cmd;
    }
}
