using System.Text;
using System.Text.Json;

namespace Iso27k.Oscal.Tests;

public class OscalCatalogTest
{
    private static readonly OscalExportOptions V122 = OscalExportOptions.Default.WithVersion(OscalVersion.V122);

    public static TheoryData<Edition, OscalVersion> Exports => new()
    {
        { Edition.Iso2022, OscalVersion.V113 },
        { Edition.Iso2022, OscalVersion.V122 },
        { Edition.Iso2013, OscalVersion.V113 },
        { Edition.Iso2013, OscalVersion.V122 },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public void ExportValidatesAgainstTheOfficialSchema(Edition edition, OscalVersion version)
    {
        var bytes = OscalCatalog.ToUtf8Bytes(IsoCatalogs.ForEdition(edition), OscalExportOptions.Default.WithVersion(version));
        OscalSchemas.AssertValid(bytes, "catalog", version.ToVersionString(), $"catalog-{edition.ToYearString()}");
    }
}
