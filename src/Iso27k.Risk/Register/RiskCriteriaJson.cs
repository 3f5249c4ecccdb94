using System.Text;
using System.Text.Json;

namespace Iso27k.Risk;

/// <summary>
/// Reads and writes <see cref="RiskCriteria"/> as a document of their own (format <c>iso27k-risk-criteria</c>), so a
/// register can be scored against criteria kept in a separate file.
/// </summary>
public static class RiskCriteriaJson
{
    /// <summary>Reads criteria from UTF-8 JSON.</summary>
    /// <param name="stream">The document.</param>
    /// <returns>The criteria, or the diagnostics that say what is wrong (codes RSK100 to RSK103).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static RiskReadResult<RiskCriteria> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var problems = new List<RiskDiagnostic>();
        var bytes = RiskJsonIO.ReadAll(stream, problems);
        return bytes is null ? RiskJsonIO.Result<RiskCriteria>(null, problems) : Read(bytes, problems);
    }

    /// <summary>Reads criteria from a JSON string.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The criteria, or the diagnostics that say what is wrong.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static RiskReadResult<RiskCriteria> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), []);
    }

    private static RiskReadResult<RiskCriteria> Read(byte[] bytes, List<RiskDiagnostic> problems)
    {
        var dto = RiskJsonIO.Deserialize(bytes, RiskJsonContext.Default.CriteriaFileDto, problems);
        if (dto is null)
        {
            return RiskJsonIO.Result<RiskCriteria>(null, problems);
        }

        var mapper = new RiskRegisterMapper();
        var criteria = mapper.CheckHeader(dto.Format, dto.FormatVersion, RiskRegisterFormat.CriteriaFormat) ? mapper.ToModel(dto, "$") : null;
        problems.AddRange(mapper.Problems);
        return RiskJsonIO.Result(criteria, problems);
    }

    /// <summary>Writes criteria as indented UTF-8 JSON.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="criteria">The criteria.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream stream, RiskCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(criteria);
        JsonSerializer.Serialize(stream, RiskRegisterMapper.ToFileDto(criteria), RiskJsonContext.Default.CriteriaFileDto);
    }

    /// <summary>Writes criteria as an indented JSON string.</summary>
    /// <param name="criteria">The criteria.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> is null.</exception>
    public static string ToJson(RiskCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return JsonSerializer.Serialize(RiskRegisterMapper.ToFileDto(criteria), RiskJsonContext.Default.CriteriaFileDto);
    }
}
