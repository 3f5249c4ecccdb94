namespace Iso27k.Oscal;

/// <summary>The OSCAL release an export conforms to.</summary>
/// <remarks>
/// <c>default(OscalVersion)</c> is <see cref="V113"/>. The mapping model exists only from OSCAL 1.2.0 on, so a
/// mapping collection is always written as <see cref="V122"/>.
/// </remarks>
public enum OscalVersion
{
    /// <summary>OSCAL 1.1.3: catalog, profile and system security plan.</summary>
    V113 = 0,

    /// <summary>OSCAL 1.2.2: adds the mapping model; groups hold either groups or controls.</summary>
    V122 = 1,
}
