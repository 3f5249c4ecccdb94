using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Risk;

/// <summary>The risk owner's acceptance of a residual risk (ISO/IEC 27001:2022 6.1.3 f)), with its validity.</summary>
public sealed class RiskAcceptance : IEquatable<RiskAcceptance>
{
    /// <summary>Creates an acceptance.</summary>
    /// <param name="acceptedBy">Who accepted: normally the risk owner.</param>
    /// <param name="acceptedOn">When.</param>
    /// <param name="expiresOn">The last day the acceptance holds, if it expires.</param>
    /// <param name="note">Conditions or remarks, if any.</param>
    /// <param name="extensions">Properties this library does not know, each as compact JSON text.</param>
    public RiskAcceptance(string acceptedBy, LocalDate acceptedOn, LocalDate? expiresOn = null, string? note = null, IEnumerable<KeyValuePair<string, string>>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(acceptedBy);
        AcceptedBy = acceptedBy;
        AcceptedOn = acceptedOn;
        ExpiresOn = expiresOn;
        Note = note;
        Extensions = Equality.Extensions(extensions);
    }

    /// <summary>Who accepted.</summary>
    public string AcceptedBy { get; }

    /// <summary>When the acceptance was given.</summary>
    public LocalDate AcceptedOn { get; }

    /// <summary>The last day the acceptance holds, or <see langword="null"/> when it does not expire.</summary>
    public LocalDate? ExpiresOn { get; }

    /// <summary>Conditions or remarks.</summary>
    public string? Note { get; }

    /// <summary>Properties this library does not know, by name, each as compact JSON text, kept so a document round-trips.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; }

    /// <summary>Whether the acceptance has expired on a given day (it holds through <see cref="ExpiresOn"/>).</summary>
    /// <param name="today">The day to check.</param>
    /// <returns><see langword="true"/> when expired.</returns>
    public bool IsExpiredOn(LocalDate today) => ExpiresOn is { } end && today > end;

    /// <inheritdoc/>
    public bool Equals(RiskAcceptance? other) =>
        other is not null && AcceptedBy == other.AcceptedBy && AcceptedOn == other.AcceptedOn && ExpiresOn == other.ExpiresOn &&
        Note == other.Note && Equality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RiskAcceptance);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AcceptedBy, AcceptedOn, ExpiresOn);

    /// <inheritdoc/>
    public override string ToString() => $"accepted by {AcceptedBy} on {AcceptedOn:uuuu-MM-dd}";
}
