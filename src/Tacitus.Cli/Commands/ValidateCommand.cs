using System.CommandLine;
using System.Globalization;
using Tacitus.Coding.Events;
using Tacitus.Engine;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus validate RECORDS.xml</c>: runs Tacitus on PETRARCH validation records and prints correct / missed / extra.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext ctx)
    {
        var records = new Argument<string>("records") { Description = "A PETRARCH validation file (e.g. PETR.UnitTest.records.xml)." };
        var dictionaries = new Option<string?>("--dictionaries") { Description = "Folder with the dictionaries the file's <Environment> names (default: the file's folder)." };
        var models = new Option<string?>("--models") { Description = "Directory with the models to use (default: the models shipped with tacitus)." };
        var strategy = new Option<CodingStrategy>("--strategy") { Description = "How parsed sentences are coded: Combined (parse, completed by word order; default), Parse or Shallow.", DefaultValueFactory = _ => CodingStrategy.Combined };
        var explain = new Option<bool>("--explain") { Description = "After each failed record, print its tokens with tags, heads, relations and actor codes, and the rule behind each event found." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the totals." };
        var cmd = new Command("validate", "Run the event coder on PETRARCH validation records and print per-record results and totals: correct, missed, extra, precision/recall/F1.");
        cmd.Add(records);
        cmd.Add(dictionaries);
        cmd.Add(models);
        cmd.Add(quiet);
        cmd.Add(strategy);
        cmd.Add(explain);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var path = parse.GetValue(records)!;
            if (!File.Exists(path)) throw new Tacitus.Core.TacitusException($"validation records '{path}' not found.");
            var dictDir = parse.GetValue(dictionaries) ?? Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (!Directory.Exists(dictDir)) throw new UsageException($"--dictionaries: directory '{dictDir}' does not exist.");
            var modelDir = parse.GetValue(models) ?? TacitusEngine.DefaultModelDirectory;
            var (env, recs) = ValidationRecordReader.Read(path);
            // Our own analysis up to the parse; actors come from the records' dictionaries, events from the coder below.
            var catalog = StandardCatalog.Create();
            var stages = TacitusEngine.StandardStages.Where(s => s is not ("actors" or "events") && catalog.Names.Contains(s, StringComparer.OrdinalIgnoreCase)).ToArray();
            var analysis = TacitusEngine.Build(new EngineOptions { ModelDirectory = modelDir, Stages = [.. stages] });
            var codebook = CameoCodebook.Load(Path.Combine(modelDir, CameoCodebook.FileName));
            var validator = PetrarchValidator.Create(analysis, env, dictDir, codebook, parse.GetValue(strategy));
            var results = new List<ValidationResult>();
            bool q = parse.GetValue(quiet);
            foreach (var r in recs)
            {
                var res = validator.Run(r);
                results.Add(res);
                if (q) continue;
                var status = res.Missed.Length == 0 && res.Extra.Length == 0 ? "OK   " : "FAIL ";
                ctx.Out.WriteLine($"{status}{r.Id,-14} correct {res.Correct.Length} missed {res.Missed.Length} extra {res.Extra.Length}" +
                                  (res.Missed.Length > 0 ? $"  missed: {string.Join("; ", res.Missed)}" : "") +
                                  (res.Extra.Length > 0 ? $"  extra: {string.Join("; ", res.Extra)}" : ""));
                if (parse.GetValue(explain) && (res.Missed.Length > 0 || res.Extra.Length > 0)) ctx.Out.Write(res.Explain());
            }
            var s = PetrarchValidator.Summarize(results);
            var inv = CultureInfo.InvariantCulture;
            ctx.Out.WriteLine($"records {s.Records} (parsed {s.ParsedRecords}, others coded with the shallow fallback)  expected {s.Expected}  correct {s.Correct}  missed {s.Missed}  extra {s.Extra}");
            ctx.Out.WriteLine(string.Format(inv, "precision {0:0.000}  recall {1:0.000}  F1 {2:0.000}  found {3:0.0}% of expected, extra {4:0.0}% of output",
                s.Precision, s.Recall, s.F1, 100 * s.Recall, 100 * s.ExtraRate));
            return ExitCodes.Ok;
        }));
        return cmd;
    }
}
