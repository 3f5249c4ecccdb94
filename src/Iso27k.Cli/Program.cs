using Iso27k.Cli;

return CliApp.Run(args, Console.In, Console.Out, Console.Error);
