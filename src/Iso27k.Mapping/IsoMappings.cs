namespace Iso27k.Mapping;

/// <summary>
/// The mappings embedded in this assembly, each loaded once, lazily and thread-safely, on first access: the
/// ISO/IEC 27002:2022 Annex B correspondence between the 2013 and 2022 Annex A controls, and the ISO/IEC 27001
/// clause 4 to 10 correspondence.
/// </summary>
/// <remarks>
/// If the embedded data were corrupt, first access would throw a <see cref="MappingDataException"/> (wrapped in a
/// <see cref="TypeInitializationException"/>); the test suite guards against that.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1707", Justification = "Names mirror the standards' designations, as IsoCatalogs does.")]
public static class IsoMappings
{
    internal const string ResourceName = "Iso27k.Data.Mapping.ISO_IEC_27002_2022_mapping-2013.json";

    /// <summary>
    /// ISO/IEC 27001:2013 Annex A (<see cref="IsoCatalogs.Iso27001_2013"/>) to ISO/IEC 27002:2022
    /// (<see cref="IsoCatalogs.Iso27002_2022"/>): 115 pairs, every 2013 control mapped, 11 new 2022 controls.
    /// </summary>
    public static ControlMapping Iso27001_2013To2022 => ControlHolder.Mapping;

    /// <summary>The inverse of <see cref="Iso27001_2013To2022"/>: 2022 controls to the 2013 controls they replace.</summary>
    public static ControlMapping Iso27002_2022To2013 => ControlHolder.Mapping.Invert();

    /// <summary>ISO/IEC 27001:2013 clauses 4 to 10 to ISO/IEC 27001:2022 clauses 4 to 10.</summary>
    public static ClauseCorrespondence ClauseCorrespondence2013To2022 => ClauseHolder.Correspondence;

    /// <summary>The control mapping from one edition to the other, as <c>iso27k map --to</c> needs it.</summary>
    /// <param name="from">The edition mapped from.</param>
    /// <param name="to">The edition mapped to.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ArgumentException">Both editions are the same.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An edition is not defined.</exception>
    public static ControlMapping Between(Edition from, Edition to)
    {
        _ = from.ToYearString();
        _ = to.ToYearString();
        if (from == to)
        {
            throw new ArgumentException($"Both editions are {from.ToYearString()}: a mapping relates two editions.", nameof(to));
        }

        return from == Edition.Iso2013 ? Iso27001_2013To2022 : Iso27002_2022To2013;
    }

    internal static Stream OpenResource() =>
        typeof(IsoMappings).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new MappingDataException(ResourceName, string.Empty, "the embedded resource is missing from the assembly.");

    // The CLR runs a type initializer once, under a lock, on first access: lazy and thread-safe with no extra code.
    private static class ControlHolder
    {
        internal static readonly ControlMapping Mapping = Load();

        private static ControlMapping Load()
        {
            using var stream = OpenResource();
            return ControlMapping.FromStream(stream, IsoCatalogs.Iso27001_2013, IsoCatalogs.Iso27002_2022, ResourceName);
        }
    }

    private static class ClauseHolder
    {
        internal static readonly ClauseCorrespondence Correspondence = Load();

        private static ClauseCorrespondence Load()
        {
            using var stream = OpenResource();
            return ClauseCorrespondence.FromStream(stream, IsoCatalogs.Iso27001_2013Clauses, IsoCatalogs.Iso27001_2022Clauses, ResourceName);
        }
    }
}
