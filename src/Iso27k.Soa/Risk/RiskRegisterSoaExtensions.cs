using Iso27k.Risk;

namespace Iso27k.Soa;

/// <summary>Connects a risk register to the SoA validator's cross-checks.</summary>
public static class RiskRegisterSoaExtensions
{
    /// <summary>
    /// The risk ids of a register and the controls its treatment plan selects, as the SoA validator needs them
    /// (SOA007 unknown risk, SOA008 selected control excluded).
    /// </summary>
    /// <param name="register">The risk register.</param>
    /// <returns>The context for <see cref="SoaValidator"/>.</returns>
    public static SoaRiskContext ToSoaRiskContext(this RiskRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        var selections = new List<KeyValuePair<ControlId, string>>();
        foreach (var (control, risks) in register.TreatmentPlan.RisksByControl)
        {
            foreach (var risk in risks)
            {
                selections.Add(new KeyValuePair<ControlId, string>(control, risk));
            }
        }

        return new SoaRiskContext(register.RiskIds, selections);
    }
}
