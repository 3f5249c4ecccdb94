namespace Iso27k;

// One clause as read from data, before the tree is built.
internal sealed record ClauseDefinition(string Id, string Title, string Summary, string? Requirement, IReadOnlyList<DocumentedInformation> DocumentedInformation, string Path);
