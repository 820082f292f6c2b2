using System.CommandLine;
using System.Diagnostics;
using Tacitus.Engine;
using Tacitus.Geo.Gazetteer;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus gazetteer build</c>: compiles GeoNames-derived tables and the places overlay into models/gazetteer.bin.</summary>
internal static class GazetteerCommand
{
    public static Command Create(CliContext ctx)
    {
        var data = new Option<string>("--data") { Description = "The geo data directory (countries.tsv, admin1.tsv, cities.tsv or raw/geonames-cities1000.txt).", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "The gazetteer file to write.", DefaultValueFactory = _ => Path.Combine("models", GazetteerFile.FileName) };
        var overlay = new Option<string?>("--overlay") { Description = "The places overlay TSV (default: places-overlay.tsv beside --out, if present)." };
        var lexicon = new Option<string?>("--lexicon") { Description = "A CoNLL-U treebank for the common-word list (default: DATA/../nlp/en_ewt-ud-train.conllu, if present)." };
        var build = new Command("build", "Compile the gazetteer: countries, first-level regions, cities (GeoNames), the places overlay and a common-word list.");
        build.Add(data);
        build.Add(output);
        build.Add(overlay);
        build.Add(lexicon);
        build.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var dir = parse.GetValue(data)!;
            var outPath = parse.GetValue(output)!;
            if (!Directory.Exists(dir)) throw new UsageException($"--data: directory '{dir}' does not exist.");
            var ov = parse.GetValue(overlay) ?? Existing(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outPath)) ?? ".", "places-overlay.tsv"));
            var lex = parse.GetValue(lexicon) ?? Existing(Path.Combine(dir, "..", "nlp", "en_ewt-ud-train.conllu"));
            var sw = Stopwatch.StartNew();
            var gaz = GazetteerBuilder.Build(new GazetteerSources(dir) { Overlay = ov, Lexicon = lex });
            GazetteerFile.Save(gaz, outPath, $"built from {Path.GetFileName(Path.GetFullPath(dir))}; overlay {(ov is null ? "none" : Path.GetFileName(ov))}");
            ctx.Out.WriteLine($"wrote {outPath}: {gaz.Entries.Count:N0} places, {gaz.NameCount:N0} names, {gaz.Countries.Count} countries, " +
                $"{gaz.CommonWords.Count():N0} common words; {new FileInfo(outPath).Length / 1048576.0:0.00} MB in {sw.Elapsed.TotalSeconds:0.0} s" +
                (ov is null ? " (no overlay)" : $" (overlay {ov})"));
            return ExitCodes.Ok;
        }));
        var file = new Argument<string>("file") { Description = "The gazetteer file.", DefaultValueFactory = _ => Path.Combine(TacitusEngine.DefaultModelDirectory, GazetteerFile.FileName) };
        var info = new Command("info", "Load a gazetteer and print its size, contents and load time.");
        info.Add(file);
        info.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var path = parse.GetValue(file)!;
            var sw = Stopwatch.StartNew();
            var gaz = GazetteerFile.Load(path);
            var elapsed = sw.Elapsed;
            var kinds = gaz.Entries.GroupBy(e => e.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key.ToString().ToLowerInvariant()} {g.Count():N0}");
            ctx.Out.WriteLine($"{path}: {new FileInfo(path).Length / 1048576.0:0.00} MB, format v{GazetteerFile.FormatVersion}, loaded in {elapsed.TotalMilliseconds:0} ms");
            ctx.Out.WriteLine($"  {gaz.Entries.Count:N0} places ({string.Join(", ", kinds)}), {gaz.NameCount:N0} names, {gaz.Countries.Count} countries, {gaz.CommonWords.Count():N0} common words");
            return ExitCodes.Ok;
        }));
        var cmd = new Command("gazetteer", "Build or inspect the place gazetteer used by the places stage.");
        cmd.Add(build);
        cmd.Add(info);
        return cmd;
    }

    private static string? Existing(string path) => File.Exists(path) ? path : null;
}
