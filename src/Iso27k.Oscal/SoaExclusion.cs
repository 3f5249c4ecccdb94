namespace Iso27k.Oscal;

/// <summary>An excluded control of a <see cref="SoaSelection"/> with the justification for excluding it.</summary>
public sealed class SoaExclusion : IEquatable<SoaExclusion>
{
    /// <summary>Creates an exclusion.</summary>
    /// <param name="controlId">The excluded control.</param>
    /// <param name="justification">Why it is excluded; <see langword="null"/> or empty when none was given.</param>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public SoaExclusion(ControlId controlId, string? justification)
    {
        if (controlId.IsDefault)
        {
            throw new ArgumentException("An exclusion needs a control id.", nameof(controlId));
        }

        ControlId = controlId;
        Justification = string.IsNullOrEmpty(justification) ? null : justification;
    }

    /// <summary>The excluded control.</summary>
    public ControlId ControlId { get; }

    /// <summary>Why the control is excluded, or <see langword="null"/> when no justification was given.</summary>
    public string? Justification { get; }

    /// <inheritdoc/>
    public bool Equals(SoaExclusion? other) =>
        other is not null && ControlId == other.ControlId && string.Equals(Justification, other.Justification, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SoaExclusion);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ControlId, Justification is null ? 0 : StringComparer.Ordinal.GetHashCode(Justification));

    /// <summary>Returns e.g. <c>7.4 excluded: no physical premises</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Justification is null ? $"{ControlId} excluded" : $"{ControlId} excluded: {Justification}";
}
