using System.Collections.Immutable;

namespace Iso27k.Risk;

/// <summary>
/// A method that turns a <see cref="RiskAssessment"/> into a risk level: a risk matrix or the OWASP Risk Rating
/// Methodology. The method is part of the versioned <see cref="RiskCriteria"/>, so every risk of a register is
/// assessed the same way and results stay comparable (ISO/IEC 27001:2022 6.1.2 b)).
/// </summary>
public interface IRiskMethod
{
    /// <summary>The method's name as written in the register format: <c>matrix</c> or <c>owasp</c>.</summary>
    string Name { get; }

    /// <summary>The risk levels the method produces, lowest first; a level is an index into this array.</summary>
    ImmutableArray<string> Levels { get; }

    /// <summary>
    /// The level of an assessment without building a trace: an index into <see cref="Levels"/>, or -1 when an input
    /// is not rated or not on the method's scales. Allocation-free, for validating large registers.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The level index, or -1.</returns>
    int LevelOf(RiskAssessment assessment);

    /// <summary>Evaluates an assessment and explains how the level was computed.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The evaluation, rated or not, with its trace.</returns>
    RiskEvaluation Evaluate(RiskAssessment assessment);
}
