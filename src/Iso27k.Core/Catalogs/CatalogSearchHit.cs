namespace Iso27k;

/// <summary>One control found by <see cref="CatalogSearch.Search(Catalog, string)"/>, with its relevance.</summary>
public sealed class CatalogSearchHit
{
    internal CatalogSearchHit(Control control, int score, bool inTitle)
    {
        Control = control;
        Score = score;
        MatchesTitle = inTitle;
    }

    /// <summary>The control found.</summary>
    public Control Control { get; }

    /// <summary>The relevance: higher is better. Only the order of scores is meaningful.</summary>
    public int Score { get; }

    /// <summary>Whether every search term occurs in the title (or alternate title).</summary>
    public bool MatchesTitle { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Control} ({Score})";
}
