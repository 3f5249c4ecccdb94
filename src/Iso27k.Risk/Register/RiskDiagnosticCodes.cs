namespace Iso27k.Risk;

/// <summary>
/// The stable codes of <see cref="RiskDiagnostic"/>s. RSK001 to RSK099 come from <see cref="RiskRegisterValidator"/>,
/// RSK100 and above from the readers. docs/risk-rules.md shows an example of each.
/// </summary>
public static class RiskDiagnosticCodes
{
    /// <summary>A risk has no owner (ISO/IEC 27001:2022 6.1.2 c) 2)).</summary>
    public const string MissingOwner = "RSK001";

    /// <summary>A level was not computed because an input is not rated or not on the criteria's scales (6.1.2 d)).</summary>
    public const string NotRated = "RSK002";

    /// <summary>The residual level is higher than the current level (6.1.3).</summary>
    public const string ResidualAboveCurrent = "RSK003";

    /// <summary>The residual level is lower than the current level, but no treatment control is listed (6.1.3 b)).</summary>
    public const string ResidualLoweredWithoutControl = "RSK004";

    /// <summary>The risk is retained, but the owner's acceptance is not recorded (6.1.3 f)).</summary>
    public const string RetainWithoutAcceptance = "RSK005";

    /// <summary>The owner's acceptance has expired (6.1.3 f)).</summary>
    public const string AcceptanceExpired = "RSK006";

    /// <summary>The next review date has passed (8.2).</summary>
    public const string ReviewOverdue = "RSK007";

    /// <summary>A treatment control is not a control of ISO/IEC 27001:2022 Annex A (6.1.3 c)).</summary>
    public const string UnknownControl = "RSK008";

    /// <summary>The treatment is Modify, but no control is listed (6.1.3 b)).</summary>
    public const string ModifyWithoutControls = "RSK009";

    /// <summary>A risk id is blank or used by another risk (6.1.2 c) 1)).</summary>
    public const string DuplicateRiskId = "RSK010";

    /// <summary>A risk refers to an asset, threat or vulnerability the register does not define (6.1.2 c) 1)).</summary>
    public const string UnknownReference = "RSK011";

    /// <summary>The risk's level is above the acceptance level, but no treatment option is chosen (6.1.3 a)).</summary>
    public const string UntreatedAboveAcceptance = "RSK012";

    /// <summary>The acceptance is recorded by someone other than the risk owner (6.1.3 f)).</summary>
    public const string AcceptedByNonOwner = "RSK013";

    /// <summary>The register has no risk criteria, so no level can be evaluated (6.1.2 a)).</summary>
    public const string MissingCriteria = "RSK014";

    /// <summary>The document is not well-formed JSON, or a value has the wrong JSON type or a required property is missing.</summary>
    public const string MalformedDocument = "RSK100";

    /// <summary>The document is not a risk register (or criteria) document of a version this library reads.</summary>
    public const string UnsupportedFormat = "RSK101";

    /// <summary>A value is well-formed JSON but not a valid value: a date, control id, OWASP vector or keyword.</summary>
    public const string InvalidValue = "RSK102";

    /// <summary>The risk criteria are invalid: an unknown method, a matrix definition error, or an unknown acceptance level.</summary>
    public const string InvalidCriteria = "RSK103";
}
