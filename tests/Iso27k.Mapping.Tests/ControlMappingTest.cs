using Iso27k.Mapping;

namespace Iso27k.Mapping.Tests;

public class ControlMappingTest
{
    private static readonly Catalog Old = IsoCatalogs.Iso27001_2013;
    private static readonly Catalog New = IsoCatalogs.Iso27002_2022;

    private static ControlId Id(string text) => ControlId.Parse(text);

    private static MappingPair Pair(string source, string target, MappingRelationship relationship = MappingRelationship.Equal) =>
        new(Id(source), Id(target), relationship, MappingRationale.Semantic);

    private static ControlMapping Small() => new(Old, New, [
        Pair("A.12.4.2", "8.15", MappingRelationship.SubsetOf),
        Pair("A.12.4.1", "8.15", MappingRelationship.SubsetOf),
        Pair("A.18.2.3", "8.8", MappingRelationship.IntersectsWith),
        Pair("A.18.2.3", "5.36", MappingRelationship.IntersectsWith),
        Pair("A.5.1.1", "5.1"),
    ], "test");

    [Fact]
    public void DerivesKindsFromThePairs()
    {
        var mapping = Small();
        Assert.Equal(MappingKind.Merged, mapping.TargetsOf(Id("A.12.4.1")).Single().Kind);
        Assert.All(mapping.TargetsOf(Id("A.18.2.3")), e => Assert.Equal(MappingKind.Split, e.Kind));
        Assert.Equal(MappingKind.OneToOne, mapping.TargetsOf(Id("A.5.1.1")).Single().Kind);
    }

    [Fact]
    public void DerivesRemovedSourcesAndNewTargets()
    {
        var mapping = Small();
        Assert.Equal(114 - 4, mapping.RemovedSources.Length);
        Assert.Equal(93 - 4, mapping.NewTargets.Length);
        Assert.True(mapping.IsRemoved(Id("A.5.1.2")));
        Assert.False(mapping.IsRemoved(Id("A.5.1.1")));
        Assert.True(mapping.IsNew(Id("5.2")));
        Assert.False(mapping.IsNew(Id("5.99")));
        Assert.Equal(5 + mapping.RemovedSources.Length + mapping.NewTargets.Length, mapping.Entries.Length);
        var removed = mapping.Entries.First(e => e.Kind == MappingKind.Removed);
        Assert.True(removed.Target.IsDefault);
        Assert.Equal(MappingRelationship.NoRelationship, removed.Relationship);
        Assert.Null(removed.Rationale);
        Assert.False(removed.IsPair);
        Assert.Throws<InvalidOperationException>(() => removed.ToPair());
    }

    [Fact]
    public void OrdersEntriesBySourceThenTargetWithNewTargetsLast()
    {
        var mapping = Small();
        var pairs = mapping.Entries.Where(e => e.IsPair).Select(e => $"{e.Source}>{e.Target}");
        Assert.Equal(["A.5.1.1>5.1", "A.12.4.1>8.15", "A.12.4.2>8.15", "A.18.2.3>5.36", "A.18.2.3>8.8"], pairs);
        var firstNew = mapping.Entries.IndexOf(mapping.Entries.First(e => e.Kind == MappingKind.New));
        Assert.All(mapping.Entries.Skip(firstNew), e => Assert.Equal(MappingKind.New, e.Kind));
        Assert.Equal(["A.5.1.1", "A.12.4.1", "A.12.4.2", "A.18.2.3", "A.18.2.3"], mapping.Pairs.Select(p => p.Source.ToString()));
    }

    [Fact]
    public void LookupsReturnEmptyForUnknownIdsAndTryGetTellsThemApart()
    {
        var mapping = Small();
        Assert.Empty(mapping.TargetsOf(Id("5.1")));
        Assert.Empty(mapping.SourcesOf(Id("A.5.1.1")));
        Assert.False(mapping.TryGetTargets(Id("A.5.9.9"), out _));
        Assert.True(mapping.TryGetTargets(Id("A.5.1.2"), out var none));
        Assert.Empty(none);
        Assert.True(mapping.TryGetSources(Id("8.15"), out var sources));
        Assert.Equal(2, sources.Length);
        Assert.False(mapping.TryGetSources(default, out _));
    }

    [Fact]
    public void InvertSwapsSidesRelationshipsAndKinds()
    {
        var inverse = Small().Invert();
        Assert.Same(New, inverse.Source);
        Assert.Same(Old, inverse.Target);
        var fromLogging = inverse.TargetsOf(Id("8.15"));
        Assert.Equal(["A.12.4.1", "A.12.4.2"], fromLogging.Select(e => e.Target.ToString()));
        Assert.All(fromLogging, e => Assert.Equal(MappingRelationship.SupersetOf, e.Relationship));
        Assert.All(fromLogging, e => Assert.Equal(MappingKind.Split, e.Kind));
        Assert.Equal(MappingKind.Merged, inverse.TargetsOf(Id("8.8")).Single().Kind);
        Assert.Equal(inverse.RemovedSources.Length, Small().NewTargets.Length);
    }

    [Fact]
    public void InvertingTwiceGivesAnEqualMapping()
    {
        var mapping = Small();
        var fresh = new ControlMapping(New, Old, mapping.Invert().Pairs, "test");
        Assert.Equal(mapping, fresh.Invert());
        Assert.Equal(mapping.GetHashCode(), fresh.Invert().GetHashCode());
        Assert.Same(mapping, mapping.Invert().Invert());
    }

    [Fact]
    public void EqualityComparesPairsAndVersion()
    {
        Assert.Equal(Small(), Small());
        Assert.NotEqual(Small(), new ControlMapping(Old, New, Small().Pairs.Skip(1), "test"));
        Assert.NotEqual(Small(), new ControlMapping(Old, New, Small().Pairs, "other"));
        Assert.False(Small().Equals(null));
    }

    [Fact]
    public void RejectsAPairWithAControlItsCatalogLacks()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ControlMapping(Old, New, [Pair("A.5.1.1", "5.99")], "test"));
        Assert.Contains("5.99", ex.Message);
        Assert.Throws<ArgumentException>(() => new ControlMapping(Old, New, [Pair("5.1", "5.1")], "test"));
    }

    [Fact]
    public void RejectsADuplicatePairAndADefaultPair()
    {
        Assert.Throws<ArgumentException>(() => new ControlMapping(Old, New, [Pair("A.5.1.1", "5.1"), Pair("A.5.1.1", "5.1", MappingRelationship.SubsetOf)], "test"));
        Assert.Throws<ArgumentException>(() => new ControlMapping(Old, New, [default(MappingPair)], "test"));
        Assert.Throws<ArgumentNullException>(() => new ControlMapping(null!, New, [], "test"));
        Assert.Throws<ArgumentException>(() => new ControlMapping(Old, New, [], " "));
    }

    [Fact]
    public void MappingPairRejectsMissingIdsAndNoRelationship()
    {
        Assert.Throws<ArgumentException>(() => new MappingPair(default, Id("5.1"), MappingRelationship.Equal, MappingRationale.Semantic));
        Assert.Throws<ArgumentException>(() => new MappingPair(Id("A.5.1.1"), Id("5.1"), MappingRelationship.NoRelationship, MappingRationale.Semantic));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MappingPair(Id("A.5.1.1"), Id("5.1"), MappingRelationship.Equal, (MappingRationale)0));
    }

    [Fact]
    public void MappingPairInvertsAndFormats()
    {
        var pair = Pair("A.12.4.1", "8.15", MappingRelationship.SubsetOf);
        Assert.Equal("A.12.4.1 subset-of 8.15 (semantic)", pair.ToString());
        Assert.Equal(Pair("8.15", "A.12.4.1", MappingRelationship.SupersetOf), pair.Invert());
        Assert.True(pair.Invert().Invert() == pair);
        Assert.True(pair != pair.Invert());
    }

    [Fact]
    public void EntryToStringNamesTheKind()
    {
        var mapping = IsoMappings.Iso27001_2013To2022;
        Assert.Equal("A.12.4.1 subset-of 8.15 (semantic, merged)", mapping.TargetsOf(Id("A.12.4.1"))[0].ToString());
        Assert.Equal("new 5.7", mapping.Entries.First(e => e.Kind == MappingKind.New).ToString());
        Assert.StartsWith("ISO/IEC 27001:2013 Annex A to ISO/IEC 27002:2022", mapping.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ForwardAndBackwardLookupsDoNotAllocate()
    {
        var mapping = IsoMappings.Iso27001_2013To2022;
        var source = Id("A.12.4.1");
        var target = Id("8.15");
        var total = mapping.TargetsOf(source).Length + mapping.SourcesOf(target).Length;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            total += mapping.TargetsOf(source).Length + mapping.SourcesOf(target).Length;
            total += mapping.TryGetTargets(source, out var entries) ? entries.Length : 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(4 + 4000 + 1000, total);
    }
}
