using Iso27k.Risk;
using Iso27k.Risk.Matrix;
using NodaTime;

namespace Iso27k.Testing;

/// <summary>
/// Builds risk registers for tests: a valid baseline with one asset, threat and vulnerability (A-1, T-1, V-1) that
/// the risks refer to, the 5 x 5 multiplicative criteria, and helpers for typical risks.
/// </summary>
/// <remarks>A builder is mutable and not thread-safe; the register it builds is immutable.</remarks>
public sealed class RiskRegisterBuilder
{
    private readonly List<Risk.Risk> risks = [];
    private readonly List<Asset> assets = [new("A-1", "Mail"), new("A-2", "Customer data"), new("A-3", "Laptops")];
    private string title = "Test register";
    private string? organization;
    private RiskCriteria criteria = DefaultCriteria;

    private RiskRegisterBuilder()
    {
    }

    /// <summary>
    /// The criteria used unless changed: <see cref="RiskMatrixPresets.Multiplicative5x5"/> with acceptance level Low.
    /// </summary>
    public static RiskCriteria DefaultCriteria { get; } = new("test-criteria", "1", RiskMatrixPresets.Multiplicative5x5, "Low");

    /// <summary>The next review date of risks made by <see cref="TreatedRisk"/>: 2026-12-01.</summary>
    public static LocalDate NextReview { get; } = new(2026, 12, 1);

    /// <summary>Starts an empty register.</summary>
    /// <returns>The builder.</returns>
    public static RiskRegisterBuilder Create() => new();

    /// <summary>
    /// A risk that the validator accepts: owned, linked to A-1, T-1 and V-1, rated, treated by modification with
    /// controls 6.3 and 8.5, residual likelihood two steps lower (at least 1), review due <see cref="NextReview"/>.
    /// </summary>
    /// <param name="id">The risk id.</param>
    /// <param name="likelihood">The current likelihood, 1 to 5.</param>
    /// <param name="consequence">The current consequence, 1 to 5.</param>
    /// <returns>The risk.</returns>
    public static Risk.Risk TreatedRisk(string id, int likelihood = 4, int consequence = 3) =>
        new Risk.Risk(id, "Phishing captures credentials")
            .WithOwner("IT Manager")
            .WithAssets(["A-1"])
            .WithThreat("T-1")
            .WithVulnerability("V-1")
            .WithCurrent(RiskAssessment.FromMatrix(likelihood, consequence))
            .WithResidual(RiskAssessment.FromMatrix(Math.Max(1, likelihood - 2), consequence))
            .WithTreatment(TreatmentOption.Modify, [ControlId.Create2022(6, 3), ControlId.Create2022(8, 5)])
            .WithNextReview(NextReview);

    /// <summary>Sets the title.</summary>
    /// <param name="value">The title.</param>
    /// <returns>This builder.</returns>
    public RiskRegisterBuilder WithTitle(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        title = value;
        return this;
    }

    /// <summary>Sets the organization.</summary>
    /// <param name="value">The organization, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public RiskRegisterBuilder WithOrganization(string? value)
    {
        organization = value;
        return this;
    }

    /// <summary>Sets the criteria.</summary>
    /// <param name="value">The criteria.</param>
    /// <returns>This builder.</returns>
    public RiskRegisterBuilder WithCriteria(RiskCriteria value)
    {
        ArgumentNullException.ThrowIfNull(value);
        criteria = value;
        return this;
    }

    /// <summary>Adds an asset besides .</summary>
    /// <param name="asset">The asset.</param>
    /// <returns>This builder.</returns>
    public RiskRegisterBuilder AddAsset(Asset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        assets.Add(asset);
        return this;
    }

    /// <summary>Adds a risk.</summary>
    /// <param name="risk">The risk.</param>
    /// <returns>This builder.</returns>
    public RiskRegisterBuilder Add(Risk.Risk risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        risks.Add(risk);
        return this;
    }

    /// <summary>Adds risks.</summary>
    /// <param name="values">The risks.</param>
    /// <returns>This builder.</returns>
    public RiskRegisterBuilder AddRange(IEnumerable<Risk.Risk> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var risk in values)
        {
            Add(risk);
        }

        return this;
    }

    /// <summary>Adds <paramref name="count"/> risks from <see cref="TreatedRisk"/>, with ids, ...</summary>
    /// <param name="count">How many.</param>
    /// <returns>This builder.</returns>
    public RiskRegisterBuilder AddTreatedRisks(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = 1; i <= count; i++)
        {
            Add(TreatedRisk("R-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), 1 + (i % 5), 1 + (i * 3 % 5)));
        }

        return this;
    }

    /// <summary>Builds the register.</summary>
    /// <returns>The register.</returns>
    public RiskRegister Build() =>
        new RiskRegister(title, criteria, risks, assets, [new Threat("T-1", "Phishing")], [new Vulnerability("V-1", "No training", [SecurityProperty.Confidentiality])])
            .WithOrganization(organization);
}
