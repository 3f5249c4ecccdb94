using Iso27k.Mapping;

namespace Iso27k.Soa;

/// <summary>A 2013 control that contributes to a 2022 control, with the mapping relationship and its SoA decision.</summary>
public sealed class SoaMigrationSource
{
    // Cached because the migrator shares one instance per mapping pair and state between migrations and reports.
    private string? text;

    internal SoaMigrationSource(ControlId controlId, MappingRelationship relationship, Applicability? applicability)
    {
        ControlId = controlId;
        Relationship = relationship;
        Applicability = applicability;
    }

    /// <summary>The 2013 control.</summary>
    public ControlId ControlId { get; }

    /// <summary>How the 2013 control relates to the 2022 control.</summary>
    public MappingRelationship Relationship { get; }

    /// <summary>Its applicability in the 2013 SoA, or <see langword="null"/> when the SoA has no entry for it.</summary>
    public Applicability? Applicability { get; }

    /// <summary>Returns <c>A.12.4.1 (subset-of, applicable)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        text ??= $"{ControlId} ({Relationship.ToToken()}, {(Applicability is { } a ? SoaText.Format(a) : "no entry")})";
}
