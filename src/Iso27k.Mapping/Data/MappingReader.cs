using System.Security.Cryptography;
using System.Text.Json;

namespace Iso27k.Mapping.Data;

// Turns the data format into the model, naming the JSON path of anything wrong.
internal static class MappingReader
{
    // The embedded file is ~20 KB; a document a thousand times larger is not a mapping.
    internal const int MaxDocumentBytes = 32 * 1024 * 1024;

    public static ControlMapping ReadControls(Stream stream, Catalog source, Catalog target, string sourceName)
    {
        var (dto, sha) = ReadDocument(stream, sourceName);
        CheckEdition(dto.Source, source.Edition, "$.source.edition", sourceName);
        CheckEdition(dto.Target, target.Edition, "$.target.edition", sourceName);
        var pairs = new List<MappingPair>(dto.Controls.Pairs.Count);
        var seen = new HashSet<(ControlId, ControlId)>();
        for (var i = 0; i < dto.Controls.Pairs.Count; i++)
        {
            var p = dto.Controls.Pairs[i];
            var path = $"$.controls.pairs[{i}]";
            var from = ReadId(p.Source, source, path + ".source", sourceName);
            var to = ReadId(p.Target, target, path + ".target", sourceName);
            if (!MappingVocabulary.TryParseRelationship(p.Relationship, out var relationship) || p.Relationship == "equal-to" || relationship == MappingRelationship.NoRelationship)
            {
                throw new MappingDataException(sourceName, path + ".relationship", $"'{p.Relationship}' is not a relationship: expected equal, subset-of, superset-of or intersects-with.");
            }

            if (!MappingVocabulary.TryParseRationale(p.Rationale, out var rationale))
            {
                throw new MappingDataException(sourceName, path + ".rationale", $"'{p.Rationale}' is not a rationale: expected syntactic, semantic or functional.");
            }

            if (!seen.Add((from, to)))
            {
                throw new MappingDataException(sourceName, path, $"the pair {from} to {to} occurs more than once.");
            }

            pairs.Add(new MappingPair(from, to, relationship, rationale));
        }

        var notes = dto.Provenance.Notes ?? [];
        ControlMapping mapping;
        try
        {
            mapping = new ControlMapping(source, target, pairs, dto.DataVersion, ReadSources(dto.Provenance, sourceName), notes, sha);
        }
        catch (ArgumentException ex)
        {
            throw new MappingDataException(sourceName, "$.controls.pairs", ex.Message, ex);
        }

        // The explanatory fields are checked against what the pairs imply, so the file cannot drift from the model.
        for (var i = 0; i < dto.Controls.Pairs.Count; i++)
        {
            var p = dto.Controls.Pairs[i];
            if (p.Kind is null)
            {
                continue;
            }

            var entry = mapping.TargetsOf(ControlId.Parse(p.Source)).First(e => e.Target == ControlId.Parse(p.Target));
            if (!MappingVocabulary.TryParseKind(p.Kind, out var kind) || kind != entry.Kind)
            {
                throw new MappingDataException(sourceName, $"$.controls.pairs[{i}].kind", $"'{p.Kind}' does not match the derived kind '{entry.Kind.ToToken()}'.");
            }
        }

        CheckIdList(dto.Controls.NewTargets, mapping.NewTargets, target, "$.controls.newTargets", "target controls that no pair reaches", sourceName);
        CheckIdList(dto.Controls.RemovedSources, mapping.RemovedSources, source, "$.controls.removedSources", "source controls that reach no target", sourceName);
        return mapping;
    }

    public static ClauseCorrespondence ReadClauses(Stream stream, ClauseCatalog source, ClauseCatalog target, string sourceName)
    {
        var (dto, sha) = ReadDocument(stream, sourceName);
        CheckEdition(dto.Source, source.Edition, "$.source.edition", sourceName);
        CheckEdition(dto.Target, target.Edition, "$.target.edition", sourceName);
        var clauses = dto.Clauses ?? throw new MappingDataException(sourceName, "$.clauses", "the document has no clause correspondence.");
        ClauseCorrespondence correspondence;
        try
        {
            correspondence = new ClauseCorrespondence(source, target, [.. clauses.Pairs.Select(p => (p.Source, (IReadOnlyList<string>)p.Targets))], dto.DataVersion, sha);
        }
        catch (ArgumentException ex)
        {
            throw new MappingDataException(sourceName, "$.clauses.pairs", ex.Message, ex);
        }

        if (!clauses.NewTargets.SequenceEqual(correspondence.NewTargets, StringComparer.Ordinal))
        {
            throw new MappingDataException(sourceName, "$.clauses.newTargets", $"lists [{string.Join(", ", clauses.NewTargets)}] but the pairs leave [{string.Join(", ", correspondence.NewTargets)}] without a source.");
        }

        return correspondence;
    }

    private static (MappingDocumentDto Dto, string Sha256) ReadDocument(Stream stream, string sourceName)
    {
        var bytes = ReadAll(stream, sourceName);
        MappingDocumentDto dto;
        try
        {
            dto = JsonSerializer.Deserialize(bytes, MappingJsonContext.Default.MappingDocumentDto)
                ?? throw new MappingDataException(sourceName, "$", "expected a JSON object, found null.");
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, {ex.Path ?? "$"}" : ex.Path ?? "$";
            throw new MappingDataException(sourceName, where, ex.Message, ex);
        }

        if (dto.FormatVersion != MappingFormat.CurrentVersion)
        {
            throw new MappingDataException(sourceName, "$.formatVersion", $"format version {dto.FormatVersion} is not supported: this library reads version {MappingFormat.CurrentVersion}.");
        }

        if (string.IsNullOrWhiteSpace(dto.DataVersion))
        {
            throw new MappingDataException(sourceName, "$.dataVersion", "the data version is empty.");
        }

        return (dto, Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
    }

    private static byte[] ReadAll(Stream stream, string sourceName)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxDocumentBytes)
            {
                throw new MappingDataException(sourceName, string.Empty, $"the document is larger than the limit of {MaxDocumentBytes / (1024 * 1024)} MiB.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static void CheckEdition(CatalogRefDto dto, Edition expected, string path, string sourceName)
    {
        if (dto.Edition != expected.ToYearString())
        {
            throw new MappingDataException(sourceName, path, $"'{dto.Edition}' does not match the catalog given: expected \"{expected.ToYearString()}\".");
        }
    }

    private static ControlId ReadId(string text, Catalog catalog, string path, string sourceName)
    {
        if (!ControlId.TryParse(text.AsSpan(), out var id, out var error))
        {
            throw new MappingDataException(sourceName, path, error);
        }

        if (text != id.ToString())
        {
            throw new MappingDataException(sourceName, path, $"'{text}' must be written in canonical form '{id}'.");
        }

        if (!catalog.Contains(id))
        {
            throw new MappingDataException(sourceName, path, $"{catalog.Title} has no control {id}.");
        }

        return id;
    }

    private static void CheckIdList(List<string> listed, System.Collections.Immutable.ImmutableArray<ControlId> derived, Catalog catalog, string path, string what, string sourceName)
    {
        var ids = new List<ControlId>(listed.Count);
        for (var i = 0; i < listed.Count; i++)
        {
            ids.Add(ReadId(listed[i], catalog, $"{path}[{i}]", sourceName));
        }

        if (!ids.SequenceEqual(derived))
        {
            throw new MappingDataException(sourceName, path, $"lists [{string.Join(", ", listed)}] but the {what} are [{string.Join(", ", derived)}] (in id order).");
        }
    }

    private static List<DataSource> ReadSources(MappingProvenanceDto provenance, string sourceName)
    {
        var sources = new List<DataSource>(provenance.Sources.Count);
        for (var i = 0; i < provenance.Sources.Count; i++)
        {
            var s = provenance.Sources[i];
            try
            {
                sources.Add(new DataSource(s.Name, s.Location, s.Checked, s.Covers));
            }
            catch (ArgumentException ex)
            {
                throw new MappingDataException(sourceName, $"$.provenance.sources[{i}]", ex.Message, ex);
            }
        }

        return sources;
    }
}
