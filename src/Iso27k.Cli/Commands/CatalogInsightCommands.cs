using System.CommandLine;
using Iso27k.Mapping;

namespace Iso27k.Cli.Commands;

/// <summary><c>iso27k catalog search|diff|stats</c>: ways to explore the catalogs.</summary>
internal static class CatalogInsightCommands
{
    public static Command CreateSearch(CliContext context)
    {
        var text = new Argument<string[]>("text") { Description = "Words to find in titles and summaries (all must occur).", Arity = ArgumentArity.OneOrMore };
        var edition = CommonOptions.Edition("Search one edition only; both by default.", required: false);
        var command = new Command("search", "Search control titles and summaries, case-insensitive, best first.\nExample: iso27k catalog search cloud services") { text, edition };
        command.SetAction(result =>
        {
            var query = string.Join(' ', result.GetValue(text)!);
            var editions = result.GetResult(edition) is { Implicit: false } ? [result.GetValue(edition)] : new[] { Edition.Iso2022, Edition.Iso2013 };
            var table = new TextTable("ID", "EDITION", "TITLE", "SCORE");
            var hits = editions
                .SelectMany(e => CatalogSearch.Search(IsoCatalogs.ForEdition(e), query))
                .OrderByDescending(h => h.Score)
                .ToList();
            foreach (var hit in hits)
            {
                table.Add(hit.Control.Id.ToString(), hit.Control.Edition.ToYearString(), hit.Control.Title, TextTable.Number(hit.Score));
            }

            if (hits.Count == 0)
            {
                context.Error.WriteLine($"No control matches '{query}'.");
                return ExitCodes.Success;
            }

            table.Write(context.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateDiff(CliContext context)
    {
        var from = new Argument<string>("from") { Description = "The older edition: 2013." };
        var to = new Argument<string>("to") { Description = "The newer edition: 2022." };
        var details = new Option<bool>("--details") { Description = "List the controls in each category, not only the counts." };
        var command = new Command("diff", "What changed between editions: new, merged, split, renamed and unchanged controls, with counts.\nExample: iso27k catalog diff 2013 2022") { from, to, details };
        command.SetAction(result =>
        {
            if (!EditionExtensions.TryParseEdition(result.GetValue(from), out var source) || !EditionExtensions.TryParseEdition(result.GetValue(to), out var target) || source == target)
            {
                return context.Fail("expected two different editions, e.g. 'catalog diff 2013 2022'.");
            }

            var mapping = IsoMappings.Between(source.Value, target.Value);
            var summary = mapping.Summary;
            var oneToOne = mapping.Entries.Where(e => e.Kind == MappingKind.OneToOne).ToList();
            var renamed = oneToOne.Where(e => !string.Equals(mapping.Source[e.Source].Title, mapping.Target[e.Target].Title, StringComparison.OrdinalIgnoreCase)).ToList();
            var table = new TextTable("CHANGE", "COUNT", "MEANING");
            table.Add("controls before", TextTable.Number(summary.SourceControls), mapping.Source.Title);
            table.Add("controls after", TextTable.Number(summary.TargetControls), mapping.Target.Title);
            table.Add("new", TextTable.Number(summary.NewTargets), "no counterpart in the older edition");
            table.Add("removed", TextTable.Number(summary.RemovedSources), "no counterpart in the newer edition");
            table.Add("merged", TextTable.Number(summary.MergedTargets), "one control now covers several older ones");
            table.Add("split", TextTable.Number(summary.SplitSources), "one older control now spread over several");
            table.Add("renamed", TextTable.Number(renamed.Count), "one-to-one, title changed");
            table.Add("unchanged", TextTable.Number(oneToOne.Count - renamed.Count), "one-to-one, same title");
            table.Write(context.Out);
            if (result.GetValue(details))
            {
                context.Out.WriteLine();
                context.Out.WriteLine($"new: {string.Join(", ", summary.NewTargetIds)}");
                context.Out.WriteLine($"merged: {string.Join(", ", summary.MergedTargetIds)}");
                context.Out.WriteLine($"split: {string.Join(", ", summary.SplitSourceIds)}");
                context.Out.WriteLine($"renamed: {string.Join(", ", renamed.Select(e => $"{e.Source}->{e.Target}"))}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateStats(CliContext context)
    {
        var edition = CommonOptions.Edition();
        var command = new Command("stats", "Counts per theme (or clause) and per attribute value.\nExample: iso27k catalog stats --edition 2022") { edition };
        command.SetAction(result =>
        {
            var catalog = IsoCatalogs.ForEdition(result.GetValue(edition));
            var groups = new TextTable("GROUP", "TITLE", "CONTROLS");
            foreach (var group in catalog.Groups)
            {
                groups.Add(group.Id, group.Title, TextTable.Number(group.Controls.Length));
            }

            groups.Add("all", catalog.Title, TextTable.Number(catalog.Count));
            groups.Write(context.Out);
            if (catalog.Edition == Edition.Iso2022)
            {
                context.Out.WriteLine();
                context.Out.WriteLine($"new in 2022: {catalog.NewIn2022.Length}");
                context.Out.WriteLine();
                var attributes = new TextTable("ATTRIBUTE TYPE", "VALUE", "CONTROLS");
                foreach (var value in AttributeValue.All)
                {
                    attributes.Add(CatalogCommand.Label(value.Type), value.Hashtag, TextTable.Number(catalog.WithAttributes(value).Length));
                }

                attributes.Write(context.Out);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
