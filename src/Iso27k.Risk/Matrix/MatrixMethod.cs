namespace Iso27k.Risk.Matrix;

/// <summary>How a <see cref="RiskMatrix"/> combines likelihood and consequence into a level.</summary>
public enum MatrixMethod
{
    /// <summary>
    /// A grid names the level of every (likelihood, consequence) cell, as in the ISO/IEC 27005 example matrices,
    /// which are not multiplicative.
    /// </summary>
    Lookup = 0,

    /// <summary>The value is likelihood x consequence; bands of values map to levels.</summary>
    Multiplicative = 1,

    /// <summary>The value is likelihood + consequence; bands of values map to levels.</summary>
    Additive = 2,
}
