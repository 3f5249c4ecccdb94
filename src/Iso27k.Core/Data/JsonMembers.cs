namespace Iso27k.Data;

// The members one kind of JSON object may hold. Property names are matched exactly (case-sensitively), as the
// format is camelCase and documented by a JSON Schema.
internal sealed class JsonMembers
{
    public JsonMembers(string[] required, string[] optional)
    {
        // Plain copies: a collection expression would compile generic code on first use.
        Names = new string[required.Length + optional.Length];
        required.CopyTo(Names, 0);
        optional.CopyTo(Names, required.Length);
        RequiredMask = (1 << required.Length) - 1;
    }

    // Required members first; a member's bit in a "seen" mask is 1 << its index here.
    public string[] Names { get; }

    public int RequiredMask { get; }
}
