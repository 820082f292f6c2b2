using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tacitus.Storage.DuckDb;
using Tacitus.Storage.Export;

namespace Tacitus.Cli.Commands;

internal static class QueryCommand
{
    public static Command Create(CliContext ctx)
    {
        var store = new StoreOptions();
        var format = new Option<string>("--format", "-f") { Description = "table (default), json (JSON lines) or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var limit = new Option<int>("--limit", "-n") { Description = "At most this many events (newest first).", DefaultValueFactory = _ => 50 };
        var offset = new Option<int>("--offset") { Description = "Skip this many events.", DefaultValueFactory = _ => 0 };
        var cmd = new Command("query", "Find events in the store: tacitus query --country UKR --cameo 19 --from 2025-01-01");
        store.AddDb(cmd);
        store.AddFilters(cmd);
        cmd.Add(format);
        cmd.Add(limit);
        cmd.Add(offset);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var filter = store.Filter(parse);
            using var db = Tacitus.Storage.EventStores.Open(parse.GetValue(store.Db)!, readOnly: true);
            var events = db.QueryEvents(filter, Math.Max(0, parse.GetValue(offset)), Math.Max(0, parse.GetValue(limit)));
            switch (parse.GetValue(format))
            {
                case "json":
                    foreach (var e in events) ctx.Out.WriteLine(EventExporter.Json(e));
                    break;
                case "csv":
                    ctx.Out.WriteLine(EventExporter.CsvHeader);
                    foreach (var e in events) ctx.Out.WriteLine(EventExporter.CsvRow(e));
                    break;
                default:
                    var table = new Table().AddColumns("id", "date", "source", "cameo", "modality", "target", "place", "mentions", "sources");
                    foreach (var e in events)
                        table.AddRow(Markup.Escape(e.Id.ToString(CultureInfo.InvariantCulture)), DisplayDate(e),
                            Markup.Escape(e.SourceName ?? ""), Markup.Escape(e.Cameo + (e.PloverType is null ? "" : " " + e.PloverType)), Markup.Escape(e.Modality),
                            Markup.Escape(e.TargetName ?? ""), Markup.Escape(e.PlaceName ?? ""),
                            e.Mentions.ToString(CultureInfo.InvariantCulture), e.Sources.ToString(CultureInfo.InvariantCulture));
                    Render(ctx, table);
                    ctx.Out.WriteLine($"{events.Count} of {db.CountEvents(filter)} matching events");
                    break;
            }
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    /// <summary>The event's date as precise as it was coded: "2024" for a year, "2025-05" for a month, else the day.</summary>
    private static string DisplayDate(Storage.StoredEvent e) =>
        e.DateText is { Length: 4 or 7 } t && e.Date is not null ? t : e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static void Render(CliContext ctx, Spectre.Console.Rendering.IRenderable r)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(ctx.Out),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        console.Write(r);
    }
}
