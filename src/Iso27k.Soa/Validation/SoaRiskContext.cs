using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Iso27k.Soa;

/// <summary>
/// What the validator needs to know about the risk register: which risk ids exist, and which controls the risk
/// treatment plan selects, for which risks.
/// </summary>
/// <remarks>
/// <para>
/// Built once (for example by an adapter from the Risk package's register) and reused across validations; lookups are
/// O(1) and validation does no work proportional to the number of risks. Risk ids compare ordinally (case-sensitive).
/// </para>
/// <para>
/// Selected controls of another edition than the validated SoA are ignored by the rules.
/// </para>
/// </remarks>
public sealed class SoaRiskContext
{
    private readonly FrozenSet<string> riskIds;
    private readonly FrozenDictionary<ControlId, ImmutableArray<string>> selections;

    /// <summary>Creates a context.</summary>
    /// <param name="riskIds">Every risk id in the register.</param>
    /// <param name="selections">
    /// Pairs of (control selected by the treatment plan, risk it treats). A risk named here is added to the risk ids.
    /// </param>
    /// <exception cref="ArgumentException">A risk id is blank, or a control id is <c>default</c>.</exception>
    public SoaRiskContext(IEnumerable<string> riskIds, IEnumerable<KeyValuePair<ControlId, string>> selections)
    {
        ArgumentNullException.ThrowIfNull(riskIds);
        ArgumentNullException.ThrowIfNull(selections);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in riskIds)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id, nameof(riskIds));
            ids.Add(id);
        }

        var byControl = new Dictionary<ControlId, ImmutableArray<string>.Builder>();
        foreach (var (control, risk) in selections)
        {
            if (control.IsDefault)
            {
                throw new ArgumentException("A selected control needs an id.", nameof(selections));
            }

            ArgumentException.ThrowIfNullOrWhiteSpace(risk, nameof(selections));
            ids.Add(risk);
            if (!byControl.TryGetValue(control, out var list))
            {
                list = ImmutableArray.CreateBuilder<string>();
                byControl.Add(control, list);
            }

            if (!list.Contains(risk, StringComparer.Ordinal))
            {
                list.Add(risk);
            }
        }

        this.riskIds = ids.ToFrozenSet(StringComparer.Ordinal);
        this.selections = byControl.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutable());
        SelectedControls = [.. this.selections.Keys.Order()];
    }

    /// <summary>A context with no risks and no selected controls.</summary>
    public static SoaRiskContext Empty { get; } = new([], []);

    /// <summary>How many risks the register holds.</summary>
    public int RiskCount => riskIds.Count;

    /// <summary>Every risk id, in no particular order.</summary>
    public IReadOnlySet<string> RiskIds => riskIds;

    /// <summary>The controls selected by the treatment plan, in id order.</summary>
    public ImmutableArray<ControlId> SelectedControls { get; }

    /// <summary>Whether the register holds a risk.</summary>
    /// <param name="riskId">The risk id.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool ContainsRisk(string riskId)
    {
        ArgumentNullException.ThrowIfNull(riskId);
        return riskIds.Contains(riskId);
    }

    /// <summary>The risks for which the treatment plan selects a control (empty if it is not selected).</summary>
    /// <param name="controlId">The control.</param>
    /// <returns>The risk ids, in the order first given.</returns>
    public ImmutableArray<string> RisksSelecting(ControlId controlId) =>
        selections.TryGetValue(controlId, out var risks) ? risks : [];
}
