using FsCheck;
using FsCheck.Fluent;
using Iso27k.Mapping;

namespace Iso27k.Mapping.Tests;

// Properties over random subsets of the shipped data and random mappings built from it.
public class MappingPropertiesTest
{
    private static readonly ControlMapping Forward = IsoMappings.Iso27001_2013To2022;
    private static readonly ControlId[] OldIds = [.. Forward.Source.Controls.Select(c => c.Id)];

    private static Arbitrary<ControlId[]> OldIdSets() =>
        Gen.Elements(OldIds).ArrayOf().ToArbitrary();

    private static Arbitrary<MappingPair[]> RandomPairs() =>
        Gen.Elements(Forward.Pairs.ToArray()).ArrayOf().Select(pairs => pairs.DistinctBy(p => (p.Source, p.Target)).ToArray()).ToArbitrary();

    [Fact]
    public void InvertingTwiceRestoresAnyMapping()
    {
        Prop.ForAll(RandomPairs(), pairs =>
        {
            var mapping = new ControlMapping(Forward.Source, Forward.Target, pairs, "p");
            var twice = new ControlMapping(Forward.Target, Forward.Source, mapping.Invert().Pairs, "p").Invert();
            return twice.Equals(mapping) && mapping.Invert().Entries.Length == mapping.Entries.Length;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void MappingForwardThenBackReturnsASupersetOfTheInput()
    {
        var backward = Forward.Invert();
        Prop.ForAll(OldIdSets(), ids =>
        {
            var there = Forward.Cover(ids).Covered;
            var back = backward.Cover(there.AsSpan()).Covered;
            return ids.All(id => back.Contains(id));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every2013IdMapsToAtLeastOne2022Id()
    {
        Prop.ForAll(Gen.Elements(OldIds).ToArbitrary(), id =>
            Forward.TargetsOf(id).Length >= 1 && Forward.TargetsOf(id).All(e => e.Target.Edition == Edition.Iso2022))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void CoverageSplitsTheTargetCatalogExactly()
    {
        Prop.ForAll(OldIdSets(), ids =>
        {
            var coverage = Forward.Cover(ids);
            return coverage.Covered.Length + coverage.Gaps.Length == Forward.Target.Count
                && coverage.FullyCovered.Length + coverage.PartiallyCovered.Length == coverage.Covered.Length
                && coverage.Input.Length == ids.Distinct().Count();
        }).QuickCheckThrowOnFailure();
    }
}
