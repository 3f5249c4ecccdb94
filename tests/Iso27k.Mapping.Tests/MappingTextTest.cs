using Iso27k.Mapping;

namespace Iso27k.Mapping.Tests;

public class MappingTextTest
{
    [Fact]
    public void FormatsAForwardLookupWithTitlesAndRelationship()
    {
        var text = MappingText.FormatLookup(IsoMappings.Iso27001_2013To2022, ControlId.Parse("A.12.4.1"));
        Assert.Equal("A.12.4.1 Event logging\n  -> 8.15 Logging [subset-of, semantic, merged]\n", text);
    }

    [Fact]
    public void FormatsABackwardLookupWithEverySource()
    {
        var text = MappingText.FormatLookup(IsoMappings.Between(Edition.Iso2022, Edition.Iso2013), ControlId.Parse("8.15"));
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal("8.15 Logging", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Equal("  -> A.12.4.1 Event logging [superset-of, semantic, split]", lines[1]);
    }

    [Fact]
    public void SaysWhenANewControlHasNoCounterpart()
    {
        var text = MappingText.FormatLookup(IsoMappings.Iso27002_2022To2013, ControlId.Parse("5.7"));
        Assert.Equal("5.7 Threat intelligence\n  -> no counterpart in ISO/IEC 27001:2013 Annex A (new in 2022)\n", text);
    }

    [Fact]
    public void ThrowsForAControlOfTheOtherEdition()
    {
        Assert.Throws<KeyNotFoundException>(() => MappingText.FormatLookup(IsoMappings.Iso27001_2013To2022, ControlId.Parse("8.15")));
    }
}
