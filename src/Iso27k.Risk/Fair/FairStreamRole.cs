namespace Iso27k.Risk.Fair;

/// <summary>
/// Which input of a scenario a random stream feeds. Each input has its own stream in every block, so changing one
/// input's distribution leaves the draws of the others unchanged (common random numbers across what-if runs).
/// </summary>
internal enum FairStreamRole
{
    /// <summary>Loss event frequency, or threat event frequency in the fuller taxonomy.</summary>
    Frequency = 0,

    /// <summary>Vulnerability as a probability.</summary>
    Vulnerability = 1,

    /// <summary>Threat capability.</summary>
    ThreatCapability = 2,

    /// <summary>Resistance strength.</summary>
    ResistanceStrength = 3,

    /// <summary>Primary loss magnitude.</summary>
    PrimaryLoss = 4,

    /// <summary>Secondary loss event frequency (a probability).</summary>
    SecondaryFrequency = 5,

    /// <summary>Secondary loss magnitude.</summary>
    SecondaryLoss = 6,

    /// <summary>Poisson event counts.</summary>
    EventCount = 7,
}
