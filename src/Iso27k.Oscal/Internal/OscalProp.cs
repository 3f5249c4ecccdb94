namespace Iso27k.Oscal.Internal;

// One OSCAL property as the writers collect it before deciding whether a "props" array is needed at all.
internal readonly record struct OscalProp(string Name, string Value, string? Ns = null, string? Class = null, string? Remarks = null)
{
    // A value that OSCAL's string type cannot hold (blank, surrounding or embedded line breaks) travels in remarks.
    public const string InRemarks = "see-remarks";

    public static OscalProp Ours(string name, string value, string? remarks = null) => new(name, value, OscalIds.Namespace, null, remarks);

    public static OscalProp OursText(string name, string text) =>
        OscalWriter.IsOscalString(text) ? Ours(name, text) : Ours(name, InRemarks, text);
}
