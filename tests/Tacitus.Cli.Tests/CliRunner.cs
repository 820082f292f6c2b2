using Tacitus.Cli;

namespace Tacitus.Cli.Tests;

/// <summary>Runs the CLI in-process with captured streams and a fixed clock.</summary>
internal static class CliRunner
{
    public static readonly DateTimeOffset Now = new(2025, 5, 14, 12, 0, 0, TimeSpan.Zero);

    public static (int Exit, string Out, string Err) Run(string stdin, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = CliApp.Run(args, new CliContext(new StringReader(stdin), o, e, new FixedClock(Now)));
        return (code, o.ToString(), e.ToString());
    }

    public static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
