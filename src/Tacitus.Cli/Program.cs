using Tacitus.Cli;

return CliApp.Run(args, new CliContext(Console.In, Console.Out, Console.Error, TimeProvider.System));
