using System.Globalization;

namespace Iso27k;

// One clause as read from data, before the tree is built; index is its position in the document's clause array.
internal sealed record ClauseDefinition(string Id, string Title, string Summary, string? Requirement, IReadOnlyList<DocumentedInformation> DocumentedInformation, int Index)
{
    // For error messages only: formatting it costs culture data and generic code on first use.
    public string Path => string.Create(CultureInfo.InvariantCulture, $"$.clauses[{Index}]");
}
