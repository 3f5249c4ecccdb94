namespace Iso27k.Soa;

/// <summary>Whether an Annex A control is part of the ISMS according to a Statement of Applicability.</summary>
/// <remarks>
/// <c>default(Applicability)</c> is <see cref="Undecided"/>: a template or a migrated draft starts there, and the
/// validator reports every undecided entry until a person decides.
/// </remarks>
public enum Applicability
{
    /// <summary>No decision yet ("decision required"). Not acceptable in a final SoA.</summary>
    Undecided = 0,

    /// <summary>The control is necessary and included; it needs at least one inclusion reason.</summary>
    Applicable = 1,

    /// <summary>The control is excluded; it needs a justification for the exclusion.</summary>
    Excluded = 2,
}
