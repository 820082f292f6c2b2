using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Tacitus.Web;

namespace Tacitus.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create(CliContext ctx)
    {
        var store = new StoreOptions();
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on, ';'-separated (port 0 picks a free one).", DefaultValueFactory = _ => TacitusWebOptions.DefaultUrls };
        var readOnly = new Option<bool>("--read-only") { Description = "Open the store read-only: ingest is refused, other readers may share the file." };
        var models = new Option<string?>("--models") { Description = "Directory with the models to use (default: the shipped models)." };
        var verbose = new Option<bool>("--log") { Description = "Log each request on the console." };
        var cmd = new Command("serve", "Serve the REST API (/api, OpenAPI at /openapi/v1.json) and the web UI (/) over the event store.");
        store.AddDb(cmd);
        foreach (var o in new Option[] { urls, readOnly, models, verbose }) cmd.Add(o);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var modelDir = parse.GetValue(models);
            if (modelDir is not null && !Directory.Exists(modelDir)) throw new UsageException($"--models: directory '{modelDir}' does not exist.");
            var options = new TacitusWebOptions
            {
                DatabasePath = parse.GetValue(store.Db)!,
                Urls = parse.GetValue(urls)!,
                ReadOnly = parse.GetValue(readOnly),
                ModelDirectory = modelDir,
                Quiet = !parse.GetValue(verbose),
            };
            using var app = TacitusWebApp.Create(options);
            try
            {
                app.StartAsync().GetAwaiter().GetResult();
            }
            catch (IOException ex)
            {
                throw new Core.TacitusException($"cannot listen on {options.Urls}: {ex.Message.Split('\n')[0]}", ex);
            }
            var state = app.Services.GetService(typeof(WebState)) as WebState;
            foreach (var s in state?.SkippedStages ?? []) ctx.Error.WriteLine($"tacitus: warning: stage left out, {s}");
            ctx.Out.WriteLine($"tacitus: serving {options.DatabasePath}{(options.ReadOnly ? " (read-only)" : "")} at {string.Join(", ", app.Urls)} — UI at /, API under /api, OpenAPI at /openapi/v1.json; Ctrl+C stops.");
            app.WaitForShutdownAsync().GetAwaiter().GetResult();
            return ExitCodes.Ok;
        }));
        return cmd;
    }
}
