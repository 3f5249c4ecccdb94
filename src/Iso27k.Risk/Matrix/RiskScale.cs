using System.Collections.Immutable;

namespace Iso27k.Risk.Matrix;

/// <summary>
/// An ordinal scale of a risk matrix, such as likelihood from "Rare" to "Almost certain": values 1 to
/// <see cref="Count"/>, each with a label. 0 is never on a scale: it means "not rated".
/// </summary>
public sealed class RiskScale : IEquatable<RiskScale>
{
    /// <summary>The most levels a scale may have; matrices larger than 10 x 10 defeat their purpose.</summary>
    public const int MaxCount = 10;

    /// <summary>Creates a scale.</summary>
    /// <param name="name">The scale's name, such as "Likelihood".</param>
    /// <param name="labels">The labels of values 1, 2, ... in order, lowest first.</param>
    /// <exception cref="RiskMatrixDefinitionException">
    /// The name is blank, there are fewer than 2 or more than <see cref="MaxCount"/> labels, or a label is blank or
    /// repeated.
    /// </exception>
    public RiskScale(string name, IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(labels);
        var problems = new List<string>();
        var built = Build(name, labels, "scale", problems);
        if (built is null)
        {
            throw new RiskMatrixDefinitionException(problems);
        }

        Name = name;
        Labels = built.Value;
    }

    private RiskScale(string name, ImmutableArray<string> labels)
    {
        Name = name;
        Labels = labels;
    }

    /// <summary>The scale's name.</summary>
    public string Name { get; }

    /// <summary>The labels of values 1 to <see cref="Count"/>, lowest first (index 0 is value 1).</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>How many values the scale has.</summary>
    public int Count => Labels.Length;

    /// <summary>The label of a value.</summary>
    /// <param name="value">A value from 1 to <see cref="Count"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not on the scale.</exception>
    public string LabelOf(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, Count);
        return Labels[value - 1];
    }

    /// <summary>Whether a value is on the scale (1 to <see cref="Count"/>).</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when on the scale.</returns>
    public bool Contains(int value) => value >= 1 && value <= Count;

    internal static RiskScale? TryCreate(string? name, IEnumerable<string?>? labels, string where, List<string> problems)
    {
        if (name is null || labels is null)
        {
            problems.Add($"{where}: a scale needs a name and labels.");
            return null;
        }

        var built = Build(name, labels, where, problems);
        return built is null ? null : new RiskScale(name, built.Value);
    }

    private static ImmutableArray<string>? Build(string name, IEnumerable<string?> labels, string where, List<string> problems)
    {
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add($"{where}: the name is blank; give the scale a name such as \"Likelihood\".");
        }

        var list = labels.ToList();
        if (list.Count < 2 || list.Count > MaxCount)
        {
            problems.Add($"{where} '{name}': has {list.Count} labels; a scale needs 2 to {MaxCount}.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var label = list[i];
            if (string.IsNullOrWhiteSpace(label))
            {
                problems.Add($"{where} '{name}': the label of value {i + 1} is blank; every value needs a label.");
            }
            else if (!seen.Add(label))
            {
                problems.Add($"{where} '{name}': the label '{label}' of value {i + 1} is used twice; labels must be unique.");
            }
        }

        return problems.Count == before ? [.. list.Select(l => l!)] : null;
    }

    /// <inheritdoc/>
    public bool Equals(RiskScale? other) =>
        other is not null && Name == other.Name && Labels.AsSpan().SequenceEqual(other.Labels.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RiskScale);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Count);

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({string.Join(" < ", Labels)})";
}
