using System.CommandLine;
using Tacitus.Engine.Output;
using Tacitus.Storage.DuckDb;
using Tacitus.Storage.Export;

namespace Tacitus.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create(CliContext ctx)
    {
        var store = new StoreOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "gdelt (GDELT 2.0 event table, 61 tab-separated columns), icews, plover, csv, jsonl or parquet (needs --out).",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong(EventExporter.Formats);
        var outFile = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var allModalities = new Option<bool>("--all-modalities")
        {
            Description = "With --format gdelt or icews, also export events that did not happen as stated (negated, planned, hypothetical, refused, alleged); those formats cannot mark them, so without this or --modality they get asserted events only.",
        };
        var cmd = new Command("export", "Export the store's events (all, or those the filters select).");
        store.AddDb(cmd);
        store.AddFilters(cmd);
        cmd.Add(format);
        cmd.Add(outFile);
        cmd.Add(allModalities);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var filter = store.Filter(parse);
            var fmt = parse.GetValue(format)!;
            var path = parse.GetValue(outFile);
            using var db = Tacitus.Storage.EventStores.Open(parse.GetValue(store.Db)!, readOnly: true);
            long leftOut = 0;
            if (!OutputFormats.MarksModality(fmt) && filter.Modality is null && !parse.GetValue(allModalities))
            {
                var asserted = filter with { Modality = "asserted" };
                leftOut = db.CountEvents(filter) - db.CountEvents(asserted);
                filter = asserted;
            }
            long n;
            if (fmt == "parquet") n = EventExporter.Export(db, filter, fmt, null, path);
            else
            {
                using var file = path is null ? null : new StreamWriter(path);
                n = EventExporter.Export(db, filter, fmt, file ?? ctx.Out);
            }
            if (path is not null) ctx.Error.WriteLine($"tacitus: exported {n} events to {path}");
            if (leftOut > 0) ctx.Error.WriteLine("tacitus: " + OutputFormats.LeftOutNote(leftOut, fmt));
            return ExitCodes.Ok;
        }));
        return cmd;
    }
}
