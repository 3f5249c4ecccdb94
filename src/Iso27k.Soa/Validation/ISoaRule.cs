namespace Iso27k.Soa;

/// <summary>
/// A check over a Statement of Applicability. Implement it to add your own rules to a <see cref="SoaValidator"/>.
/// </summary>
/// <remarks>
/// A rule reports every finding through <see cref="SoaRuleContext.Report(SoaRuleInfo, ControlId?, SoaLocation, string)"/>
/// and never throws for the content of the document. Rules must be thread-safe: one validator may run on many threads.
/// </remarks>
public interface ISoaRule
{
    /// <summary>The rule's code, default severity, title and requirement.</summary>
    SoaRuleInfo Info { get; }

    /// <summary>Checks the SoA in the context and reports findings.</summary>
    /// <param name="context">The SoA, its catalog, the optional risk context, the date and the reporting sink.</param>
    void Evaluate(SoaRuleContext context);
}
