namespace Iso27k.Tests;

public class ClauseCatalogTest
{
    private static readonly ClauseCatalog C2022 = IsoCatalogs.Iso27001_2022Clauses;
    private static readonly ClauseCatalog C2013 = IsoCatalogs.Iso27001_2013Clauses;

    [Fact]
    public void TopLevelClausesAre4To10()
    {
        Assert.Equal(["4", "5", "6", "7", "8", "9", "10"], C2022.TopLevel.Select(c => c.Id));
        Assert.Equal(["4", "5", "6", "7", "8", "9", "10"], C2013.TopLevel.Select(c => c.Id));
    }

    [Fact]
    public void Edition2022HasTheSubClausesOfTheIssue()
    {
        foreach (var id in new[] { "6.1.2", "6.1.3", "6.3", "7.5.1", "7.5.2", "7.5.3", "9.2.1", "9.2.2", "9.3.1", "9.3.2", "9.3.3" })
        {
            Assert.True(C2022.TryGetClause(id, out _), id);
        }

        Assert.Equal(41, C2022.Clauses.Length);
        Assert.Equal("Planning of changes", C2022["6.3"].Title);
        Assert.Equal("Continual improvement", C2022["10.1"].Title);
        Assert.Equal("Nonconformity and corrective action", C2022["10.2"].Title);
    }

    [Fact]
    public void Edition2013SwapsClause10AndHasNo63()
    {
        Assert.Equal(35, C2013.Clauses.Length);
        Assert.Equal("Nonconformity and corrective action", C2013["10.1"].Title);
        Assert.Equal("Continual improvement", C2013["10.2"].Title);
        Assert.False(C2013.TryGetClause("6.3", out _));
        Assert.False(C2013.TryGetClause("9.2.1", out _));
    }

    [Fact]
    public void DocumentedInformationClauses2022()
    {
        Assert.Equal(
            ["4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.2", "8.1", "8.2", "8.3", "9.1", "9.2.2", "9.3.3", "10.2"],
            C2022.RequiringDocumentedInformation.Select(c => c.Id));
        Assert.Contains(C2022["6.1.3"].DocumentedInformation, d => d.Description == "Statement of Applicability");
    }

    [Fact]
    public void TreeLinksChildrenAndParents()
    {
        var c6 = C2022["6"];
        Assert.Equal(["6.1", "6.2", "6.3"], c6.Children.Select(c => c.Id));
        Assert.Equal(["6.1.1", "6.1.2", "6.1.3"], C2022["6.1"].Children.Select(c => c.Id));
        Assert.Equal("6.1", C2022["6.1.3"].ParentId);
        Assert.Equal(2, C2022["6.1.3"].Depth);
        Assert.Null(c6.ParentId);
    }

    [Fact]
    public void ReadsMoreClausesAndItemsThanTheReadersStartingArrays()
    {
        // The reader starts with room for 64 clauses and 4 documented items a clause, and grows beyond them.
        using var written = new MemoryStream();
        C2022.WriteTo(written);
        var document = System.Text.Json.Nodes.JsonNode.Parse(written.ToArray())!;
        var clauses = document["clauses"]!.AsArray();
        for (var n = 3; n <= 80; n++)
        {
            var items = new System.Text.Json.Nodes.JsonArray();
            for (var k = 0; k < (n == 3 ? 9 : 0); k++)
            {
                items.Add(new System.Text.Json.Nodes.JsonObject { ["kind"] = "retain", ["item"] = "record " + k });
            }

            clauses.Add(new System.Text.Json.Nodes.JsonObject { ["id"] = $"10.{n}", ["title"] = "Clause " + n, ["summary"] = "s", ["documentedInformation"] = items });
        }

        var read = ClauseCatalog.FromStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(document.ToJsonString())));
        Assert.Equal(C2022.Clauses.Length + 78, read.Clauses.Length);
        Assert.Equal(80, read["10"].Children.Length);
        Assert.Equal(9, read["10.3"].DocumentedInformation.Length);
        Assert.Equal("record 8", read["10.3"].DocumentedInformation[8].Description);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("11")]
    [InlineData("04")]
    [InlineData("4.")]
    [InlineData(".4")]
    [InlineData("4..1")]
    [InlineData("4.123")]
    [InlineData("4.01")]
    [InlineData("4.a")]
    [InlineData("4,1")]
    public void RejectsIdThatIsNotAClauseNumber(string id)
    {
        var error = Assert.Throws<CatalogDataException>(() => ReadWithExtraClause(id));
        Assert.Contains($"'{id}' is not a clause number", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.3")]
    [InlineData("10.12")]
    [InlineData("10.2.1")]
    [InlineData("10.2.99")]
    public void AcceptsClauseNumbersOfOneOrTwoDigits(string id)
    {
        Assert.True(ReadWithExtraClause(id).TryGetClause(id, out _));
    }

    // The 2022 clauses with one more clause at the end.
    private static ClauseCatalog ReadWithExtraClause(string id)
    {
        using var written = new MemoryStream();
        C2022.WriteTo(written);
        var document = System.Text.Json.Nodes.JsonNode.Parse(written.ToArray())!;
        document["clauses"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["id"] = id, ["title"] = "Extra", ["summary"] = "s", ["documentedInformation"] = new System.Text.Json.Nodes.JsonArray() });
        return ClauseCatalog.FromStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(document.ToJsonString())));
    }

    [Fact]
    public void RoundTripsThroughJson()
    {
        foreach (var catalog in new[] { C2022, C2013 })
        {
            using var stream = new MemoryStream();
            catalog.WriteTo(stream);
            stream.Position = 0;
            var read = ClauseCatalog.FromStream(stream);
            Assert.Equal(catalog, read);
        }
    }
}
