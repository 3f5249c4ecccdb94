namespace Iso27k.Risk.Owasp;

/// <summary>
/// The 16 factors of the OWASP Risk Rating Methodology, each rated 0 to 9, in the order of the vector form
/// (<c>SL:5/M:2/.../PV:5</c>).
/// </summary>
public enum OwaspFactor
{
    /// <summary>Threat agent: skill level (SL).</summary>
    SkillLevel = 0,

    /// <summary>Threat agent: motive (M).</summary>
    Motive = 1,

    /// <summary>Threat agent: opportunity (O).</summary>
    Opportunity = 2,

    /// <summary>Threat agent: size (S).</summary>
    Size = 3,

    /// <summary>Vulnerability: ease of discovery (ED).</summary>
    EaseOfDiscovery = 4,

    /// <summary>Vulnerability: ease of exploit (EE).</summary>
    EaseOfExploit = 5,

    /// <summary>Vulnerability: awareness (A).</summary>
    Awareness = 6,

    /// <summary>Vulnerability: intrusion detection (ID).</summary>
    IntrusionDetection = 7,

    /// <summary>Technical impact: loss of confidentiality (LC).</summary>
    LossOfConfidentiality = 8,

    /// <summary>Technical impact: loss of integrity (LI).</summary>
    LossOfIntegrity = 9,

    /// <summary>Technical impact: loss of availability (LAV).</summary>
    LossOfAvailability = 10,

    /// <summary>Technical impact: loss of accountability (LAC).</summary>
    LossOfAccountability = 11,

    /// <summary>Business impact: financial damage (FD).</summary>
    FinancialDamage = 12,

    /// <summary>Business impact: reputation damage (RD).</summary>
    ReputationDamage = 13,

    /// <summary>Business impact: non-compliance (NC).</summary>
    NonCompliance = 14,

    /// <summary>Business impact: privacy violation (PV).</summary>
    PrivacyViolation = 15,
}
