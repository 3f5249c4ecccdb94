namespace Iso27k.Tests;

public class AttributeValueTest
{
    [Fact]
    public void HasThirtyValuesInStandardOrder()
    {
        Assert.Equal(30, AttributeValue.All.Length);
        Assert.Equal(3, AttributeValue.ValuesOf(AttributeType.ControlType).Length);
        Assert.Equal(3, AttributeValue.ValuesOf(AttributeType.InformationSecurityProperty).Length);
        Assert.Equal(5, AttributeValue.ValuesOf(AttributeType.CybersecurityConcept).Length);
        Assert.Equal(15, AttributeValue.ValuesOf(AttributeType.OperationalCapability).Length);
        Assert.Equal(["Governance_and_Ecosystem", "Protection", "Defence", "Resilience"], AttributeValue.ValuesOf(AttributeType.SecurityDomain).Select(v => v.Name));
    }

    [Fact]
    public void EnumsMapToStandardNames()
    {
        Assert.Equal("Information_protection", AttributeValue.From(OperationalCapability.InformationProtection).Name);
        Assert.Equal("#Threat_and_vulnerability_management", AttributeValue.From(OperationalCapability.ThreatAndVulnerabilityManagement).Hashtag);
        Assert.Equal("Information_security_assurance", ((AttributeValue)OperationalCapability.InformationSecurityAssurance).Name);
        foreach (var value in AttributeValue.All)
        {
            Assert.Equal(value, AttributeValue.FromOrdinal(value.Type, value.Ordinal));
            Assert.Equal(value, AttributeValue.Parse(value.Hashtag));
            Assert.Equal(value, AttributeValue.Parse(value.Name.ToUpperInvariant()));
        }
    }

    [Fact]
    public void ParseRejectsUnknownNameListingLegalOnes()
    {
        var ex = Assert.Throws<FormatException>(() => AttributeValue.Parse("#Defense"));
        Assert.Contains("#Defence", ex.Message, StringComparison.Ordinal);
        Assert.False(AttributeValue.TryParse(AttributeType.ControlType, "Protect", out _));
    }

    [Fact]
    public void SetOperations()
    {
        var set = AttributeSet.Of(ControlType.Detective, SecurityProperty.Availability, ControlType.Detective);
        Assert.Equal(2, set.Count);
        Assert.True(set.Contains(ControlType.Detective));
        Assert.False(set.Contains(ControlType.Preventive));
        Assert.True(set.ContainsAll(AttributeSet.Of(ControlType.Detective)));
        Assert.Equal("#Detective #Availability", set.ToString());
        Assert.Equal("Detective;Availability", set.ToString(";"));
        Assert.Equal(AttributeSet.Of(ControlType.Detective), set.OfType(AttributeType.ControlType));
        Assert.True(default(AttributeSet).IsEmpty);
        Assert.Equal(set, set.Remove(SecurityDomain.Defence));
        Assert.NotEqual(set, set.Add(SecurityDomain.Defence));
    }
}
