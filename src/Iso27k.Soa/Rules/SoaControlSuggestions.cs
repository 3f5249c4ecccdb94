using System.Collections.Immutable;
using Iso27k.Mapping;

namespace Iso27k.Soa.Rules;

// Where a 2013 control went in 2022, from the Mapping package.
internal static class SoaControlSuggestions
{
    public static ImmutableArray<ControlId> Successors(ControlId id2013)
    {
        var targets = IsoMappings.Iso27001_2013To2022.TargetsOf(id2013);
        var result = ImmutableArray.CreateBuilder<ControlId>(targets.Length);
        foreach (var entry in targets)
        {
            result.Add(entry.Target);
        }

        return result.MoveToImmutable();
    }
}
