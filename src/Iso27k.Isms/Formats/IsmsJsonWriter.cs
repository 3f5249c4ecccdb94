using System.Collections.Immutable;
using System.Text.Json;
using Iso27k.Risk;
using Iso27k.Soa;
using NodaTime;

namespace Iso27k.Isms.Formats;

internal static class IsmsJsonWriter
{
    public static void Write(IsmsRecord record, Stream stream) =>
        JsonSerializer.Serialize(stream, ToDto(record), IsmsJsonContext.Default.IsmsRecordDto);

    private static IsmsRecordDto ToDto(IsmsRecord r) => new()
    {
        FormatVersion = IsmsRecordDocument.CurrentFormatVersion,
        Organization = r.Organization,
        Issues = Texts(r.Issues),
        InterestedParties = List(r.InterestedParties, p => new InterestedPartyDto { Name = p.Name, Requirements = p.Requirements, Extra = Extra(p.Extensions) }),
        Scope = r.Scope is { } s
            ? new ScopeDto { Statement = s.Statement, Interfaces = Texts(s.Interfaces), Exclusions = Texts(s.Exclusions), ApprovedBy = s.ApprovedBy, ApprovedOn = Date(s.ApprovedOn), Reference = s.Reference, Extra = Extra(s.Extensions) }
            : null,
        Policy = r.Policy is { } p
            ? new PolicyDto { Title = p.Title, Reference = p.Reference, ApprovedBy = p.ApprovedBy, ApprovedOn = Date(p.ApprovedOn), NextReview = Date(p.NextReview), Extra = Extra(p.Extensions) }
            : null,
        Roles = List(r.Roles, x => new RoleDto { Name = x.Name, Holder = x.Holder, Responsibilities = x.Responsibilities, Extra = Extra(x.Extensions) }),
        RiskAssessmentProcess = r.RiskAssessmentProcess is { } a ? Document(a) : null,
        RiskTreatmentProcess = r.RiskTreatmentProcess is { } t ? Document(t) : null,
        Soa = r.SoaFile is null && r.Soa is { } soa ? Embed(stream => SoaDocument.WriteJson(soa, stream)) : null,
        SoaFile = r.SoaFile,
        RiskRegister = r.RiskRegisterFile is null && r.RiskRegister is { } register ? Embed(stream => RiskRegisterJson.Write(stream, register)) : null,
        RiskRegisterFile = r.RiskRegisterFile,
        Objectives = List(r.Objectives, o => new ObjectiveDto { Id = o.Id, Description = o.Description, Measure = o.Measure, Target = o.Target, Owner = o.Owner, Due = Date(o.Due), Extra = Extra(o.Extensions) }),
        PlannedChanges = List(r.PlannedChanges, c => new ChangeDto { Id = c.Id, Description = c.Description, Owner = c.Owner, PlannedFor = Date(c.PlannedFor), Done = c.Done ? true : null, Extra = Extra(c.Extensions) }),
        Competence = List(r.Competence, c => new CompetenceDto { Person = c.Person, Role = c.Role, Competence = c.Competence, Evidence = c.Evidence, Date = Date(c.Date), Extra = Extra(c.Extensions) }),
        Documents = List(r.Documents, Document),
        OperationalRecords = List(r.OperationalRecords, Document),
        MonitoringResults = List(r.MonitoringResults, m => new MonitoringDto { Metric = m.Metric, MeasuredOn = Date(m.MeasuredOn), Result = m.Result, ObjectiveId = m.ObjectiveId, Extra = Extra(m.Extensions) }),
        InternalAudit = r.InternalAudit is { } programme
            ? new ProgrammeDto { Reference = programme.Reference, Audits = List(programme.Audits, Audit) ?? [], Extra = Extra(programme.Extensions) }
            : null,
        ManagementReviews = List(r.ManagementReviews, v => new ReviewDto
        {
            Id = v.Id, HeldOn = Date(v.HeldOn), Chair = v.Chair, Inputs = v.Inputs.IsEmpty ? null : [.. v.Inputs.Select(IsmsText.Format)],
            Decisions = Texts(v.Decisions), MinutesReference = v.MinutesReference, Extra = Extra(v.Extensions),
        }),
        Nonconformities = List(r.Nonconformities, n => new NonconformityDto
        {
            Id = n.Id, RaisedOn = Date(n.RaisedOn), Description = n.Description, Source = n.Source, Correction = n.Correction, RootCause = n.RootCause,
            Actions = List(n.Actions, x => new ActionDto { Description = x.Description, Owner = x.Owner, Due = Date(x.Due), Status = IsmsText.Format(x.Status), CompletedOn = Date(x.CompletedOn), Extra = Extra(x.Extensions) }),
            ClosedOn = Date(n.ClosedOn), Result = n.Result, Extra = Extra(n.Extensions),
        }),
        Certification = r.Certification is { } c
            ? new CertificationDto
            {
                Edition = c.Edition.ToYearString(), Body = c.Body, CertificateNumber = c.CertificateNumber, Stage1On = Date(c.Stage1On), Stage2On = Date(c.Stage2On),
                IssuedOn = Date(c.IssuedOn), ExpiresOn = Date(c.ExpiresOn), Extra = Extra(c.Extensions),
            }
            : null,
        Extra = Extra(r.Extensions),
    };

    private static AuditDto Audit(InternalAudit a) => new()
    {
        Id = a.Id, HeldOn = Date(a.HeldOn), Auditor = a.Auditor, Scope = a.Scope, ReportReference = a.ReportReference,
        Findings = List(a.Findings, f => new FindingDto { Id = f.Id, Kind = IsmsText.Format(f.Kind), Description = f.Description, NonconformityId = f.NonconformityId, Extra = Extra(f.Extensions) }),
        Extra = Extra(a.Extensions),
    };

    private static DocumentDto Document(IsmsDocument d) =>
        new() { Id = d.Id, Title = d.Title, Reference = d.Reference, Owner = d.Owner, Date = Date(d.Date), Extra = Extra(d.Extensions) };

    private static JsonElement Embed(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private static List<TDto?>? List<T, TDto>(ImmutableArray<T> items, Func<T, TDto> map)
        where TDto : class =>
        items.IsEmpty ? null : [.. items.Select(i => (TDto?)map(i))];

    private static List<string?>? Texts(ImmutableArray<string> items) => items.IsEmpty ? null : [.. items];

    private static string? Date(LocalDate? date) => date is { } d ? IsmsText.Format(d) : null;

    private static Dictionary<string, JsonElement>? Extra(ImmutableSortedDictionary<string, string> extensions)
    {
        if (extensions.IsEmpty)
        {
            return null;
        }

        var extra = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, json) in extensions)
        {
            using var document = JsonDocument.Parse(json);
            extra[name] = document.RootElement.Clone();
        }

        return extra;
    }
}
