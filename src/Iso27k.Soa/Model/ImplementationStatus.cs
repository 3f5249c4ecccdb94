namespace Iso27k.Soa;

/// <summary>How far an applicable control is implemented, from least to most mature.</summary>
/// <remarks>
/// The numeric order is the maturity order, so <c>a &lt; b</c> means "a is less mature than b". An entry without a
/// status holds <see langword="null"/> rather than a value of this enum.
/// </remarks>
public enum ImplementationStatus
{
    /// <summary>Nothing has been done yet (CSV: <c>not-started</c>).</summary>
    NotStarted = 1,

    /// <summary>Implementation is planned, with an owner and a date (CSV: <c>planned</c>).</summary>
    Planned = 2,

    /// <summary>Partly in place (CSV: <c>partial</c>).</summary>
    PartiallyImplemented = 3,

    /// <summary>In place and operating (CSV: <c>implemented</c>).</summary>
    Implemented = 4,
}
