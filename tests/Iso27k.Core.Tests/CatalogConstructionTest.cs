namespace Iso27k.Tests;

// The checks the public constructors and the JSON reader apply to a catalog, its groups and its controls. (Snapshots
// of the embedded catalogs skip them; SnapshotReaderTest holds those equal to their documents.)
public class CatalogConstructionTest
{
    private static Control C2022(int theme, int number) => new(ControlId.Create2022(theme, number), "Control " + number, "s");

    private static Control C2013(int clause, int objective, int number) => new(ControlId.Create2013(clause, objective, number), "Control " + number, "s");

    private static ControlGroup Theme(int theme, params Control[] controls) => new(theme.ToString(System.Globalization.CultureInfo.InvariantCulture), ControlGroupKind.Theme, "Theme " + theme, null, controls);

    [Fact]
    public void ControlRejectsDefaultIdBlankTitleAndMissingSummary()
    {
        Assert.Throws<ArgumentException>(() => new Control(default, "t", "s"));
        Assert.Throws<ArgumentException>(() => new Control(ControlId.Create2022(5, 1), " ", "s"));
        Assert.Throws<ArgumentNullException>(() => new Control(ControlId.Create2022(5, 1), "t", null!));
    }

    [Fact]
    public void ControlRejects2022FactsOnA2013Control()
    {
        var id = ControlId.Create2013(5, 1, 1);
        Assert.Contains("2013 control", Assert.Throws<ArgumentException>(() => new Control(id, "t", "s", AttributeSet.Of(ControlType.Preventive))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Control(id, "t", "s", isNewIn2022: true));
    }

    [Fact]
    public void ControlRejectsAlternateTitleThatIsBlankOrTheSame()
    {
        Assert.Throws<ArgumentException>(() => new Control(ControlId.Create2022(5, 1), "t", "s", alternateTitle: "t"));
        Assert.Throws<ArgumentException>(() => new Control(ControlId.Create2022(5, 1), "t", "s", alternateTitle: " "));
        Assert.Equal("u", new Control(ControlId.Create2022(5, 1), "t", "s", alternateTitle: "u").AlternateTitle);
    }

    [Fact]
    public void GroupRejectsControlThatStandsElsewhere()
    {
        var error = Assert.Throws<ArgumentException>(() => Theme(5, C2022(5, 1), C2022(6, 1)));
        Assert.Contains("Control 6.1 cannot stand in THEME group '5'", error.Message, StringComparison.Ordinal);

        // A clause holds its controls through objectives, and an objective holds only its own.
        Assert.Throws<ArgumentException>(() => new ControlGroup("A.12", ControlGroupKind.Clause, "Operations security", null, [C2013(12, 1, 1)]));
        Assert.Throws<ArgumentException>(() => new ControlGroup("A.12.1", ControlGroupKind.Objective, "Objective", null, [C2013(12, 2, 1)]));
        Assert.Throws<ArgumentException>(() => new ControlGroup("5", ControlGroupKind.Theme, "Theme", null, [C2013(5, 1, 1)]));
    }

    [Fact]
    public void GroupRejectsObjectiveOutsideItsClauseAndMissingParts()
    {
        var objective = new ControlGroup("A.13.1", ControlGroupKind.Objective, "Objective", null, [C2013(13, 1, 1)]);
        Assert.Contains("cannot stand in group 'A.12'", Assert.Throws<ArgumentException>(() => new ControlGroup("A.12", ControlGroupKind.Clause, "Clause", [objective], null)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ControlGroup("5", ControlGroupKind.Theme, "Theme", [objective], null));
        Assert.Throws<ArgumentNullException>(() => new ControlGroup("5", ControlGroupKind.Theme, "Theme", null, [null!]));
        Assert.Throws<ArgumentException>(() => new ControlGroup(" ", ControlGroupKind.Theme, "Theme", null, null));
        Assert.Throws<ArgumentException>(() => new ControlGroup("5", ControlGroupKind.Theme, "", null, null));
    }

    [Fact]
    public void ClauseListsTheControlsOfItsObjectivesInIdOrder()
    {
        var second = new ControlGroup("A.12.2", ControlGroupKind.Objective, "Second", null, [C2013(12, 2, 1)]);
        var first = new ControlGroup("A.12.1", ControlGroupKind.Objective, "First", null, [C2013(12, 1, 2), C2013(12, 1, 1)]);
        var clause = new ControlGroup("A.12", ControlGroupKind.Clause, "Clause", [second, first], null);
        Assert.Equal(["A.12.1.1", "A.12.1.2", "A.12.2.1"], clause.Controls.Select(c => c.Id.ToString()));
        Assert.Equal(["A.12.1.1", "A.12.1.2"], first.Controls.Select(c => c.Id.ToString()));
    }

    [Fact]
    public void CatalogRejectsGroupsOfTheOtherEditionsKind()
    {
        var clause = new ControlGroup("A.5", ControlGroupKind.Clause, "Clause", null, null);
        var error = Assert.Throws<ArgumentException>(() => new Catalog(Edition.Iso2022, "t", "v", [clause]));
        Assert.Contains("top-level groups are Themes", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Catalog(Edition.Iso2013, "t", "v", [Theme(5, C2022(5, 1))]));
    }

    [Fact]
    public void CatalogRejectsRepeatedGroupsAndControls()
    {
        Assert.Contains("Group '5' occurs more than once", Assert.Throws<ArgumentException>(() => new Catalog(Edition.Iso2022, "t", "v", [Theme(5, C2022(5, 1)), Theme(5, C2022(5, 2))])).Message, StringComparison.Ordinal);
        var objective = new ControlGroup("A.12.1", ControlGroupKind.Objective, "Objective", null, [C2013(12, 1, 1)]);
        Assert.Throws<ArgumentException>(() => new Catalog(Edition.Iso2013, "t", "v", [new ControlGroup("A.12", ControlGroupKind.Clause, "Clause", [objective, objective], null)]));
        Assert.Contains("Control 5.1 occurs more than once", Assert.Throws<ArgumentException>(() => new Catalog(Edition.Iso2022, "t", "v", [Theme(5, C2022(5, 1), C2022(5, 1))])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CatalogRejectsUnknownEditionBlankTextsAndMissingGroups()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Catalog((Edition)2017, "t", "v", []));
        Assert.Throws<ArgumentException>(() => new Catalog(Edition.Iso2022, " ", "v", []));
        Assert.Throws<ArgumentException>(() => new Catalog(Edition.Iso2022, "t", "", []));
        Assert.Throws<ArgumentNullException>(() => new Catalog(Edition.Iso2022, "t", "v", null!));
        Assert.Throws<ArgumentNullException>(() => new Catalog(Edition.Iso2022, "t", "v", [null!]));
    }

    [Fact]
    public void CatalogOrdersControlsAndListsTheNewOnes()
    {
        var newer = new Control(ControlId.Create2022(5, 23), "Cloud", "s", isNewIn2022: true);
        var catalog = new Catalog(Edition.Iso2022, "t", "v", [Theme(8, C2022(8, 2), C2022(8, 10)), Theme(5, C2022(5, 2), newer)]);
        Assert.Equal(["5.2", "5.23", "8.2", "8.10"], catalog.Controls.Select(c => c.Id.ToString()));
        Assert.Equal([newer], catalog.NewIn2022.AsEnumerable());
        Assert.Same(newer, catalog[ControlId.Create2022(5, 23)]);
        Assert.True(catalog.TryGetGroup("8", out var theme8));
        Assert.Equal(["8.2", "8.10"], theme8.Controls.Select(c => c.Id.ToString()));
    }

    [Fact]
    public void ReaderAppliesTheSameChecks()
    {
        const string json = """{"formatVersion":1,"dataVersion":"x","edition":"2022","title":"t","provenance":{"sources":[]},"groups":[{"id":"5","kind":"theme","title":"Organizational controls","controls":[{"id":"6.1","title":"T","summary":"S"}]}]}""";
        var error = Assert.Throws<CatalogDataException>(() => Catalog.FromStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "misplaced.json"));
        Assert.Contains("cannot stand in THEME group '5'", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.groups[0]", error.Location);
    }
}
