namespace Iso27k.Mapping;

/// <summary>Why a relationship was assigned, in the vocabulary of NIST IR 8477.</summary>
public enum MappingRationale
{
    /// <summary>The wording is the same (here: identical titles, ignoring case). Token <c>syntactic</c>.</summary>
    Syntactic = 1,

    /// <summary>The meaning is the same or contained, though the wording differs. Token <c>semantic</c>.</summary>
    Semantic = 2,

    /// <summary>The controls serve overlapping purposes or outcomes. Token <c>functional</c>.</summary>
    Functional = 3,
}
