namespace Iso27k;

/// <summary>ISO/IEC 27002:2022 attribute type "security domains", in the standard's order (British spelling).</summary>
public enum SecurityDomain
{
    /// <summary>#Governance_and_Ecosystem.</summary>
    GovernanceAndEcosystem = 0,

    /// <summary>#Protection.</summary>
    Protection = 1,

    /// <summary>#Defence.</summary>
    Defence = 2,

    /// <summary>#Resilience.</summary>
    Resilience = 3,
}
