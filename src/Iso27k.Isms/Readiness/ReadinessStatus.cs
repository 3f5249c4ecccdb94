namespace Iso27k.Isms;

/// <summary>How ready a clause (or the whole ISMS) is for a certification audit.</summary>
public enum ReadinessStatus
{
    /// <summary>Nothing this library checks: the clause requires no documented information and no rule applies.</summary>
    NotAssessed = 0,

    /// <summary>Every item is present and passes its checks.</summary>
    Ready = 1,

    /// <summary>Some items are present, but something is missing or deficient.</summary>
    Partial = 2,

    /// <summary>None of the required items is present.</summary>
    Missing = 3,
}
