using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Iso27k.Risk;

/// <summary>
/// An information security risk register: the assets, threats and vulnerabilities, the risks, and the risk criteria
/// they are assessed against. Immutable: change it with the <c>WithX</c> methods.
/// </summary>
public sealed class RiskRegister : IEquatable<RiskRegister>
{
    private FrozenSet<string>? riskIds;
    private TreatmentPlan? treatmentPlan;

    /// <summary>Creates a register.</summary>
    /// <param name="title">The register's title.</param>
    /// <param name="criteria">The risk criteria, or <see langword="null"/> when not yet defined.</param>
    /// <param name="risks">The risks.</param>
    /// <param name="assets">The assets.</param>
    /// <param name="threats">The threats.</param>
    /// <param name="vulnerabilities">The vulnerabilities.</param>
    public RiskRegister(
        string title,
        RiskCriteria? criteria,
        IEnumerable<Risk> risks,
        IEnumerable<Asset>? assets = null,
        IEnumerable<Threat>? threats = null,
        IEnumerable<Vulnerability>? vulnerabilities = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(risks);
        Title = title;
        Criteria = criteria;
        Risks = NoNulls(risks, nameof(risks));
        Assets = assets is null ? [] : NoNulls(assets, nameof(assets));
        Threats = threats is null ? [] : NoNulls(threats, nameof(threats));
        Vulnerabilities = vulnerabilities is null ? [] : NoNulls(vulnerabilities, nameof(vulnerabilities));
        Extensions = Equality.Extensions(null);
    }

    private RiskRegister(RiskRegister other)
    {
        Title = other.Title;
        Organization = other.Organization;
        Criteria = other.Criteria;
        Risks = other.Risks;
        Assets = other.Assets;
        Threats = other.Threats;
        Vulnerabilities = other.Vulnerabilities;
        Extensions = other.Extensions;
    }

    /// <summary>The register's title.</summary>
    public string Title { get; private init; }

    /// <summary>The organization whose register it is, if recorded.</summary>
    public string? Organization { get; private init; }

    /// <summary>The risk criteria the risks are assessed against, or <see langword="null"/>.</summary>
    public RiskCriteria? Criteria { get; private init; }

    /// <summary>The risks, in register order.</summary>
    public ImmutableArray<Risk> Risks { get; private init; }

    /// <summary>The assets.</summary>
    public ImmutableArray<Asset> Assets { get; private init; }

    /// <summary>The threats.</summary>
    public ImmutableArray<Threat> Threats { get; private init; }

    /// <summary>The vulnerabilities.</summary>
    public ImmutableArray<Vulnerability> Vulnerabilities { get; private init; }

    /// <summary>Properties this library does not know, by name, each as compact JSON text, kept so a document round-trips.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>The ids of the risks (a repeated id counts once; <see cref="RiskRegisterValidator"/> reports repeats).</summary>
    public FrozenSet<string> RiskIds => riskIds ??= Risks.Select(r => r.Id).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The controls the treatments select and which risks select each.</summary>
    public TreatmentPlan TreatmentPlan => treatmentPlan ??= new TreatmentPlan(Risks);

    /// <summary>Returns a copy with another title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>The new register.</returns>
    public RiskRegister WithTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return new(this) { Title = title };
    }

    /// <summary>Returns a copy with another organization.</summary>
    /// <param name="organization">The organization, or <see langword="null"/>.</param>
    /// <returns>The new register.</returns>
    public RiskRegister WithOrganization(string? organization) => new(this) { Organization = organization };

    /// <summary>Returns a copy assessed against other criteria.</summary>
    /// <param name="criteria">The criteria, or <see langword="null"/>.</param>
    /// <returns>The new register.</returns>
    public RiskRegister WithCriteria(RiskCriteria? criteria) => new(this) { Criteria = criteria };

    /// <summary>Returns a copy with other risks.</summary>
    /// <param name="risks">The risks.</param>
    /// <returns>The new register.</returns>
    public RiskRegister WithRisks(IEnumerable<Risk> risks) => new(this) { Risks = NoNulls(risks, nameof(risks)) };

    /// <summary>Returns a copy with one risk added at the end.</summary>
    /// <param name="risk">The risk.</param>
    /// <returns>The new register.</returns>
    public RiskRegister WithRisk(Risk risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return new(this) { Risks = Risks.Add(risk) };
    }

    /// <summary>Returns a copy with other assets.</summary>
    /// <param name="assets">The assets.</param>
    /// <returns>The new register.</returns>
    public RiskRegister WithAssets(IEnumerable<Asset> assets) => new(this) { Assets = NoNulls(assets, nameof(assets)) };

    /// <summary>Returns a copy with other threats.</summary>
    /// <param name="threats">The threats.</param>
    /// <returns>The new register.</returns>
    public RiskRegister WithThreats(IEnumerable<Threat> threats) => new(this) { Threats = NoNulls(threats, nameof(threats)) };

    /// <summary>Returns a copy with other vulnerabilities.</summary>
    /// <param name="vulnerabilities">The vulnerabilities.</param>
    /// <returns>The new register.</returns>
    public RiskRegister WithVulnerabilities(IEnumerable<Vulnerability> vulnerabilities) => new(this) { Vulnerabilities = NoNulls(vulnerabilities, nameof(vulnerabilities)) };

    /// <summary>Returns a copy with other unknown properties.</summary>
    /// <param name="extensions">The properties, each as compact JSON text.</param>
    /// <returns>The new register.</returns>
    public RiskRegister WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = Equality.Extensions(extensions) };

    private static ImmutableArray<T> NoNulls<T>(IEnumerable<T> items, string name)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, name);
        var array = items.ToImmutableArray();
        foreach (var item in array)
        {
            ArgumentNullException.ThrowIfNull(item, name);
        }

        return array;
    }

    /// <inheritdoc/>
    public bool Equals(RiskRegister? other) =>
        other is not null && Title == other.Title && Organization == other.Organization && Equals(Criteria, other.Criteria) &&
        Equality.Same(Risks, other.Risks) && Equality.Same(Assets, other.Assets) && Equality.Same(Threats, other.Threats) &&
        Equality.Same(Vulnerabilities, other.Vulnerabilities) && Equality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RiskRegister);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Title, Risks.Length);

    /// <inheritdoc/>
    public override string ToString() => $"{Title} ({Risks.Length} risks)";
}
