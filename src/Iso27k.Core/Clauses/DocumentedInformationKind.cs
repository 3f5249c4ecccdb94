namespace Iso27k;

/// <summary>Whether a clause asks for documented information to be maintained or retained.</summary>
public enum DocumentedInformationKind
{
    /// <summary>Maintained: a living document such as the scope or the policy.</summary>
    Maintain = 0,

    /// <summary>Retained: a record kept as evidence, such as audit results.</summary>
    Retain = 1,
}
