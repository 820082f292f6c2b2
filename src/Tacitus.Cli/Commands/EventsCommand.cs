using System.CommandLine;
using Tacitus.Coding.Events;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus events compile</c>: builds the event coder's dictionary files in models/ from the upstream PETRARCH2/CAMEO/PLOVER files.</summary>
internal static class EventsCommand
{
    public static Command Create(CliContext ctx)
    {
        var cmd = new Command("events", "Event-coding dictionaries: compile the PETRARCH2 verb dictionary and the CAMEO/PLOVER codebook into models/.");
        var data = new Option<string>("--data")
        {
            Description = "Folder with petrarch2/, cameo/ and plover/ (default: ../shared/data/events beside the repository).",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "events"),
        };
        var verbs = new Option<string?>("--verbs") { Description = "A PETRARCH-format verb dictionary to compile instead of petrarch2/CAMEO.2.0.txt." };
        var output = new Option<string>("--out", "-o") { Description = "Output folder (default: models).", DefaultValueFactory = _ => "models" };
        var compile = new Command("compile", "Compile verbs.tacverbs and cameo.tsv.");
        compile.Add(data);
        compile.Add(verbs);
        compile.Add(output);
        compile.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var r = EventModelCompiler.Compile(parse.GetValue(data)!, parse.GetValue(output)!, parse.GetValue(verbs));
            ctx.Out.WriteLine($"{r.VerbsPath}: {r.Verbs} verbs, {r.Patterns} patterns, {r.Synsets} synsets");
            ctx.Out.WriteLine($"{r.CodebookPath}: {r.Codes} CAMEO codes");
            return ExitCodes.Ok;
        }));
        cmd.Add(compile);
        return cmd;
    }
}
