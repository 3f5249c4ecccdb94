namespace Iso27k;

/// <summary>What a <see cref="ControlGroup"/> stands for.</summary>
public enum ControlGroupKind
{
    /// <summary>A 2022 theme (5 Organizational, 6 People, 7 Physical, 8 Technological).</summary>
    Theme = 0,

    /// <summary>A 2013 clause (A.5 to A.18).</summary>
    Clause = 1,

    /// <summary>A 2013 control objective (A.5.1 to A.18.2).</summary>
    Objective = 2,
}
