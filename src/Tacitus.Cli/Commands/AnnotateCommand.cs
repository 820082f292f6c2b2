using System.CommandLine;
using Tacitus.Engine.Input;
using Tacitus.Engine.Output;

namespace Tacitus.Cli.Commands;

internal static class AnnotateCommand
{
    public static Command Create(CliContext ctx)
    {
        var common = new CommonOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: json (one indented object per document), jsonl (one object per line) or conllu.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong(OutputFormats.Annotate);
        var inputFormat = new Option<string>("--input-format")
        {
            Description = "text (default): raw text, HTML or JSONL; conllu: keep the given tokens and sentences exactly and predict every other column.",
            DefaultValueFactory = _ => "text",
        };
        inputFormat.AcceptOnlyFromAmong("text", "conllu");

        var cmd = new Command("annotate", "Full analysis of each document: sentences, tokens with tags, lemmas and dependencies, entities, actors, places, times and events.");
        common.AddTo(cmd);
        cmd.Add(format);
        cmd.Add(inputFormat);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var date = common.ParseDate(parse);
            var pipeline = common.BuildPipeline(parse);
            var fmt = parse.GetValue(format)!;
            if (parse.GetValue(inputFormat) == "conllu")
                throw new UsageException("--input-format conllu needs the CoNLL-U reader (issue 4), not built yet.");
            if (fmt == "conllu")
                throw new UsageException("--format conllu needs the CoNLL-U writer (issue 4), not built yet.");
            bool failed = false;
            var reader = new DocumentReader(() => ctx.In, date);
            foreach (var doc in common.ReadDocuments(parse, ctx, reader, () => failed = true))
            {
                var result = pipeline.Process(doc);
                ctx.Out.WriteLine(JsonOutput.Document(result, indented: fmt == "json"));
            }
            return failed ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return cmd;
    }
}
