using Tacitus.Core;

namespace Tacitus.Cli.Commands;

/// <summary>Turns the errors a command can meet into one line on stderr and the right exit code.</summary>
internal static class CommandRunner
{
    public static int Guard(CliContext ctx, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException ex)
        {
            ctx.Error.WriteLine($"tacitus: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (TacitusException ex)
        {
            ctx.Error.WriteLine($"tacitus: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ctx.Error.WriteLine($"tacitus: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }
}
