using System.Collections.Immutable;

namespace Iso27k;

/// <summary>Ranked, case-insensitive full-text search over control titles and summaries.</summary>
public static class CatalogSearch
{
    // Weights: the whole phrase in a title says most, a word in a title more than a word in a summary.
    private const int PhraseInTitle = 100;
    private const int TermInTitle = 10;
    private const int TermInSummary = 3;
    private const int IdMatch = 1000;

    /// <summary>
    /// Finds the controls whose title, alternate title or summary contain every word of <paramref name="query"/>
    /// (case-insensitive, culture-invariant), best first; ties keep id order. A query that is a control id
    /// returns that control first.
    /// </summary>
    /// <param name="catalog">The catalog to search.</param>
    /// <param name="query">Words separated by white space, e.g. "cloud services".</param>
    /// <returns>The hits, best first; empty for a blank query.</returns>
    public static ImmutableArray<CatalogSearchHit> Search(Catalog catalog, string query)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(query);
        var terms = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (terms.Length == 0)
        {
            return [];
        }

        var phrase = string.Join(' ', terms);
        var isId = ControlId.TryParse(phrase, out var id);
        var hits = new List<CatalogSearchHit>();
        foreach (var control in catalog.Controls)
        {
            var title = control.AlternateTitle is null ? control.Title : control.Title + " " + control.AlternateTitle;
            var score = isId && control.Id == id ? IdMatch : 0;
            var allFound = true;
            var allInTitle = true;
            foreach (var term in terms)
            {
                var inTitle = title.Contains(term, StringComparison.OrdinalIgnoreCase);
                var inSummary = control.Summary.Contains(term, StringComparison.OrdinalIgnoreCase);
                allFound &= inTitle || inSummary;
                allInTitle &= inTitle;
                score += (inTitle ? TermInTitle : 0) + (inSummary ? TermInSummary : 0);
            }

            if (terms.Length > 1 && title.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                score += PhraseInTitle;
            }

            if ((allFound && score > 0) || score >= IdMatch)
            {
                hits.Add(new CatalogSearchHit(control, score, allInTitle));
            }
        }

        // A stable sort keeps id order among equal scores.
        return [.. hits.OrderByDescending(h => h.Score)];
    }
}
