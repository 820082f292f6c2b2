using System.CommandLine;
using Tacitus.Cli.Commands;
using Tacitus.Core;

namespace Tacitus.Cli;

/// <summary>The <c>tacitus</c> command line: builds the command tree and runs it with Tacitus's exit codes.</summary>
public static class CliApp
{
    public static RootCommand BuildRoot(CliContext ctx)
    {
        var root = new RootCommand(
            "Tacitus reads news reports and writes down who did what to whom, when and where — political events coded in CAMEO and PLOVER, each traced to its evidence.\n\n" +
            "Start with:\n  tacitus code article.txt --date 2025-05-14      events as JSON lines\n  tacitus annotate article.txt --format json      the full analysis");
        root.Add(AnnotateCommand.Create(ctx));
        root.Add(CodeCommand.Create(ctx));
        root.Add(TimeCommand.Create(ctx));
        root.Add(TrainCommand.Create(ctx));
        root.Add(EvaluateCommand.Create(ctx));
        root.Add(GeoCommand.Create(ctx));
        root.Add(GazetteerCommand.Create(ctx));
        root.Add(DictCommand.Create(ctx));
        root.Add(ModelsCommand.Create(ctx));
        root.Add(EventsCommand.Create(ctx));
        root.Add(ValidateCommand.Create(ctx));
        root.Add(VersionCommand.Create(ctx));
        root.Add(ServeCommand.Create(ctx));
        root.Add(SiloCommand.Create(ctx));
        foreach (var c in StoreCommands.Create(ctx)) root.Add(c);
        return root;
    }

    public static int Run(string[] args, CliContext ctx)
    {
        var root = BuildRoot(ctx);
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = ctx.Out, Error = ctx.Error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) ctx.Error.WriteLine($"tacitus: {e.Message}");
            ctx.Error.WriteLine("Run 'tacitus --help' (or 'tacitus COMMAND --help') to see what is accepted.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(config);
        }
        catch (TacitusException ex)
        {
            ctx.Error.WriteLine($"tacitus: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (IOException ex)
        {
            ctx.Error.WriteLine($"tacitus: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException ex)
        {
            ctx.Error.WriteLine($"tacitus: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }
}
