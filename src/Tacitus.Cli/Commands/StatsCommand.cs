using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tacitus.Storage;
using Tacitus.Storage.DuckDb;

namespace Tacitus.Cli.Commands;

internal static class StatsCommand
{
    public static Command Create(CliContext ctx)
    {
        var store = new StoreOptions();
        var by = new Option<string>("--by") { Description = "month, country, type (CAMEO root), plover, quad, source or modality (asserted, negated, planned, hypothetical, refused, alleged); default: a summary.", DefaultValueFactory = _ => "summary" };
        by.AcceptOnlyFromAmong("summary", "month", "country", "type", "plover", "quad", "source", "modality");
        var cmd = new Command("stats", "Counts in the store: documents and layers, and events by month, country, type and modality.");
        store.AddDb(cmd);
        store.AddFilters(cmd);
        cmd.Add(by);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var filter = store.Filter(parse);
            using var db = Tacitus.Storage.EventStores.Open(parse.GetValue(store.Db)!, readOnly: true);
            var dim = parse.GetValue(by);
            if (dim == "summary")
            {
                var c = db.Counts();
                ctx.Out.WriteLine($"documents {c.Documents} (near-duplicates {c.NearDuplicateDocuments}), sentences {c.Sentences}, entities {c.Entities}, actors {c.Actors} ({c.ActorMentions} mentions), places {c.Places}, times {c.Times}");
                ctx.Out.WriteLine($"events {c.Events} ({c.EventMentions} evidence spans)");
                foreach (var d in new[] { StatDimension.Month, StatDimension.Country, StatDimension.CameoRoot, StatDimension.Modality }) Print(ctx, d, db.CountBy(filter, d, 24));
                return ExitCodes.Ok;
            }
            var dimension = dim switch
            {
                "month" => StatDimension.Month,
                "country" => StatDimension.Country,
                "type" => StatDimension.CameoRoot,
                "plover" => StatDimension.PloverType,
                "quad" => StatDimension.QuadClass,
                "modality" => StatDimension.Modality,
                _ => StatDimension.Source,
            };
            Print(ctx, dimension, db.CountBy(filter, dimension));
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static void Print(CliContext ctx, StatDimension d, IReadOnlyList<CountRow> rows)
    {
        var t = new Table().AddColumns(d.ToString().ToLowerInvariant(), "events", "mentions");
        foreach (var r in rows) t.AddRow(Markup.Escape(r.Key.Length == 0 ? "(none)" : r.Key), r.Events.ToString(CultureInfo.InvariantCulture), r.Mentions.ToString(CultureInfo.InvariantCulture));
        QueryCommand.Render(ctx, t);
    }
}
