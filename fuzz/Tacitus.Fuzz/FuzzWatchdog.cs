using System.Diagnostics;

namespace Tacitus.Fuzz;

/// <summary>Why the watchdog stopped a campaign: the target and input that ran too long or used too much memory.</summary>
public sealed record FuzzTrip(string Target, byte[] Input, string Reason);

/// <summary>
/// Watches the input a campaign is running: if one input runs longer than <c>timeout</c>, or the process's resident memory grows past
/// <c>maxMemoryBytes</c> while it runs, <c>onTrip</c> is called once with that input. A hang or an exponential blow-up
/// is a bug like a crash, but it never throws, so without this the run would just stall or exhaust the machine's memory
/// (as an agent dictionary whose markers expanded n^k ways did). The callback usually saves the input and ends the
/// process: a runaway call cannot be stopped from outside in .NET.
/// </summary>
public sealed class FuzzWatchdog : IDisposable
{
    private readonly TimeSpan _timeout;
    private readonly long _maxMemoryBytes;
    private readonly Action<FuzzTrip> _onTrip;
    private readonly ManualResetEventSlim _stop = new();
    private long _started;          // Stopwatch timestamp of the running input, 0 when idle
    private byte[]? _input;
    private string? _target;
    private int _tripped;

    public FuzzWatchdog(TimeSpan timeout, long maxMemoryBytes, Action<FuzzTrip> onTrip, TimeSpan? checkEvery = null)
    {
        ArgumentNullException.ThrowIfNull(onTrip);
        _timeout = timeout;
        _maxMemoryBytes = maxMemoryBytes;
        _onTrip = onTrip;
        var period = checkEvery ?? TimeSpan.FromMilliseconds(250);
        // A thread of its own, not a thread-pool timer: a target (or, in tests, other work) that keeps the pool busy
        // must not keep the watchdog from looking.
        new Thread(() =>
        {
            while (!_stop.Wait(period)) Check();
        })
        { IsBackground = true, Name = "fuzz watchdog" }.Start();
    }

    public bool Tripped => Volatile.Read(ref _tripped) != 0;

    public void Begin(string target, byte[] input)
    {
        _target = target;
        Volatile.Write(ref _input, input);
        Volatile.Write(ref _started, Stopwatch.GetTimestamp());
    }

    public void End() => Volatile.Write(ref _started, 0);

    private void Check()
    {
        long started = Volatile.Read(ref _started);
        if (started == 0 || Tripped) return;
        var input = Volatile.Read(ref _input);
        string? reason = null;
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed > _timeout) reason = $"one input ran longer than {_timeout.TotalSeconds:N0} s (a hang or a super-linear blow-up)";
        else if (Environment.WorkingSet is var memory && memory > _maxMemoryBytes)
            reason = $"the process grew to {memory / (1 << 20):N0} MB of memory (limit {_maxMemoryBytes / (1 << 20):N0} MB) while one input ran";
        if (reason is null || input is null || Interlocked.Exchange(ref _tripped, 1) != 0) return;
        _onTrip(new FuzzTrip(_target ?? "?", input, reason));
    }

    /// <summary>Stops the checks (the thread ends at its next wake-up; the event is left to it, not disposed under it).</summary>
    public void Dispose() => _stop.Set();
}
