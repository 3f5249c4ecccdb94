using FsCheck;
using FsCheck.Fluent;

namespace Iso27k.Testing;

/// <summary>
/// FsCheck generators of the library's inputs, valid and hostile, for property-based tests of code that uses
/// Iso27k.Core: control ids, CVSS and OWASP vectors, Statements of Applicability, risk registers and catalogs.
/// </summary>
/// <remarks>
/// Valid generators produce values the library accepts and round-trips; hostile generators start from valid text and
/// mutate it (truncation, flipped bytes, stray separators, byte order marks, CRLF, lone surrogates, very long runs) so
/// that a test can check a parser fails with a message rather than an exception. Every generator is deterministic for a
/// given FsCheck seed and uses no reflection. <see cref="Iso27kArbitraries"/> wraps them as FsCheck arbitraries.
/// </remarks>
public static partial class Iso27kGenerators
{
    /// <summary>The two editions.</summary>
    public static Gen<Edition> Edition => Gen.Elements(Iso27k.Edition.Iso2013, Iso27k.Edition.Iso2022);

    /// <summary>The shipped catalogs (ISO/IEC 27002:2022 and ISO/IEC 27001:2013 Annex A).</summary>
    public static Gen<Catalog> Catalog =>
        Gen.Fresh(() => IsoCatalogs.Iso27002_2022).Or(Gen.Fresh(() => IsoCatalogs.Iso27001_2013));

    /// <summary>A control of either shipped catalog.</summary>
    public static Gen<Control> Control => Catalog.SelectMany(c => Gen.Elements(c.Controls.AsEnumerable()));

    /// <summary>The id of a control of either edition's catalog.</summary>
    public static Gen<ControlId> ControlId => Control.Select(c => c.Id);

    /// <summary>The id of a control of one edition's catalog.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The generator.</returns>
    public static Gen<ControlId> ControlIdOf(Edition edition) =>
        Gen.Fresh(() => IsoCatalogs.ForEdition(edition)).SelectMany(c => Gen.Elements(c.Controls.Select(x => x.Id)));

    /// <summary>
    /// A structurally valid control id (not necessarily in a catalog), spelled as users write it: canonical,
    /// with or without <c>A.</c> / <c>a.</c>. Parsing it succeeds.
    /// </summary>
    public static Gen<string> ControlIdText =>
        from id in ControlIdStructural
        from prefix in Gen.Elements(string.Empty, "A.", "a.")
        select prefix + Numbers(id);

    /// <summary>Any structurally valid id: 2022 theme 5 to 8 and number 1 to 99, or 2013 clause 5 to 18 and numbers 1 to 99.</summary>
    public static Gen<ControlId> ControlIdStructural => Gen.OneOf(
        from theme in Gen.Choose(5, 8)
        from number in Gen.Choose(1, 99)
        select Iso27k.ControlId.Create2022(theme, number),
        from clause in Gen.Choose(5, 18)
        from objective in Gen.Choose(1, 99)
        from control in Gen.Choose(1, 99)
        select Iso27k.ControlId.Create2013(clause, objective, control));

    /// <summary>
    /// Text that looks like a control id but may not be one: mutations of valid ids, numbers out of range, leading
    /// zeros, too many or too few parts, non-ASCII digits, control characters and arbitrary strings.
    /// </summary>
    public static Gen<string> HostileControlIdText => Gen.Frequency(
        (4, ControlIdText.SelectMany(MutatedText)),
        (2, from parts in Gen.Choose(0, 5)
            from numbers in Gen.ArrayOf(Gen.Choose(-1, 1000).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), parts)
            from prefix in Gen.Elements(string.Empty, "A.", "A", ".", "A..", "Annex A.")
            select prefix + string.Join('.', numbers)),
        (1, Gen.Elements(string.Empty, " ", ".", "A.", "5.", ".5", "5..1", "05.1", "5.01", "5.100", "4.1", "9.1", "19.1.1", "\u0665.\u0661", "５.１", "5.1\0", "5.1.1.1", "99999999999.1")),
        (2, AnyText));

    /// <summary>Arbitrary strings of any UTF-16 code units (lone surrogates and control characters included).</summary>
    public static Gen<string> AnyText =>
        Gen.Sized(size => Gen.ArrayOf(Gen.Frequency(
                (6, Gen.Choose(32, 126)),
                (2, Gen.Choose(0, 31)),
                (2, Gen.Choose(127, 0xFFFF))).Select(c => (char)c), Math.Max(size, 1))
            .Select(chars => new string(chars)));

    private static string Numbers(ControlId id) =>
        id.Edition == Iso27k.Edition.Iso2022
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{id.Section}.{id.Subsection}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{id.Section}.{id.Subsection}.{id.Item}");
}
