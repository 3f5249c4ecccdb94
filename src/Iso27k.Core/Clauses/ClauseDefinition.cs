using System.Globalization;

namespace Iso27k;

// One clause as read from data, before the tree is built; index is its position in the document's clause array.
internal sealed class ClauseDefinition(string id, string title, string summary, string? requirement, DocumentedInformation[] documentedInformation, int index)
{
    public string Id => id;

    public string Title => title;

    public string Summary => summary;

    public string? Requirement => requirement;

    public DocumentedInformation[] DocumentedInformation => documentedInformation;

    // For error messages only: formatting it costs culture data and generic code on first use.
    public string Path => string.Create(CultureInfo.InvariantCulture, $"$.clauses[{index}]");
}
