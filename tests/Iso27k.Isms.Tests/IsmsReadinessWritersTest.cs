using System.Text.Json;

namespace Iso27k.Isms.Tests;

public class IsmsReadinessWritersTest
{
    [Fact]
    public void TextShowsTableFindingsFigurePlanAndCertificate()
    {
        var report = IsmsFixtures.Assessor().Assess(ReadinessAssessorTest.Variant("audit-old"));
        using var writer = new StringWriter();
        IsmsReadinessText.Write(writer, report);
        var text = writer.ToString();
        Assert.Contains("ISMS readiness: Example SaaS GmbH, ISO/IEC 27001:2022, assessed 2026-03-15", text, StringComparison.Ordinal);
        Assert.Contains("    9.2.2 Internal audit programme", text, StringComparison.Ordinal);
        Assert.Contains("ISMS010 error 9.2.2 at $.internalAudit.audits[0].heldOn", text, StringComparison.Ordinal);
        Assert.Contains("Readiness: partial, 17 satisfied / 18 required = 94.4% (1 deficient, 0 missing)", text, StringComparison.Ordinal);
        Assert.Contains("8. [~] Stage 1 audit (documentation review)", text, StringComparison.Ordinal);
        Assert.Contains("Certificate: lapsed-2013 ISMS040", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TextShowsReadDiagnostics()
    {
        var assessor = IsmsFixtures.Assessor();
        var report = assessor.Assess(IsmsRecordDocument.Parse("{ \"policy\": { \"title\": \"P\", \"approvedOn\": \"soon\" } }"));
        using var writer = new StringWriter();
        IsmsReadinessText.Write(writer, report);
        Assert.Contains("Reading the record:\n  ISMS102 error at $.policy.approvedOn", writer.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.True(report.HasMissingRequirements);
    }

    [Fact]
    public void JsonCarriesStatusScoreClausesPlanAndTransition()
    {
        var report = IsmsFixtures.Assessor().Assess(ReadinessAssessorTest.Variant("previous-actions"));
        using var stream = new MemoryStream();
        IsmsReadinessJson.Write(stream, report);
        using var document = JsonDocument.Parse(stream.ToArray());
        var root = document.RootElement;
        Assert.Equal("partial", root.GetProperty("status").GetString());
        Assert.Equal(18, root.GetProperty("score").GetProperty("required").GetInt32());
        Assert.Equal(94.4, root.GetProperty("score").GetProperty("percent").GetDouble());
        var diagnostic = root.GetProperty("diagnostics")[0];
        Assert.Equal("ISMS021", diagnostic.GetProperty("code").GetString());
        Assert.Equal("$.managementReviews[1].inputs", diagnostic.GetProperty("path").GetString());
        Assert.Equal(IsoCatalogs.Iso27001_2022Clauses.Clauses.Length, root.GetProperty("clauses").GetArrayLength());
        Assert.Equal(9, root.GetProperty("plan").GetArrayLength());
        Assert.Equal("lapsed-2013", root.GetProperty("transition").GetProperty("status").GetString());
        Assert.Equal("ISMS040", root.GetProperty("transition").GetProperty("code").GetString());
    }
}
