namespace Iso27k;

/// <summary>The five attribute types of ISO/IEC 27002:2022, in the standard's order.</summary>
public enum AttributeType
{
    /// <summary>Control type: when a control acts (#Preventive, #Detective, #Corrective).</summary>
    ControlType = 0,

    /// <summary>Information security properties the control preserves (#Confidentiality, #Integrity, #Availability).</summary>
    InformationSecurityProperty = 1,

    /// <summary>Cybersecurity concepts (#Identify, #Protect, #Detect, #Respond, #Recover).</summary>
    CybersecurityConcept = 2,

    /// <summary>Operational capabilities: the practitioner's view (15 values such as #Governance).</summary>
    OperationalCapability = 3,

    /// <summary>Security domains (#Governance_and_Ecosystem, #Protection, #Defence, #Resilience).</summary>
    SecurityDomain = 4,
}
