using System.CommandLine;
using System.Reflection;
using Tacitus.Core.Serialization;

namespace Tacitus.Cli.Commands;

internal static class VersionCommand
{
    public static Command Create(CliContext ctx)
    {
        var cmd = new Command("version", "Print the version of tacitus, its output schema and the .NET runtime.");
        cmd.SetAction(_ =>
        {
            var v = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            ctx.Out.WriteLine($"tacitus {v.Split('+')[0]} (schema {SchemaV1Writer.SchemaVersion}, .NET {Environment.Version})");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
