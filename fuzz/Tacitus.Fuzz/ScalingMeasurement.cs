using System.Diagnostics;
using System.Runtime.InteropServices;
using Tacitus.Core;

namespace Tacitus.Fuzz;

/// <summary>The cost of one input of a given size: medians over several samples, per input.</summary>
/// <param name="Bytes">The input's size.</param>
/// <param name="Wall">Median wall-clock seconds per input.</param>
/// <param name="Cpu">Median CPU seconds per input (the whole process: includes garbage-collector threads).</param>
/// <param name="Rejected">True when the grown input was rejected (a <see cref="TacitusException"/>): then the time is
/// that of the rejection, not of real work, and the ratio says little.</param>
/// <param name="GcPause">Median seconds per input the garbage collector paused the program.</param>
/// <param name="Calls">Calls of the target per sample (the same minimum sample time for every size).</param>
/// <param name="Allocated">Bytes allocated per input (this thread).</param>
/// <param name="Gen0">Generation-0 collections per input (all samples together; includes the higher generations').</param>
/// <param name="Gen2">Full (generation-2) collections per input.</param>
/// <param name="PageFaults">Minor page faults of the process per input (Linux; 0 elsewhere): memory the collector handed back
/// to the system and touched again. On a virtual machine each costs microseconds.</param>
public sealed record SizeCost(int Bytes, double Wall, double Cpu, bool Rejected, double GcPause = 0, int Calls = 1,
    double Allocated = 0, double Gen0 = 0, double Gen2 = 0, double PageFaults = 0);

/// <summary>
/// Times a target on inputs of two sizes, and treats both sizes alike:
/// <list type="bullet">
/// <item>both inputs repeat the same seeds, so they hold the same kind of content (see <see cref="FuzzCampaign.Grow"/>);</item>
/// <item>each size is warmed up the same way (see <see cref="WarmUp"/>), which also estimates the cost of one call;</item>
/// <item>every sample runs the target as many times as it takes to last at least <see cref="MinSampleSeconds"/>, whatever
/// the size (a 10 KB input a few thousand times, a 1 MB input a few times), so timer resolution, fixed per-call costs
/// and the garbage collections a sample triggers weigh alike on both sides;</item>
/// <item>one forced full collection before the samples of a size, none between them: every sample runs in the steady
/// state the previous one left and pays for the collections of its garbage, as a long-running process would;</item>
/// <item>the median of several samples is kept, and CPU time is reported beside wall time (on a shared machine the wall
/// time of a sample includes the time other processes ran).</item>
/// </list>
/// </summary>
public static class ScalingMeasurement
{
    /// <summary>The shortest sample, in seconds of wall time (estimated from the warm-up).</summary>
    public const double MinSampleSeconds = 0.2;

    public static SizeCost Measure(FuzzTarget target, int bytes, int samples, double minSampleSeconds = MinSampleSeconds)
    {
        ArgumentNullException.ThrowIfNull(target);
        var input = FuzzCampaign.Grow(target.Seeds, bytes);
        var (rejected, perCall) = WarmUpTimed(() => RunOnce(target, input));
        int calls = CallsPerSample(perCall, minSampleSeconds);
        var wall = new double[samples];
        var cpu = new double[samples];
        var gc = new double[samples];
        var allocated = new double[samples];
        FullCollect();
        int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
        long faults = MinorPageFaults();
        for (int s = 0; s < samples; s++)
        {
            var g0 = GC.GetTotalPauseDuration();
            long a0 = GC.GetAllocatedBytesForCurrentThread();
            double c0 = CpuSeconds();
            long t0 = Stopwatch.GetTimestamp();
            for (int r = 0; r < calls; r++) rejected |= RunOnce(target, input);
            wall[s] = Stopwatch.GetElapsedTime(t0).TotalSeconds / calls;
            cpu[s] = (CpuSeconds() - c0) / calls;
            allocated[s] = (double)(GC.GetAllocatedBytesForCurrentThread() - a0) / calls;
            gc[s] = (GC.GetTotalPauseDuration() - g0).TotalSeconds / calls;
        }
        double total = (double)samples * calls;
        return new SizeCost(input.Length, Median(wall), Median(cpu), rejected, Median(gc), calls, Median(allocated),
            (GC.CollectionCount(0) - gen0) / total, (GC.CollectionCount(2) - gen2) / total, (MinorPageFaults() - faults) / total);
    }

    /// <summary>The process's minor page faults so far (field 10 of <c>/proc/self/stat</c>); 0 where there is no such file.</summary>
    public static long MinorPageFaults()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            // the command name (field 2) is in parentheses and may hold spaces: count fields after its closing one
            var fields = stat.AsSpan(stat.LastIndexOf(')') + 2);
            for (int i = 0; i < 7; i++) fields = fields[(fields.IndexOf(' ') + 1)..];
            int end = fields.IndexOf(' ');
            return long.Parse(end < 0 ? fields : fields[..end], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>Calls per sample so that a sample lasts at least <paramref name="minSampleSeconds"/>.</summary>
    public static int CallsPerSample(double secondsPerCall, double minSampleSeconds) =>
        (int)Math.Clamp(Math.Ceiling(minSampleSeconds / Math.Max(secondsPerCall, 1e-7)), 1, 1_000_000);

    /// <summary>
    /// How much more the large input costs than the small one, in CPU time per byte times the nominal size ratio
    /// (<paramref name="large"/> / <paramref name="small"/>), so that linear cost gives about that size ratio whatever the
    /// exact sizes of the inputs (which end at a whole seed).
    /// </summary>
    public static (double Ratio, SizeCost Small, SizeCost Large) Ratio(FuzzTarget target, int small, int large, int samples, double minSampleSeconds = MinSampleSeconds)
    {
        var a = Measure(target, small, samples, minSampleSeconds);
        var b = Measure(target, large, samples, minSampleSeconds);
        return (PerByteRatio(a.Cpu, a.Bytes, b.Cpu, b.Bytes, small, large), a, b);
    }

    /// <summary>(costB / bytesB) / (costA / bytesA) × (large / small).</summary>
    public static double PerByteRatio(double costA, int bytesA, double costB, int bytesB, int small, int large) =>
        (double)large / small * ((costB / Math.Max(1, bytesB)) / Math.Max(costA / Math.Max(1, bytesA), 1e-15));

    /// <summary>
    /// Runs <paramref name="action"/> until tiered compilation has settled — at least <see cref="MinWarmUpSeconds"/>
    /// (and 3 calls, or 1 s for a slow action), and <see cref="TieredCalls"/> calls if they take under 5 s (a method
    /// called once per call is recompiled optimised after 30 calls) — then gives the background compiler a moment:
    /// otherwise the first size timed runs partly in unoptimised code and looks slower per byte than it is. Returns the
    /// last call's result.
    /// </summary>
    public static T WarmUp<T>(Func<T> action) => WarmUpTimed(action).Last;

    /// <summary>Calls a warm-up makes when they are cheap: past the runtime's 30-call threshold for tier-1 code.</summary>
    public const int TieredCalls = 60;

    /// <summary>
    /// The shortest warm-up. With 0.5 s, the 10 KB side of the first targets measured in a process still ran partly in
    /// code on its way through tiered PGO (instrumented tiers): the verb dictionary's 10 KB input measured alone cost
    /// 0.32–0.79 ms, after a 2 s warm-up (or after other targets, or with <c>DOTNET_TieredPGO=0</c>) 0.10–0.12 ms, while
    /// its 1 MB side did not change — a ratio of 31–92 instead of 234–298, lenient by 3–8x (docs/fuzzing.md).
    /// </summary>
    public const double MinWarmUpSeconds = 2;

    /// <summary><see cref="WarmUp"/>, also giving the median wall time of the calls of its second half (by then
    /// compiled): the estimate <see cref="CallsPerSample"/> sizes samples from.</summary>
    public static (T Last, double SecondsPerCall) WarmUpTimed<T>(Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var sw = Stopwatch.StartNew();
        var times = new List<double>();
        T last;
        do
        {
            long t0 = Stopwatch.GetTimestamp();
            last = action();
            times.Add(Stopwatch.GetElapsedTime(t0).TotalSeconds);
        }
        while ((sw.Elapsed.TotalSeconds < 1 && times.Count < 3)
               || sw.Elapsed.TotalSeconds < MinWarmUpSeconds
               || (times.Count < TieredCalls && sw.Elapsed.TotalSeconds < 5));
        Thread.Sleep(300);
        return (last, Median(times[(times.Count / 2)..]));
    }

    /// <summary>Runs the target once; true when it rejected the input with a <see cref="TacitusException"/>.</summary>
    public static bool RunOnce(FuzzTarget target, byte[] input)
    {
        ArgumentNullException.ThrowIfNull(target);
        try
        {
            target.Run(input);
            return false;
        }
        catch (TacitusException)
        {
            return true;
        }
    }

    public static void FullCollect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToArray();
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>CPU seconds used by this process so far, with nanosecond resolution on Linux
    /// (<c>clock_gettime(CLOCK_PROCESS_CPUTIME_ID)</c>); elsewhere <see cref="Process.TotalProcessorTime"/>.</summary>
    public static double CpuSeconds()
    {
        if (OperatingSystem.IsLinux() && NativeMethods.clock_gettime(2 /* CLOCK_PROCESS_CPUTIME_ID */, out var ts) == 0)
            return ts.Seconds + ts.Nanoseconds * 1e-9;
        using var p = Process.GetCurrentProcess();
        return p.TotalProcessorTime.TotalSeconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // a blittable call: no marshalling code to generate
        public static extern int clock_gettime(int clockId, out TimeSpec time);
#pragma warning restore SYSLIB1054
    }
}
