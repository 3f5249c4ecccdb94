using Iso27k.Samples;

// dotnet run --project docs/samples/Iso27k.Samples
ReadmeExample.Run(Console.Out);
Console.WriteLine();
SaasJourney.Run(Console.Out);
