using FsCheck;
using FsCheck.Fluent;
using Iso27k.Risk;
using NodaTime;

namespace Iso27k.Testing;

public static partial class Iso27kGenerators
{
    private static readonly string[] RiskTitles =
    [
        "Phishing captures credentials", "Ransomware encrypts file shares", "Supplier \"Acme\" leaks data", "Laptop stolen, disk not encrypted",
        "Ünïcödé risk ✓", "Line one\nline two",
    ];

    private static readonly string[] AssetIds = ["A-1", "A-2", "A-3"];

    private static readonly string[] ExtensionValues = ["\"CYB-2026-0042\"", "[1,2]", "{\"k\":true}", "null", "3.5"];

    /// <summary>
    /// A risk whose references (assets, threat T-1, vulnerability V-1, 2022 controls) resolve in a register
    /// from <see cref="RiskRegister"/>: ratings 1 to 5 (or not rated), residual no higher than current, any treatment,
    /// acceptance for retained risks, and extension values in raw JSON that the format keeps.
    /// </summary>
    /// <param name="id">The risk id.</param>
    /// <returns>The generator.</returns>
    public static Gen<Risk.Risk> RegisterRisk(string id) =>
        from title in Gen.Elements(RiskTitles)
        from owner in Gen.Elements<string?>(null, "CISO", "IT Manager", "Head of Platform")
        from assets in Gen.SubListOf(AssetIds)
        from threat in Gen.Elements<string?>(null, "T-1")
        from vulnerability in Gen.Elements<string?>(null, "V-1")
        from rated in Gen.Elements(true, true, false)
        from likelihood in Gen.Choose(1, 5)
        from consequence in Gen.Choose(1, 5)
        from residualLikelihood in Gen.Choose(1, likelihood)
        from treatment in Gen.Elements<TreatmentOption?>(null, TreatmentOption.Modify, TreatmentOption.Retain, TreatmentOption.Avoid, TreatmentOption.Share)
        from controls in Gen.SubListOf(IsoCatalogs.Iso27002_2022.Controls.Take(20).Select(c => c.Id))
        from review in OptionalDate
        from extension in Gen.Elements<string?>([null, .. ExtensionValues])
        select Build(id, title, owner, assets, threat, vulnerability, rated, likelihood, consequence, residualLikelihood, treatment, controls, review, extension);

    /// <summary>
    /// A risk register with 0 to 30 risks from <see cref="RegisterRisk(string)"/>, the 5 x 5 multiplicative criteria of
    /// <see cref="RiskRegisterBuilder.DefaultCriteria"/>, and the assets, threat and vulnerability the risks refer to.
    /// It reads back from its JSON equal to itself.
    /// </summary>
    public static Gen<Risk.RiskRegister> RiskRegister =>
        from count in Gen.Choose(0, 30)
        from risks in Gen.CollectToArray(Enumerable.Range(1, count), i => RegisterRisk("R-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)))
        from organization in Gen.Elements<string?>(null, "Example SaaS Ltd", "Ünïcödé, \"Ltd\"")
        select RiskRegisterBuilder.Create().WithOrganization(organization).AddRange(risks).Build();

    private static Risk.Risk Build(
        string id, string title, string? owner, IList<string> assets, string? threat, string? vulnerability, bool rated, int likelihood, int consequence,
        int residualLikelihood, TreatmentOption? treatment, IList<ControlId> controls, LocalDate? review, string? extension)
    {
        var risk = new Risk.Risk(id, title)
            .WithOwner(owner)
            .WithAssets(assets)
            .WithThreat(threat)
            .WithVulnerability(vulnerability)
            .WithNextReview(review)
            .WithTreatment(treatment, treatment == TreatmentOption.Modify ? controls : null);
        if (rated)
        {
            risk = risk.WithCurrent(RiskAssessment.FromMatrix(likelihood, consequence))
                .WithResidual(RiskAssessment.FromMatrix(residualLikelihood, consequence));
        }

        if (treatment == TreatmentOption.Retain && owner is not null)
        {
            risk = risk.WithAcceptance(new RiskAcceptance(owner, new LocalDate(2026, 1, 15), new LocalDate(2027, 1, 15), "Within appetite"));
        }

        return extension is null ? risk : risk.WithExtensions([KeyValuePair.Create("x-ext", extension)]);
    }
}
