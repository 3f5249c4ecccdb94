using System.Collections.Immutable;
using System.Text;

namespace Iso27k.Soa;

/// <summary>
/// One typed reason for including a control: risk treatment (naming the risks), a legal or regulatory requirement,
/// a contractual requirement, or a business requirement or good practice.
/// </summary>
/// <remarks>Immutable; equality compares the kind and the risk ids in order.</remarks>
public sealed class InclusionReason : IEquatable<InclusionReason>
{
    private InclusionReason(InclusionReasonKind kind, ImmutableArray<string> riskIds)
    {
        Kind = kind;
        RiskIds = riskIds;
    }

    /// <summary>A legal or regulatory requirement.</summary>
    public static InclusionReason Legal { get; } = new(InclusionReasonKind.LegalOrRegulatory, []);

    /// <summary>A contractual requirement.</summary>
    public static InclusionReason Contractual { get; } = new(InclusionReasonKind.Contractual, []);

    /// <summary>A business requirement or good practice.</summary>
    public static InclusionReason Business { get; } = new(InclusionReasonKind.BusinessRequirement, []);

    /// <summary>The kind of reason.</summary>
    public InclusionReasonKind Kind { get; }

    /// <summary>For <see cref="InclusionReasonKind.RiskTreatment"/>, the risks treated; otherwise empty.</summary>
    public ImmutableArray<string> RiskIds { get; }

    /// <summary>Creates a risk-treatment reason naming the risks the control treats.</summary>
    /// <param name="riskIds">The risk ids, as in the risk register; at least one.</param>
    /// <returns>The reason.</returns>
    /// <exception cref="ArgumentException">No risk id is given, or one is blank or contains <c>;</c>.</exception>
    public static InclusionReason RiskTreatment(params IEnumerable<string> riskIds)
    {
        ArgumentNullException.ThrowIfNull(riskIds);
        var ids = riskIds.ToImmutableArray();
        if (ids.IsEmpty)
        {
            throw new ArgumentException("A risk-treatment reason names at least one risk.", nameof(riskIds));
        }

        foreach (var id in ids)
        {
            if (!IsValidRiskId(id))
            {
                throw new ArgumentException($"'{id}' is not a usable risk id: it must be non-blank, without surrounding spaces, and contain no ';'.", nameof(riskIds));
            }
        }

        return new InclusionReason(InclusionReasonKind.RiskTreatment, ids);
    }

    // For risk ids taken from existing reasons, which were checked when those were created.
    internal static InclusionReason RiskTreatmentOfCheckedIds(ImmutableArray<string> riskIds) =>
        new(InclusionReasonKind.RiskTreatment, riskIds);

    /// <summary>The reason of a kind that names no risks.</summary>
    /// <param name="kind">Any kind but <see cref="InclusionReasonKind.RiskTreatment"/>.</param>
    /// <returns>The reason.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is risk treatment or undefined.</exception>
    public static InclusionReason Of(InclusionReasonKind kind) => kind switch
    {
        InclusionReasonKind.LegalOrRegulatory => Legal,
        InclusionReasonKind.Contractual => Contractual,
        InclusionReasonKind.BusinessRequirement => Business,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Use RiskTreatment(riskIds) for risk treatment; expected LegalOrRegulatory, Contractual or BusinessRequirement."),
    };

    internal static bool IsValidRiskId(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Trim().Length == id.Length && !id.Contains(';', StringComparison.Ordinal);

    /// <inheritdoc/>
    public bool Equals(InclusionReason? other)
    {
        if (other is null || Kind != other.Kind)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        // A span loop instead of SequenceEqual: equality runs in the migrator's merge loop for every reason.
        var mine = RiskIds.AsSpan();
        var theirs = other.RiskIds.AsSpan();
        if (mine.Length != theirs.Length)
        {
            return false;
        }

        for (var i = 0; i < mine.Length; i++)
        {
            if (!string.Equals(mine[i], theirs[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as InclusionReason);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, RiskIds.Length);

    /// <summary>Returns the CSV form: <c>risk:R-1;risk:R-2</c>, <c>legal</c>, <c>contractual</c> or <c>business</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (Kind != InclusionReasonKind.RiskTreatment)
        {
            return SoaText.Format(Kind);
        }

        var builder = new StringBuilder();
        foreach (var id in RiskIds)
        {
            if (builder.Length > 0)
            {
                builder.Append(';');
            }

            builder.Append("risk:").Append(id);
        }

        return builder.ToString();
    }
}
