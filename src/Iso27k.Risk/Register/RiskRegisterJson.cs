using System.Text;
using System.Text.Json;

namespace Iso27k.Risk;

/// <summary>
/// Reads and writes a <see cref="RiskRegister"/> in the register format (docs/formats/risk-register.md, JSON Schema
/// docs/formats/risk-register.schema.json), with its criteria.
/// </summary>
/// <remarks>
/// Reading is strict about structure (types, required properties, duplicate properties, valid dates, control ids,
/// vectors, keywords and matrix definitions) and reports every problem with its JSON path as a diagnostic; it never
/// throws on a document's content. Properties the format does not define are kept and written back.
/// </remarks>
public static class RiskRegisterJson
{
    /// <summary>Reads a register from UTF-8 JSON.</summary>
    /// <param name="stream">The document.</param>
    /// <returns>The register, or the diagnostics that say what is wrong (codes RSK100 to RSK103).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static RiskReadResult<RiskRegister> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var problems = new List<RiskDiagnostic>();
        var bytes = RiskJsonIO.ReadAll(stream, problems);
        return bytes is null ? RiskJsonIO.Result<RiskRegister>(null, problems) : Read(bytes, problems);
    }

    /// <summary>Reads a register from a JSON string.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The register, or the diagnostics that say what is wrong.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static RiskReadResult<RiskRegister> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), []);
    }

    private static RiskReadResult<RiskRegister> Read(byte[] bytes, List<RiskDiagnostic> problems)
    {
        var dto = RiskJsonIO.Deserialize(bytes, RiskJsonContext.Default.RegisterDto, problems);
        if (dto is null)
        {
            return RiskJsonIO.Result<RiskRegister>(null, problems);
        }

        var mapper = new RiskRegisterMapper();
        var register = mapper.ToModel(dto);
        problems.AddRange(mapper.Problems);
        return RiskJsonIO.Result(register, problems);
    }

    /// <summary>Writes a register as indented UTF-8 JSON.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="register">The register.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream stream, RiskRegister register)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(register);
        JsonSerializer.Serialize(stream, RiskRegisterMapper.ToDto(register), RiskJsonContext.Default.RegisterDto);
    }

    /// <summary>Writes a register as an indented JSON string.</summary>
    /// <param name="register">The register.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    public static string ToJson(RiskRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return JsonSerializer.Serialize(RiskRegisterMapper.ToDto(register), RiskJsonContext.Default.RegisterDto);
    }
}
