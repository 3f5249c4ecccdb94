namespace Iso27k.Soa.Formats;

internal static class SoaCsvColumns
{
    public const string ControlId = "control_id";
    public const string Applicable = "applicable";
    public const string InclusionReasons = "inclusion_reasons";
    public const string ExclusionJustification = "exclusion_justification";
    public const string ImplementationStatus = "implementation_status";
    public const string Owner = "owner";
    public const string Evidence = "evidence";
    public const string LastReviewed = "last_reviewed";
    public const string Notes = "notes";

    // In SoaField order (after SoaField.Entry), so the index of a name + 1 is its SoaField.
    public static readonly string[] All =
    [
        ControlId, Applicable, InclusionReasons, ExclusionJustification, ImplementationStatus, Owner, Evidence, LastReviewed, Notes,
    ];

    public static SoaField FieldOf(int standardIndex) => (SoaField)(standardIndex + 1);
}
