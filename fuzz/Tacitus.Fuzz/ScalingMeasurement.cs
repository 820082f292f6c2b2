using System.Diagnostics;
using System.Runtime.InteropServices;
using Tacitus.Core;

namespace Tacitus.Fuzz;

/// <summary>The cost of one input of a given size: medians over several samples, in seconds per input.</summary>
/// <param name="Bytes">The input's size.</param>
/// <param name="Wall">Median wall-clock seconds per input.</param>
/// <param name="Cpu">Median CPU seconds per input (the whole process: includes garbage-collector threads).</param>
/// <param name="Rejected">True when the grown input was rejected (a <see cref="TacitusException"/>): then the time is
/// that of the rejection, not of real work, and the ratio says little.</param>
/// <param name="GcPause">Median seconds per input the garbage collector paused the program.</param>
public sealed record SizeCost(int Bytes, double Wall, double Cpu, bool Rejected, double GcPause = 0);

/// <summary>
/// Times a target on inputs of two sizes, fairly:
/// <list type="bullet">
/// <item>both inputs repeat the same seeds, so they hold the same kind of content (see <see cref="FuzzCampaign.Grow"/>);</item>
/// <item>every sample runs the target on at least <see cref="MinBytesPerSample"/> bytes (a 10 KB input runs 100 times per
/// sample), so timer resolution and fixed per-call costs do not dominate the small side;</item>
/// <item>each size is warmed up first (see <see cref="WarmUp"/>);</item>
/// <item>a forced, compacting full collection precedes every sample, so garbage left by one sample is not charged to the next;</item>
/// <item>the median of several samples is kept, and CPU time is reported beside wall time (on a shared machine the wall
/// time of a sample includes the time other processes ran).</item>
/// </list>
/// </summary>
public static class ScalingMeasurement
{
    public const int MinBytesPerSample = 1_000_000;

    /// <param name="warmUp">Warm up first (see <see cref="WarmUp"/>); not needed when the same target was just warmed up on
    /// another size.</param>
    public static SizeCost Measure(FuzzTarget target, int bytes, int samples, int minBytesPerSample = MinBytesPerSample, bool warmUp = true)
    {
        ArgumentNullException.ThrowIfNull(target);
        var input = FuzzCampaign.Grow(target.Seeds, bytes);
        bool rejected = false;
        if (warmUp) rejected = WarmUp(() => RunOnce(target, input));
        int repeat = Math.Max(1, (int)Math.Ceiling((double)minBytesPerSample / Math.Max(1, input.Length)));
        var wall = new double[samples];
        var cpu = new double[samples];
        var gc = new double[samples];
        for (int s = 0; s < samples; s++)
        {
            FullCollect();
            var g0 = GC.GetTotalPauseDuration();
            double c0 = CpuSeconds();
            long t0 = Stopwatch.GetTimestamp();
            for (int r = 0; r < repeat; r++) rejected |= RunOnce(target, input);
            wall[s] = Stopwatch.GetElapsedTime(t0).TotalSeconds / repeat;
            cpu[s] = (CpuSeconds() - c0) / repeat;
            gc[s] = (GC.GetTotalPauseDuration() - g0).TotalSeconds / repeat;
        }
        return new SizeCost(input.Length, Median(wall), Median(cpu), rejected, Median(gc));
    }

    /// <summary>
    /// How much more the large input costs than the small one, in CPU time per byte times the nominal size ratio
    /// (<paramref name="large"/> / <paramref name="small"/>), so that linear cost gives about that size ratio whatever the
    /// exact sizes of the inputs (which end at a whole seed).
    /// </summary>
    public static (double Ratio, SizeCost Small, SizeCost Large) Ratio(FuzzTarget target, int small, int large, int samples, int minBytesPerSample = MinBytesPerSample)
    {
        var a = Measure(target, small, samples, minBytesPerSample);
        var b = Measure(target, large, samples, minBytesPerSample, warmUp: false);
        return (PerByteRatio(a.Cpu, a.Bytes, b.Cpu, b.Bytes, small, large), a, b);
    }

    /// <summary>(costB / bytesB) / (costA / bytesA) × (large / small).</summary>
    public static double PerByteRatio(double costA, int bytesA, double costB, int bytesB, int small, int large) =>
        (double)large / small * ((costB / Math.Max(1, bytesB)) / Math.Max(costA / Math.Max(1, bytesA), 1e-15));

    /// <summary>
    /// Runs <paramref name="action"/> until tiered compilation has settled — at least 3 calls and 0.5 s, or 1 s for a
    /// slow action — then gives the background compiler a moment: otherwise the first size timed runs partly in
    /// unoptimised code and looks slower per byte than it is. Returns the last call's result.
    /// </summary>
    public static T WarmUp<T>(Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var sw = Stopwatch.StartNew();
        T last;
        int calls = 0;
        do
        {
            last = action();
            calls++;
        }
        while (sw.Elapsed.TotalSeconds < 1 && (calls < 3 || sw.Elapsed.TotalSeconds < 0.5));
        Thread.Sleep(300);
        return last;
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
