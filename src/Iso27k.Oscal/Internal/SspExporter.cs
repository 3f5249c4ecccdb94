using System.Text.Json;
using Iso27k.Soa;

namespace Iso27k.Oscal.Internal;

// SoA -> OSCAL system security plan whose control-implementation lists every control of the edition with its
// implementation status. The rest of the SSP (system characteristics, one "this-system" component, one user) is
// the minimum the model requires, filled from the SoA's organization and scope.
internal static class SspExporter
{
    public static void Write(StatementOfApplicability statement, Stream stream, OscalExportOptions options)
    {
        var export = new SoaExport(statement, options);
        var root = $"ssp/{export.Edition}/{export.Digest}";
        var componentUuid = OscalUuid.Create($"ssp/{export.Edition}/component/this-system");
        var profileUuid = OscalUuid.Create($"ssp/{export.Edition}/profile-resource");
        var scope = statement.Scope ?? "The scope of the information security management system is not stated in the Statement of Applicability.";

        using var w = OscalWriter.Create(stream);
        w.WriteStartObject();
        w.WriteStartObject("system-security-plan");
        w.WriteString("uuid", OscalUuid.Create(root));
        OscalWriter.WriteMetadata(
            w,
            export.Title("Control implementation"),
            export.LastModified,
            statement.Version ?? "unversioned",
            options.Version,
            export.MetadataProps(),
            "Exported by Iso27k.Oscal from a Statement of Applicability: one implemented requirement per Annex A control with its implementation status; excluded controls are not-applicable with their justification.");

        w.WriteStartObject("import-profile");
        w.WriteString("href", "#" + profileUuid);
        w.WriteEndObject();

        w.WriteStartObject("system-characteristics");
        w.WriteStartArray("system-ids");
        w.WriteStartObject();
        w.WriteString("identifier-type", "https://ietf.org/rfc/rfc4122");
        w.WriteString("id", OscalUuid.Create($"ssp/{export.Edition}/system/{statement.Organization}"));
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("system-name", OscalWriter.IsOscalString(statement.Organization) ? statement.Organization : "Information security management system");
        w.WriteString("description", scope);
        w.WriteStartObject("system-information");
        w.WriteStartArray("information-types");
        w.WriteStartObject();
        w.WriteString("uuid", OscalUuid.Create($"ssp/{export.Edition}/information-type"));
        w.WriteString("title", "Information within the ISMS scope");
        w.WriteString("description", "The information the ISMS protects, as set out in its scope.");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("status");
        w.WriteString("state", statement.Approval is null ? "under-development" : "operational");
        w.WriteEndObject();
        w.WriteStartObject("authorization-boundary");
        w.WriteString("description", scope);
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject("system-implementation");
        w.WriteStartArray("users");
        w.WriteStartObject();
        w.WriteString("uuid", OscalUuid.Create($"ssp/{export.Edition}/user/control-owner"));
        w.WriteString("title", "Control owner");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("components");
        w.WriteStartObject();
        w.WriteString("uuid", componentUuid);
        w.WriteString("type", "this-system");
        w.WriteString("title", "This system");
        w.WriteString("description", "The information security management system as a whole.");
        w.WriteStartObject("status");
        w.WriteString("state", "operational");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartObject("control-implementation");
        w.WriteString("description", $"Implementation of the ISO/IEC 27001:{export.Edition} Annex A controls as recorded in the Statement of Applicability.");
        w.WriteStartArray("implemented-requirements");
        foreach (var control in statement.Catalog.Controls)
        {
            WriteRequirement(w, export, componentUuid, control, statement.FindEntry(control.Id) ?? new SoaEntry(control.Id));
        }

        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartObject("back-matter");
        w.WriteStartArray("resources");
        export.WriteCatalogResource(w);
        OscalWriter.WriteLinkedResource(w, profileUuid, export.Title("Statement of Applicability"), options.ProfileHref ?? OscalExportOptions.DefaultProfileHref, "application/oscal.profile+json", "profile");
        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
    }

    // OSCAL's implementation-status states; "not started" is planned work, told apart by our own property.
    public static string? State(SoaEntry entry) => entry.Applicability switch
    {
        Applicability.Excluded => "not-applicable",
        Applicability.Applicable => entry.ImplementationStatus switch
        {
            ImplementationStatus.Implemented => "implemented",
            ImplementationStatus.PartiallyImplemented => "partial",
            ImplementationStatus.Planned or ImplementationStatus.NotStarted => "planned",
            _ => null,
        },
        _ => null,
    };

    private static void WriteRequirement(Utf8JsonWriter w, SoaExport export, string componentUuid, Control control, SoaEntry entry)
    {
        var token = OscalIds.ForControl(control.Id);
        var state = State(entry);
        w.WriteStartObject();
        w.WriteString("uuid", OscalUuid.Create($"ssp/{export.Edition}/requirement/{token}"));
        w.WriteString("control-id", token);
        var props = new List<OscalProp>();
        if (state is not null)
        {
            props.Add(new OscalProp("implementation-status", state));
        }

        props.Add(OscalProp.Ours("applicability", entry.Applicability switch
        {
            Applicability.Applicable => "applicable",
            Applicability.Excluded => "excluded",
            _ => "undecided",
        }));
        if (entry.ImplementationStatus is { } status)
        {
            props.Add(OscalProp.Ours("implementation-status", status switch
            {
                ImplementationStatus.NotStarted => "not-started",
                ImplementationStatus.Planned => "planned",
                ImplementationStatus.PartiallyImplemented => "partial",
                _ => "implemented",
            }));
        }

        foreach (var reason in entry.InclusionReasons)
        {
            props.Add(OscalProp.OursText("inclusion-reason", reason.ToString()));
        }

        if (entry.Owner is { } owner)
        {
            props.Add(OscalProp.OursText("owner", owner));
        }

        foreach (var evidence in entry.Evidence)
        {
            if (evidence.Length > 0)
            {
                props.Add(OscalProp.OursText("evidence", evidence));
            }
        }

        if (entry.LastReviewed is { } reviewed)
        {
            props.Add(OscalProp.Ours("last-reviewed", NodaTime.Text.LocalDatePattern.Iso.Format(reviewed)));
        }

        OscalWriter.WriteProps(w, props);
        if (state is not null)
        {
            w.WriteStartArray("by-components");
            w.WriteStartObject();
            w.WriteString("component-uuid", componentUuid);
            w.WriteString("uuid", OscalUuid.Create($"ssp/{export.Edition}/requirement/{token}/this-system"));
            w.WriteString("description", state == "not-applicable"
                ? $"{control.Id} {control.Title} is excluded from the ISMS."
                : $"{control.Id} {control.Title} as implemented in the ISMS.");
            w.WriteStartObject("implementation-status");
            w.WriteString("state", state);
            var remarks = state == "not-applicable" ? entry.ExclusionJustification
                : entry.ImplementationStatus == ImplementationStatus.NotStarted ? "Not started." : null;
            OscalWriter.WriteStringIfAny(w, "remarks", remarks);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
        }

        OscalWriter.WriteStringIfAny(w, "remarks", entry.Notes);
        w.WriteEndObject();
    }
}
