using Iso27k.Risk.Matrix;
using Iso27k.Risk.Owasp;
using NodaTime;

namespace Iso27k.Risk.Tests;

// Builders shared by the register tests: a valid baseline, so each test changes one thing.
internal static class Samples
{
    public static readonly RiskCriteria MatrixCriteria =
        new("test-criteria", "1", RiskMatrixPresets.Multiplicative5x5, "Low");

    public static readonly RiskCriteria OwaspCriteria =
        new("test-owasp", "1", new OwaspRiskMethod(), "Low");

    public static Risk ValidRisk(string id = "R-1") =>
        new Risk(id, "Phishing captures credentials")
            .WithOwner("IT Manager")
            .WithAssets(["A-1"])
            .WithThreat("T-1")
            .WithVulnerability("V-1")
            .WithCurrent(RiskAssessment.FromMatrix(4, 3))
            .WithResidual(RiskAssessment.FromMatrix(2, 3))
            .WithTreatment(TreatmentOption.Modify, [ControlId.Parse("6.3"), ControlId.Parse("8.5")])
            .WithNextReview(new LocalDate(2026, 12, 1));

    public static RiskRegister Register(params Risk[] risks) =>
        new("Test register", MatrixCriteria, risks, [new Asset("A-1", "Mail")], [new Threat("T-1", "Phishing")], [new Vulnerability("V-1", "No training", [SecurityProperty.Confidentiality])]);

    public static string SamplePath(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "data", "samples", "risk")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("data/samples/risk not found"), "data", "samples", "risk", file);
    }
}
