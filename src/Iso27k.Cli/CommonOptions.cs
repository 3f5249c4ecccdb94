using System.CommandLine;

namespace Iso27k.Cli;

// Options shared by many verbs, so every verb spells them the same way.
internal static class CommonOptions
{
    public static Option<Edition> Edition(string description = "The edition: 2013 or 2022.", bool required = true) =>
        EditionOption("--edition", description, required, Iso27k.Edition.Iso2022, "-e");

    public static Option<Edition> EditionOption(string name, string description, bool required, Edition defaultValue, params string[] aliases)
    {
        var option = new Option<Edition>(name, aliases)
        {
            Description = description,
            Required = required,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (EditionExtensions.TryParseEdition(text, out var edition))
                {
                    return edition.Value;
                }

                result.AddError($"'{text}' is not an edition: expected 2013 or 2022.");
                return default;
            },
        };
        option.CompletionSources.Add("2013", "2022");
        return option;
    }

    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", allowed)}.",
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static Option<FileInfo?> Out(string description = "Write to this file instead of stdout.") => new("--out", "-o")
    {
        Description = description,
    };

    public static Option<NodaTime.LocalDate?> Today() => new("--today")
    {
        Description = "Evaluate dates as of this day (YYYY-MM-DD) instead of today, for reproducible reports.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            result.AddError($"'{text}' is not a date: expected YYYY-MM-DD.");
            return null;
        },
    };

    /// <summary>The clock a verb uses: the system clock, or noon UTC on the --today date.</summary>
    public static NodaTime.IClock ClockFor(NodaTime.LocalDate? today) => today is { } day
        ? new FixedClock(day.At(new NodaTime.LocalTime(12, 0)).InUtc().ToInstant())
        : NodaTime.SystemClock.Instance;

    private sealed class FixedClock(NodaTime.Instant now) : NodaTime.IClock
    {
        public NodaTime.Instant GetCurrentInstant() => now;
    }
}
