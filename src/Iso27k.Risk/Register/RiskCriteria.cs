using System.Collections.Immutable;

namespace Iso27k.Risk;

/// <summary>
/// Versioned risk criteria (ISO/IEC 27001:2022 6.1.2 a)): the method with its scales and levels, and the risk
/// acceptance level. A register is assessed against one criteria version, so its results are consistent, valid and
/// comparable (6.1.2 b)); changing the criteria means a new version.
/// </summary>
public sealed class RiskCriteria : IEquatable<RiskCriteria>
{
    /// <summary>Creates criteria.</summary>
    /// <param name="id">An id for the criteria, such as "acme-risk-criteria".</param>
    /// <param name="version">The version, such as "2026.1"; a register records which version it was assessed against.</param>
    /// <param name="method">The method: a risk matrix or the OWASP Risk Rating Methodology.</param>
    /// <param name="acceptanceLevel">The highest level that is acceptable without further treatment; one of the method's levels.</param>
    /// <param name="title">A title, if any.</param>
    /// <param name="extensions">Properties this library does not know, each as compact JSON text.</param>
    /// <exception cref="ArgumentException">The acceptance level is not one of the method's levels.</exception>
    public RiskCriteria(string id, string version, IRiskMethod method, string acceptanceLevel, string? title = null, IEnumerable<KeyValuePair<string, string>>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(acceptanceLevel);
        var index = method.Levels.IndexOf(acceptanceLevel, StringComparer.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException($"'{acceptanceLevel}' is not a level of the method; expected one of {string.Join(", ", method.Levels)}.", nameof(acceptanceLevel));
        }

        Id = id;
        Version = version;
        Method = method;
        AcceptanceLevel = index;
        Title = title;
        Extensions = Equality.Extensions(extensions);
    }

    /// <summary>The criteria's id.</summary>
    public string Id { get; }

    /// <summary>The criteria's version.</summary>
    public string Version { get; }

    /// <summary>A title, if any.</summary>
    public string? Title { get; }

    /// <summary>The method that turns assessments into levels.</summary>
    public IRiskMethod Method { get; }

    /// <summary>The index of the highest acceptable level in the method's <see cref="IRiskMethod.Levels"/>.</summary>
    public int AcceptanceLevel { get; }

    /// <summary>The label of the highest acceptable level.</summary>
    public string AcceptanceLevelLabel => Method.Levels[AcceptanceLevel];

    /// <summary>The method's levels, lowest first.</summary>
    public ImmutableArray<string> Levels => Method.Levels;

    /// <summary>Properties this library does not know, by name, each as compact JSON text, kept so a document round-trips.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; }

    /// <summary>Whether a level meets the acceptance criteria; an unrated level (-1) never does.</summary>
    /// <param name="level">A level index, or -1.</param>
    /// <returns><see langword="true"/> when acceptable.</returns>
    public bool IsAcceptable(int level) => level >= 0 && level <= AcceptanceLevel;

    /// <inheritdoc/>
    public bool Equals(RiskCriteria? other) =>
        other is not null && Id == other.Id && Version == other.Version && Title == other.Title && AcceptanceLevel == other.AcceptanceLevel &&
        Method.Equals(other.Method) && Equality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RiskCriteria);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Version);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} v{Version} ({Method}, acceptable up to {AcceptanceLevelLabel})";
}
