namespace Iso27k;

/// <summary>A public source against which facts in an embedded data file were checked.</summary>
public sealed class DataSource : IEquatable<DataSource>
{
    /// <summary>Creates a source record.</summary>
    /// <param name="name">What the source is.</param>
    /// <param name="location">Where it is (a URL or repository and path).</param>
    /// <param name="checkedOn">The date it was checked, as <c>YYYY-MM-DD</c>.</param>
    /// <param name="covers">Which facts it was used to check.</param>
    public DataSource(string name, string location, string checkedOn, string covers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Location = location ?? string.Empty;
        CheckedOn = checkedOn ?? string.Empty;
        Covers = covers ?? string.Empty;
    }

    /// <summary>What the source is.</summary>
    public string Name { get; }

    /// <summary>Where it is (a URL or repository and path).</summary>
    public string Location { get; }

    /// <summary>The date it was checked, as <c>YYYY-MM-DD</c>.</summary>
    public string CheckedOn { get; }

    /// <summary>Which facts it was used to check.</summary>
    public string Covers { get; }

    /// <inheritdoc/>
    public bool Equals(DataSource? other) =>
        other is not null && Name == other.Name && Location == other.Location && CheckedOn == other.CheckedOn && Covers == other.Covers;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DataSource);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Location, CheckedOn, Covers);

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Location}, checked {CheckedOn})";
}
