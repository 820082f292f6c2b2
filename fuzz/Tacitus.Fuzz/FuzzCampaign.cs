using System.Diagnostics;
using System.Security.Cryptography;
using Tacitus.Core;

namespace Tacitus.Fuzz;

public sealed record FuzzCrash(string Target, string Exception, string Message, string? SavedAs);

public sealed record FuzzTargetResult(string Target, long Inputs, long Rejected, IReadOnlyList<FuzzCrash> Crashes, TimeSpan Elapsed, TimeSpan Slowest, int SlowestLength);

/// <summary>
/// Runs mutation fuzzing over targets: every input either succeeds or is rejected with a
/// <see cref="TacitusException"/>; any other exception is a crash, saved for replay as a regression input.
/// Deterministic for a given seed (the corpus grows only from the seeds, not from timing).
/// </summary>
public sealed class FuzzCampaign(int seed, string? crashDirectory, FuzzWatchdog? watchdog = null)
{
    public FuzzTargetResult Run(FuzzTarget target, long inputs, Action<long>? progress = null)
    {
        var random = new Random(unchecked(seed * 7919 + StableHash(target.Name)));
        var mutator = new Mutator(random);
        var crashes = new List<FuzzCrash>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long rejected = 0;
        var slowest = TimeSpan.Zero;
        int slowestLength = 0;
        var total = Stopwatch.StartNew();
        var one = new Stopwatch();
        for (long i = 0; i < inputs; i++)
        {
            var baseSeed = target.Seeds[random.Next(target.Seeds.Count)];
            var input = i < target.Seeds.Count ? target.Seeds[(int)i] : mutator.Mutate(baseSeed, target.Seeds);
            one.Restart();
            watchdog?.Begin(target.Name, input);
            try
            {
                target.Run(input);
            }
            catch (TacitusException)
            {
                rejected++;
            }
#pragma warning disable CA1031 // a fuzzer's job is to catch everything
            catch (Exception ex)
#pragma warning restore CA1031
            {
                var key = ex.GetType().FullName + "@" + FirstFrame(ex);
                string? saved = null;
                if (seen.Add(key)) saved = Save(target.Name, input);
                crashes.Add(new FuzzCrash(target.Name, ex.GetType().Name, ex.Message.Split('\n')[0], saved));
            }
            watchdog?.End();
            one.Stop();
            if (one.Elapsed > slowest)
            {
                slowest = one.Elapsed;
                slowestLength = input.Length;
            }
            if (progress is not null && (i & 1023) == 0) progress(i);
        }
        return new FuzzTargetResult(target.Name, inputs, rejected, crashes, total.Elapsed, slowest, slowestLength);
    }

    /// <summary>
    /// Mean seconds for one input of about <paramref name="bytes"/> bytes made by repeating the seeds. Small inputs are
    /// run repeatedly until at least 2 MB have been processed, so garbage-collection work is shared fairly between
    /// sizes rather than landing on the large input alone.
    /// </summary>
    public static double TimeAtSize(FuzzTarget target, int bytes, int runs)
    {
        var input = Grow(target.Seeds, bytes);
        int n = Math.Max(runs, (int)Math.Ceiling(2_000_000.0 / Math.Max(1, input.Length)));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var sw = Stopwatch.StartNew();
        for (int r = 0; r < n; r++)
        {
            try
            {
                target.Run(input);
            }
            catch (TacitusException)
            {
            }
        }
        return sw.Elapsed.TotalSeconds / n;
    }

    /// <summary>
    /// An input of about <paramref name="bytes"/> bytes made by repeating the seeds in turn, each followed by a line
    /// break. It ends at a whole seed (never cutting a seed — a cut CoNLL-U line or dictionary entry would be rejected,
    /// and the time would be that of the rejection), so it may be up to one seed shorter than asked; at least one seed
    /// is always included.
    /// </summary>
    public static byte[] Grow(IReadOnlyList<byte[]> seeds, int bytes)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var result = new List<byte>(bytes + 4096);
        int k = 0;
        if (seeds.All(x => x.Length == 0)) return [];
        while (true)
        {
            var s = seeds[k++ % seeds.Count];
            if (result.Count > 0 && result.Count + s.Length + 1 > bytes) break;
            result.AddRange(s);
            result.Add((byte)'\n');
        }
        return [.. result];
    }

    /// <summary>Saves an input that tripped the watchdog (as <c>TARGET-hang-HASH.bin</c>); null without a crash directory.</summary>
    public string? SaveHang(FuzzTrip trip) => Save(trip.Target + "-hang", trip.Input);

    private string? Save(string target, byte[] input)
    {
        if (crashDirectory is null) return null;
        Directory.CreateDirectory(crashDirectory);
        var name = $"{target}-{Convert.ToHexStringLower(SHA256.HashData(input))[..16]}.bin";
        var path = Path.Combine(crashDirectory, name);
        File.WriteAllBytes(path, input);
        return path;
    }

    private static string FirstFrame(Exception ex) =>
        new StackTrace(ex, fNeedFileInfo: false).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("Tacitus", StringComparison.Ordinal) == true)
            ?.GetMethod()?.Name ?? "?";

    private static int StableHash(string s)
    {
        unchecked
        {
            int h = 17;
            foreach (char c in s) h = h * 31 + c;
            return h;
        }
    }
}
