using System.Text.Json;
using System.Text.Json.Serialization;

namespace Iso27k.Serialization.SystemTextJson;

/// <summary>
/// Configures <see cref="JsonSerializerOptions"/> for the Iso27k types, as <c>ConfigureForNodaTime</c> does for NodaTime.
/// </summary>
public static class Iso27kJsonSerializerOptionsExtensions
{
    /// <summary>
    /// Adds the converters for <see cref="ControlId"/>, <see cref="AttributeValue"/>, <see cref="AttributeSet"/>,
    /// <see cref="Control"/> (by id, resolved through <see cref="IsoCatalogs"/>), CVSS v3.x and v4.0 vectors,
    /// Statements of Applicability and risk registers. Converters already present are not added twice.
    /// </summary>
    /// <param name="options">The options to change; not yet used for serialization (then they are read-only).</param>
    /// <returns>The same options, for chaining.</returns>
    /// <remarks>
    /// Only converters are added: the type-info resolver is left as it is. For trim- and AOT-safe use, also chain a
    /// source-generated context, e.g. <c>options.TypeInfoResolverChain.Add(Iso27kJsonContext.Default)</c>; your own
    /// generated contexts pick these converters up from the options.
    /// </remarks>
    public static JsonSerializerOptions ConfigureForIso27k(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Add(options, ControlIdJsonConverter.Instance);
        Add(options, AttributeValueJsonConverter.Instance);
        Add(options, AttributeSetJsonConverter.Instance);
        Add(options, ControlJsonConverter.Instance);
        Add(options, CvssV31VectorJsonConverter.Instance);
        Add(options, CvssV40VectorJsonConverter.Instance);
        Add(options, StatementOfApplicabilityJsonConverter.Instance);
        Add(options, RiskRegisterJsonConverter.Instance);
        return options;
    }

    /// <summary>Creates options configured for Iso27k with <see cref="Iso27kJsonContext.Default"/> as resolver.</summary>
    /// <returns>New options; add your own context to <see cref="JsonSerializerOptions.TypeInfoResolverChain"/> first if needed.</returns>
    public static JsonSerializerOptions CreateIso27kOptions()
    {
        var options = new JsonSerializerOptions().ConfigureForIso27k();
        options.TypeInfoResolverChain.Add(Iso27kJsonContext.Default);
        return options;
    }

    private static void Add(JsonSerializerOptions options, JsonConverter converter)
    {
        foreach (var existing in options.Converters)
        {
            if (existing.GetType() == converter.GetType())
            {
                return;
            }
        }

        options.Converters.Add(converter);
    }
}
