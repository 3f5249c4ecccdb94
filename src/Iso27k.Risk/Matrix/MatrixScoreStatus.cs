namespace Iso27k.Risk.Matrix;

/// <summary>Whether a <see cref="MatrixScore"/> has a level, and if not, why.</summary>
public enum MatrixScoreStatus
{
    /// <summary>Both inputs were on their scales; the score has a level.</summary>
    Rated = 0,

    /// <summary>An input was 0 (not rated): "not rated" propagates to the result.</summary>
    NotRated = 1,

    /// <summary>An input was above its scale's count: the rating was made on another scale.</summary>
    OutOfScale = 2,
}
