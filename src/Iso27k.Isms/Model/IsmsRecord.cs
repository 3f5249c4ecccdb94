using System.Collections.Immutable;
using Iso27k.Risk;
using Iso27k.Soa;

namespace Iso27k.Isms;

/// <summary>
/// Everything an ISO/IEC 27001:2022 certification auditor asks for under clauses 4 to 10: scope, policy, roles,
/// risk processes, the SoA and risk register, objectives, competence, documented information, operational and
/// monitoring records, internal audits, management reviews, nonconformities, planned changes and the certification.
/// </summary>
/// <remarks>
/// Immutable; every <c>WithX</c> method returns a copy. The record accepts incomplete data (an ISMS is built over
/// months): <see cref="ReadinessAssessor"/> says what is missing. Singular <c>WithX</c> methods on lists add an item,
/// or replace the item with the same id where items have ids.
/// </remarks>
public sealed class IsmsRecord : IEquatable<IsmsRecord>
{
    /// <summary>Creates an empty record.</summary>
    /// <param name="organization">The organization, or <see langword="null"/>.</param>
    public IsmsRecord(string? organization = null)
    {
        Organization = organization;
        Issues = [];
        InterestedParties = [];
        Roles = [];
        Objectives = [];
        PlannedChanges = [];
        Competence = [];
        Documents = [];
        OperationalRecords = [];
        MonitoringResults = [];
        ManagementReviews = [];
        Nonconformities = [];
        Extensions = IsmsEquality.NoExtensions;
    }

    private IsmsRecord(IsmsRecord other)
    {
        Organization = other.Organization;
        Issues = other.Issues;
        InterestedParties = other.InterestedParties;
        Scope = other.Scope;
        Policy = other.Policy;
        Roles = other.Roles;
        RiskAssessmentProcess = other.RiskAssessmentProcess;
        RiskTreatmentProcess = other.RiskTreatmentProcess;
        Soa = other.Soa;
        SoaFile = other.SoaFile;
        RiskRegister = other.RiskRegister;
        RiskRegisterFile = other.RiskRegisterFile;
        Objectives = other.Objectives;
        PlannedChanges = other.PlannedChanges;
        Competence = other.Competence;
        Documents = other.Documents;
        OperationalRecords = other.OperationalRecords;
        MonitoringResults = other.MonitoringResults;
        InternalAudit = other.InternalAudit;
        ManagementReviews = other.ManagementReviews;
        Nonconformities = other.Nonconformities;
        Certification = other.Certification;
        Extensions = other.Extensions;
    }

    /// <summary>The organization whose ISMS this is.</summary>
    public string? Organization { get; private init; }

    /// <summary>External and internal issues relevant to the ISMS (4.1).</summary>
    public ImmutableArray<string> Issues { get; private init; }

    /// <summary>Interested parties and their requirements (4.2).</summary>
    public ImmutableArray<InterestedParty> InterestedParties { get; private init; }

    /// <summary>The ISMS scope (4.3), or <see langword="null"/> when not defined.</summary>
    public IsmsScope? Scope { get; private init; }

    /// <summary>The information security policy (5.2), or <see langword="null"/>.</summary>
    public IsmsPolicy? Policy { get; private init; }

    /// <summary>ISMS roles and their holders (5.3).</summary>
    public ImmutableArray<IsmsRole> Roles { get; private init; }

    /// <summary>The documented risk assessment process (6.1.2), or <see langword="null"/>.</summary>
    public IsmsDocument? RiskAssessmentProcess { get; private init; }

    /// <summary>The documented risk treatment process (6.1.3), or <see langword="null"/>.</summary>
    public IsmsDocument? RiskTreatmentProcess { get; private init; }

    /// <summary>The Statement of Applicability (6.1.3 d)), embedded or loaded from <see cref="SoaFile"/>.</summary>
    public StatementOfApplicability? Soa { get; private init; }

    /// <summary>The SoA's file, relative to the record's file, when the record references it instead of embedding it.</summary>
    public string? SoaFile { get; private init; }

    /// <summary>The risk register (6.1.2, 6.1.3 e), 8.2, 8.3), embedded or loaded from <see cref="RiskRegisterFile"/>.</summary>
    public RiskRegister? RiskRegister { get; private init; }

    /// <summary>The risk register's file, relative to the record's file, when referenced instead of embedded.</summary>
    public string? RiskRegisterFile { get; private init; }

    /// <summary>Information security objectives (6.2).</summary>
    public ImmutableArray<SecurityObjective> Objectives { get; private init; }

    /// <summary>Changes to the ISMS planned under 6.3.</summary>
    public ImmutableArray<PlannedChange> PlannedChanges { get; private init; }

    /// <summary>Evidence of competence (7.2).</summary>
    public ImmutableArray<CompetenceRecord> Competence { get; private init; }

    /// <summary>Documented information the organization has determined necessary (7.5.1 b)): procedures, standards, plans.</summary>
    public ImmutableArray<IsmsDocument> Documents { get; private init; }

    /// <summary>Evidence that processes were carried out as planned (8.1).</summary>
    public ImmutableArray<IsmsDocument> OperationalRecords { get; private init; }

    /// <summary>Monitoring and measurement results (9.1).</summary>
    public ImmutableArray<MonitoringResult> MonitoringResults { get; private init; }

    /// <summary>The internal audit programme and the audits held (9.2), or <see langword="null"/>.</summary>
    public InternalAuditProgramme? InternalAudit { get; private init; }

    /// <summary>Management reviews held (9.3).</summary>
    public ImmutableArray<ManagementReview> ManagementReviews { get; private init; }

    /// <summary>Nonconformities and corrective actions (10.2).</summary>
    public ImmutableArray<Nonconformity> Nonconformities { get; private init; }

    /// <summary>The certification (edition, audits, certificate), or <see langword="null"/> before any is planned.</summary>
    public CertificationRecord? Certification { get; private init; }

    /// <summary>Properties of the JSON format this library does not know (name to compact JSON), written back unchanged.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Returns a copy with another value of <see cref="Organization"/>.</summary>
    /// <param name="organization">The value.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithOrganization(string? organization) => new(this) { Organization = organization };

    /// <summary>Returns a copy with these <see cref="Issues"/>.</summary>
    /// <param name="issues">The items.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithIssues(params IEnumerable<string> issues) => new(this) { Issues = IsmsEquality.Texts(issues, nameof(issues)) };

    /// <summary>Returns a copy with these <see cref="InterestedParties"/>.</summary>
    /// <param name="interestedParties">The items.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithInterestedParties(params IEnumerable<InterestedParty> interestedParties) => new(this) { InterestedParties = IsmsEquality.Items(interestedParties, nameof(interestedParties)) };

    /// <summary>Returns a copy with an item added to <see cref="InterestedParties"/>.</summary>
    /// <param name="party">The item.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithInterestedParty(InterestedParty party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return new(this) { InterestedParties = InterestedParties.Add(party) };
    }

    /// <summary>Returns a copy with another value of <see cref="Scope"/>.</summary>
    /// <param name="scope">The value.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithScope(IsmsScope? scope) => new(this) { Scope = scope };

    /// <summary>Returns a copy with another value of <see cref="Policy"/>.</summary>
    /// <param name="policy">The value.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithPolicy(IsmsPolicy? policy) => new(this) { Policy = policy };

    /// <summary>Returns a copy with these <see cref="Roles"/>.</summary>
    /// <param name="roles">The items.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithRoles(params IEnumerable<IsmsRole> roles) => new(this) { Roles = IsmsEquality.Items(roles, nameof(roles)) };

    /// <summary>Returns a copy with an item of <see cref="Roles"/> replaced (same id) or added.</summary>
    /// <param name="role">The item.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithRole(IsmsRole role) => new(this) { Roles = IsmsEquality.Upsert(Roles, role, r => r.Name == role.Name) };

    /// <summary>Returns a copy with another value of <see cref="RiskAssessmentProcess"/>.</summary>
    /// <param name="riskAssessmentProcess">The value.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithRiskAssessmentProcess(IsmsDocument? riskAssessmentProcess) => new(this) { RiskAssessmentProcess = riskAssessmentProcess };

    /// <summary>Returns a copy with another value of <see cref="RiskTreatmentProcess"/>.</summary>
    /// <param name="riskTreatmentProcess">The value.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithRiskTreatmentProcess(IsmsDocument? riskTreatmentProcess) => new(this) { RiskTreatmentProcess = riskTreatmentProcess };

    /// <summary>Returns a copy with these <see cref="Objectives"/>.</summary>
    /// <param name="objectives">The items.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithObjectives(params IEnumerable<SecurityObjective> objectives) => new(this) { Objectives = IsmsEquality.Items(objectives, nameof(objectives)) };

    /// <summary>Returns a copy with an item of <see cref="Objectives"/> replaced (same id) or added.</summary>
    /// <param name="objective">The item.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithObjective(SecurityObjective objective) => new(this) { Objectives = IsmsEquality.Upsert(Objectives, objective, o => o.Id == objective.Id) };

    /// <summary>Returns a copy with these <see cref="PlannedChanges"/>.</summary>
    /// <param name="plannedChanges">The items.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithPlannedChanges(params IEnumerable<PlannedChange> plannedChanges) => new(this) { PlannedChanges = IsmsEquality.Items(plannedChanges, nameof(plannedChanges)) };

    /// <summary>Returns a copy with an item of <see cref="PlannedChanges"/> replaced (same id) or added.</summary>
    /// <param name="change">The item.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithPlannedChange(PlannedChange change) => new(this) { PlannedChanges = IsmsEquality.Upsert(PlannedChanges, change, c => c.Id == change.Id) };

    /// <summary>Returns a copy with these <see cref="Competence"/>.</summary>
    /// <param name="competence">The items.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithCompetence(params IEnumerable<CompetenceRecord> competence) => new(this) { Competence = IsmsEquality.Items(competence, nameof(competence)) };

    /// <summary>Returns a copy with an item added to <see cref="Competence"/>.</summary>
    /// <param name="record">The item.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithCompetenceRecord(CompetenceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(this) { Competence = Competence.Add(record) };
    }

    /// <summary>Returns a copy with these <see cref="Documents"/>.</summary>
    /// <param name="documents">The items.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithDocuments(params IEnumerable<IsmsDocument> documents) => new(this) { Documents = IsmsEquality.Items(documents, nameof(documents)) };

    /// <summary>Returns a copy with an item added to <see cref="Documents"/>.</summary>
    /// <param name="document">The item.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithDocument(IsmsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(this) { Documents = Documents.Add(document) };
    }

    /// <summary>Returns a copy with these <see cref="OperationalRecords"/>.</summary>
    /// <param name="operationalRecords">The items.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithOperationalRecords(params IEnumerable<IsmsDocument> operationalRecords) => new(this) { OperationalRecords = IsmsEquality.Items(operationalRecords, nameof(operationalRecords)) };

    /// <summary>Returns a copy with an item added to <see cref="OperationalRecords"/>.</summary>
    /// <param name="record">The item.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithOperationalRecord(IsmsDocument record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(this) { OperationalRecords = OperationalRecords.Add(record) };
    }

    /// <summary>Returns a copy with these <see cref="MonitoringResults"/>.</summary>
    /// <param name="monitoringResults">The items.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithMonitoringResults(params IEnumerable<MonitoringResult> monitoringResults) => new(this) { MonitoringResults = IsmsEquality.Items(monitoringResults, nameof(monitoringResults)) };

    /// <summary>Returns a copy with an item added to <see cref="MonitoringResults"/>.</summary>
    /// <param name="result">The item.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithMonitoringResult(MonitoringResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(this) { MonitoringResults = MonitoringResults.Add(result) };
    }

    /// <summary>Returns a copy with another value of <see cref="InternalAudit"/>.</summary>
    /// <param name="internalAudit">The value.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithInternalAudit(InternalAuditProgramme? internalAudit) => new(this) { InternalAudit = internalAudit };

    /// <summary>Returns a copy with these <see cref="ManagementReviews"/>.</summary>
    /// <param name="managementReviews">The items.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithManagementReviews(params IEnumerable<ManagementReview> managementReviews) => new(this) { ManagementReviews = IsmsEquality.Items(managementReviews, nameof(managementReviews)) };

    /// <summary>Returns a copy with an item of <see cref="ManagementReviews"/> replaced (same id) or added.</summary>
    /// <param name="review">The item.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithManagementReview(ManagementReview review) => new(this) { ManagementReviews = IsmsEquality.Upsert(ManagementReviews, review, r => r.Id == review.Id) };

    /// <summary>Returns a copy with these <see cref="Nonconformities"/>.</summary>
    /// <param name="nonconformities">The items.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithNonconformities(params IEnumerable<Nonconformity> nonconformities) => new(this) { Nonconformities = IsmsEquality.Items(nonconformities, nameof(nonconformities)) };

    /// <summary>Returns a copy with an item of <see cref="Nonconformities"/> replaced (same id) or added.</summary>
    /// <param name="nonconformity">The item.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithNonconformity(Nonconformity nonconformity) => new(this) { Nonconformities = IsmsEquality.Upsert(Nonconformities, nonconformity, n => n.Id == nonconformity.Id) };

    /// <summary>Returns a copy with another value of <see cref="Certification"/>.</summary>
    /// <param name="certification">The value.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithCertification(CertificationRecord? certification) => new(this) { Certification = certification };

    /// <summary>Returns a copy with this Statement of Applicability.</summary>
    /// <param name="soa">The SoA, or <see langword="null"/>.</param>
    /// <param name="file">
    /// The file it is kept in, relative to the record's file; when set, the JSON writer writes the reference instead of
    /// embedding the SoA.
    /// </param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithSoa(StatementOfApplicability? soa, string? file = null) => new(this) { Soa = soa, SoaFile = file };

    /// <summary>Returns a copy with this risk register.</summary>
    /// <param name="register">The register, or <see langword="null"/>.</param>
    /// <param name="file">The file it is kept in, relative to the record's file; when set, the writer writes the reference.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithRiskRegister(RiskRegister? register, string? file = null) => new(this) { RiskRegister = register, RiskRegisterFile = file };

    /// <summary>Returns a copy with an internal audit added to (or replaced in) the programme, creating the programme if needed.</summary>
    /// <param name="audit">The audit.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithAudit(InternalAudit audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return new(this) { InternalAudit = (InternalAudit ?? new InternalAuditProgramme(null)).WithAudit(audit) };
    }

    /// <summary>Returns a copy with these unknown properties.</summary>
    /// <param name="extensions">Name to compact JSON text.</param>
    /// <returns>The copy.</returns>
    public IsmsRecord WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = IsmsEquality.Extensions(extensions) };

    /// <inheritdoc/>
    public bool Equals(IsmsRecord? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Organization == other.Organization
                && IsmsEquality.Same(Issues, other.Issues)
                && IsmsEquality.Same(InterestedParties, other.InterestedParties)
                && Equals(Scope, other.Scope)
                && Equals(Policy, other.Policy)
                && IsmsEquality.Same(Roles, other.Roles)
                && Equals(RiskAssessmentProcess, other.RiskAssessmentProcess)
                && Equals(RiskTreatmentProcess, other.RiskTreatmentProcess)
                && Equals(Soa, other.Soa)
                && SoaFile == other.SoaFile
                && Equals(RiskRegister, other.RiskRegister)
                && RiskRegisterFile == other.RiskRegisterFile
                && IsmsEquality.Same(Objectives, other.Objectives)
                && IsmsEquality.Same(PlannedChanges, other.PlannedChanges)
                && IsmsEquality.Same(Competence, other.Competence)
                && IsmsEquality.Same(Documents, other.Documents)
                && IsmsEquality.Same(OperationalRecords, other.OperationalRecords)
                && IsmsEquality.Same(MonitoringResults, other.MonitoringResults)
                && Equals(InternalAudit, other.InternalAudit)
                && IsmsEquality.Same(ManagementReviews, other.ManagementReviews)
                && IsmsEquality.Same(Nonconformities, other.Nonconformities)
                && Equals(Certification, other.Certification)
                && IsmsEquality.Same(Extensions, other.Extensions)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IsmsRecord);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Organization, Objectives.Length, ManagementReviews.Length);

    /// <inheritdoc/>
    public override string ToString() => $"ISMS record of {Organization ?? "(unnamed organization)"}";
}
