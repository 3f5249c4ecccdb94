using NodaTime;

namespace Iso27k.Isms;

/// <summary>The certificate's standing on the assessment date, including the 2013 to 2022 transition (IAF MD 26).</summary>
public sealed class TransitionAssessment
{
    internal TransitionAssessment(TransitionStatus status, Edition? edition, LocalDate? validUntil, int? daysRemaining, string? code, string message)
    {
        Status = status;
        Edition = edition;
        ValidUntil = validUntil;
        DaysRemaining = daysRemaining;
        Code = code;
        Message = message;
    }

    /// <summary>The last day a 2013-edition certificate is valid: 31 October 2025 (36 months after the 2022 edition's publication).</summary>
    public static LocalDate TransitionDeadline { get; } = new(2025, 10, 31);

    /// <summary>The last day certification bodies could hold initial or recertification audits against the 2013 edition: 30 April 2024.</summary>
    public static LocalDate Last2013CertificationAudit { get; } = new(2024, 4, 30);

    /// <summary>The standing.</summary>
    public TransitionStatus Status { get; }

    /// <summary>The certified edition, or <see langword="null"/> when not certified.</summary>
    public Edition? Edition { get; }

    /// <summary>The last valid day: the expiry date, capped at <see cref="TransitionDeadline"/> for a 2013 certificate.</summary>
    public LocalDate? ValidUntil { get; }

    /// <summary>Days from the assessment date to <see cref="ValidUntil"/> (negative once past), or <see langword="null"/>.</summary>
    public int? DaysRemaining { get; }

    /// <summary>The diagnostic code (ISMS040 to ISMS042), or <see langword="null"/> when there is nothing to report.</summary>
    public string? Code { get; }

    /// <summary>What it means and what to do.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => Code is null ? $"{Status}: {Message}" : $"{Code} {Status}: {Message}";
}
