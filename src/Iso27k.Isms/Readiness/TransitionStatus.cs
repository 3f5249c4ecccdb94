namespace Iso27k.Isms;

/// <summary>The certificate's standing, including the ISO/IEC 27001:2013 to 2022 transition.</summary>
public enum TransitionStatus
{
    /// <summary>No certificate is recorded.</summary>
    NotCertified = 0,

    /// <summary>A valid certificate to the 2022 edition.</summary>
    Current = 1,

    /// <summary>A 2013-edition certificate still valid, within the transition period (until 31 October 2025).</summary>
    TransitionPending = 2,

    /// <summary>A 2013-edition certificate after 31 October 2025: no longer valid.</summary>
    Lapsed2013 = 3,

    /// <summary>The certificate has passed its expiry date.</summary>
    Expired = 4,
}
