namespace Iso27k.Soa;

internal static class SoaDiagnosticFormat
{
    public static string Level(SoaSeverity severity) => severity switch
    {
        SoaSeverity.Error => "error",
        SoaSeverity.Warning => "warning",
        _ => "info",
    };

    public static string SarifLevel(SoaSeverity severity) => severity switch
    {
        SoaSeverity.Error => "error",
        SoaSeverity.Warning => "warning",
        _ => "note",
    };
}
