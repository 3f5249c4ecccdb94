namespace Iso27k;

/// <summary>ISO/IEC 27002:2022 attribute type "control type". Standard names: #Preventive, #Detective, #Corrective.</summary>
public enum ControlType
{
    /// <summary>#Preventive: acts before an incident.</summary>
    Preventive = 0,

    /// <summary>#Detective: acts when an incident occurs.</summary>
    Detective = 1,

    /// <summary>#Corrective: acts after an incident.</summary>
    Corrective = 2,
}
