using NodaTime;

namespace Iso27k.Soa;

/// <summary>Who approved a Statement of Applicability, and when.</summary>
public sealed class SoaApproval : IEquatable<SoaApproval>
{
    /// <summary>Creates an approval record.</summary>
    /// <param name="approver">The approver's name or role.</param>
    /// <param name="date">The date of approval.</param>
    /// <exception cref="ArgumentException">The approver is blank.</exception>
    public SoaApproval(string approver, LocalDate date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(approver);
        Approver = approver;
        Date = date;
    }

    /// <summary>The approver's name or role.</summary>
    public string Approver { get; }

    /// <summary>The date of approval.</summary>
    public LocalDate Date { get; }

    /// <inheritdoc/>
    public bool Equals(SoaApproval? other) =>
        other is not null && string.Equals(Approver, other.Approver, StringComparison.Ordinal) && Date == other.Date;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SoaApproval);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Approver), Date);

    /// <summary>Returns the approver and the ISO date.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Approver} ({SoaText.Format(Date)})";
}
