using System.Collections.Immutable;

namespace Iso27k.Soa.Rules;

// Where a 2013 control went in 2022; filled from the Mapping package once it is referenced.
internal static class SoaControlSuggestions
{
    public static ImmutableArray<ControlId> Successors(ControlId id2013)
    {
        _ = id2013;
        return [];
    }
}
