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
        var apiKeys = new Option<string?>("--api-keys") { Description = "File of API key hashes (one 'sha256:…' per line, from --new-api-key); when given, ingest (POST /api/documents) needs a key in the X-Api-Key header." };
        var newKey = new Option<bool>("--new-api-key") { Description = "Print a new random API key and the hash line for the --api-keys file, then exit. Keep the key secret; store only the hash." };
        var rateLimit = new Option<int>("--rate-limit") { Description = "API requests allowed per client address per minute (0 = no limit); beyond it the answer is 429 with Retry-After.", DefaultValueFactory = _ => TacitusWebOptions.DefaultRateLimitPerMinute };
        var cors = new Option<string[]>("--cors-origin") { Description = "An origin (e.g. https://dashboard.example) whose web pages may call this API; repeat for more. Default: none (CORS closed).", AllowMultipleArgumentsPerToken = false };
        var maxCode = new Option<int>("--max-concurrent-code") { Description = "POST /api/code requests coded at once (0 = no limit); the others wait, so that an ingest keeps its share of the CPU.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var nerModel = CommonOptions.NewNerModel();
        var cmd = new Command("serve", "Serve the REST API (/api, OpenAPI at /openapi/v1.json) and the web UI (/) over the event store.");
        store.AddDb(cmd);
        foreach (var o in new Option[] { urls, readOnly, models, verbose, apiKeys, newKey, rateLimit, cors, maxCode, nerModel }) cmd.Add(o);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            if (parse.GetValue(newKey))
            {
                var key = ApiSecurity.NewKey();
                ctx.Out.WriteLine($"key:  {key}");
                ctx.Out.WriteLine($"hash: {ApiSecurity.Hash(key)}");
                ctx.Error.WriteLine("tacitus: give clients the key; put only the hash line in the file you pass to --api-keys.");
                return ExitCodes.Ok;
            }
            if (parse.GetValue(maxCode) < 0) throw new UsageException("--max-concurrent-code must be 0 (no limit) or a positive number.");
            if (parse.GetValue(rateLimit) < 0) throw new UsageException("--rate-limit must be 0 (no limit) or a positive number of requests per minute.");
            var origins = parse.GetValue(cors) ?? [];
            foreach (var origin in origins)
                if (!Uri.TryCreate(origin, UriKind.Absolute, out var u) || u.AbsolutePath != "/" || u.Scheme is not ("http" or "https"))
                    throw new UsageException($"--cors-origin: '{origin}' is not an origin such as https://dashboard.example (scheme, host and port only).");
            var keyFile = parse.GetValue(apiKeys);
            var modelDir = parse.GetValue(models);
            if (modelDir is not null && !Directory.Exists(modelDir)) throw new UsageException($"--models: directory '{modelDir}' does not exist.");
            var options = new TacitusWebOptions
            {
                DatabasePath = parse.GetValue(store.Db)!,
                Urls = parse.GetValue(urls)!,
                ReadOnly = parse.GetValue(readOnly),
                ModelDirectory = modelDir,
                Settings = CommonOptions.NerModelSettings(parse.GetValue(nerModel), modelDir),
                Quiet = !parse.GetValue(verbose),
                ApiKeyHashes = keyFile is null ? [] : ApiSecurity.ReadKeyFile(keyFile),
                RateLimitPerMinute = parse.GetValue(rateLimit),
                CorsOrigins = [.. origins.Select(o => o.TrimEnd('/'))],
                MaxConcurrentCode = parse.GetValue(maxCode),
            };
            if (options.ApiKeyHashes.IsDefaultOrEmpty && !options.ReadOnly && !ApiSecurity.IsLoopbackOnly(options.Urls))
                ctx.Error.WriteLine("tacitus: warning: listening beyond this machine with ingest open to anyone; add --api-keys FILE or --read-only (see SECURITY.md).");
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
