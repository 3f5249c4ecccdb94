using System.Text.Json;
using Iso27k.Soa;

namespace Iso27k.Oscal.Internal;

// What the profile and the SSP export of one SoA share: names, digest, time and the reference to the catalog.
internal sealed class SoaExport
{
    public SoaExport(StatementOfApplicability statement, OscalExportOptions options)
    {
        Statement = statement;
        Options = options;
        using var content = new MemoryStream();
        SoaDocument.WriteJson(statement, content);
        Digest = OscalUuid.Digest(content.ToArray());
        Edition = statement.Edition.ToYearString();
        LastModified = options.LastModified
            ?? (statement.LastModified is { } modified ? OscalWriter.FromDate(modified)
                : statement.Approval is { } approval ? OscalWriter.FromDate(approval.Date)
                : OscalWriter.FromDate(null));
        CatalogResourceUuid = OscalUuid.Create($"soa/{Edition}/catalog-resource/{CatalogHref}");
    }

    public StatementOfApplicability Statement { get; }

    public OscalExportOptions Options { get; }

    public string Digest { get; }

    public string Edition { get; }

    public DateTimeOffset LastModified { get; }

    public string CatalogHref => Options.CatalogHref ?? OscalCatalog.DefaultFileName(Statement.Edition);

    public string CatalogResourceUuid { get; }

    public string Title(string kind) => Statement.Organization is { } organization
        ? $"{kind}: {organization} (ISO/IEC 27001:{Edition} Annex A)"
        : $"{kind} (ISO/IEC 27001:{Edition} Annex A)";

    public List<OscalProp> MetadataProps()
    {
        var props = new List<OscalProp> { OscalProp.Ours("edition", Edition) };
        if (Statement.Organization is { } organization)
        {
            props.Add(OscalProp.OursText("organization", organization));
        }

        if (Statement.Scope is { } scope)
        {
            props.Add(OscalProp.OursText("scope", scope));
        }

        if (Statement.Approval is { } approval)
        {
            props.Add(OscalProp.OursText("approved-by", approval.Approver));
            props.Add(OscalProp.Ours("approved-on", NodaTime.Text.LocalDatePattern.Iso.Format(approval.Date)));
        }

        return props;
    }

    public void WriteCatalogResource(Utf8JsonWriter w) =>
        OscalWriter.WriteLinkedResource(w, CatalogResourceUuid, Statement.Catalog.Title, CatalogHref, "application/oscal.catalog+json", "catalog");
}
