using System.CommandLine;

namespace Tacitus.Cli.Commands;

/// <summary>The commands that work on the event store.</summary>
internal static class StoreCommands
{
    public static IEnumerable<Command> Create(CliContext ctx) =>
    [
        IngestCommand.Create(ctx),
        QueryCommand.Create(ctx),
        ExportCommand.Create(ctx),
        StatsCommand.Create(ctx),
        BenchCommand.Create(ctx),
    ];
}
