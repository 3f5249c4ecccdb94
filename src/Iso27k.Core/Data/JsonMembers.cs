namespace Iso27k.Data;

// The members one kind of JSON object may hold. Property names are matched exactly (case-sensitively), as the
// format is camelCase and documented by a JSON Schema. Readers switch on a member's index in the table rather than
// on its name: a switch on strings compiles to many more instructions, compiled when the first document is read.
internal sealed class JsonMembers
{
    // The first requiredCount names are required; a member's bit in a "seen" mask is 1 << its index.
    public JsonMembers(int requiredCount, string[] names)
    {
        Names = names;
        RequiredMask = (1 << requiredCount) - 1;
    }

    public string[] Names { get; }

    public int RequiredMask { get; }
}
