using System.Buffers;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Iso27k.Soa;

// The one place where the SoA's words ("implemented", "risk:R-1", "2026-01-31") are spelled, so every format agrees.
internal static class SoaText
{
    public static string Format(Applicability value) => value switch
    {
        Applicability.Applicable => "applicable",
        Applicability.Excluded => "excluded",
        _ => "undecided",
    };

    public static bool TryParseApplicability(string text, out Applicability value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "applicable":
                value = Applicability.Applicable;
                return true;
            case "excluded":
                value = Applicability.Excluded;
                return true;
            case "undecided":
            case "decision-required":
                value = Applicability.Undecided;
                return true;
            default:
                value = default;
                return false;
        }
    }

    public static string Format(ImplementationStatus value) => value switch
    {
        ImplementationStatus.NotStarted => "not-started",
        ImplementationStatus.Planned => "planned",
        ImplementationStatus.PartiallyImplemented => "partial",
        ImplementationStatus.Implemented => "implemented",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown implementation status."),
    };

    public static string Describe(ImplementationStatus value) => value switch
    {
        ImplementationStatus.NotStarted => "Not started",
        ImplementationStatus.Planned => "Planned",
        ImplementationStatus.PartiallyImplemented => "Partially implemented",
        _ => "Implemented",
    };

    public static bool TryParseStatus(string text, out ImplementationStatus value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "not-started":
            case "not started":
                value = ImplementationStatus.NotStarted;
                return true;
            case "planned":
                value = ImplementationStatus.Planned;
                return true;
            case "partial":
            case "partially-implemented":
            case "partially implemented":
                value = ImplementationStatus.PartiallyImplemented;
                return true;
            case "implemented":
                value = ImplementationStatus.Implemented;
                return true;
            default:
                value = default;
                return false;
        }
    }

    public static string Format(InclusionReasonKind kind) => kind switch
    {
        InclusionReasonKind.RiskTreatment => "risk",
        InclusionReasonKind.LegalOrRegulatory => "legal",
        InclusionReasonKind.Contractual => "contractual",
        InclusionReasonKind.BusinessRequirement => "business",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown inclusion reason kind."),
    };

    public static string Describe(InclusionReasonKind kind) => kind switch
    {
        InclusionReasonKind.RiskTreatment => "Risk treatment",
        InclusionReasonKind.LegalOrRegulatory => "Legal or regulatory requirement",
        InclusionReasonKind.Contractual => "Contractual requirement",
        _ => "Business requirement or good practice",
    };

    public static bool TryParseReasonKind(string text, out InclusionReasonKind kind)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "risk":
            case "risk-treatment":
                kind = InclusionReasonKind.RiskTreatment;
                return true;
            case "legal":
            case "regulatory":
                kind = InclusionReasonKind.LegalOrRegulatory;
                return true;
            case "contractual":
                kind = InclusionReasonKind.Contractual;
                return true;
            case "business":
            case "best-practice":
                kind = InclusionReasonKind.BusinessRequirement;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static bool TryParseDate(string text, out LocalDate date)
    {
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    public static string JsonString(string value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string CompactJson(string json, string parameterName)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return CompactJson(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"Not a JSON value: {ex.Message}", parameterName, ex);
        }
        catch (InvalidOperationException ex)
        {
            // An escaped surrogate without its pair ("\ud800") is valid JSON syntax but no text.
            throw new ArgumentException($"Not a JSON value that can be read as text: {ex.Message}", parameterName, ex);
        }
    }

    public static string CompactJson(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string JsonToText(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.String ? document.RootElement.GetString()! : json;
    }
}
