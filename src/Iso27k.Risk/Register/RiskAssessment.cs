using System.Collections.Immutable;
using Iso27k.Risk.Owasp;

namespace Iso27k.Risk;

/// <summary>
/// An analysis of a risk's likelihood and consequence at one point (inherent, current or residual), in the inputs of
/// the criteria's method: matrix values, an OWASP vector, or both. Which inputs count is decided by the
/// <see cref="RiskCriteria"/>, so the same register can be re-scored under new criteria.
/// </summary>
public sealed class RiskAssessment : IEquatable<RiskAssessment>
{
    /// <summary>An assessment with no input rated.</summary>
    public static readonly RiskAssessment NotRated = new();

    /// <summary>Creates an assessment.</summary>
    /// <param name="likelihood">The matrix likelihood value (1 to the scale's count), or 0 when not rated.</param>
    /// <param name="consequence">The matrix consequence value, or 0 when not rated.</param>
    /// <param name="owasp">The OWASP factor ratings, or <see langword="null"/> when not rated that way.</param>
    /// <param name="rationale">Why these ratings were chosen.</param>
    /// <param name="extensions">Properties this library does not know, each as compact JSON text.</param>
    public RiskAssessment(int likelihood = 0, int consequence = 0, OwaspVector? owasp = null, string? rationale = null, IEnumerable<KeyValuePair<string, string>>? extensions = null)
    {
        Likelihood = likelihood;
        Consequence = consequence;
        Owasp = owasp;
        Rationale = rationale;
        Extensions = Equality.Extensions(extensions);
    }

    /// <summary>Creates a matrix assessment.</summary>
    /// <param name="likelihood">The likelihood value, or 0 when not rated.</param>
    /// <param name="consequence">The consequence value, or 0 when not rated.</param>
    /// <param name="rationale">Why these ratings were chosen.</param>
    /// <returns>The assessment.</returns>
    public static RiskAssessment FromMatrix(int likelihood, int consequence, string? rationale = null) => new(likelihood, consequence, null, rationale);

    /// <summary>Creates an OWASP assessment.</summary>
    /// <param name="vector">The factor ratings.</param>
    /// <param name="rationale">Why these ratings were chosen.</param>
    /// <returns>The assessment.</returns>
    public static RiskAssessment FromOwasp(OwaspVector vector, string? rationale = null) => new(0, 0, vector, rationale);

    /// <summary>The matrix likelihood value, or 0 when not rated.</summary>
    public int Likelihood { get; }

    /// <summary>The matrix consequence value, or 0 when not rated.</summary>
    public int Consequence { get; }

    /// <summary>The OWASP factor ratings, or <see langword="null"/>.</summary>
    public OwaspVector? Owasp { get; }

    /// <summary>Why these ratings were chosen.</summary>
    public string? Rationale { get; }

    /// <summary>Properties this library does not know, by name, each as compact JSON text, kept so a document round-trips.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; }

    /// <inheritdoc/>
    public bool Equals(RiskAssessment? other) =>
        other is not null && Likelihood == other.Likelihood && Consequence == other.Consequence && Owasp == other.Owasp &&
        Rationale == other.Rationale && Equality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RiskAssessment);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Likelihood, Consequence, Owasp);

    /// <inheritdoc/>
    public override string ToString() => Owasp is { } v ? $"L{Likelihood} C{Consequence} OWASP {v}" : $"L{Likelihood} C{Consequence}";
}
