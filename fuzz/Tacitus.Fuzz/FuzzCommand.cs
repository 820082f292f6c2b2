using System.Globalization;
using Tacitus.Core;
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
                            the ratio of the median CPU times (linear ≈ 100; the limit is 100 x), and
                            each pipeline stage's ratio; then the calibration targets baseline-sum,
                            baseline-lines, baseline-keep and baseline-split (linear work: what the machine alone gives)
          --stages-only     with --scaling, print only the pipeline's per-stage table
          --sizes A,B       the two sizes in bytes for --scaling (default 10000,1000000); the limit
                            scales with them (B/A)
          --replay FILE     run one saved input against --target and show the exception, if any
          --timeout S       an input running longer than S seconds is a hang: it is saved under
                            --crashers as TARGET-hang-HASH.bin and the run stops with exit 1 (default 60)
          --max-memory-mb M likewise when the process's resident memory grows past M MB during one
                            input (default 8192)

        Exit code: 0 when no input crashed (with --scaling: when no CPU ratio of an accepted input exceeds B/A), else 1.
        Any exception other than TacitusException (our one-line rejection of bad input) is a crash.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        long inputs = 1_000_000;
        int seed = 1;
        var only = new List<string>();
        bool pipeline = true, scaling = false, stagesOnly = false;
        int small = 10_000, large = 1_000_000;
        string crashers = Path.Combine("fuzz", "crashers");
        string? replay = null;
        double timeoutSeconds = 60;
        long maxMemoryMb = 8192;
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
                    case "--stages-only": stagesOnly = true; break;
                    case "--sizes":
                        var sizes = Next().Split(',');
                        if (sizes.Length != 2) throw new ArgumentException("--sizes needs two sizes, e.g. 10000,1000000");
                        small = int.Parse(sizes[0], CultureInfo.InvariantCulture);
                        large = int.Parse(sizes[1], CultureInfo.InvariantCulture);
                        if (small < 1 || large <= small) throw new ArgumentException("--sizes needs 0 < A < B");
                        break;
                    case "--replay": replay = Next(); break;
                    case "--timeout":
                        timeoutSeconds = double.Parse(Next(), CultureInfo.InvariantCulture);
                        if (timeoutSeconds <= 0) throw new ArgumentException("--timeout needs a positive number of seconds");
                        break;
                    case "--max-memory-mb":
                        maxMemoryMb = long.Parse(Next(), CultureInfo.InvariantCulture);
                        if (maxMemoryMb <= 0) throw new ArgumentException("--max-memory-mb needs a positive number");
                        break;
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
        var built = wantPipeline ? TacitusEngine.Build() : null;
        var targets = FuzzTargets.All(built is null ? null : () => built)
            .Where(t => only.Count == 0 || only.Contains(t.Name)).ToList();
        var calibration = scaling && !stagesOnly ? FuzzTargets.Calibration().Where(t => only.Count == 0 || only.Contains(t.Name)).ToList() : [];
        if (scaling && targets.Count == 0 && calibration.Count > 0)
            return Scaling([], [], calibration, null, small, large, (double)large / small, output);
        if (targets.Count == 0)
        {
            error.WriteLine("tacitus-fuzz: no such target; see --help for the list");
            return 2;
        }

        if (replay is not null) return Replay(targets[0], replay, output, error);
        if (scaling) return Scaling(stagesOnly ? [] : targets, targets, calibration, targets.Any(t => t.Name == "pipeline") ? built : null, small, large, (double)large / small, output);

        double weight = targets.Sum(t => 1.0 / t.Cost);
        FuzzCampaign? campaign = null;
        using var watchdog = new FuzzWatchdog(TimeSpan.FromSeconds(timeoutSeconds), maxMemoryMb << 20, trip =>
        {
            var saved = campaign?.SaveHang(trip);
            error.WriteLine();
            error.WriteLine($"tacitus-fuzz: {trip.Target}: {trip.Reason}; input ({trip.Input.Length:N0} bytes) saved as {saved ?? "(not saved)"}; replay it with --target {trip.Target} --replay FILE");
            error.Flush();
            Environment.Exit(1);
        });
        campaign = new FuzzCampaign(seed, crashers, watchdog);
        long totalInputs = 0, totalCrashes = 0;
        output.WriteLine("(median CPU seconds per input; ratios are per byte x the size ratio, so linear = the size ratio)");
        output.WriteLine($"{"target",-18} {"inputs",10} {"rejected",9} {"crashes",8} {"inputs/s",10} {"slowest",9}");
        foreach (var t in targets)
        {
            long n = Math.Max(t.Seeds.Count, (long)Math.Round((double)inputs / t.Cost / weight));
            // A progress line rewritten in place suits a terminal; redirected to a log it would be one endless line.
            bool live = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
            var r = campaign.Run(t, n, live ? i => error.Write($"\r{t.Name}: {i:N0}/{n:N0}   ") : null);
            if (live) error.Write("\r" + new string(' ', 60) + "\r");
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

    private static int Scaling(IReadOnlyList<FuzzTarget> targets, IReadOnlyList<FuzzTarget> all, IReadOnlyList<FuzzTarget> calibration, Pipeline? pipeline, int small, int large, double limit, TextWriter output)
    {
        bool ok = true;
        string sk = Size(small), lk = Size(large);
        output.WriteLine($"(median CPU seconds per input, samples of >= {ScalingMeasurement.MinSampleSeconds} s each; ratios are per byte x the size ratio, so linear = the size ratio;");
        output.WriteLine(" calls = calls per sample; alloc = bytes allocated per input byte; gen0/gen2 = collections per MB of input, small and large;");
        output.WriteLine(" faults = minor page faults per MB of input, small/large: memory handed back to the system and touched again)");
        string header = $"{"target",-18} {sk + " cpu (s)",13} {lk + " cpu (s)",13} {"cpu ratio",9} {"wall ratio",10} {lk + " GC pause (s)",17} {"calls",11} {"alloc",11} {"gen0/gen2 per MB",21} {"faults",11}";
        output.WriteLine(header);
        foreach (var t in targets)
            ok &= Row(t, note: true);
        if (calibration.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("calibration (not limited)");
            foreach (var t in calibration) Row(t, note: false);
        }
        if (pipeline is not null)
        {
            output.WriteLine();
            output.WriteLine($"pipeline stages    {sk + " cpu (s)",13} {lk + " cpu (s)",13} {"cpu ratio",9} {lk + " GC pause (s)",17}");
            var textA = System.Text.Encoding.UTF8.GetString(FuzzCampaign.Grow(all.First(t => t.Name == "pipeline").Seeds, small));
            var textB = System.Text.Encoding.UTF8.GetString(FuzzCampaign.Grow(all.First(t => t.Name == "pipeline").Seeds, large));
            double scale = (double)large / small * textA.Length / textB.Length;
            var sa = StageScaling.Measure(pipeline, textA, 3);
            var sb = StageScaling.Measure(pipeline, textB, 3);
            for (int i = 0; i < sa.Count; i++)
                output.WriteLine($"  {sa[i].Stage,-16} {sa[i].Cpu,13:F5} {sb[i].Cpu,13:F4} {scale * sb[i].Cpu / Math.Max(sa[i].Cpu, 1e-9),9:F1} {sb[i].GcPause,17:F4}");
        }
        return ok ? 0 : 1;

        bool Row(FuzzTarget t, bool note)
        {
            // the pipeline's large input takes seconds per run: fewer samples
            int samples = t.Cost > 1 ? 3 : 5;
            // inputs end at a whole seed, so their sizes differ a little from the nominal ones: compare cost per byte
            // and longer samples, so that the small input's few calls per sample are not at the mercy of one collection
            var (cpuRatio, a, b) = ScalingMeasurement.Ratio(t, small, large, samples, t.Cost > 1 ? 1.0 : ScalingMeasurement.MinSampleSeconds);
            double wallRatio = ScalingMeasurement.PerByteRatio(a.Wall, a.Bytes, b.Wall, b.Bytes, small, large);
            string remark = a.Rejected || b.Rejected ? "  (input rejected: times the rejection)" : note && cpuRatio > limit ? $"  OVER {limit:F0}x" : "";
            string calls = $"{a.Calls}/{b.Calls}", alloc = $"{a.Allocated / a.Bytes:F1}/{b.Allocated / b.Bytes:F1}", gens = $"{PerMb(a.Gen0, a.Bytes):F1}/{PerMb(a.Gen2, a.Bytes):F2} {PerMb(b.Gen0, b.Bytes):F1}/{PerMb(b.Gen2, b.Bytes):F2}";
            string faults = $"{PerMb(a.PageFaults, a.Bytes):F0}/{PerMb(b.PageFaults, b.Bytes):F0}";
            output.WriteLine($"{t.Name,-18} {a.Cpu,13:F5} {b.Cpu,13:F4} {cpuRatio,9:F1} {wallRatio,10:F1} {b.GcPause,17:F4} {calls,11} {alloc,11} {gens,21} {faults,11}{remark}");
            return a.Rejected || b.Rejected || cpuRatio <= limit;
        }

        static double PerMb(double perInput, int bytes) => perInput * (1 << 20) / Math.Max(1, bytes);
    }

    private static string Size(int bytes) => bytes switch
    {
        >= 1 << 20 when bytes % (1 << 20) == 0 => $"{bytes >> 20} MB",
        >= 1_000_000 when bytes % 1_000_000 == 0 => $"{bytes / 1_000_000} MB",
        _ => $"{bytes / 1000} KB",
    };
}
