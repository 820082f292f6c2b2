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
            bool conlluIn = parse.GetValue(inputFormat) == "conllu";
            var pipeline = common.BuildPipeline(parse, ctx, preTokenized: conlluIn);
            var fmt = parse.GetValue(format)!;
            bool failed = false;
            if (conlluIn)
            {
                var inputs = parse.GetValue(common.Inputs) is { Length: > 0 } given ? given : ["-"];
                foreach (var input in inputs)
                {
                    try
                    {
                        foreach (var item in ConlluInput.Read(input, ctx.In, date ?? ctx.Today))
                            Write(pipeline.Process(item.Document), item.Sentences);
                    }
                    catch (Tacitus.Core.TacitusException ex)
                    {
                        ctx.Error.WriteLine($"tacitus: {ex.Message}");
                        failed = true;
                    }
                }
                return failed ? ExitCodes.BadInput : ExitCodes.Ok;
            }
            var reader = common.CreateReader(parse, ctx, date);
            foreach (var doc in common.ReadDocuments(parse, ctx, reader, () => failed = true))
                Write(pipeline.Process(doc), null);
            return failed ? ExitCodes.BadInput : ExitCodes.Ok;

            void Write(Tacitus.Core.Document result, IReadOnlyList<Tacitus.Nlp.Conllu.ConlluSentence>? original)
            {
                if (fmt == "conllu")
                    Tacitus.Nlp.Conllu.ConlluWriter.Write(ctx.Out, Tacitus.Nlp.Conllu.ConlluDocuments.FromDocument(result, original));
                else
                    ctx.Out.WriteLine(JsonOutput.Document(result, indented: fmt == "json"));
            }
        }));
        return cmd;
    }
}
