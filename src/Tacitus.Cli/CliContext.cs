namespace Tacitus.Cli;

/// <summary>What a command may touch: its streams and its clock. Tests pass their own.</summary>
public sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error, TimeProvider Clock)
{
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
}

/// <summary>Process exit codes.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
}
