using System.Globalization;
using Tacitus.Engine;

namespace Tacitus.Fuzz;

/// <summary>Command line of the fuzzer (see <see cref="Help"/>).</summary>
public static class FuzzCommand
{
    public const string Help = """
        tacitus-fuzz — mutation fuzzing of Tacitus's input handling

        Usage: dotnet run --project fuzz/Tacitus.Fuzz -c Release -- [options]

          --inputs N        total inputs across the targets (default 1000000); the pipeline target,
                            ~20x costlier per input, gets a 20x smaller share
          --seed S          random seed (default 1); the same seed gives the same inputs
          --target NAME     fuzz only this target (repeatable): tokenizer, decoder, html, conllu, jsonl,
                            actor-dictionary, agent-dictionary, verb-dictionary, pipeline
          --no-pipeline     skip the full-pipeline target (which loads the shipped models)
          --crashers DIR    where crashing inputs are saved (default fuzz/crashers)
          --scaling         instead of fuzzing, time a 10 KB and a 1 MB input per target and print
                            the ratio (linear ≈ 100; the limit is 100 x)
          --replay FILE     run one saved input against --target and show the exception, if any

        Exit code: 0 when no input crashed (and, with --scaling, no ratio exceeds 100), else 1.
        Any exception other than TacitusException (our one-line rejection of bad input) is a crash.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        long inputs = 1_000_000;
        int seed = 1;
        var only = new List<string>();
        bool pipeline = true, scaling = false;
        string crashers = Path.Combine("fuzz", "crashers");
        string? replay = null;
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--inputs": inputs = long.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--target": only.Add(Next()); break;
                    case "--no-pipeline": pipeline = false; break;
                    case "--crashers": crashers = Next(); break;
                    case "--scaling": scaling = true; break;
                    case "--replay": replay = Next(); break;
                    case "-h" or "--help": output.WriteLine(Help); return 0;
                    default: throw new ArgumentException($"unknown option '{args[i]}'");
                }
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
            {
                error.WriteLine($"tacitus-fuzz: {ex.Message}; see --help");
                return 2;
            }
        }

        bool wantPipeline = pipeline && (only.Count == 0 || only.Contains("pipeline"));
        var targets = FuzzTargets.All(wantPipeline ? () => TacitusEngine.Build() : null)
            .Where(t => only.Count == 0 || only.Contains(t.Name)).ToList();
        if (targets.Count == 0)
        {
            error.WriteLine("tacitus-fuzz: no such target; see --help for the list");
            return 2;
        }

        if (replay is not null) return Replay(targets[0], replay, output, error);
        if (scaling) return Scaling(targets, output);

        double weight = targets.Sum(t => 1.0 / t.Cost);
        var campaign = new FuzzCampaign(seed, crashers);
        long totalInputs = 0, totalCrashes = 0;
        output.WriteLine($"{"target",-18} {"inputs",10} {"rejected",9} {"crashes",8} {"inputs/s",10} {"slowest",9}");
        foreach (var t in targets)
        {
            long n = Math.Max(t.Seeds.Count, (long)Math.Round((double)inputs / t.Cost / weight));
            var r = campaign.Run(t, n, i => error.Write($"\r{t.Name}: {i:N0}/{n:N0}   "));
            error.Write("\r" + new string(' ', 60) + "\r");
            totalInputs += r.Inputs;
            totalCrashes += r.Crashes.Count;
            output.WriteLine($"{r.Target,-18} {r.Inputs,10:N0} {r.Rejected,9:N0} {r.Crashes.Count,8:N0} {r.Inputs / Math.Max(1e-9, r.Elapsed.TotalSeconds),10:N0} {r.Slowest.TotalMilliseconds,7:F1}ms");
            foreach (var c in r.Crashes.Where(c => c.SavedAs is not null))
                output.WriteLine($"  crash: {c.Exception}: {c.Message} (input saved as {c.SavedAs})");
        }
        output.WriteLine($"{totalInputs:N0} inputs, {totalCrashes:N0} crashes");
        return totalCrashes == 0 ? 0 : 1;
    }

    private static int Replay(FuzzTarget target, string path, TextWriter output, TextWriter error)
    {
        var input = File.ReadAllBytes(path);
        try
        {
            target.Run(input);
            output.WriteLine($"{target.Name}: {path}: no exception");
            return 0;
        }
#pragma warning disable CA1031
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error.WriteLine(ex.ToString());
            return ex is Tacitus.Core.TacitusException ? 0 : 1;
        }
    }

    private static int Scaling(IReadOnlyList<FuzzTarget> targets, TextWriter output)
    {
        bool ok = true;
        output.WriteLine($"{"target",-18} {"10 KB (s)",10} {"1 MB (s)",10} {"ratio",8}");
        foreach (var t in targets)
        {
            FuzzCampaign.TimeAtSize(t, 10_000, 1); // warm-up
            double small = FuzzCampaign.TimeAtSize(t, 10_000, 200);
            double large = FuzzCampaign.TimeAtSize(t, 1_000_000, 2);
            double ratio = large / Math.Max(small, 1e-7);
            ok &= ratio <= 100;
            output.WriteLine($"{t.Name,-18} {small,10:F4} {large,10:F3} {ratio,8:F1}{(ratio > 100 ? "  OVER 100x" : "")}");
        }
        return ok ? 0 : 1;
    }
}
