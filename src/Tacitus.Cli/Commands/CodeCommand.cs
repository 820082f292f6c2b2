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
        var verbs = new Option<string?>("--verbs") { Description = "Your own PETRARCH-format verb dictionary (CAMEO.2.0.txt format, or a compiled .tacverbs) instead of the shipped one." };
        var actors = new Option<string?>("--actors") { Description = "Your own PETRARCH-format actor dictionary, used by the actors stage (setting actors.overlay)." };
        var agents = new Option<string?>("--agents") { Description = "Your own PETRARCH-format agent dictionary, used by the actors stage (setting actors.agents)." };

        var allModalities = new Option<bool>("--all-modalities")
        {
            Description = "With --format gdelt or icews, also write events that did not happen as stated (negated, planned, hypothetical, refused, alleged); those formats cannot mark them, so by default they get asserted events only.",
        };
        var cmd = new Command("code", "Code events only: who did what to whom, when and where, one event per line.");
        common.AddTo(cmd);
        cmd.Add(format);
        cmd.Add(outFile);
        cmd.Add(allModalities);
        cmd.Add(verbs);
        cmd.Add(actors);
        cmd.Add(agents);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var date = common.ParseDate(parse);
            var settings = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty;
            foreach (var (opt, key) in new[] { (verbs, "events.verbs"), (actors, "actors.overlay"), (agents, "actors.agents") })
            {
                if (parse.GetValue(opt) is not { } file) continue;
                if (!File.Exists(file)) throw new UsageException($"{opt.Name}: file '{file}' does not exist.");
                settings = settings.SetItem(key, file);
            }
            var pipeline = common.BuildPipeline(parse, ctx, settings: settings);
            var codebookPath = Path.Combine(common.ModelDirectory(parse), Tacitus.Coding.Events.CameoCodebook.FileName);
            var codebook = File.Exists(codebookPath) ? Tacitus.Coding.Events.CameoCodebook.Load(codebookPath) : null;
            var fmt = parse.GetValue(format)!;
            var path = parse.GetValue(outFile);
            using var fileWriter = path is null ? null : new StreamWriter(path);
            var output = fileWriter ?? ctx.Out;
            bool failed = false;
            var reader = common.CreateReader(parse, ctx, date);
            var events = new EventWriter(output, fmt, codebook is null ? null : code => codebook.Lookup(code)?.Name, parse.GetValue(allModalities));
            foreach (var doc in common.ReadDocuments(parse, ctx, reader, () => failed = true))
                events.Write(pipeline.Process(doc));
            events.Finish();
            if (events.LeftOut > 0) ctx.Error.WriteLine("tacitus: " + OutputFormats.LeftOutNote(events.LeftOut, fmt));
            return failed ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return cmd;
    }
}
