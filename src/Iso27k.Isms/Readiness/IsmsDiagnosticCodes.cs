namespace Iso27k.Isms;

/// <summary>The stable codes of ISMS diagnostics; docs/isms.md gives an example of each.</summary>
public static class IsmsDiagnosticCodes
{
    /// <summary>4.1: no external or internal issues recorded (warning).</summary>
    public const string NoIssues = "ISMS001";

    /// <summary>4.2: no interested parties, or a party without requirements (warning).</summary>
    public const string InterestedParties = "ISMS002";

    /// <summary>4.3: no ISMS scope (error).</summary>
    public const string NoScope = "ISMS003";

    /// <summary>4.3 c): the scope names no interfaces or dependencies (warning).</summary>
    public const string ScopeWithoutInterfaces = "ISMS004";

    /// <summary>5.2: no information security policy (error).</summary>
    public const string NoPolicy = "ISMS005";

    /// <summary>5.2: the policy has no recorded approver and approval date (error).</summary>
    public const string PolicyNotApproved = "ISMS006";

    /// <summary>5.2, 7.5.2: the policy's review is overdue (warning).</summary>
    public const string PolicyReviewOverdue = "ISMS007";

    /// <summary>5.3: no ISMS role is assigned to a person (warning).</summary>
    public const string NoRoles = "ISMS008";

    /// <summary>9.2.2: no internal audit programme, or no internal audit held (error).</summary>
    public const string NoInternalAudit = "ISMS009";

    /// <summary>9.2.2: the latest internal audit is older than the audit interval, 12 months by default (error).</summary>
    public const string InternalAuditOutdated = "ISMS010";

    /// <summary>10.2: an audit finding classified as a nonconformity is not in the nonconformity log (error).</summary>
    public const string FindingNotTracked = "ISMS011";

    /// <summary>9.2.2 c): an internal audit names no auditor (warning).</summary>
    public const string AuditWithoutAuditor = "ISMS012";

    /// <summary>6.1.2: the risk assessment process is not documented (error).</summary>
    public const string NoRiskAssessmentProcess = "ISMS013";

    /// <summary>6.1.3: the risk treatment process is not documented (error).</summary>
    public const string NoRiskTreatmentProcess = "ISMS014";

    /// <summary>6.1.3 d): no Statement of Applicability (error).</summary>
    public const string NoSoa = "ISMS015";

    /// <summary>6.1.3 d): the Statement of Applicability has validation errors (error).</summary>
    public const string SoaInvalid = "ISMS016";

    /// <summary>6.1.3 e), 8.2, 8.3: no risk register (error).</summary>
    public const string NoRiskRegister = "ISMS017";

    /// <summary>8.2: the risk register has validation errors (error).</summary>
    public const string RiskRegisterInvalid = "ISMS018";

    /// <summary>6.1.3 e): a risk has no treatment decision (error).</summary>
    public const string RiskWithoutTreatment = "ISMS019";

    /// <summary>9.3.3: no management review held (error).</summary>
    public const string NoManagementReview = "ISMS020";

    /// <summary>9.3.2 a): the latest management review does not consider the status of actions from previous reviews (error).</summary>
    public const string ReviewWithoutPreviousActions = "ISMS021";

    /// <summary>9.3.2 b) to g): the latest management review misses other required inputs (error).</summary>
    public const string ReviewMissingInputs = "ISMS022";

    /// <summary>9.3.3: the latest management review records no decisions (error).</summary>
    public const string ReviewWithoutDecisions = "ISMS023";

    /// <summary>9.3.1: the latest management review is older than the review interval, 12 months by default (error).</summary>
    public const string ManagementReviewOutdated = "ISMS024";

    /// <summary>6.2: no information security objectives (error).</summary>
    public const string NoObjectives = "ISMS025";

    /// <summary>6.2 b), f): an objective has no measure or no owner (error).</summary>
    public const string ObjectiveIncomplete = "ISMS026";

    /// <summary>6.2 i): an objective has no due date (warning).</summary>
    public const string ObjectiveWithoutDueDate = "ISMS027";

    /// <summary>7.2 d): no evidence of competence (error).</summary>
    public const string NoCompetence = "ISMS028";

    /// <summary>7.5.1 b): no documented information determined as necessary is listed (error).</summary>
    public const string NoDocuments = "ISMS029";

    /// <summary>8.1: no evidence that processes were carried out as planned (error).</summary>
    public const string NoOperationalRecords = "ISMS030";

    /// <summary>9.1: no monitoring and measurement results (error).</summary>
    public const string NoMonitoringResults = "ISMS031";

    /// <summary>9.1: the latest monitoring result is older than the monitoring interval, 12 months by default (warning).</summary>
    public const string MonitoringOutdated = "ISMS032";

    /// <summary>10.2 a), c): a nonconformity has neither a correction nor a corrective action (error).</summary>
    public const string NonconformityWithoutAction = "ISMS033";

    /// <summary>10.2 c): a corrective action is past its due date and not done (warning).</summary>
    public const string CorrectiveActionOverdue = "ISMS034";

    /// <summary>10.2 d), g): a nonconformity is closed without a recorded result of its corrective action (error).</summary>
    public const string ClosedWithoutResult = "ISMS035";

    /// <summary>6.3: a planned change names no owner or no date (warning).</summary>
    public const string ChangeIncomplete = "ISMS036";

    /// <summary>8.3: a treated risk has no residual assessment, so the result of its treatment is not recorded (warning).</summary>
    public const string TreatmentResultMissing = "ISMS037";

    /// <summary>7.2 d): a competence record points to no evidence (warning).</summary>
    public const string CompetenceWithoutEvidence = "ISMS038";

    /// <summary>Transition: a 2013-edition certificate, no longer valid after 31 October 2025.</summary>
    public const string Certificate2013Lapsed = "ISMS040";

    /// <summary>Transition: the certificate has expired.</summary>
    public const string CertificateExpired = "ISMS041";

    /// <summary>Transition: a 2013-edition certificate still within the transition period.</summary>
    public const string TransitionPending = "ISMS042";

    /// <summary>Reader: the document is not JSON, or not an object (error).</summary>
    public const string Malformed = "ISMS100";

    /// <summary>Reader: the format version is not supported (error).</summary>
    public const string UnsupportedVersion = "ISMS101";

    /// <summary>Reader: a value is invalid (a date, an enum keyword); it is skipped (error).</summary>
    public const string InvalidValue = "ISMS102";

    /// <summary>Reader: a required property is missing; the object is skipped (error).</summary>
    public const string MissingField = "ISMS103";

    /// <summary>Reader: a referenced SoA or register file cannot be read (error).</summary>
    public const string ReferencedFile = "ISMS104";

    /// <summary>Reader: both an embedded document and a file reference are given; the embedded one is used (warning).</summary>
    public const string EmbeddedAndReferenced = "ISMS105";
}
