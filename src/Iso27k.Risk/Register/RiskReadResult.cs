using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Iso27k.Risk;

/// <summary>
/// The outcome of reading a user's document: the value, or the diagnostics that say what is wrong and where
/// (RSK100 and above). Reading never throws on a document's content.
/// </summary>
/// <typeparam name="T">What was read: a <see cref="RiskRegister"/> or <see cref="RiskCriteria"/>.</typeparam>
public sealed class RiskReadResult<T>
    where T : class
{
    internal RiskReadResult(T? value, ImmutableArray<RiskDiagnostic> diagnostics)
    {
        Value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>The value read, or <see langword="null"/> when the document has errors.</summary>
    public T? Value { get; }

    /// <summary>The problems found; empty when the document was read.</summary>
    public ImmutableArray<RiskDiagnostic> Diagnostics { get; }

    /// <summary>Whether the document was read.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;

    /// <inheritdoc/>
    public override string ToString() => Succeeded ? $"read {Value}" : $"{Diagnostics.Length} problem(s): {string.Join(" ", Diagnostics)}";
}
