namespace Iso27k.Soa;

/// <summary>
/// Read-only description of a rule, for documentation and tool output: code, default severity, title, the
/// requirement it enforces and where it is documented.
/// </summary>
public sealed class SoaRuleInfo : IEquatable<SoaRuleInfo>
{
    /// <summary>The documentation page of the built-in rules.</summary>
    public const string DocumentationUri = "https://github.com/iso27k/Iso27k.Core/blob/main/docs/soa-rules.md";

    /// <summary>Creates a rule description.</summary>
    /// <param name="code">The stable code; users' own rules should not start with <c>SOA</c>.</param>
    /// <param name="severity">The default severity.</param>
    /// <param name="title">A short title, e.g. "Excluded control without justification".</param>
    /// <param name="requirement">The requirement enforced, e.g. <c>ISO/IEC 27001:2022 6.1.3 d)</c>.</param>
    /// <param name="helpUri">Where the rule is documented; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">The code, title or requirement is blank.</exception>
    public SoaRuleInfo(string code, SoaSeverity severity, string title, string requirement, string? helpUri = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(requirement);
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Expected Info, Warning or Error.");
        }

        Code = code;
        Severity = severity;
        Title = title;
        Requirement = requirement;
        HelpUri = helpUri;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The default severity.</summary>
    public SoaSeverity Severity { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The requirement enforced.</summary>
    public string Requirement { get; }

    /// <summary>Where the rule is documented, if anywhere.</summary>
    public string? HelpUri { get; }

    /// <inheritdoc/>
    public bool Equals(SoaRuleInfo? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && Severity == other.Severity
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && string.Equals(Requirement, other.Requirement, StringComparison.Ordinal)
        && string.Equals(HelpUri, other.HelpUri, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SoaRuleInfo);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns <c>CODE (severity): title</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} ({SoaDiagnosticFormat.Level(Severity)}): {Title}";
}
