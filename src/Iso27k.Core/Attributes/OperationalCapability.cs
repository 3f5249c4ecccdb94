namespace Iso27k;

/// <summary>
/// ISO/IEC 27002:2022 attribute type "operational capabilities", in the standard's order. The standard's names use
/// underscores (#Information_protection); <see cref="AttributeValue.Name"/> gives them.
/// </summary>
public enum OperationalCapability
{
    /// <summary>#Governance.</summary>
    Governance = 0,

    /// <summary>#Asset_management.</summary>
    AssetManagement = 1,

    /// <summary>#Information_protection.</summary>
    InformationProtection = 2,

    /// <summary>#Human_resource_security.</summary>
    HumanResourceSecurity = 3,

    /// <summary>#Physical_security.</summary>
    PhysicalSecurity = 4,

    /// <summary>#System_and_network_security.</summary>
    SystemAndNetworkSecurity = 5,

    /// <summary>#Application_security.</summary>
    ApplicationSecurity = 6,

    /// <summary>#Secure_configuration.</summary>
    SecureConfiguration = 7,

    /// <summary>#Identity_and_access_management.</summary>
    IdentityAndAccessManagement = 8,

    /// <summary>#Threat_and_vulnerability_management.</summary>
    ThreatAndVulnerabilityManagement = 9,

    /// <summary>#Continuity.</summary>
    Continuity = 10,

    /// <summary>#Supplier_relationships_security.</summary>
    SupplierRelationshipsSecurity = 11,

    /// <summary>#Legal_and_compliance.</summary>
    LegalAndCompliance = 12,

    /// <summary>#Information_security_event_management.</summary>
    InformationSecurityEventManagement = 13,

    /// <summary>#Information_security_assurance.</summary>
    InformationSecurityAssurance = 14,
}
