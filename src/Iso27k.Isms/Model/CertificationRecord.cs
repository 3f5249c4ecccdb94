using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Isms;

/// <summary>
/// The organization's certification: the edition certified against, the certification audits and the certificate's
/// dates. Before the first certificate, only the planned or held stage 1 and stage 2 audit dates may be set.
/// </summary>
public sealed class CertificationRecord : IEquatable<CertificationRecord>
{
    /// <summary>Creates a certification record.</summary>
    /// <param name="edition">The edition of ISO/IEC 27001 certified (or to be certified) against.</param>
    /// <exception cref="ArgumentOutOfRangeException">The edition is undefined.</exception>
    public CertificationRecord(Edition edition)
    {
        Edition = Checked(edition);
        Extensions = IsmsEquality.NoExtensions;
    }

    private CertificationRecord(CertificationRecord other)
    {
        Edition = other.Edition;
        Body = other.Body;
        CertificateNumber = other.CertificateNumber;
        Stage1On = other.Stage1On;
        Stage2On = other.Stage2On;
        IssuedOn = other.IssuedOn;
        ExpiresOn = other.ExpiresOn;
        Extensions = other.Extensions;
    }

    /// <summary>The edition.</summary>
    public Edition Edition { get; private init; }

    /// <summary>The certification body, if chosen.</summary>
    public string? Body { get; private init; }

    /// <summary>The certificate number, once issued.</summary>
    public string? CertificateNumber { get; private init; }

    /// <summary>The stage 1 audit date (planned or held).</summary>
    public LocalDate? Stage1On { get; private init; }

    /// <summary>The stage 2 audit date (planned or held).</summary>
    public LocalDate? Stage2On { get; private init; }

    /// <summary>When the current certificate was issued.</summary>
    public LocalDate? IssuedOn { get; private init; }

    /// <summary>The last day the certificate is valid (certificates run three years).</summary>
    public LocalDate? ExpiresOn { get; private init; }

    /// <summary>Properties of the JSON format this library does not know, written back unchanged.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Returns a copy for another edition.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The copy.</returns>
    public CertificationRecord WithEdition(Edition edition) => new(this) { Edition = Checked(edition) };

    /// <summary>Returns a copy with this certification body.</summary>
    /// <param name="body">The body.</param>
    /// <returns>The copy.</returns>
    public CertificationRecord WithBody(string? body) => new(this) { Body = body };

    /// <summary>Returns a copy with these audit dates.</summary>
    /// <param name="stage1On">The stage 1 date.</param>
    /// <param name="stage2On">The stage 2 date.</param>
    /// <returns>The copy.</returns>
    public CertificationRecord WithAudits(LocalDate? stage1On, LocalDate? stage2On) => new(this) { Stage1On = stage1On, Stage2On = stage2On };

    /// <summary>Returns a copy with this certificate.</summary>
    /// <param name="certificateNumber">The number.</param>
    /// <param name="issuedOn">When issued.</param>
    /// <param name="expiresOn">Its last valid day.</param>
    /// <returns>The copy.</returns>
    public CertificationRecord WithCertificate(string? certificateNumber, LocalDate? issuedOn, LocalDate? expiresOn) =>
        new(this) { CertificateNumber = certificateNumber, IssuedOn = issuedOn, ExpiresOn = expiresOn };

    /// <summary>Returns a copy with these unknown properties.</summary>
    /// <param name="extensions">Name to compact JSON text.</param>
    /// <returns>The copy.</returns>
    public CertificationRecord WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = IsmsEquality.Extensions(extensions) };

    private static Edition Checked(Edition edition) =>
        Enum.IsDefined(edition) ? edition : throw new ArgumentOutOfRangeException(nameof(edition), edition, "Not an edition.");

    /// <inheritdoc/>
    public bool Equals(CertificationRecord? other) =>
        other is not null && Edition == other.Edition && Body == other.Body && CertificateNumber == other.CertificateNumber
        && Stage1On == other.Stage1On && Stage2On == other.Stage2On && IssuedOn == other.IssuedOn && ExpiresOn == other.ExpiresOn
        && IsmsEquality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CertificationRecord);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Edition, IssuedOn, ExpiresOn);

    /// <inheritdoc/>
    public override string ToString() => $"ISO/IEC 27001:{Edition.ToYearString()} {CertificateNumber}".TrimEnd();
}
