using System.CommandLine;
using System.Globalization;
using Iso27k.Cli.Demo;
using Iso27k.Isms;
using Iso27k.Oscal;
using Iso27k.Risk;
using Iso27k.Risk.Fair;
using Iso27k.Soa;

namespace Iso27k.Cli.Commands;

/// <summary>
/// <c>iso27k demo</c>: a small SaaS company's road to ISO/IEC 27001:2022 certification, on embedded sample data.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "The folder for the files the demo writes.",
            DefaultValueFactory = _ => new DirectoryInfo("iso27k-demo"),
        };
        var command = new Command(
            "demo",
            "Walk a small SaaS company through ISO/IEC 27001:2022: scope, risk register (5x5 matrix and FAIR), treatment, " +
            "Statement of Applicability, validation, migration of its 2013 SoA, and files for auditors.\nExample: iso27k demo --out iso27k-demo") { output };
        command.SetAction(result => Run(context, result.GetValue(output)!));
        return command;
    }

    internal static int Run(CliContext context, DirectoryInfo folder)
    {
        var o = context.Out;
        folder.Create();
        Heading(o, $"1. {SaasCompany.Name}: the ISMS scope (ISO/IEC 27001:2022 4.3)");
        o.WriteLine(SaasCompany.Scope);

        Heading(o, "2. Risk register scored with the 5x5 matrix (6.1.2)");
        var register = SaasCompany.Register();
        var score = RiskRegisterScorer.Score(register);
        var matrixTable = new TextTable("RISK", "OWNER", "CURRENT", "RESIDUAL", "ACCEPTABLE", "TITLE");
        foreach (var row in score.Rows)
        {
            matrixTable.Add(row.Risk.Id, row.Risk.Owner ?? "-", row.Current?.LevelLabel ?? "-", row.Residual?.LevelLabel ?? "-", row.IsResidualAcceptable == true ? "yes" : "no", row.Risk.Title);
        }

        matrixTable.Write(o, maxColumnWidth: 60);
        o.WriteLine($"Criteria {SaasCompany.Criteria.Id} v{SaasCompany.Criteria.Version}: acceptance up to '{SaasCompany.Criteria.AcceptanceLevelLabel}'.");

        Heading(o, "3. Annual loss exposure with FAIR (1,000,000 iterations a risk, seed 42)");
        var options = FairSimulationOptions.Default.WithIterations(1_000_000).WithSeed(42);
        var portfolio = FairSimulation.RunPortfolio(SaasCompany.Scenarios.Select(SaasCompany.FairModelOf), options);
        var fairTable = new TextTable("RISK", "MEAN", "P90", "P99");
        for (var i = 0; i < SaasCompany.Scenarios.Count; i++)
        {
            var r = portfolio.Scenarios[i];
            fairTable.Add(SaasCompany.Scenarios[i].Risk.Id, Money(r.Mean), Money(r.P90), Money(r.P99));
        }

        fairTable.Add("all", Money(portfolio.Total.Mean), Money(portfolio.Total.P90), Money(portfolio.Total.P99));
        fairTable.Write(o);

        Heading(o, "4. Treatment plan: controls chosen (6.1.3 b, c)");
        var plan = register.TreatmentPlan;
        var treatment = new TextTable("CONTROL", "TITLE", "TREATS");
        foreach (var id in plan.SelectedControls)
        {
            treatment.Add(id.ToString(), IsoCatalogs.Iso27002_2022[id].Title, string.Join(", ", plan.RisksSelecting(id)));
        }

        treatment.Write(o, maxColumnWidth: 60);

        Heading(o, "5. Statement of Applicability from the plan plus legal, contractual and business drivers (6.1.3 d)");
        var soa = SaasCompany.Soa(register);
        var applicable = soa.Entries.Count(e => e.Applicability == Applicability.Applicable);
        o.WriteLine($"{soa.Entries.Length} controls: {applicable} applicable, {soa.Entries.Length - applicable} excluded with justification; " +
                    $"{soa.Entries.Count(e => e.ImplementationStatus == ImplementationStatus.Implemented)} implemented, " +
                    $"{soa.Entries.Count(e => e.ImplementationStatus == ImplementationStatus.Planned)} planned.");

        Heading(o, "6. Validation of the SoA against the risk register");
        var validator = SoaValidator.CreateBuilder().WithClock(CommonOptions.ClockFor(SaasCompany.Today)).Build();
        var findings = validator.Validate(soa, register.ToSoaRiskContext());
        if (findings.IsEmpty)
        {
            o.WriteLine("No findings.");
        }
        else
        {
            var table = new TextTable("CODE", "SEVERITY", "CONTROL", "MESSAGE");
            foreach (var finding in findings)
            {
                table.Add(finding.Code, finding.Severity.ToString().ToLowerInvariant(), finding.ControlId?.ToString() ?? "-", finding.Message);
            }

            table.Write(o, maxColumnWidth: 90);
        }

        Heading(o, "7. Certification readiness against clauses 4 to 10");
        var record = SaasCompany.Isms(register, soa);
        var readiness = new ReadinessAssessor(CommonOptions.ClockFor(SaasCompany.Today)).Assess(record);
        o.WriteLine($"{readiness.Status}: {readiness.Score.Formula}");
        var gaps = new TextTable("CLAUSE", "ITEM", "STATE", "WHY");
        foreach (var item in readiness.Items.Where(i => i.Required && i.State != ReadinessItemState.Satisfied))
        {
            gaps.Add(item.ClauseId, item.Description, item.State.ToString().ToLowerInvariant(), item.Reason);
        }

        gaps.Write(o, maxColumnWidth: 70);
        o.WriteLine();
        foreach (var step in readiness.Plan)
        {
            o.WriteLine($"  {step.Order}. {step.Title}: {step.Status}");
        }

        Heading(o, "8. Migration of the company's 2013 SoA");
        using var sampleStream = typeof(DemoCommand).Assembly.GetManifestResourceStream("Iso27k.Cli.Samples.soa-2013.json")!;
        var old = SoaDocument.Read(sampleStream, SoaFormat.Json).Statement!;
        var migration = SoaMigrator.Migrate(old);
        o.WriteLine($"{migration.Report.SourceEntryCount} entries of the 2013 SoA became a 2022 draft of {migration.Draft.Entries.Length} controls; " +
                    $"{migration.Report.DecisionCount} need a person's decision (see migration-report.md).");

        Heading(o, "9. Files for the auditor");
        var written = new List<string>();
        void Save(string name, Action<string> write)
        {
            var path = Path.Combine(folder.FullName, name);
            write(path);
            written.Add(path);
        }

        Save("soa-2022.json", path => SoaDocument.Save(soa, path, SoaFormat.Json));
        Save("soa-2022.csv", path => SoaDocument.Save(soa, path, SoaFormat.Csv));
        Save("soa-2022.xlsx", path => SoaDocument.Save(soa, path, SoaFormat.Xlsx));
        Save("risk-register.json", path =>
        {
            using var stream = File.Create(path);
            RiskRegisterJson.Write(stream, register);
        });
        Save("soa-2022.oscal-profile.json", path => OscalProfile.Save(soa, path));
        Save("soa-2022.oscal-ssp.json", path => OscalSsp.Save(soa, path));
        Save("isms-record.json", path => IsmsRecordDocument.Save(record, path));
        Save("isms-readiness.txt", path =>
        {
            using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            IsmsReadinessText.Write(writer, readiness);
        });
        Save("soa-2022-draft-from-2013.json", path => SoaDocument.Save(migration.Draft, path, SoaFormat.Json));
        Save("migration-report.md", path =>
        {
            using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            migration.Report.WriteMarkdown(writer);
        });
        foreach (var path in written)
        {
            o.WriteLine(path);
        }

        o.WriteLine();
        o.WriteLine($"Done: {register.Risks.Length} risks, {plan.SelectedControls.Count} treatment controls, {findings.Length} SoA finding(s), readiness {readiness.Status.ToString().ToLowerInvariant()}, {written.Count} files in {folder.FullName}.");
        return ExitCodes.Success;
    }

    private static void Heading(TextWriter o, string text)
    {
        o.WriteLine();
        o.WriteLine(Ansi.Bold(o, text));
        o.WriteLine(new string('=', text.Length));
    }

    private static string Money(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
