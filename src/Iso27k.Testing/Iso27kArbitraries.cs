using FsCheck;
using FsCheck.Fluent;
using Iso27k.Soa;
using NodaTime;

namespace Iso27k.Testing;

/// <summary>
/// The generators of <see cref="Iso27kGenerators"/> as FsCheck arbitraries, for <c>Prop.ForAll(arbitrary, ...)</c>.
/// </summary>
/// <remarks>They do not shrink: a failing case is reported as generated (use the label or the seed to reproduce).</remarks>
public static class Iso27kArbitraries
{
    /// <summary>Ids of controls in the shipped catalogs.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ControlId> ControlId() => Iso27kGenerators.ControlId.ToArbitrary();

    /// <summary>Structurally valid control id text; see <see cref="Iso27kGenerators.ControlIdText"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<string> ControlIdText() => Iso27kGenerators.ControlIdText.ToArbitrary();

    /// <summary>Hostile control id text; see <see cref="Iso27kGenerators.HostileControlIdText"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<string> HostileControlIdText() => Iso27kGenerators.HostileControlIdText.ToArbitrary();

    /// <summary>Valid CVSS 3.1 vectors with their canonical form.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CvssVectorText> CvssV31() => Iso27kGenerators.CvssV31.ToArbitrary();

    /// <summary>Valid CVSS 4.0 vectors with their canonical form.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CvssVectorText> CvssV40() => Iso27kGenerators.CvssV40.ToArbitrary();

    /// <summary>Mutated CVSS vectors.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<string> HostileCvssVector() => Iso27kGenerators.HostileCvssVector.ToArbitrary();

    /// <summary>Valid OWASP vector text.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<string> OwaspVectorText() => Iso27kGenerators.OwaspVectorText.ToArbitrary();

    /// <summary>Mutated OWASP vectors.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<string> HostileOwaspVector() => Iso27kGenerators.HostileOwaspVector.ToArbitrary();

    /// <summary>Any SoA of either edition; see <see cref="Iso27kGenerators.SoaStatement(Edition, bool)"/>.</summary>
    /// <param name="csvSafe">Whether every value must survive the CSV format.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<StatementOfApplicability> SoaStatement(bool csvSafe) => Iso27kGenerators.SoaStatement(csvSafe).ToArbitrary();

    /// <summary>Complete SoAs that validate without finding on <paramref name="today"/>.</summary>
    /// <param name="today">The validation date.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<StatementOfApplicability> CompleteSoaStatement(LocalDate today) => Iso27kGenerators.CompleteSoaStatement(today).ToArbitrary();

    /// <summary>Risk registers; see <see cref="Iso27kGenerators.RiskRegister"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Risk.RiskRegister> RiskRegister() => Iso27kGenerators.RiskRegister.ToArbitrary();

    /// <summary>Mutations of a UTF-8 document; see <see cref="Iso27kGenerators.MutatedDocument(byte[])"/>.</summary>
    /// <param name="document">The valid document.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<byte[]> MutatedDocument(byte[] document) => Iso27kGenerators.MutatedDocument(document).ToArbitrary();
}
