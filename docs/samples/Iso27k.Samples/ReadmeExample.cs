namespace Iso27k.Samples;

/// <summary>The example in README.md, line for line.</summary>
public static class ReadmeExample
{
    public static void Run(TextWriter Console)
    {
        // README: begin
        var catalog = IsoCatalogs.Iso27002_2022;                  // 93 controls, loaded once on first use
        var cloud = catalog[ControlId.Parse("A.5.23")];            // same as "5.23"
        Console.WriteLine($"{cloud.Id} {cloud.Title}");            // 5.23 Information security for use of cloud services
        Console.WriteLine(cloud.Attributes);                       // #Preventive #Confidentiality ... #Protection

        foreach (var control in catalog.WithAttributes(ControlType.Detective, SecurityProperty.Availability))
            Console.WriteLine(control);                            // every #Detective control that preserves #Availability

        var mapping = Iso27k.Mapping.IsoMappings.Iso27001_2013To2022;
        foreach (var entry in mapping.TargetsOf(ControlId.Parse("A.12.4.1")))
            Console.WriteLine(entry);                              // A.12.4.1 subset-of 8.15 (semantic, merged)

        var cvss = Iso27k.Risk.Cvss.CvssCalculator.Score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        Console.WriteLine(cvss);                                   // 9.8 Critical (CVSS:3.1/AV:N/...)
        // README: end
    }
}
