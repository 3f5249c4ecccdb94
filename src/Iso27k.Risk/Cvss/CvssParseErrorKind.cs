namespace Iso27k.Risk.Cvss;

/// <summary>What was wrong with a CVSS vector string.</summary>
public enum CvssParseErrorKind
{
    /// <summary>No error: the value of <c>default(CvssParseError)</c>.</summary>
    None = 0,

    /// <summary>The text does not start with a supported <c>CVSS:x.y/</c> prefix.</summary>
    InvalidPrefix,

    /// <summary>A component between slashes is empty (for example <c>//</c> or a trailing <c>/</c>).</summary>
    EmptyComponent,

    /// <summary>A component is not of the form <c>METRIC:VALUE</c>.</summary>
    MalformedComponent,

    /// <summary>The metric abbreviation is not defined by this CVSS version.</summary>
    UnknownMetric,

    /// <summary>The value is not legal for the metric.</summary>
    InvalidValue,

    /// <summary>The metric appears more than once.</summary>
    DuplicateMetric,

    /// <summary>A mandatory (base) metric is missing.</summary>
    MissingMetric,

    /// <summary>The metric is not in the order the version requires (CVSS v4.0 only).</summary>
    OutOfOrder,
}
