using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace Iso27k.Soa.Formats;

// Turns a user's JSON document into the model, one diagnostic per bad value, keeping unknown properties.
internal sealed class SoaJsonReader
{
    private readonly ImmutableArray<SoaDiagnostic>.Builder diagnostics = ImmutableArray.CreateBuilder<SoaDiagnostic>();

    public static SoaDocument Read(Stream stream, Edition? edition)
    {
        var reader = new SoaJsonReader();
        return reader.ReadCore(stream, edition);
    }

    private SoaDocument ReadCore(Stream stream, Edition? editionArgument)
    {
        if (!SoaLimits.TryReadBounded(stream, SoaLimits.MaxJsonBytes, out var bytes))
        {
            Report(SoaReadRules.TooLarge, null, "$", $"The document is larger than {SoaLimits.MaxJsonBytes / (1024 * 1024)} MiB; an SoA is a few hundred KiB at most. Check that this is the right file.");
            return Fail();
        }

        SoaDocumentDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(bytes, SoaJsonContext.Default.SoaDocumentDto);
        }
        catch (JsonException ex)
        {
            var path = ex.Path ?? "$";
            var location = ex.LineNumber is { } line
                ? SoaLocation.AtJsonPath(path, line + 1, (int)(ex.BytePositionInLine ?? 0) + 1)
                : SoaLocation.AtJsonPath(path);
            diagnostics.Add(new SoaDiagnostic(SoaReadRules.Malformed.Code, SoaReadRules.Malformed.Severity, null, location, $"The JSON cannot be read: {FirstSentence(ex.Message)} Fix the document so it matches docs/formats/soa.md.", SoaReadRules.Malformed.Requirement));
            return Fail();
        }

        if (dto is null)
        {
            Report(SoaReadRules.Malformed, null, "$", "The document is JSON null; expected an object with formatVersion, edition and entries.");
            return Fail();
        }

        if (dto.FormatVersion is { } version && version != SoaLimits.JsonFormatVersion)
        {
            Report(SoaReadRules.UnsupportedVersion, null, "$.formatVersion", string.Create(CultureInfo.InvariantCulture, $"Format version {version} is not supported: this library reads version {SoaLimits.JsonFormatVersion}. Upgrade the library or convert the file."));
            return Fail();
        }

        var entries = ImmutableArray.CreateBuilder<SoaEntry>();
        if (dto.Entries is null)
        {
            Report(SoaReadRules.MissingField, null, "$.entries", "The document has no 'entries' array; add one entry per Annex A control.");
        }
        else
        {
            if (dto.Entries.Count > SoaLimits.MaxEntries)
            {
                Report(SoaReadRules.TooLarge, null, "$.entries", string.Create(CultureInfo.InvariantCulture, $"The document has {dto.Entries.Count} entries, more than the limit of {SoaLimits.MaxEntries}. An SoA has one entry per Annex A control (93 or 114)."));
                return Fail();
            }

            for (var i = 0; i < dto.Entries.Count; i++)
            {
                if (ReadEntry(dto.Entries[i], string.Create(CultureInfo.InvariantCulture, $"$.entries[{i}]")) is { } entry)
                {
                    entries.Add(entry);
                }
            }
        }

        var edition = ResolveEdition(dto.Edition, editionArgument, entries);
        var builder = StatementOfApplicability.CreateBuilder(edition);
        builder.Organization = dto.Organization;
        builder.Scope = dto.Scope;
        builder.Version = dto.Version;
        builder.LastModified = ReadDate(dto.LastModified, "$.lastModified", null);
        builder.Approval = ReadApproval(dto.Approval);
        foreach (var entry in entries)
        {
            builder.Add(entry);
        }

        foreach (var property in Unknown(dto.Extra, "$", null))
        {
            builder.UnknownProperties.Add(property);
        }

        return new SoaDocument(builder.ToStatement(), diagnostics.DrainToImmutable(), SoaSourceMap.Json, SoaFormat.Json);
    }

    private SoaDocument Fail() => new(null, diagnostics.DrainToImmutable(), SoaSourceMap.Json, SoaFormat.Json);

    private Edition ResolveEdition(string? text, Edition? argument, ImmutableArray<SoaEntry>.Builder entries)
    {
        if (EditionExtensions.TryParseEdition(text, out var parsed))
        {
            return parsed.Value;
        }

        var inferred = argument ?? SoaLimits.InferEdition(entries.Select(e => e.ControlId));
        var problem = text is null ? "The document has no 'edition'" : $"'{text}' is not an edition";
        Report(SoaReadRules.Edition, null, "$.edition", $"{problem}; read as {inferred.ToYearString()} {(argument is null ? "from its control ids" : "as requested")}. Add \"edition\": \"{inferred.ToYearString()}\".");
        return inferred;
    }

    private SoaApproval? ReadApproval(SoaApprovalDto? dto)
    {
        if (dto is null)
        {
            return null;
        }

        IgnoreUnknown(dto.Extra, "$.approval");
        var date = ReadDate(dto.Date, "$.approval.date", null);
        if (string.IsNullOrWhiteSpace(dto.Approver) || date is null)
        {
            Report(SoaReadRules.MissingField, null, "$.approval", "An approval needs both 'approver' and 'date' (YYYY-MM-DD); it is ignored until both are given.");
            return null;
        }

        return new SoaApproval(dto.Approver, date.Value);
    }

    private SoaEntry? ReadEntry(SoaEntryDto? dto, string path)
    {
        if (dto is null)
        {
            Report(SoaReadRules.Malformed, null, path, "The entry is null; expected an object with controlId and applicability. The entry is skipped.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(dto.ControlId))
        {
            Report(SoaReadRules.MissingField, null, path + ".controlId", "The entry has no 'controlId'; it is skipped. Add the Annex A id, e.g. \"5.23\".");
            return null;
        }

        if (!ControlId.TryParse(dto.ControlId.AsSpan().Trim(), out var id, out var error))
        {
            Report(SoaReadRules.InvalidControlId, null, path + ".controlId", error + " The entry is skipped.");
            return null;
        }

        var entry = new SoaEntry(id);
        if (dto.Applicability is null)
        {
            Report(SoaReadRules.MissingField, id, path + ".applicability", $"Entry {id} has no 'applicability'; it is read as undecided. Set \"applicable\" or \"excluded\".");
        }
        else if (SoaText.TryParseApplicability(dto.Applicability, out var applicability))
        {
            entry = entry.WithApplicability(applicability);
        }
        else
        {
            Report(SoaReadRules.InvalidValue, id, path + ".applicability", $"'{dto.Applicability}' is not an applicability; expected \"applicable\", \"excluded\" or \"undecided\". Read as undecided.");
        }

        if (dto.InclusionReasons is { } reasons)
        {
            entry = entry.WithInclusionReasons(ReadReasons(reasons, id, path + ".inclusionReasons"));
        }

        entry = entry.WithExclusionJustification(dto.ExclusionJustification);
        if (dto.ImplementationStatus is { } statusText)
        {
            if (SoaText.TryParseStatus(statusText, out var status))
            {
                entry = entry.WithImplementationStatus(status);
            }
            else
            {
                Report(SoaReadRules.InvalidValue, id, path + ".implementationStatus", $"'{statusText}' is not an implementation status; expected \"not-started\", \"planned\", \"partial\" or \"implemented\". The status is left empty.");
            }
        }

        entry = entry.WithOwner(dto.Owner);
        if (dto.Evidence is { } evidence)
        {
            var items = ImmutableArray.CreateBuilder<string>(evidence.Count);
            for (var i = 0; i < evidence.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(evidence[i]))
                {
                    Report(SoaReadRules.InvalidValue, id, string.Create(CultureInfo.InvariantCulture, $"{path}.evidence[{i}]"), "An evidence reference is empty; it is skipped.");
                }
                else
                {
                    items.Add(evidence[i]!);
                }
            }

            entry = entry.WithEvidence(items.DrainToImmutable());
        }

        entry = entry.WithLastReviewed(ReadDate(dto.LastReviewed, path + ".lastReviewed", id))
            .WithNotes(dto.Notes)
            .WithUnknownProperties(Unknown(dto.Extra, path, id));
        return entry;
    }

    private ImmutableArray<InclusionReason> ReadReasons(List<SoaReasonDto?> reasons, ControlId id, string path)
    {
        var result = ImmutableArray.CreateBuilder<InclusionReason>(reasons.Count);
        for (var i = 0; i < reasons.Count; i++)
        {
            var reasonPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            var dto = reasons[i];
            if (dto?.Kind is null || !SoaText.TryParseReasonKind(dto.Kind, out var kind))
            {
                Report(SoaReadRules.InvalidValue, id, reasonPath + ".kind", $"'{dto?.Kind}' is not an inclusion reason kind; expected \"risk-treatment\", \"legal\", \"contractual\" or \"business\". The reason is skipped.");
                continue;
            }

            IgnoreUnknown(dto.Extra, reasonPath);
            if (kind != InclusionReasonKind.RiskTreatment)
            {
                result.Add(InclusionReason.Of(kind));
                continue;
            }

            var riskIds = (dto.RiskIds ?? []).Where(InclusionReason.IsValidRiskId).Select(r => r!).ToList();
            if (riskIds.Count != (dto.RiskIds?.Count ?? 0) || riskIds.Count == 0)
            {
                Report(SoaReadRules.InvalidValue, id, reasonPath + ".riskIds", "A risk-treatment reason needs 'riskIds' with at least one id, each non-blank, without surrounding spaces and without ';'. Invalid ids are skipped.");
            }

            if (riskIds.Count > 0)
            {
                result.Add(InclusionReason.RiskTreatment(riskIds));
            }
        }

        return result.DrainToImmutable();
    }

    private LocalDate? ReadDate(string? text, string path, ControlId? id)
    {
        if (text is null)
        {
            return null;
        }

        if (SoaText.TryParseDate(text, out var date))
        {
            return date;
        }

        Report(SoaReadRules.InvalidValue, id, path, $"'{text}' is not a date; expected YYYY-MM-DD. The date is left empty.");
        return null;
    }

    private ImmutableArray<SoaUnknownProperty> Unknown(Dictionary<string, JsonElement>? extra, string path, ControlId? id)
    {
        if (extra is null || extra.Count == 0)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<SoaUnknownProperty>(extra.Count);
        foreach (var (name, value) in extra)
        {
            try
            {
                result.Add(new SoaUnknownProperty(name, SoaText.CompactJson(value)));
            }
            catch (InvalidOperationException)
            {
                // JSON's grammar allows an escaped surrogate without its pair ("\ud800"), but it is no character, and
                // System.Text.Json will not turn it into text. The serializer reports it in known members; an unknown
                // property is kept to be written back, which needs the text.
                Report(SoaReadRules.InvalidValue, id, $"{path}.{name}", $"Property '{name}' holds an escaped surrogate (\\uD800 to \\uDFFF) without its pair, which is no character; write the character itself or a complete pair. The property is not kept.");
            }
        }

        return result.DrainToImmutable();
    }

    // Reasons and approvals are small closed records: an unknown property there is reported rather than kept.
    private void IgnoreUnknown(Dictionary<string, JsonElement>? extra, string path)
    {
        if (extra is null)
        {
            return;
        }

        foreach (var name in extra.Keys)
        {
            Report(SoaReadRules.UnknownProperty, null, $"{path}.{name}", $"Property '{name}' is not part of the format and is not kept here; move the information to the entry's notes or an entry-level property.");
        }
    }

    private void Report(SoaRuleInfo rule, ControlId? id, string path, string message) =>
        diagnostics.Add(new SoaDiagnostic(rule.Code, rule.Severity, id, SoaLocation.AtJsonPath(path), message, rule.Requirement));

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
