namespace Iso27k.Oscal.Internal;

// OSCAL profile -> SoaSelection. Reads include-controls / include-all and exclude-controls of every import, and the
// justifications from this library's "exclusion" properties. Pattern selections cannot be resolved without the
// catalog's ids and are rejected with their path.
internal static class ProfileImporter
{
    public static SoaSelection Read(Stream stream, string sourceName)
    {
        var reader = new OscalReader(sourceName);
        using var document = reader.Parse(stream);
        var body = reader.RequireRoot(document, "profile");
        const string bodyPath = "$.profile";
        var metadataPath = OscalReader.Child(bodyPath, "metadata");
        var metadata = reader.RequireObject(body, "metadata", bodyPath);

        Edition? edition = null;
        var justifications = new Dictionary<string, string?>(StringComparer.Ordinal);
        var undecided = new HashSet<string>(StringComparer.Ordinal);
        foreach (var prop in reader.Props(metadata, metadataPath))
        {
            if (prop.IsOurs && prop.Name == "edition")
            {
                edition = EditionExtensions.TryParseEdition(prop.Value, out var parsed)
                    ? parsed
                    : throw reader.Error(OscalReader.Child(prop.Path, "value"), $"'{prop.Value}' is not an edition: expected 2013 or 2022.");
            }
            else if (prop.IsOurs && prop.Name == ProfileExporter.ExclusionProp)
            {
                justifications[prop.Value] = prop.Remarks;
            }
            else if (prop.IsOurs && prop.Name == ProfileExporter.UndecidedProp)
            {
                undecided.Add(prop.Value);
            }
        }

        var included = new List<(ControlId Id, string Path)>();
        var excluded = new List<(ControlId Id, string Path, string Token)>();
        var includeAll = false;
        var imports = reader.Array(body, "imports", bodyPath);
        if (imports.Count == 0)
        {
            throw reader.Error(bodyPath, "a profile needs at least one entry in \"imports\".");
        }

        foreach (var (import, importPath) in imports)
        {
            reader.RequireObject(import, importPath);
            includeAll |= import.TryGetProperty("include-all", out _);
            foreach (var (id, path, _) in Selected(reader, import, "include-controls", importPath))
            {
                included.Add((id, path));
            }

            excluded.AddRange(Selected(reader, import, "exclude-controls", importPath));
        }

        edition ??= included.Select(i => (Edition?)i.Id.Edition).Concat(excluded.Select(e => (Edition?)e.Id.Edition)).FirstOrDefault()
            ?? throw reader.Error(bodyPath, "no selected control and no edition property: cannot tell the edition.");
        var catalog = IsoCatalogs.ForEdition(edition.Value);
        foreach (var (id, path) in included.Concat(excluded.Select(e => (e.Id, e.Path))))
        {
            if (!catalog.Contains(id))
            {
                throw reader.Error(path, $"{id} is not a control of {catalog.Title}.");
            }
        }

        var excludedIds = excluded.Select(e => e.Id).ToHashSet();
        var applicable = (includeAll ? catalog.Controls.Select(c => c.Id) : included.Select(i => i.Id)).Where(id => !excludedIds.Contains(id));
        var exclusions = excluded
            .Where(e => !undecided.Contains(e.Token))
            .GroupBy(e => e.Id)
            .Select(g => new SoaExclusion(g.Key, g.Select(e => justifications.GetValueOrDefault(e.Token)).FirstOrDefault(j => j is not null)));
        return new SoaSelection(edition.Value, applicable, exclusions);
    }

    private static IEnumerable<(ControlId Id, string Path, string Token)> Selected(OscalReader reader, System.Text.Json.JsonElement import, string name, string importPath)
    {
        foreach (var (selection, selectionPath) in reader.Array(import, name, importPath))
        {
            reader.RequireObject(selection, selectionPath);
            if (selection.TryGetProperty("matching", out _))
            {
                throw reader.Error(OscalReader.Child(selectionPath, "matching"), "selection by pattern is not supported: list the controls in \"with-ids\".");
            }

            foreach (var (token, tokenPath) in reader.Array(selection, "with-ids", selectionPath))
            {
                if (token.ValueKind != System.Text.Json.JsonValueKind.String)
                {
                    throw reader.Error(tokenPath, "expected a control id string.");
                }

                var text = token.GetString()!;
                yield return OscalIds.TryParseControl(text, out var id)
                    ? (id, tokenPath, text)
                    : throw reader.Error(tokenPath, $"'{text}' names no Annex A control: expected an id such as 'iso27002-2022-5.23' or 'iso27001-2013-a.12.4.1'.");
            }
        }
    }
}
