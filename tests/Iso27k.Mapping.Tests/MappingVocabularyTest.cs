using Iso27k.Mapping;

namespace Iso27k.Mapping.Tests;

public class MappingVocabularyTest
{
    [Fact]
    public void RelationshipTokensRoundTrip()
    {
        foreach (var value in Enum.GetValues<MappingRelationship>())
        {
            Assert.True(MappingVocabulary.TryParseRelationship(value.ToToken(), out var parsed));
            Assert.Equal(value, parsed);
            Assert.Equal(value, value.Inverse().Inverse());
        }

        Assert.Equal(["no-relationship", "equal", "subset-of", "superset-of", "intersects-with"], Enum.GetValues<MappingRelationship>().Select(v => v.ToToken()));
        Assert.False(MappingVocabulary.TryParseRelationship("Equal", out _));
        Assert.False(MappingVocabulary.TryParseRelationship(null, out _));
    }

    [Fact]
    public void RationaleAndKindTokensRoundTrip()
    {
        foreach (var value in Enum.GetValues<MappingRationale>())
        {
            Assert.True(MappingVocabulary.TryParseRationale(value.ToToken(), out var parsed));
            Assert.Equal(value, parsed);
        }

        foreach (var value in Enum.GetValues<MappingKind>())
        {
            Assert.True(MappingVocabulary.TryParseKind(value.ToToken(), out var parsed));
            Assert.Equal(value, parsed);
        }

        Assert.False(MappingVocabulary.TryParseRationale("", out _));
        Assert.False(MappingVocabulary.TryParseKind("renamed", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((MappingKind)7).ToToken());
    }

    [Fact]
    public void OnlySubsetAndSupersetSwapOnInversion()
    {
        Assert.Equal(MappingRelationship.SupersetOf, MappingRelationship.SubsetOf.Inverse());
        Assert.Equal(MappingRelationship.SubsetOf, MappingRelationship.SupersetOf.Inverse());
        Assert.Equal(MappingRelationship.IntersectsWith, MappingRelationship.IntersectsWith.Inverse());
        Assert.True(MappingRelationship.SubsetOf.IsContainedInTarget());
        Assert.False(MappingRelationship.SupersetOf.IsContainedInTarget());
    }
}
