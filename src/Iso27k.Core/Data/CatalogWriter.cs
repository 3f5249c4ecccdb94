using System.Text.Json;

namespace Iso27k.Data;

// Writes the model back in the data format, so that FromStream(WriteTo(c)) equals c.
internal static class CatalogWriter
{
    public static void Write(Catalog catalog, Stream stream)
    {
        var dto = new CatalogDto
        {
            Schema = "https://iso27k.dev/schema/control-catalog-1.schema.json",
            FormatVersion = CatalogFormat.CurrentVersion,
            DataVersion = catalog.VersionId,
            Edition = catalog.Edition.ToYearString(),
            Title = catalog.Title,
            Provenance = ToProvenance(catalog.Sources, catalog.Notes),
            Groups = [.. catalog.Groups.Select(ToGroup)],
        };
        JsonSerializer.Serialize(stream, dto, DataJsonContext.Default.CatalogDto);
    }

    public static void Write(ClauseCatalog catalog, Stream stream)
    {
        var dto = new ClauseCatalogDto
        {
            Schema = "https://iso27k.dev/schema/clause-catalog-1.schema.json",
            FormatVersion = CatalogFormat.CurrentVersion,
            DataVersion = catalog.VersionId,
            Edition = catalog.Edition.ToYearString(),
            Title = catalog.Title,
            Provenance = ToProvenance(catalog.Sources, catalog.Notes),
            Clauses =
            [
                .. catalog.Clauses.Select(c => new ClauseDto
                {
                    Id = c.Id,
                    Title = c.Title,
                    Summary = c.Summary,
                    Requirement = c.Requirement,
                    DocumentedInformation =
                    [
                        .. c.DocumentedInformation.Select(d => new DocumentedInformationDto
                        {
                            Kind = d.Kind == DocumentedInformationKind.Maintain ? "maintain" : "retain",
                            Item = d.Description,
                            Note = d.Note,
                        }),
                    ],
                }),
            ],
        };
        JsonSerializer.Serialize(stream, dto, DataJsonContext.Default.ClauseCatalogDto);
    }

    private static ProvenanceDto ToProvenance(IEnumerable<DataSource> sources, IReadOnlyCollection<string> notes) => new()
    {
        Sources = [.. sources.Select(s => new SourceDto { Name = s.Name, Location = s.Location, Checked = s.CheckedOn, Covers = s.Covers })],
        Notes = notes.Count == 0 ? null : [.. notes],
    };

    private static GroupDto ToGroup(ControlGroup group) => new()
    {
        Id = group.Id,
        Kind = group.Kind switch
        {
            ControlGroupKind.Theme => "theme",
            ControlGroupKind.Clause => "clause",
            _ => "objective",
        },
        Title = group.Title,
        Groups = group.Groups.IsEmpty ? null : [.. group.Groups.Select(ToGroup)],
        Controls = group.OwnControls.IsEmpty ? null : [.. group.OwnControls.Select(ToControl)],
    };

    private static ControlDto ToControl(Control control) => new()
    {
        Id = control.Id.ToString(),
        Title = control.Title,
        AlternateTitle = control.AlternateTitle,
        Summary = control.Summary,
        NewIn2022 = control.IsNewIn2022,
        Attributes = control.Edition == Edition.Iso2022
            ? new AttributesDto
            {
                ControlTypes = Names(control.Attributes, AttributeType.ControlType),
                SecurityProperties = Names(control.Attributes, AttributeType.InformationSecurityProperty),
                CybersecurityConcepts = Names(control.Attributes, AttributeType.CybersecurityConcept),
                OperationalCapabilities = Names(control.Attributes, AttributeType.OperationalCapability),
                SecurityDomains = Names(control.Attributes, AttributeType.SecurityDomain),
            }
            : null,
    };

    private static List<string> Names(AttributeSet set, AttributeType type) => [.. set.OfType(type).Select(v => v.Name)];
}
