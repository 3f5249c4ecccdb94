namespace Iso27k.Soa;

/// <summary>The outcome of <see cref="SoaMigrator.Migrate(StatementOfApplicability)"/>: a 2022 draft and its report.</summary>
public sealed class SoaMigrationResult
{
    internal SoaMigrationResult(StatementOfApplicability draft, SoaMigrationReport report)
    {
        Draft = draft;
        Report = report;
    }

    /// <summary>The 2022 draft: one entry per 2022 control in id order, not approved, to be reviewed.</summary>
    public StatementOfApplicability Draft { get; }

    /// <summary>What was done per 2022 control and where each 2013 entry went.</summary>
    public SoaMigrationReport Report { get; }
}
