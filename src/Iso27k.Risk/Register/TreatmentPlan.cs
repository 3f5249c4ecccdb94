using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Iso27k.Risk;

/// <summary>
/// The controls a register's risk treatments select (ISO/IEC 27001:2022 6.1.3 b)), and which risks select each: the
/// input a Statement of Applicability is checked against (6.1.3 d)).
/// </summary>
public sealed class TreatmentPlan
{
    private readonly FrozenDictionary<ControlId, ImmutableArray<string>> risksByControl;

    internal TreatmentPlan(IEnumerable<Risk> risks)
    {
        var map = new Dictionary<ControlId, List<string>>();
        foreach (var risk in risks)
        {
            foreach (var control in risk.TreatmentControls)
            {
                if (!map.TryGetValue(control, out var ids))
                {
                    ids = [];
                    map.Add(control, ids);
                }

                if (ids.Count == 0 || !string.Equals(ids[^1], risk.Id, StringComparison.Ordinal))
                {
                    ids.Add(risk.Id);
                }
            }
        }

        risksByControl = map.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray());
        SelectedControls = ImmutableSortedSet.CreateRange(map.Keys);
    }

    /// <summary>Every control selected by at least one risk's treatment, in numeric order.</summary>
    public ImmutableSortedSet<ControlId> SelectedControls { get; }

    /// <summary>The selected controls with the ids of the risks selecting each, in register order.</summary>
    public FrozenDictionary<ControlId, ImmutableArray<string>> RisksByControl => risksByControl;

    /// <summary>Whether some risk's treatment selects a control.</summary>
    /// <param name="control">The control.</param>
    /// <returns><see langword="true"/> when selected.</returns>
    public bool Selects(ControlId control) => risksByControl.ContainsKey(control);

    /// <summary>The ids of the risks whose treatment selects a control, in register order; empty when none does.</summary>
    /// <param name="control">The control.</param>
    /// <returns>The risk ids.</returns>
    public ImmutableArray<string> RisksSelecting(ControlId control) =>
        risksByControl.TryGetValue(control, out var ids) ? ids : [];
}
