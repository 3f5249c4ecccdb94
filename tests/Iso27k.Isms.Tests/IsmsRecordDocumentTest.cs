using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Iso27k.Isms.Tests;

public class IsmsRecordDocumentTest
{
    private static IsmsRecordDocument RoundTrip(IsmsRecord record) => IsmsRecordDocument.Parse(IsmsRecordDocument.ToJson(record));

    [Fact]
    public void WritesAndReadsBackAnyRecord()
    {
        Prop.ForAll(IsmsGenerators.Record.ToArbitrary(), record =>
        {
            var read = RoundTrip(record);
            return read.Diagnostics.IsEmpty && record.Equals(read.Record);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void WritingIsDeterministic()
    {
        Prop.ForAll(IsmsGenerators.Record.ToArbitrary(), record =>
            IsmsRecordDocument.ToJson(record) == IsmsRecordDocument.ToJson(RoundTrip(record).Record!)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void SampleWritesBackItsReferencesAndUnknownProperties()
    {
        var json = IsmsRecordDocument.ToJson(IsmsFixtures.Complete);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("formatVersion").GetInt32());
        Assert.Equal("soa.json", root.GetProperty("soaFile").GetString());
        Assert.False(root.TryGetProperty("soa", out _));
        Assert.Equal("ACC-1042", root.GetProperty("certification").GetProperty("x-crmAccount").GetString());
        Assert.Equal("2026-01-12", root.GetProperty("policy").GetProperty("approvedOn").GetString());
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        var again = IsmsRecordDocument.Parse(json, Path.GetDirectoryName(IsmsFixtures.SamplePath("record.json")));
        Assert.Empty(again.Diagnostics);
        Assert.Equal(IsmsFixtures.Complete, again.Record);
    }

    [Fact]
    public void EmbedsTheSoaAndRegisterWhenNoFileIsNamed()
    {
        var complete = IsmsFixtures.Complete;
        var embedded = complete.WithSoa(complete.Soa).WithRiskRegister(complete.RiskRegister);
        var json = IsmsRecordDocument.ToJson(embedded);
        Assert.Contains("\"soa\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"riskRegister\": {", json, StringComparison.Ordinal);
        var read = IsmsRecordDocument.Parse(json);
        Assert.Empty(read.Diagnostics);
        Assert.Equal(embedded, read.Record);
        Assert.Empty(IsmsFixtures.Assessor().Assess(read.Record!).Diagnostics);
    }

    [Fact]
    public void ReportsIsms100GivenMalformedJson()
    {
        var d = Assert.Single(IsmsRecordDocument.Parse("{ \"organization\": ").Diagnostics);
        Assert.Equal("ISMS100", d.Code);
        Assert.Null(IsmsRecordDocument.Parse("null").Record);
        Assert.Equal("ISMS100", IsmsRecordDocument.Parse("{ \"issues\": 3 }").Diagnostics[0].Code);
    }

    [Fact]
    public void ReportsIsms101GivenAnotherFormatVersion()
    {
        var read = IsmsRecordDocument.Parse("{ \"formatVersion\": 2 }");
        Assert.Null(read.Record);
        Assert.Equal("$.formatVersion", Assert.Single(read.Diagnostics, d => d.Code == "ISMS101").Path);
    }

    [Fact]
    public void ReportsIsms102WithJsonPathGivenABadDate()
    {
        var read = IsmsRecordDocument.Parse("{ \"formatVersion\": 1, \"policy\": { \"title\": \"P\", \"approvedOn\": \"2026-02-30\" }, \"managementReviews\": [ { \"id\": \"MR\", \"heldOn\": \"2026-01-01\", \"inputs\": [\"gossip\"] } ] }");
        Assert.Equal(["$.policy.approvedOn", "$.managementReviews[0].inputs[0]"], read.Diagnostics.Select(d => d.Path!));
        Assert.All(read.Diagnostics, d => Assert.Equal("ISMS102", d.Code));
        Assert.Equal("P", read.Record!.Policy!.Title);
        Assert.Null(read.Record.Policy.ApprovedOn);
    }

    [Fact]
    public void ReportsIsms103AndSkipsTheObjectGivenAMissingField()
    {
        var read = IsmsRecordDocument.Parse("{ \"objectives\": [ { \"id\": \"OBJ-1\" }, { \"id\": \"OBJ-2\", \"description\": \"d\" } ], \"internalAudit\": { \"audits\": [ { \"id\": \"IA\" } ] } }");
        Assert.Equal(["$.objectives[0].description", "$.internalAudit.audits[0].heldOn"], read.Diagnostics.Select(d => d.Path!));
        Assert.All(read.Diagnostics, d => Assert.Equal("ISMS103", d.Code));
        Assert.Equal("OBJ-2", Assert.Single(read.Record!.Objectives).Id);
    }

    [Fact]
    public void ReportsIsms104GivenAMissingReferencedFile()
    {
        var directory = Path.GetDirectoryName(IsmsFixtures.SamplePath("record.json"));
        var read = IsmsRecordDocument.Parse("{ \"soaFile\": \"nowhere.json\" }", directory);
        var d = Assert.Single(read.Diagnostics);
        Assert.Equal(("ISMS104", IsmsSeverity.Error, "$.soaFile"), (d.Code, d.Severity, d.Path));
        Assert.Equal("nowhere.json", read.Record!.SoaFile);
        Assert.Null(read.Record.Soa);
        Assert.Contains(IsmsFixtures.Assessor().Assess(read.Record).Diagnostics, x => x.Code == "ISMS015" && x.Path == "$.soaFile");
    }

    [Fact]
    public void ReportsIsms104WarningGivenAReferenceWithoutBaseDirectory()
    {
        var d = Assert.Single(IsmsRecordDocument.Parse("{ \"riskRegisterFile\": \"register.json\" }").Diagnostics);
        Assert.Equal(("ISMS104", IsmsSeverity.Warning), (d.Code, d.Severity));
    }

    [Fact]
    public void ReportsIsms105GivenEmbeddedAndReferencedSoa()
    {
        var read = IsmsRecordDocument.Parse("{ \"soa\": { \"formatVersion\": 1, \"edition\": \"2022\", \"entries\": [] }, \"soaFile\": \"soa.json\" }");
        Assert.Equal("ISMS105", Assert.Single(read.Diagnostics).Code);
        Assert.NotNull(read.Record!.Soa);
        Assert.Null(read.Record.SoaFile);
    }

    [Fact]
    public void PrefixesEmbeddedSoaDiagnosticsWithTheirPathInTheRecord()
    {
        var read = IsmsRecordDocument.Parse("{ \"soa\": { \"formatVersion\": 1, \"edition\": \"2022\", \"entries\": [ { \"controlId\": \"5.1\", \"applicability\": \"maybe\" } ] } }");
        var d = Assert.Single(read.Diagnostics);
        Assert.StartsWith("SOA1", d.Code, StringComparison.Ordinal);
        Assert.Equal("$.soa.entries[0].applicability", d.Path);
    }

    [Fact]
    public void ReportsRegisterFileDiagnosticsWithTheFileName()
    {
        var directory = Directory.CreateTempSubdirectory("isms").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "register.json"), "{ \"formatVersion\": 1, \"risks\": 5 }");
            var read = IsmsRecordDocument.Parse("{ \"riskRegisterFile\": \"register.json\" }", directory);
            var d = Assert.Single(read.Diagnostics);
            Assert.Equal("register.json", d.File);
            Assert.StartsWith("RSK", d.Code, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void KeepsUnknownPropertiesEverywhere()
    {
        const string Json = "{ \"x-top\": [1, 2], \"scope\": { \"statement\": \"S\", \"x-s\": true }, \"nonconformities\": [ { \"id\": \"NC\", \"raisedOn\": \"2026-01-01\", \"description\": \"d\", \"actions\": [ { \"description\": \"a\", \"x-a\": {\"k\": \"v\"} } ] } ] }";
        var record = IsmsRecordDocument.Parse(Json).Record!;
        Assert.Equal("[1,2]", record.Extensions["x-top"]);
        Assert.Equal("true", record.Scope!.Extensions["x-s"]);
        Assert.Equal("{\"k\":\"v\"}", record.Nonconformities[0].Actions[0].Extensions["x-a"]);
        var written = IsmsRecordDocument.ToJson(record);
        Assert.Contains("\"x-a\": {", written, StringComparison.Ordinal);
        Assert.Equal(record, IsmsRecordDocument.Parse(written).Record);
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00x")]
    public void ReportsUnpairedSurrogateEscapesAtTheirPathInsteadOfThrowing(string escaped)
    {
        // JSON's grammar allows "\ud800", but it is no character: reading it as text throws in System.Text.Json.
        var inExtension = IsmsRecordDocument.Parse("{ \"scope\": { \"statement\": \"S\", \"x-s\": [\"" + escaped + "\"] } }");
        var problem = Assert.Single(inExtension.Diagnostics);
        Assert.Equal("ISMS102", problem.Code);
        Assert.Equal("$.scope.x-s", problem.Path);

        var inKnownMember = IsmsRecordDocument.Parse("{ \"scope\": { \"statement\": \"" + escaped + "\" } }");
        Assert.NotEmpty(inKnownMember.Diagnostics);
        Assert.All(inKnownMember.Diagnostics, d => Assert.StartsWith("$", d.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void RefusesDocumentsLargerThanTheLimit()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', IsmsRecordDocument.MaxJsonBytes + 1)));
        var read = IsmsRecordDocument.Read(stream);
        Assert.Null(read.Record);
        Assert.Equal("ISMS100", Assert.Single(read.Diagnostics).Code);
    }
}
