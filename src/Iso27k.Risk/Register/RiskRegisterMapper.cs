using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Iso27k.Risk.Matrix;
using Iso27k.Risk.Owasp;
using NodaTime;
using NodaTime.Text;

namespace Iso27k.Risk;

// Turns the format's DTOs into the model, reporting every invalid value with its JSON path, and back.
internal sealed class RiskRegisterMapper
{
    private const string FormatRequirement = "Iso27k risk register format, version 1 (docs/formats/risk-register.md)";

    private readonly List<RiskDiagnostic> problems = [];

    public ImmutableArray<RiskDiagnostic> Problems => [.. problems];

    public bool HasProblems => problems.Count > 0;

    public static RiskDiagnostic Problem(string code, string? path, string message, string? riskId = null) =>
        new(code, RiskDiagnosticSeverity.Error, riskId, path, message, FormatRequirement);

    private void Add(string code, string path, string message, string? riskId = null) => problems.Add(Problem(code, path, message, riskId));

    public bool CheckHeader(string format, int version, string expectedFormat)
    {
        if (!string.Equals(format, expectedFormat, StringComparison.Ordinal))
        {
            Add(RiskDiagnosticCodes.UnsupportedFormat, "$.format", $"\"format\" is '{format}'; expected \"{expectedFormat}\".");
            return false;
        }

        if (version != RiskRegisterFormat.CurrentVersion)
        {
            Add(RiskDiagnosticCodes.UnsupportedFormat, "$.formatVersion", $"format version {version} is not supported: this library reads version {RiskRegisterFormat.CurrentVersion}.");
            return false;
        }

        return true;
    }

    public RiskRegister? ToModel(RegisterDto dto)
    {
        if (!CheckHeader(dto.Format, dto.FormatVersion, RiskRegisterFormat.RegisterFormat))
        {
            return null;
        }

        var criteria = dto.Criteria is null ? null : ToModel(dto.Criteria, "$.criteria");
        var assets = Each(dto.Assets, "$.assets", (a, p) => new Asset(a.Id, a.Name, a.Owner, a.Description, Extensions(a, p)));
        var threats = Each(dto.Threats, "$.threats", (t, p) => new Threat(t.Id, t.Name, t.Description, Extensions(t, p)));
        var vulnerabilities = Each(dto.Vulnerabilities, "$.vulnerabilities", (v, p) => new Vulnerability(v.Id, v.Name, Properties(v.Affects, p + ".affects"), v.Description, Extensions(v, p)));
        var risks = Each(dto.Risks, "$.risks", ToModel);
        if (HasProblems)
        {
            return null;
        }

        return new RiskRegister(dto.Title, criteria, risks, assets, threats, vulnerabilities)
            .WithOrganization(dto.Organization)
            .WithExtensions(Extensions(dto, "$"));
    }

    public RiskCriteria? ToModel(CriteriaDto dto, string path)
    {
        IRiskMethod? method = null;
        switch (dto.Method)
        {
            case RiskMatrix.MethodName:
                if (dto.Matrix is null)
                {
                    Add(RiskDiagnosticCodes.InvalidCriteria, path + ".matrix", "the method is \"matrix\" but no \"matrix\" object defines it; add scales, levels and a grid or bands.");
                }
                else
                {
                    method = ToModel(dto.Matrix, path + ".matrix");
                }

                break;
            case OwaspRiskMethod.MethodName:
                var policy = dto.Owasp?.ImpactPolicy is { } text ? Keyword<OwaspImpactPolicy>(text, path + ".owasp.impactPolicy", PolicyNames) : OwaspImpactPolicy.Business;
                method = policy is { } p ? new OwaspRiskMethod(p) : null;
                break;
            default:
                Add(RiskDiagnosticCodes.InvalidCriteria, path + ".method", $"'{dto.Method}' is not a method; expected \"matrix\" or \"owasp\".");
                break;
        }

        if (method is null)
        {
            return null;
        }

        if (method.Levels.IndexOf(dto.AcceptanceLevel, StringComparer.Ordinal) < 0)
        {
            Add(RiskDiagnosticCodes.InvalidCriteria, path + ".acceptanceLevel", $"'{dto.AcceptanceLevel}' is not a level of the method; expected one of {string.Join(", ", method.Levels)}.");
            return null;
        }

        return new RiskCriteria(dto.Id, dto.Version, method, dto.AcceptanceLevel, dto.Title, Extensions(dto, path));
    }

    private RiskMatrix? ToModel(MatrixDto dto, string path)
    {
        var kind = Keyword<MatrixMethod>(dto.Kind, path + ".kind", KindNames);
        var messages = new List<string>();
        var likelihood = RiskScale.TryCreate(dto.Likelihood.Name, dto.Likelihood.Labels, "likelihood", messages);
        var consequence = RiskScale.TryCreate(dto.Consequence.Name, dto.Consequence.Labels, "consequence", messages);
        RiskMatrix? matrix = null;
        if (kind is { } k && likelihood is not null && consequence is not null)
        {
            var bands = new List<RiskBand>();
            foreach (var band in dto.Bands ?? [])
            {
                if (band is null)
                {
                    messages.Add("bands: a band is null; expected {\"min\": 1, \"max\": 4, \"level\": \"Low\"}.");
                }
                else
                {
                    bands.Add(new RiskBand(band.Min, band.Max, band.Level));
                }
            }

            IReadOnlyList<IReadOnlyList<string?>>? grid = dto.Grid is null ? null : [.. dto.Grid.Select(r => (IReadOnlyList<string?>?)r ?? [])];
            if (k == MatrixMethod.Lookup && dto.Bands is not null)
            {
                messages.Add("bands: a lookup matrix takes a grid, not bands; remove \"bands\" or use kind \"multiplicative\" or \"additive\".");
            }
            else if (k != MatrixMethod.Lookup && dto.Grid is not null)
            {
                messages.Add("grid: a banded matrix takes bands, not a grid; remove \"grid\" or use kind \"lookup\".");
            }
            else if (k != MatrixMethod.Lookup && dto.Monotone == false)
            {
                messages.Add("monotone: a banded matrix is always monotone; remove \"monotone\": false.");
            }
            else
            {
                matrix = RiskMatrix.TryCreate(k, likelihood, consequence, dto.Levels, grid, bands, dto.Monotone ?? true, messages);
            }
        }

        foreach (var message in messages)
        {
            Add(RiskDiagnosticCodes.InvalidCriteria, path, "the matrix is invalid: " + message);
        }

        // Extensions of the matrix and its scales are not modelled (the matrix is a pure engine); say so rather than drop them.
        if (dto.Extra is { Count: > 0 } || dto.Likelihood.Extra is { Count: > 0 } || dto.Consequence.Extra is { Count: > 0 } || (dto.Bands?.Any(b => b?.Extra is { Count: > 0 }) ?? false))
        {
            Add(RiskDiagnosticCodes.InvalidCriteria, path, "the matrix definition has properties this version does not know; the matrix format is closed so that criteria mean the same to every reader. Remove them or move them to the criteria object.");
        }

        return messages.Count == 0 ? matrix : null;
    }

    private Risk ToModel(RiskDto dto, string path)
    {
        var risk = new Risk(dto.Id, dto.Title)
            .WithDescription(dto.Description)
            .WithOwner(dto.Owner)
            .WithAssets(Strings(dto.Assets, path + ".assets", dto.Id))
            .WithThreat(dto.Threat)
            .WithVulnerability(dto.Vulnerability)
            .WithInherent(ToModel(dto.Inherent, path + ".inherent", dto.Id))
            .WithCurrent(ToModel(dto.Current, path + ".current", dto.Id))
            .WithResidual(ToModel(dto.Residual, path + ".residual", dto.Id))
            .WithTreatment(dto.Treatment is null ? null : Keyword<TreatmentOption>(dto.Treatment, path + ".treatment", TreatmentNames), Controls(dto.Controls, path + ".controls", dto.Id))
            .WithNextReview(Date(dto.NextReview, path + ".nextReview", dto.Id))
            .WithExtensions(Extensions(dto, path));
        if (dto.Acceptance is { } a)
        {
            var on = Date(a.AcceptedOn, path + ".acceptance.acceptedOn", dto.Id);
            var expires = Date(a.ExpiresOn, path + ".acceptance.expiresOn", dto.Id);
            risk = risk.WithAcceptance(new RiskAcceptance(a.AcceptedBy, on ?? default, expires, a.Note, Extensions(a, path + ".acceptance")));
        }

        return risk;
    }

    private RiskAssessment? ToModel(AssessmentDto? dto, string path, string riskId)
    {
        if (dto is null)
        {
            return null;
        }

        OwaspVector? vector = null;
        if (dto.Owasp is { } text)
        {
            if (OwaspVector.TryParse(text, out var parsed, out var error))
            {
                vector = parsed;
            }
            else
            {
                Add(RiskDiagnosticCodes.InvalidValue, path + ".owasp", error.Message, riskId);
            }
        }

        var likelihood = dto.Likelihood ?? 0;
        var consequence = dto.Consequence ?? 0;
        if (likelihood < 0 || consequence < 0)
        {
            Add(RiskDiagnosticCodes.InvalidValue, path, "likelihood and consequence are scale values from 1 up; omit them (or use null) when not rated.", riskId);
        }

        return new RiskAssessment(likelihood, consequence, vector, dto.Rationale, Extensions(dto, path));
    }

    private ImmutableArray<T> Each<TDto, T>(List<TDto?>? items, string path, Func<TDto, string, T> convert)
        where TDto : class
    {
        if (items is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (items[i] is { } item)
            {
                result.Add(convert(item, at));
            }
            else
            {
                Add(RiskDiagnosticCodes.MalformedDocument, at, "expected an object, found null.");
            }
        }

        return result.ToImmutable();
    }

    private ImmutableArray<string> Strings(List<string?>? items, string path, string riskId)
    {
        if (items is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item)
            {
                result.Add(item);
            }
            else
            {
                Add(RiskDiagnosticCodes.MalformedDocument, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), "expected a string, found null.", riskId);
            }
        }

        return result.ToImmutable();
    }

    private ImmutableArray<ControlId> Controls(List<string?>? items, string path, string riskId)
    {
        var result = ImmutableArray.CreateBuilder<ControlId>();
        var texts = Strings(items, path, riskId);
        for (var i = 0; i < texts.Length; i++)
        {
            if (ControlId.TryParse(texts[i].AsSpan(), out var id, out var error))
            {
                result.Add(id);
            }
            else
            {
                Add(RiskDiagnosticCodes.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), error, riskId);
            }
        }

        return result.ToImmutable();
    }

    private ImmutableArray<SecurityProperty> Properties(List<string?>? items, string path)
    {
        var result = ImmutableArray.CreateBuilder<SecurityProperty>();
        if (items is null)
        {
            return result.ToImmutable();
        }

        for (var i = 0; i < items.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (items[i] is { } text && Keyword<SecurityProperty>(text, at, PropertyNames) is { } property)
            {
                result.Add(property);
            }
            else if (items[i] is null)
            {
                Add(RiskDiagnosticCodes.MalformedDocument, at, "expected a string, found null.");
            }
        }

        return result.ToImmutable();
    }

    private LocalDate? Date(string? text, string path, string riskId)
    {
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        Add(RiskDiagnosticCodes.InvalidValue, path, $"'{text}' is not a date; expected an ISO 8601 date such as \"2026-03-31\".", riskId);
        return null;
    }

    private T? Keyword<T>(string text, string path, (string Name, T Value)[] names)
        where T : struct
    {
        foreach (var (name, value) in names)
        {
            if (string.Equals(text, name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        Add(RiskDiagnosticCodes.InvalidValue, path, $"'{text}' is not allowed here; expected one of {string.Join(", ", names.Select(n => $"\"{n.Name}\""))}.");
        return null;
    }

    private ImmutableSortedDictionary<string, string>? Extensions(ExtensibleDto dto, string path)
    {
        if (dto.Extra is null)
        {
            return null;
        }

        var extensions = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in dto.Extra)
        {
            try
            {
                extensions[name] = Compact(value);
            }
            catch (InvalidOperationException)
            {
                // JSON's grammar allows an escaped surrogate without its pair ("\ud800"), but it is no character, and
                // System.Text.Json will not turn it into text. The serializer reports it in known members; here the
                // value is written back out, which needs the text.
                Add(RiskDiagnosticCodes.InvalidValue, path + "." + name, "holds an escaped surrogate (\\uD800 to \\uDFFF) without its pair, which is no character; write the character itself or a complete pair.");
            }
        }

        return extensions.ToImmutable();
    }

    // Written indented and read back, raw text would change its whitespace; compact text is stable across round trips.
    private static string Compact(JsonElement element)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            element.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    internal static readonly (string Name, TreatmentOption Value)[] TreatmentNames =
        [("modify", TreatmentOption.Modify), ("retain", TreatmentOption.Retain), ("avoid", TreatmentOption.Avoid), ("share", TreatmentOption.Share)];

    internal static readonly (string Name, SecurityProperty Value)[] PropertyNames =
        [("confidentiality", SecurityProperty.Confidentiality), ("integrity", SecurityProperty.Integrity), ("availability", SecurityProperty.Availability)];

    internal static readonly (string Name, MatrixMethod Value)[] KindNames =
        [("lookup", MatrixMethod.Lookup), ("multiplicative", MatrixMethod.Multiplicative), ("additive", MatrixMethod.Additive)];

    internal static readonly (string Name, OwaspImpactPolicy Value)[] PolicyNames =
        [("business", OwaspImpactPolicy.Business), ("technical", OwaspImpactPolicy.Technical), ("maximum", OwaspImpactPolicy.Maximum), ("average", OwaspImpactPolicy.Average)];

    private static string NameOf<T>((string Name, T Value)[] names, T value)
        where T : struct, Enum
    {
        foreach (var (name, v) in names)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "Not a value the format can write.");
    }

    // ---- model to DTO ----
    public static RegisterDto ToDto(RiskRegister register) => new()
    {
        Format = RiskRegisterFormat.RegisterFormat,
        FormatVersion = RiskRegisterFormat.CurrentVersion,
        Title = register.Title,
        Organization = register.Organization,
        Criteria = register.Criteria is null ? null : Fill(new CriteriaDto
        {
            Id = register.Criteria.Id,
            Version = register.Criteria.Version,
            Title = register.Criteria.Title,
            Method = register.Criteria.Method.Name,
            Matrix = register.Criteria.Method is RiskMatrix m ? ToDto(m) : null,
            Owasp = register.Criteria.Method is OwaspRiskMethod o ? new OwaspMethodDto { ImpactPolicy = NameOf(PolicyNames, o.Policy) } : null,
            AcceptanceLevel = register.Criteria.AcceptanceLevelLabel,
        }, register.Criteria.Extensions),
        Assets = NullIfEmpty(register.Assets, a => (AssetDto?)Fill(new AssetDto { Id = a.Id, Name = a.Name, Owner = a.Owner, Description = a.Description }, a.Extensions)),
        Threats = NullIfEmpty(register.Threats, t => (ThreatDto?)Fill(new ThreatDto { Id = t.Id, Name = t.Name, Description = t.Description }, t.Extensions)),
        Vulnerabilities = NullIfEmpty(register.Vulnerabilities, v => (VulnerabilityDto?)Fill(
            new VulnerabilityDto { Id = v.Id, Name = v.Name, Description = v.Description, Affects = NullIfEmpty(v.Affects, p => (string?)NameOf(PropertyNames, p)) },
            v.Extensions)),
        Risks = [.. register.Risks.Select(r => (RiskDto?)ToDto(r))],
        Extra = ExtraOf(register.Extensions),
    };

    public static CriteriaFileDto ToFileDto(RiskCriteria criteria) => Fill(new CriteriaFileDto
    {
        Format = RiskRegisterFormat.CriteriaFormat,
        FormatVersion = RiskRegisterFormat.CurrentVersion,
        Id = criteria.Id,
        Version = criteria.Version,
        Title = criteria.Title,
        Method = criteria.Method.Name,
        Matrix = criteria.Method is RiskMatrix m ? ToDto(m) : null,
        Owasp = criteria.Method is OwaspRiskMethod o ? new OwaspMethodDto { ImpactPolicy = NameOf(PolicyNames, o.Policy) } : null,
        AcceptanceLevel = criteria.AcceptanceLevelLabel,
    }, criteria.Extensions);

    private static MatrixDto ToDto(RiskMatrix matrix) => new()
    {
        Kind = NameOf(KindNames, matrix.Method),
        Likelihood = new ScaleDto { Name = matrix.Likelihood.Name, Labels = [.. matrix.Likelihood.Labels] },
        Consequence = new ScaleDto { Name = matrix.Consequence.Name, Labels = [.. matrix.Consequence.Labels] },
        Levels = [.. matrix.Levels],
        Grid = matrix.Method == MatrixMethod.Lookup ? [.. matrix.Grid.Select(r => (List<string?>?)[.. r])] : null,
        Bands = matrix.Method == MatrixMethod.Lookup ? null : [.. matrix.Bands.Select(b => (BandDto?)new BandDto { Min = b.Min, Max = b.Max, Level = b.Level })],
        Monotone = matrix.Method == MatrixMethod.Lookup && !matrix.RequiresMonotone ? false : null,
    };

    private static RiskDto ToDto(Risk risk) => Fill(new RiskDto
    {
        Id = risk.Id,
        Title = risk.Title,
        Description = risk.Description,
        Owner = risk.Owner,
        Assets = NullIfEmpty(risk.AssetIds, a => (string?)a),
        Threat = risk.ThreatId,
        Vulnerability = risk.VulnerabilityId,
        Inherent = ToDto(risk.Inherent),
        Current = ToDto(risk.Current),
        Residual = ToDto(risk.Residual),
        Treatment = risk.Treatment is { } t ? NameOf(TreatmentNames, t) : null,
        Controls = NullIfEmpty(risk.TreatmentControls, c => (string?)c.ToString()),
        Acceptance = risk.Acceptance is { } a ? Fill(new AcceptanceDto { AcceptedBy = a.AcceptedBy, AcceptedOn = FormatDate(a.AcceptedOn)!, ExpiresOn = FormatDate(a.ExpiresOn), Note = a.Note }, a.Extensions) : null,
        NextReview = FormatDate(risk.NextReview),
    }, risk.Extensions);

    private static AssessmentDto? ToDto(RiskAssessment? assessment) => assessment is null ? null : Fill(new AssessmentDto
    {
        Likelihood = assessment.Likelihood == 0 ? null : assessment.Likelihood,
        Consequence = assessment.Consequence == 0 ? null : assessment.Consequence,
        Owasp = assessment.Owasp?.ToString(),
        Rationale = assessment.Rationale,
    }, assessment.Extensions);

    private static string? FormatDate(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

    private static List<TOut>? NullIfEmpty<TIn, TOut>(ImmutableArray<TIn> items, Func<TIn, TOut> convert) =>
        items.IsDefaultOrEmpty ? null : [.. items.Select(convert)];

    private static T Fill<T>(T dto, ImmutableSortedDictionary<string, string> extensions)
        where T : ExtensibleDto
    {
        dto.Extra = ExtraOf(extensions);
        return dto;
    }

    private static Dictionary<string, JsonElement>? ExtraOf(ImmutableSortedDictionary<string, string> extensions)
    {
        if (extensions.IsEmpty)
        {
            return null;
        }

        var extra = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, raw) in extensions)
        {
            using var document = JsonDocument.Parse(raw);
            extra[name] = document.RootElement.Clone();
        }

        return extra;
    }
}
