using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Iso27k.Risk;
using Iso27k.Soa;
using NodaTime;
using static Iso27k.Isms.IsmsDiagnosticCodes;

namespace Iso27k.Isms.Formats;

// Turns a user's JSON record into the model, one diagnostic per bad value, keeping unknown properties.
internal sealed class IsmsJsonReader
{
    private readonly List<IsmsDiagnostic> diagnostics = [];
    private readonly string? baseDirectory;

    private IsmsJsonReader(string? baseDirectory) => this.baseDirectory = baseDirectory;

    public static IsmsRecordDocument Read(byte[] bytes, string? baseDirectory) => new IsmsJsonReader(baseDirectory).ReadCore(bytes);

    private IsmsRecordDocument ReadCore(byte[] bytes)
    {
        IsmsRecordDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(bytes, IsmsJsonContext.Default.IsmsRecordDto);
        }
        catch (JsonException ex)
        {
            var at = ex.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1})") : string.Empty;
            Error(Malformed, ex.Path ?? "$", $"The JSON cannot be read{at}: {FirstSentence(ex.Message)} Fix the document so it matches docs/formats/isms-record.md.");
            return Done(null);
        }

        if (dto is null)
        {
            Error(Malformed, "$", "The document is JSON null; expected an object with formatVersion and the ISMS record.");
            return Done(null);
        }

        if (dto.FormatVersion is { } version && version != IsmsRecordDocument.CurrentFormatVersion)
        {
            Error(UnsupportedVersion, "$.formatVersion", string.Create(CultureInfo.InvariantCulture, $"Format version {version} is not supported: this library reads version {IsmsRecordDocument.CurrentFormatVersion}."));
            return Done(null);
        }

        var record = new IsmsRecord(dto.Organization)
            .WithIssues(Texts(dto.Issues, "$.issues"))
            .WithInterestedParties(Items(dto.InterestedParties, "$.interestedParties", Party))
            .WithScope(dto.Scope is null ? null : Scope(dto.Scope, "$.scope"))
            .WithPolicy(dto.Policy is null ? null : Policy(dto.Policy, "$.policy"))
            .WithRoles(Items(dto.Roles, "$.roles", Role))
            .WithRiskAssessmentProcess(dto.RiskAssessmentProcess is null ? null : Document(dto.RiskAssessmentProcess, "$.riskAssessmentProcess"))
            .WithRiskTreatmentProcess(dto.RiskTreatmentProcess is null ? null : Document(dto.RiskTreatmentProcess, "$.riskTreatmentProcess"))
            .WithObjectives(Items(dto.Objectives, "$.objectives", Objective))
            .WithPlannedChanges(Items(dto.PlannedChanges, "$.plannedChanges", Change))
            .WithCompetence(Items(dto.Competence, "$.competence", Competence))
            .WithDocuments(Items(dto.Documents, "$.documents", Document))
            .WithOperationalRecords(Items(dto.OperationalRecords, "$.operationalRecords", Document))
            .WithMonitoringResults(Items(dto.MonitoringResults, "$.monitoringResults", Monitoring))
            .WithInternalAudit(dto.InternalAudit is null ? null : Programme(dto.InternalAudit, "$.internalAudit"))
            .WithManagementReviews(Items(dto.ManagementReviews, "$.managementReviews", Review))
            .WithNonconformities(Items(dto.Nonconformities, "$.nonconformities", Nonconformity))
            .WithCertification(dto.Certification is null ? null : Certification(dto.Certification, "$.certification"))
            .WithExtensions(Extensions(dto.Extra, "$"));
        record = ReadSoa(record, dto);
        record = ReadRegister(record, dto);
        return Done(record);
    }

    private IsmsRecordDocument Done(IsmsRecord? record) => new(record, [.. diagnostics]);

    private IsmsRecord ReadSoa(IsmsRecord record, IsmsRecordDto dto)
    {
        var embedded = dto.Soa is { ValueKind: not JsonValueKind.Null } element ? element : (JsonElement?)null;
        if (embedded is { } soaJson)
        {
            if (dto.SoaFile is not null)
            {
                Warning(EmbeddedAndReferenced, "$.soaFile", "Both \"soa\" and \"soaFile\" are given; the embedded SoA is used and the reference dropped.");
            }

            var document = SoaDocument.Read(new MemoryStream(Encoding.UTF8.GetBytes(soaJson.GetRawText())), SoaFormat.Json);
            AddSoa(document, "$.soa", null);
            return record.WithSoa(document.Statement);
        }

        if (dto.SoaFile is not { } file)
        {
            return record;
        }

        if (Resolve(file, "$.soaFile") is not { } full)
        {
            return record.WithSoa(null, file);
        }

        try
        {
            var document = SoaDocument.Load(full);
            AddSoa(document, null, file);
            return record.WithSoa(document.Statement, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            Error(ReferencedFile, "$.soaFile", $"The SoA file '{file}' cannot be read: {ex.Message}");
            return record.WithSoa(null, file);
        }
    }

    private void AddSoa(SoaDocument document, string? prefix, string? file)
    {
        foreach (var d in document.Diagnostics)
        {
            var path = d.Location.JsonPath is { } p ? (prefix is null ? p : prefix + p[1..]) : (prefix ?? d.Location.ToString());
            diagnostics.Add(new IsmsDiagnostic(d.Code, Severity(d.Severity), "6.1.3", path, d.Message, file));
        }
    }

    private IsmsRecord ReadRegister(IsmsRecord record, IsmsRecordDto dto)
    {
        var embedded = dto.RiskRegister is { ValueKind: not JsonValueKind.Null } element ? element : (JsonElement?)null;
        if (embedded is { } registerJson)
        {
            if (dto.RiskRegisterFile is not null)
            {
                Warning(EmbeddedAndReferenced, "$.riskRegisterFile", "Both \"riskRegister\" and \"riskRegisterFile\" are given; the embedded register is used and the reference dropped.");
            }

            var result = RiskRegisterJson.Parse(registerJson.GetRawText());
            AddRisk(result.Diagnostics, "$.riskRegister", null);
            return record.WithRiskRegister(result.Value);
        }

        if (dto.RiskRegisterFile is not { } file)
        {
            return record;
        }

        if (Resolve(file, "$.riskRegisterFile") is not { } full)
        {
            return record.WithRiskRegister(null, file);
        }

        try
        {
            using var stream = File.OpenRead(full);
            var result = RiskRegisterJson.Read(stream);
            AddRisk(result.Diagnostics, null, file);
            return record.WithRiskRegister(result.Value, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Error(ReferencedFile, "$.riskRegisterFile", $"The risk register file '{file}' cannot be read: {ex.Message}");
            return record.WithRiskRegister(null, file);
        }
    }

    private void AddRisk(ImmutableArray<RiskDiagnostic> found, string? prefix, string? file)
    {
        foreach (var d in found)
        {
            var path = d.Path is { } p ? (prefix is null ? p : prefix + p[1..]) : prefix;
            var severity = d.Severity switch
            {
                RiskDiagnosticSeverity.Error => IsmsSeverity.Error,
                RiskDiagnosticSeverity.Warning => IsmsSeverity.Warning,
                _ => IsmsSeverity.Info,
            };
            diagnostics.Add(new IsmsDiagnostic(d.Code, severity, "8.2", path, d.Message, file));
        }
    }

    private string? Resolve(string file, string path)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            Error(InvalidValue, path, "The file reference is empty.");
            return null;
        }

        if (baseDirectory is null)
        {
            Warning(ReferencedFile, path, $"'{file}' is not read: the record was read from a stream without a base directory. Use IsmsRecordDocument.Load(path) or pass the base directory.");
            return null;
        }

        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDirectory, file));
        if (!File.Exists(full))
        {
            Error(ReferencedFile, path, $"The file '{file}' does not exist (looked for {full}); paths are relative to the record's file.");
            return null;
        }

        return full;
    }

    private static IsmsSeverity Severity(SoaSeverity severity) => severity switch
    {
        SoaSeverity.Error => IsmsSeverity.Error,
        SoaSeverity.Warning => IsmsSeverity.Warning,
        _ => IsmsSeverity.Info,
    };

    private ImmutableArray<T> Items<TDto, T>(List<TDto?>? list, string path, Func<TDto, string, T?> map)
        where TDto : class
        where T : class
    {
        if (list is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<T>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (list[i] is not { } dto)
            {
                Error(Malformed, itemPath, "The item is null; it is skipped.");
            }
            else if (map(dto, itemPath) is { } item)
            {
                result.Add(item);
            }
        }

        return result.ToImmutable();
    }

    private ImmutableArray<string> Texts(List<string?>? list, string path)
    {
        if (list is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<string>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(list[i]))
            {
                Error(InvalidValue, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), "The text is empty; it is skipped.");
            }
            else
            {
                result.Add(list[i]!);
            }
        }

        return result.ToImmutable();
    }

    private bool Has(string? value, string path, string what)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        Error(MissingField, path, $"The {what} is missing; the object is skipped.");
        return false;
    }

    private LocalDate? Date(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        if (IsmsText.TryParseDate(text, out var date))
        {
            return date;
        }

        Error(InvalidValue, path, $"'{text}' is not a date; expected YYYY-MM-DD. The date is left empty.");
        return null;
    }

    private LocalDate? RequiredDate(string? text, string path, string what)
    {
        if (text is null)
        {
            Error(MissingField, path, $"The {what} is missing; the object is skipped.");
            return null;
        }

        // An invalid date is reported once (ISMS102) by Date; the object that needs it is then skipped.
        return Date(text, path);
    }

    private InterestedParty? Party(InterestedPartyDto dto, string path) =>
        Has(dto.Name, path + ".name", "party's name") ? new InterestedParty(dto.Name!, dto.Requirements).WithExtensions(Extensions(dto.Extra, path)) : null;

    private IsmsScope? Scope(ScopeDto dto, string path) =>
        Has(dto.Statement, path + ".statement", "scope statement")
            ? new IsmsScope(dto.Statement!)
                .WithInterfaces(Texts(dto.Interfaces, path + ".interfaces"))
                .WithExclusions(Texts(dto.Exclusions, path + ".exclusions"))
                .WithApproval(dto.ApprovedBy, Date(dto.ApprovedOn, path + ".approvedOn"))
                .WithReference(dto.Reference)
                .WithExtensions(Extensions(dto.Extra, path))
            : null;

    private IsmsPolicy? Policy(PolicyDto dto, string path) =>
        Has(dto.Title, path + ".title", "policy's title")
            ? new IsmsPolicy(dto.Title!)
                .WithReference(dto.Reference)
                .WithApproval(dto.ApprovedBy, Date(dto.ApprovedOn, path + ".approvedOn"))
                .WithNextReview(Date(dto.NextReview, path + ".nextReview"))
                .WithExtensions(Extensions(dto.Extra, path))
            : null;

    private IsmsRole? Role(RoleDto dto, string path) =>
        Has(dto.Name, path + ".name", "role's name")
            ? new IsmsRole(dto.Name!, dto.Holder).WithResponsibilities(dto.Responsibilities).WithExtensions(Extensions(dto.Extra, path))
            : null;

    private IsmsDocument? Document(DocumentDto dto, string path) =>
        Has(dto.Title, path + ".title", "document's title")
            ? new IsmsDocument(dto.Title!, dto.Reference).WithId(dto.Id).WithOwner(dto.Owner).WithDate(Date(dto.Date, path + ".date")).WithExtensions(Extensions(dto.Extra, path))
            : null;

    private SecurityObjective? Objective(ObjectiveDto dto, string path) =>
        Has(dto.Id, path + ".id", "objective's id") && Has(dto.Description, path + ".description", "objective's description")
            ? new SecurityObjective(dto.Id!, dto.Description!).WithMeasure(dto.Measure, dto.Target).WithOwner(dto.Owner)
                .WithDue(Date(dto.Due, path + ".due")).WithExtensions(Extensions(dto.Extra, path))
            : null;

    private PlannedChange? Change(ChangeDto dto, string path) =>
        Has(dto.Id, path + ".id", "change's id") && Has(dto.Description, path + ".description", "change's description")
            ? new PlannedChange(dto.Id!, dto.Description!).WithOwner(dto.Owner).WithPlannedFor(Date(dto.PlannedFor, path + ".plannedFor"))
                .WithDone(dto.Done ?? false).WithExtensions(Extensions(dto.Extra, path))
            : null;

    private CompetenceRecord? Competence(CompetenceDto dto, string path) =>
        Has(dto.Person, path + ".person", "person") && Has(dto.Competence, path + ".competence", "competence")
            ? new CompetenceRecord(dto.Person!, dto.Competence!, dto.Evidence).WithRole(dto.Role).WithDate(Date(dto.Date, path + ".date"))
                .WithExtensions(Extensions(dto.Extra, path))
            : null;

    private MonitoringResult? Monitoring(MonitoringDto dto, string path)
    {
        if (!Has(dto.Metric, path + ".metric", "metric") || RequiredDate(dto.MeasuredOn, path + ".measuredOn", "measurement date") is not { } date)
        {
            return null;
        }

        return new MonitoringResult(dto.Metric!, date, dto.Result).WithObjective(dto.ObjectiveId).WithExtensions(Extensions(dto.Extra, path));
    }

    private InternalAuditProgramme Programme(ProgrammeDto dto, string path) =>
        new InternalAuditProgramme(dto.Reference, Items(dto.Audits, path + ".audits", Audit)).WithExtensions(Extensions(dto.Extra, path));

    private InternalAudit? Audit(AuditDto dto, string path)
    {
        if (!Has(dto.Id, path + ".id", "audit's id") || RequiredDate(dto.HeldOn, path + ".heldOn", "audit date") is not { } date)
        {
            return null;
        }

        return new InternalAudit(dto.Id!, date).WithAuditor(dto.Auditor).WithScope(dto.Scope).WithReportReference(dto.ReportReference)
            .WithFindings(Items(dto.Findings, path + ".findings", Finding)).WithExtensions(Extensions(dto.Extra, path));
    }

    private AuditFinding? Finding(FindingDto dto, string path)
    {
        if (!Has(dto.Id, path + ".id", "finding's id") || !Has(dto.Description, path + ".description", "finding's description") || !Has(dto.Kind, path + ".kind", "finding's kind"))
        {
            return null;
        }

        if (!IsmsText.TryParseFinding(dto.Kind!, out var kind))
        {
            Error(InvalidValue, path + ".kind", $"'{dto.Kind}' is not a finding kind; expected \"major-nonconformity\", \"minor-nonconformity\", \"observation\" or \"opportunity-for-improvement\". The finding is skipped.");
            return null;
        }

        return new AuditFinding(dto.Id!, kind, dto.Description!).WithNonconformity(dto.NonconformityId).WithExtensions(Extensions(dto.Extra, path));
    }

    private ManagementReview? Review(ReviewDto dto, string path)
    {
        if (!Has(dto.Id, path + ".id", "review's id") || RequiredDate(dto.HeldOn, path + ".heldOn", "review date") is not { } date)
        {
            return null;
        }

        var inputs = new List<ManagementReviewInput>();
        var texts = dto.Inputs ?? [];
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i] is { } text && IsmsText.TryParseInput(text, out var input))
            {
                inputs.Add(input);
            }
            else
            {
                Error(InvalidValue, string.Create(CultureInfo.InvariantCulture, $"{path}.inputs[{i}]"), $"'{texts[i]}' is not a management review input; expected one of {string.Join(", ", ManagementReview.AllInputs.Select(IsmsText.Format))}. It is skipped.");
            }
        }

        return new ManagementReview(dto.Id!, date).WithChair(dto.Chair).WithInputs(inputs).WithDecisions(Texts(dto.Decisions, path + ".decisions"))
            .WithMinutesReference(dto.MinutesReference).WithExtensions(Extensions(dto.Extra, path));
    }

    private Nonconformity? Nonconformity(NonconformityDto dto, string path)
    {
        if (!Has(dto.Id, path + ".id", "nonconformity's id") || !Has(dto.Description, path + ".description", "nonconformity's description")
            || RequiredDate(dto.RaisedOn, path + ".raisedOn", "date raised") is not { } raised)
        {
            return null;
        }

        return new Nonconformity(dto.Id!, raised, dto.Description!).WithSource(dto.Source).WithCorrection(dto.Correction).WithRootCause(dto.RootCause)
            .WithActions(Items(dto.Actions, path + ".actions", Action)).WithClosure(Date(dto.ClosedOn, path + ".closedOn"), dto.Result)
            .WithExtensions(Extensions(dto.Extra, path));
    }

    private CorrectiveAction? Action(ActionDto dto, string path)
    {
        if (!Has(dto.Description, path + ".description", "action's description"))
        {
            return null;
        }

        var status = CorrectiveActionStatus.Planned;
        if (dto.Status is { } text && !IsmsText.TryParseAction(text, out status))
        {
            Error(InvalidValue, path + ".status", $"'{text}' is not an action status; expected \"planned\", \"in-progress\" or \"done\". Read as planned.");
        }

        return new CorrectiveAction(dto.Description!).WithOwner(dto.Owner).WithDue(Date(dto.Due, path + ".due"))
            .WithStatus(status, Date(dto.CompletedOn, path + ".completedOn")).WithExtensions(Extensions(dto.Extra, path));
    }

    private CertificationRecord? Certification(CertificationDto dto, string path)
    {
        if (!IsmsText.TryParseEdition(dto.Edition, out var edition))
        {
            Error(dto.Edition is null ? MissingField : InvalidValue, path + ".edition", $"'{dto.Edition}' is not an edition; expected \"2013\" or \"2022\". The certification is skipped.");
            return null;
        }

        return new CertificationRecord(edition.Value).WithBody(dto.Body)
            .WithAudits(Date(dto.Stage1On, path + ".stage1On"), Date(dto.Stage2On, path + ".stage2On"))
            .WithCertificate(dto.CertificateNumber, Date(dto.IssuedOn, path + ".issuedOn"), Date(dto.ExpiresOn, path + ".expiresOn"))
            .WithExtensions(Extensions(dto.Extra, path));
    }

    private List<KeyValuePair<string, string>>? Extensions(Dictionary<string, JsonElement>? extra, string path)
    {
        if (extra is null)
        {
            return null;
        }

        var extensions = new List<KeyValuePair<string, string>>(extra.Count);
        foreach (var (name, value) in extra)
        {
            try
            {
                extensions.Add(new KeyValuePair<string, string>(name, Compact(value)));
            }
            catch (JsonException)
            {
                // JSON's grammar allows an escaped surrogate without its pair ("\ud800"), but it is no character, and
                // System.Text.Json will not turn it into text (an InvalidOperationException, wrapped by the serializer).
                // The serializer reports it in known members; here the value is kept to be written back, which needs
                // the text.
                Error(InvalidValue, path + "." + name, "The value holds an escaped surrogate (\\uD800 to \\uDFFF) without its pair, which is no character; write the character itself or a complete pair. The property is skipped.");
            }
        }

        return extensions;
    }

    internal static string Compact(JsonElement value) => JsonSerializer.Serialize(value, IsmsJsonCompactContext.Default.JsonElement);

    private void Error(string code, string path, string message) => diagnostics.Add(new IsmsDiagnostic(code, IsmsSeverity.Error, null, path, message));

    private void Warning(string code, string path, string message) => diagnostics.Add(new IsmsDiagnostic(code, IsmsSeverity.Warning, null, path, message));

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
