using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Iso27k.Risk.Matrix;

/// <summary>
/// An ISO/IEC 27005-style risk matrix: a likelihood scale, a consequence scale, ordered risk levels, and either a
/// lookup grid or bands over likelihood x consequence or likelihood + consequence.
/// </summary>
/// <remarks>
/// <para>
/// Definitions are validated when created; an invalid one throws <see cref="RiskMatrixDefinitionException"/> naming
/// every wrong cell or band. A valid matrix precomputes the level of every cell, so <see cref="Score(MatrixRating)"/>
/// is two bounds checks and two array reads, with no allocation.
/// </para>
/// <para>
/// "Not rated" is explicit: a rating with a 0 input scores <see cref="MatrixScoreStatus.NotRated"/>, never the lowest
/// level, because an unrated risk is not a low risk.
/// </para>
/// </remarks>
public sealed class RiskMatrix : IRiskMethod, IEquatable<RiskMatrix>
{
    /// <summary>The method's name in the register format.</summary>
    public const string MethodName = "matrix";

    private readonly int stride;
    private readonly sbyte[] cellLevels;
    private readonly short[] cellValues;
    private readonly FrozenLabelIndex levelIndex;

    private RiskMatrix(
        MatrixMethod method,
        RiskScale likelihood,
        RiskScale consequence,
        ImmutableArray<string> levels,
        ImmutableArray<ImmutableArray<string>> grid,
        ImmutableArray<RiskBand> bands,
        bool requireMonotone,
        FrozenLabelIndex levelIndex)
    {
        Method = method;
        Likelihood = likelihood;
        Consequence = consequence;
        Levels = levels;
        Grid = grid;
        Bands = bands;
        RequiresMonotone = requireMonotone;
        this.levelIndex = levelIndex;
        stride = consequence.Count + 1;
        cellLevels = new sbyte[(likelihood.Count + 1) * stride];
        cellValues = new short[cellLevels.Length];
        for (var l = 1; l <= likelihood.Count; l++)
        {
            for (var c = 1; c <= consequence.Count; c++)
            {
                int level;
                int value;
                if (method == MatrixMethod.Lookup)
                {
                    level = levelIndex.IndexOf(grid[l - 1][c - 1]);
                    value = level + 1;
                }
                else
                {
                    value = method == MatrixMethod.Multiplicative ? l * c : l + c;
                    level = BandLevel(bands, levelIndex, value);
                }

                cellLevels[(l * stride) + c] = (sbyte)level;
                cellValues[(l * stride) + c] = (short)value;
            }
        }
    }

    /// <summary>How likelihood and consequence are combined.</summary>
    public MatrixMethod Method { get; }

    /// <summary>The likelihood scale (the grid's rows).</summary>
    public RiskScale Likelihood { get; }

    /// <summary>The consequence scale (the grid's columns).</summary>
    public RiskScale Consequence { get; }

    /// <summary>The risk levels, lowest first.</summary>
    public ImmutableArray<string> Levels { get; }

    /// <summary>
    /// For <see cref="MatrixMethod.Lookup"/>, the level label of every cell: row <c>i</c> is likelihood value
    /// <c>i + 1</c>, column <c>j</c> consequence value <c>j + 1</c>. Empty for banded methods.
    /// </summary>
    public ImmutableArray<ImmutableArray<string>> Grid { get; }

    /// <summary>For banded methods, the bands in ascending order of value. Empty for a lookup grid.</summary>
    public ImmutableArray<RiskBand> Bands { get; }

    /// <summary>
    /// Whether the definition was required to be monotone: a higher likelihood or consequence never gives a lower
    /// level. Always true for banded methods; a lookup grid may opt out.
    /// </summary>
    public bool RequiresMonotone { get; }

    /// <summary>The lowest and highest combined values of a banded method.</summary>
    public (int Min, int Max) ValueRange => ValueRangeOf(Method, Likelihood, Consequence);

    string IRiskMethod.Name => MethodName;

    /// <summary>Creates a lookup matrix, where a grid names the level of every cell.</summary>
    /// <param name="likelihood">The likelihood scale.</param>
    /// <param name="consequence">The consequence scale.</param>
    /// <param name="levels">The level labels, lowest first.</param>
    /// <param name="grid">One row per likelihood value (lowest first), each with one level label per consequence value (lowest first).</param>
    /// <param name="requireMonotone">Whether to reject a grid where a higher input gives a lower level.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="RiskMatrixDefinitionException">The definition is invalid; the problems name each wrong cell.</exception>
    public static RiskMatrix CreateLookup(
        RiskScale likelihood,
        RiskScale consequence,
        IEnumerable<string> levels,
        IEnumerable<IEnumerable<string>> grid,
        bool requireMonotone = true)
    {
        ArgumentNullException.ThrowIfNull(likelihood);
        ArgumentNullException.ThrowIfNull(consequence);
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(grid);
        var problems = new List<string>();
        var rows = grid.Select(r => (IReadOnlyList<string?>)(r ?? throw new ArgumentException("A grid row is null.", nameof(grid))).ToList()).ToList();
        return TryCreate(MatrixMethod.Lookup, likelihood, consequence, [.. levels], rows, [], requireMonotone, problems)
            ?? throw new RiskMatrixDefinitionException(problems);
    }

    /// <summary>Creates a multiplicative matrix: value = likelihood x consequence, mapped to levels by bands.</summary>
    /// <param name="likelihood">The likelihood scale.</param>
    /// <param name="consequence">The consequence scale.</param>
    /// <param name="levels">The level labels, lowest first.</param>
    /// <param name="bands">Contiguous, non-overlapping bands in ascending order covering 1 to the product of the scale counts.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="RiskMatrixDefinitionException">The definition is invalid; the problems name each wrong band.</exception>
    public static RiskMatrix CreateMultiplicative(RiskScale likelihood, RiskScale consequence, IEnumerable<string> levels, IEnumerable<RiskBand> bands) =>
        CreateBanded(MatrixMethod.Multiplicative, likelihood, consequence, levels, bands);

    /// <summary>Creates an additive matrix: value = likelihood + consequence, mapped to levels by bands.</summary>
    /// <param name="likelihood">The likelihood scale.</param>
    /// <param name="consequence">The consequence scale.</param>
    /// <param name="levels">The level labels, lowest first.</param>
    /// <param name="bands">Contiguous, non-overlapping bands in ascending order covering 2 to the sum of the scale counts.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="RiskMatrixDefinitionException">The definition is invalid; the problems name each wrong band.</exception>
    public static RiskMatrix CreateAdditive(RiskScale likelihood, RiskScale consequence, IEnumerable<string> levels, IEnumerable<RiskBand> bands) =>
        CreateBanded(MatrixMethod.Additive, likelihood, consequence, levels, bands);

    private static RiskMatrix CreateBanded(MatrixMethod method, RiskScale likelihood, RiskScale consequence, IEnumerable<string> levels, IEnumerable<RiskBand> bands)
    {
        ArgumentNullException.ThrowIfNull(likelihood);
        ArgumentNullException.ThrowIfNull(consequence);
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(bands);
        var problems = new List<string>();
        return TryCreate(method, likelihood, consequence, [.. levels], null, [.. bands], true, problems)
            ?? throw new RiskMatrixDefinitionException(problems);
    }

    /// <summary>Scores a rating. Allocation-free.</summary>
    /// <param name="rating">The likelihood and consequence values.</param>
    /// <returns>The score; not rated when an input is 0, out of scale when an input is above its scale.</returns>
    public MatrixScore Score(MatrixRating rating)
    {
        var l = rating.Likelihood;
        var c = rating.Consequence;
        if ((uint)(l - 1) >= (uint)Likelihood.Count || (uint)(c - 1) >= (uint)Consequence.Count)
        {
            return new MatrixScore(rating, 0, -1, l == 0 || c == 0 ? MatrixScoreStatus.NotRated : MatrixScoreStatus.OutOfScale);
        }

        var index = (l * stride) + c;
        return new MatrixScore(rating, cellValues[index], cellLevels[index], MatrixScoreStatus.Rated);
    }

    /// <summary>Scores a likelihood and a consequence value. Allocation-free.</summary>
    /// <param name="likelihood">The likelihood value, or 0 when not rated.</param>
    /// <param name="consequence">The consequence value, or 0 when not rated.</param>
    /// <returns>The level index, or -1 when an input is not rated or off its scale.</returns>
    public int LevelOf(int likelihood, int consequence)
    {
        if ((uint)(likelihood - 1) >= (uint)Likelihood.Count || (uint)(consequence - 1) >= (uint)Consequence.Count)
        {
            return -1;
        }

        return cellLevels[(likelihood * stride) + consequence];
    }

    /// <summary>The index of a level label, or -1 when the matrix has no such level.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The index, lowest level 0.</returns>
    public int IndexOfLevel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return levelIndex.IndexOf(label);
    }

    /// <summary>Explains a score in words: the inputs with their labels, the combination and the level.</summary>
    /// <param name="score">A score this matrix computed.</param>
    /// <returns>The explanation.</returns>
    public string Explain(MatrixScore score)
    {
        var l = score.Rating.Likelihood;
        var c = score.Rating.Consequence;
        var text = new StringBuilder();
        switch (score.Status)
        {
            case MatrixScoreStatus.NotRated:
                text.Append("Not rated: ");
                text.Append(l == 0 && c == 0 ? "likelihood and consequence are" : l == 0 ? "likelihood is" : "consequence is");
                text.Append(" not rated, so no level is computed.");
                return text.ToString();
            case MatrixScoreStatus.OutOfScale:
                text.Append("Not rated: ");
                if (!Likelihood.Contains(l))
                {
                    text.Append(CultureInfo.InvariantCulture, $"likelihood {l} is not on the {Likelihood.Count}-value scale '{Likelihood.Name}'. ");
                }

                if (!Consequence.Contains(c))
                {
                    text.Append(CultureInfo.InvariantCulture, $"consequence {c} is not on the {Consequence.Count}-value scale '{Consequence.Name}'. ");
                }

                return text.ToString().TrimEnd();
        }

        text.Append(CultureInfo.InvariantCulture, $"likelihood {l} ({Likelihood.LabelOf(l)}), consequence {c} ({Consequence.LabelOf(c)}); ");
        switch (Method)
        {
            case MatrixMethod.Lookup:
                text.Append(CultureInfo.InvariantCulture, $"grid cell [{l},{c}] = {Levels[score.Level]}.");
                break;
            default:
                var band = Bands[BandIndex(score.Value)];
                var op = Method == MatrixMethod.Multiplicative ? "x" : "+";
                text.Append(CultureInfo.InvariantCulture, $"{l} {op} {c} = {score.Value}; band {band.Min}-{band.Max} = {Levels[score.Level]}.");
                break;
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public int LevelOf(RiskAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return LevelOf(assessment.Likelihood, assessment.Consequence);
    }

    /// <inheritdoc/>
    public RiskEvaluation Evaluate(RiskAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        int level;
        string trace;
        var l = assessment.Likelihood;
        var c = assessment.Consequence;
        if (l < 0 || l > RiskScale.MaxCount || c < 0 || c > RiskScale.MaxCount)
        {
            level = -1;
            trace = string.Create(CultureInfo.InvariantCulture, $"Not rated: likelihood {l} or consequence {c} is not on the matrix's scales (1 to {Likelihood.Count} and 1 to {Consequence.Count}).");
        }
        else
        {
            var score = Score(new MatrixRating(l, c));
            level = score.Level;
            trace = Explain(score);
        }

        return new RiskEvaluation(MethodName, Levels, level, trace);
    }

    private int BandIndex(int value)
    {
        for (var i = 0; i < Bands.Length; i++)
        {
            if (value >= Bands[i].Min && value <= Bands[i].Max)
            {
                return i;
            }
        }

        return -1;
    }

    private static int BandLevel(ImmutableArray<RiskBand> bands, FrozenLabelIndex levels, int value)
    {
        foreach (var band in bands)
        {
            if (value >= band.Min && value <= band.Max)
            {
                return levels.IndexOf(band.Level);
            }
        }

        return -1;
    }

    private static (int Min, int Max) ValueRangeOf(MatrixMethod method, RiskScale likelihood, RiskScale consequence) => method switch
    {
        MatrixMethod.Multiplicative => (1, likelihood.Count * consequence.Count),
        MatrixMethod.Additive => (2, likelihood.Count + consequence.Count),
        _ => (1, 0),
    };

    // Shared by the public factories (which throw) and the register reader (which turns problems into diagnostics).
    internal static RiskMatrix? TryCreate(
        MatrixMethod method,
        RiskScale likelihood,
        RiskScale consequence,
        IReadOnlyList<string?> levels,
        IReadOnlyList<IReadOnlyList<string?>>? grid,
        IReadOnlyList<RiskBand> bands,
        bool requireMonotone,
        List<string> problems)
    {
        if (method is not (MatrixMethod.Lookup or MatrixMethod.Multiplicative or MatrixMethod.Additive))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Expected Lookup, Multiplicative or Additive.");
        }

        var before = problems.Count;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        if (levels.Count < 2 || levels.Count > sbyte.MaxValue)
        {
            problems.Add($"levels: {levels.Count} levels defined; a matrix needs at least 2 levels, lowest first.");
        }

        for (var i = 0; i < levels.Count; i++)
        {
            var label = levels[i];
            if (string.IsNullOrWhiteSpace(label))
            {
                problems.Add($"levels[{i}]: the level label is blank; give every level a label such as \"Low\".");
            }
            else if (!index.TryAdd(label, i))
            {
                problems.Add($"levels[{i}]: the level '{label}' is defined twice; level labels must be unique.");
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        var labels = new FrozenLabelIndex(index);
        if (method == MatrixMethod.Lookup)
        {
            CheckGrid(likelihood, consequence, levels, grid, requireMonotone, labels, problems);
        }
        else
        {
            CheckBands(method, likelihood, consequence, levels, bands, labels, problems);
        }

        if (problems.Count > before)
        {
            return null;
        }

        var gridValue = method == MatrixMethod.Lookup
            ? grid!.Select(r => r.Select(c => c!).ToImmutableArray()).ToImmutableArray()
            : [];
        var bandValue = method == MatrixMethod.Lookup ? [] : bands.ToImmutableArray();
        return new RiskMatrix(method, likelihood, consequence, [.. levels.Select(l => l!)], gridValue, bandValue, method != MatrixMethod.Lookup || requireMonotone, labels);
    }

    private static void CheckGrid(
        RiskScale likelihood,
        RiskScale consequence,
        IReadOnlyList<string?> levels,
        IReadOnlyList<IReadOnlyList<string?>>? grid,
        bool requireMonotone,
        FrozenLabelIndex labels,
        List<string> problems)
    {
        if (grid is null || grid.Count == 0)
        {
            problems.Add($"grid: a lookup matrix needs a grid of {likelihood.Count} rows (one per likelihood value, lowest first) of {consequence.Count} level labels.");
            return;
        }

        var before = problems.Count;
        if (grid.Count != likelihood.Count)
        {
            problems.Add($"grid: has {grid.Count} rows; expected {likelihood.Count}, one per likelihood value of '{likelihood.Name}', lowest first.");
        }

        for (var i = 0; i < grid.Count; i++)
        {
            var row = grid[i];
            var rowName = i < likelihood.Count ? $"likelihood {i + 1} '{likelihood.Labels[i]}'" : $"likelihood {i + 1}";
            if (row.Count != consequence.Count)
            {
                problems.Add($"grid[{i}] ({rowName}): has {row.Count} cells; expected {consequence.Count}, one per consequence value of '{consequence.Name}', lowest first.");
            }

            for (var j = 0; j < row.Count; j++)
            {
                var cell = row[j];
                if (cell is null || labels.IndexOf(cell) < 0)
                {
                    problems.Add($"grid[{i}][{j}] ({rowName}, consequence {j + 1}): level '{cell}' is not defined; expected one of {string.Join(", ", levels)}.");
                }
            }
        }

        if (!requireMonotone || problems.Count > before)
        {
            return;
        }

        for (var i = 0; i < grid.Count; i++)
        {
            for (var j = 0; j < grid[i].Count; j++)
            {
                var here = labels.IndexOf(grid[i][j]!);
                if (i > 0 && here < labels.IndexOf(grid[i - 1][j]!))
                {
                    problems.Add($"grid[{i}][{j}] (likelihood {i + 1}, consequence {j + 1}): '{grid[i][j]}' is lower than '{grid[i - 1][j]}' at likelihood {i}; a monotone matrix never lowers the level when likelihood rises.");
                }

                if (j > 0 && here < labels.IndexOf(grid[i][j - 1]!))
                {
                    problems.Add($"grid[{i}][{j}] (likelihood {i + 1}, consequence {j + 1}): '{grid[i][j]}' is lower than '{grid[i][j - 1]}' at consequence {j}; a monotone matrix never lowers the level when consequence rises.");
                }
            }
        }
    }

    private static void CheckBands(
        MatrixMethod method,
        RiskScale likelihood,
        RiskScale consequence,
        IReadOnlyList<string?> levels,
        IReadOnlyList<RiskBand> bands,
        FrozenLabelIndex labels,
        List<string> problems)
    {
        var (min, max) = ValueRangeOf(method, likelihood, consequence);
        var what = method == MatrixMethod.Multiplicative ? "likelihood x consequence" : "likelihood + consequence";
        if (bands.Count == 0)
        {
            problems.Add($"bands: a {method.ToString().ToLowerInvariant()} matrix needs bands covering the values of {what}, {min} to {max}.");
            return;
        }

        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (band.Level is null || labels.IndexOf(band.Level) < 0)
            {
                problems.Add($"bands[{i}] ({band.Min}-{band.Max}): level '{band.Level}' is not defined; expected one of {string.Join(", ", levels)}.");
            }

            if (band.Min > band.Max)
            {
                problems.Add($"bands[{i}]: min {band.Min} is above max {band.Max}.");
            }

            if (i == 0)
            {
                if (band.Min > min)
                {
                    problems.Add($"bands[0]: starts at {band.Min}, so values {min} to {band.Min - 1} of {what} fall in no band; start the first band at {min}.");
                }
                else if (band.Min < min)
                {
                    problems.Add($"bands[0]: starts at {band.Min}, below the lowest value of {what}, {min}; start the first band at {min}.");
                }

                continue;
            }

            var previous = bands[i - 1];
            if (band.Min > previous.Max + 1)
            {
                problems.Add($"bands[{i}]: gap between bands[{i - 1}] ({previous.Min}-{previous.Max}) and bands[{i}] ({band.Min}-{band.Max}): values {previous.Max + 1} to {band.Min - 1} fall in no band.");
            }
            else if (band.Min <= previous.Max)
            {
                problems.Add($"bands[{i}]: ({band.Min}-{band.Max}) overlaps bands[{i - 1}] ({previous.Min}-{previous.Max}) on values {band.Min} to {Math.Min(previous.Max, band.Max)}; bands must be listed in ascending order without overlap.");
            }

            if (band.Level is not null && previous.Level is not null && labels.IndexOf(band.Level) >= 0 && labels.IndexOf(band.Level) < labels.IndexOf(previous.Level))
            {
                problems.Add($"bands[{i}]: level '{band.Level}' is lower than '{previous.Level}' of bands[{i - 1}]; levels must not decrease as the value grows.");
            }
        }

        var last = bands[^1];
        if (last.Max < max)
        {
            problems.Add($"bands[{bands.Count - 1}]: ends at {last.Max}, so values {last.Max + 1} to {max} of {what} fall in no band; end the last band at {max}.");
        }
        else if (last.Max > max)
        {
            problems.Add($"bands[{bands.Count - 1}]: ends at {last.Max}, above the highest value of {what}, {max}; end the last band at {max}.");
        }
    }

    /// <inheritdoc/>
    public bool Equals(RiskMatrix? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (Method != other.Method || RequiresMonotone != other.RequiresMonotone || !Likelihood.Equals(other.Likelihood) ||
            !Consequence.Equals(other.Consequence) || !Levels.AsSpan().SequenceEqual(other.Levels.AsSpan()) ||
            !Bands.AsSpan().SequenceEqual(other.Bands.AsSpan()) || Grid.Length != other.Grid.Length)
        {
            return false;
        }

        for (var i = 0; i < Grid.Length; i++)
        {
            if (!Grid[i].AsSpan().SequenceEqual(other.Grid[i].AsSpan()))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RiskMatrix);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Method, Likelihood, Consequence, Levels.Length);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Likelihood.Count}x{Consequence.Count} {Method.ToString().ToLowerInvariant()} matrix ({string.Join(" < ", Levels)})";
}
