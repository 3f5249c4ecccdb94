namespace Iso27k.Oscal;

/// <summary>
/// Options for the OSCAL exporters: the OSCAL version, a fixed <c>last-modified</c> time, and the href under which
/// a profile, SSP or mapping refers to the exported catalog. Immutable; <c>WithX</c> methods return changed copies.
/// </summary>
/// <remarks>
/// Exports never read the clock: without <see cref="LastModified"/>, the time is derived from the data (a catalog's
/// data version such as <c>2026.11.21</c>, an SoA's last-modified or approval date), so two exports of the same data
/// are byte-identical.
/// </remarks>
public sealed class OscalExportOptions
{
    /// <summary>The profile file name an SSP export refers to unless <see cref="WithProfileHref(string?)"/> says otherwise.</summary>
    public const string DefaultProfileHref = "statement-of-applicability.profile.oscal.json";

    private OscalExportOptions(OscalVersion version, DateTimeOffset? lastModified, string? catalogHref, string? profileHref)
    {
        Version = version;
        LastModified = lastModified;
        CatalogHref = catalogHref;
        ProfileHref = profileHref;
    }

    /// <summary>OSCAL 1.1.3, time derived from the data, catalogs referred to by their default file names.</summary>
    public static OscalExportOptions Default { get; } = new(OscalVersion.V113, null, null, null);

    /// <summary>The OSCAL version of catalogs, profiles and SSPs (mapping collections are always 1.2.2).</summary>
    public OscalVersion Version { get; }

    /// <summary>A fixed <c>metadata.last-modified</c>, or <see langword="null"/> to derive it from the data.</summary>
    public DateTimeOffset? LastModified { get; }

    /// <summary>
    /// Where profiles, SSPs and mappings say the catalog is, or <see langword="null"/> for
    /// <see cref="OscalCatalog.DefaultFileName(Edition)"/>.
    /// </summary>
    public string? CatalogHref { get; }

    /// <summary>Returns a copy for another OSCAL version.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The changed options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public OscalExportOptions WithVersion(OscalVersion version)
    {
        _ = version.ToVersionString();
        return new(version, LastModified, CatalogHref, ProfileHref);
    }

    /// <summary>Returns a copy with a fixed last-modified time.</summary>
    /// <param name="lastModified">The time, or <see langword="null"/> to derive it from the data.</param>
    /// <returns>The changed options.</returns>
    public OscalExportOptions WithLastModified(DateTimeOffset? lastModified) => new(Version, lastModified, CatalogHref, ProfileHref);

    /// <summary>Returns a copy that refers to the catalog under another href.</summary>
    /// <param name="catalogHref">A URI reference, or <see langword="null"/> for the default file name.</param>
    /// <returns>The changed options.</returns>
    /// <exception cref="ArgumentException">The href is empty or has surrounding white space.</exception>
    public OscalExportOptions WithCatalogHref(string? catalogHref)
    {
        CheckHref(catalogHref, nameof(catalogHref));
        return new(Version, LastModified, catalogHref, ProfileHref);
    }

    /// <summary>
    /// Where an SSP says its profile is, or <see langword="null"/> for <see cref="DefaultProfileHref"/>.
    /// </summary>
    public string? ProfileHref { get; }

    /// <summary>Returns a copy whose SSP exports refer to the profile under another href.</summary>
    /// <param name="profileHref">A URI reference, or <see langword="null"/> for <see cref="DefaultProfileHref"/>.</param>
    /// <returns>The changed options.</returns>
    /// <exception cref="ArgumentException">The href is empty or has surrounding white space.</exception>
    public OscalExportOptions WithProfileHref(string? profileHref)
    {
        CheckHref(profileHref, nameof(profileHref));
        return new(Version, LastModified, CatalogHref, profileHref);
    }

    private static void CheckHref(string? href, string parameter)
    {
        if (href is not null && !Internal.OscalWriter.IsOscalString(href))
        {
            throw new ArgumentException("An href is a non-empty URI reference without white space around it or line breaks.", parameter);
        }
    }
}
