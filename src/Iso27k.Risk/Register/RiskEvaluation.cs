using System.Collections.Immutable;

namespace Iso27k.Risk;

/// <summary>The level a <see cref="IRiskMethod"/> gave an assessment, with an explanation of how it was computed.</summary>
public sealed class RiskEvaluation : IEquatable<RiskEvaluation>
{
    /// <summary>Creates an evaluation.</summary>
    /// <param name="method">The name of the method that computed it.</param>
    /// <param name="levels">The method's levels, lowest first.</param>
    /// <param name="level">The level index, or -1 when not rated.</param>
    /// <param name="trace">How the level was computed, or why it could not be.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not -1 or an index into <paramref name="levels"/>.</exception>
    public RiskEvaluation(string method, ImmutableArray<string> levels, int level, string trace)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(trace);
        if (levels.IsDefault)
        {
            throw new ArgumentException("The levels must be initialized.", nameof(levels));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(level, -1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, levels.Length);
        Method = method;
        Level = level;
        LevelLabel = level >= 0 ? levels[level] : null;
        Trace = trace;
    }

    /// <summary>The name of the method that computed the evaluation.</summary>
    public string Method { get; }

    /// <summary>The level index (0 is the lowest), or -1 when an input is not rated.</summary>
    public int Level { get; }

    /// <summary>The level's label, or <see langword="null"/> when not rated.</summary>
    public string? LevelLabel { get; }

    /// <summary>Whether a level was computed.</summary>
    public bool IsRated => Level >= 0;

    /// <summary>How the level was computed, step by step, or which input was missing.</summary>
    public string Trace { get; }

    /// <inheritdoc/>
    public bool Equals(RiskEvaluation? other) =>
        other is not null && Method == other.Method && Level == other.Level && LevelLabel == other.LevelLabel && Trace == other.Trace;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RiskEvaluation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Method, Level, Trace);

    /// <inheritdoc/>
    public override string ToString() => IsRated ? $"{LevelLabel}: {Trace}" : $"not rated: {Trace}";
}
