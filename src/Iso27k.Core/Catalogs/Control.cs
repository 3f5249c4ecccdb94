using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Iso27k;

/// <summary>
/// One Annex A control: its id, the standard's title, a one-sentence summary written by this project, and for the
/// 2022 edition its ISO/IEC 27002:2022 attributes.
/// </summary>
/// <remarks>Immutable. Equality compares every fact the control holds.</remarks>
public sealed class Control : IEquatable<Control>
{
    private ControlType[]? controlTypes;
    private SecurityProperty[]? securityProperties;
    private CybersecurityConcept[]? cybersecurityConcepts;
    private OperationalCapability[]? operationalCapabilities;
    private SecurityDomain[]? securityDomains;

    /// <summary>Creates a control.</summary>
    /// <param name="id">The control's id; its edition is the control's edition.</param>
    /// <param name="title">The standard's title.</param>
    /// <param name="summary">A summary in the publisher's own words (may be empty).</param>
    /// <param name="attributes">The ISO/IEC 27002:2022 attribute values; must be empty for a 2013 control.</param>
    /// <param name="isNewIn2022">Whether the control first appeared in the 2022 edition; must be false for 2013.</param>
    /// <param name="alternateTitle">
    /// The title as the companion standard words it, when it differs (ISO/IEC 27001 Annex A for a 2022 control,
    /// ISO/IEC 27002:2013 for a 2013 control).
    /// </param>
    /// <exception cref="ArgumentException">The id is default, the title is blank, or 2022-only data is given for 2013.</exception>
    public Control(ControlId id, string title, string summary, AttributeSet attributes = default, bool isNewIn2022 = false, string? alternateTitle = null)
        : this(attributes, id, title, summary, isNewIn2022, alternateTitle)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("A control needs an id.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(summary);
        if (id.Edition == Edition.Iso2013 && (!attributes.IsEmpty || isNewIn2022))
        {
            throw Not2022(id, nameof(attributes));
        }

        if (alternateTitle is not null && (string.IsNullOrWhiteSpace(alternateTitle) || alternateTitle == title))
        {
            throw SameAlternateTitle(id, nameof(alternateTitle));
        }
    }

    // Takes the facts without checking them, for snapshots: the build made them from controls that passed the public
    // constructor's checks, and skipping them leaves less code to compile on first access. (The attributes come first
    // so that the public constructor never resolves here.)
    internal Control(AttributeSet attributes, ControlId id, string title, string summary, bool isNewIn2022, string? alternateTitle)
    {
        Id = id;
        Title = title;
        Summary = summary;
        Attributes = attributes;
        IsNewIn2022 = isNewIn2022;
        AlternateTitle = alternateTitle;
    }

    // The messages live in methods of their own: an id in a message compiles generic formatting code with the method
    // that holds it, and the constructor runs when the embedded catalogs load.
    private static ArgumentException Not2022(ControlId id, string paramName) =>
        new($"Control {id} is a 2013 control: it has no 2022 attributes and cannot be new in 2022.", paramName);

    private static ArgumentException SameAlternateTitle(ControlId id, string paramName) =>
        new($"Control {id}: an alternate title is given only when it differs from the title.", paramName);

    /// <summary>The control's id.</summary>
    public ControlId Id { get; }

    /// <summary>The edition the control belongs to.</summary>
    public Edition Edition => Id.Edition;

    /// <summary>The standard's title.</summary>
    public string Title { get; }

    /// <summary>
    /// The title as the companion standard words it, when it differs (ISO/IEC 27001 Annex A for a 2022 control,
    /// ISO/IEC 27002:2013 for a 2013 control); otherwise <see langword="null"/>.
    /// </summary>
    public string? AlternateTitle { get; }

    /// <summary>A one-sentence summary written by this project (not ISO text).</summary>
    public string Summary { get; }

    /// <summary>For a 2022 control, its theme; otherwise <see langword="null"/>.</summary>
    public ControlTheme? Theme => Id.Theme;

    /// <summary>Whether the control first appeared in the 2022 edition (11 controls).</summary>
    public bool IsNewIn2022 { get; }

    /// <summary>All ISO/IEC 27002:2022 attribute values of the control (empty for 2013 controls).</summary>
    public AttributeSet Attributes { get; }

    /// <summary>The control types (#Preventive, #Detective, #Corrective), in the standard's order.</summary>
    public ImmutableArray<ControlType> ControlTypes => Typed(ref controlTypes, AttributeType.ControlType);

    /// <summary>The information security properties, in the standard's order.</summary>
    public ImmutableArray<SecurityProperty> SecurityProperties => Typed(ref securityProperties, AttributeType.InformationSecurityProperty);

    /// <summary>The cybersecurity concepts, in the standard's order.</summary>
    public ImmutableArray<CybersecurityConcept> CybersecurityConcepts => Typed(ref cybersecurityConcepts, AttributeType.CybersecurityConcept);

    /// <summary>The operational capabilities, in the standard's order.</summary>
    public ImmutableArray<OperationalCapability> OperationalCapabilities => Typed(ref operationalCapabilities, AttributeType.OperationalCapability);

    /// <summary>The security domains, in the standard's order.</summary>
    public ImmutableArray<SecurityDomain> SecurityDomains => Typed(ref securityDomains, AttributeType.SecurityDomain);

    // Built on first use: five generic instantiations per control type would otherwise cost JIT time when the
    // embedded catalogs load. Two threads may both build the array; either result is correct and immutable.
    private ImmutableArray<T> Typed<T>(ref T[]? cache, AttributeType type)
        where T : struct, Enum
    {
        if (cache is null)
        {
            var values = Attributes.OfType(type);
            var typed = new T[values.Count];
            var i = 0;
            foreach (var value in values)
            {
                var ordinal = value.Ordinal;
                typed[i++] = Unsafe.As<int, T>(ref ordinal);
            }

            cache = typed;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(cache);
    }

    /// <inheritdoc/>
    public bool Equals(Control? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && Title == other.Title && AlternateTitle == other.AlternateTitle && Summary == other.Summary
                && IsNewIn2022 == other.IsNewIn2022 && Attributes == other.Attributes));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Control);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Title, Attributes);

    /// <summary>Returns the id and title, e.g. <c>5.23 Information security for use of cloud services</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} {Title}";
}
