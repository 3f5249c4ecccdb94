using System.Collections.Immutable;

namespace Iso27k.Risk.Matrix;

/// <summary>
/// A risk matrix definition is invalid. <see cref="Problems"/> lists every problem found, each naming the scale,
/// cell or band that is wrong.
/// </summary>
public sealed class RiskMatrixDefinitionException : ArgumentException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public RiskMatrixDefinitionException()
        : this(["The risk matrix definition is invalid."])
    {
    }

    /// <summary>Creates the exception with one problem.</summary>
    /// <param name="message">The problem.</param>
    public RiskMatrixDefinitionException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with one problem and its cause.</summary>
    /// <param name="message">The problem.</param>
    /// <param name="innerException">The cause.</param>
    public RiskMatrixDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">What is wrong, one message per problem.</param>
    public RiskMatrixDefinitionException(IEnumerable<string> problems)
        : this([.. problems ?? throw new ArgumentNullException(nameof(problems))])
    {
    }

    private RiskMatrixDefinitionException(ImmutableArray<string> problems)
        : base(problems.Length == 1 ? problems[0] : $"The risk matrix definition has {problems.Length} problems: {string.Join(" ", problems)}")
    {
        Problems = problems;
    }

    /// <summary>Every problem found, each naming what is wrong and where.</summary>
    public ImmutableArray<string> Problems { get; }
}
