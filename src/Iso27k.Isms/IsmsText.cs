using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Iso27k.Isms;

// Keywords and dates as written in the JSON format and the reports (invariant culture).
internal static class IsmsText
{
    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static bool TryParseDate(string text, out LocalDate date)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    public static string Format(Period period) =>
        period.Years == 0 && period.Days == 0 && period.Weeks == 0 && period.Months > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{period.Months} months")
            : period.ToString();

    public static string Level(IsmsSeverity severity) => severity switch
    {
        IsmsSeverity.Error => "error",
        IsmsSeverity.Warning => "warning",
        _ => "info",
    };

    public static string Format(ReadinessStatus status) => status switch
    {
        ReadinessStatus.Ready => "ready",
        ReadinessStatus.Partial => "partial",
        ReadinessStatus.Missing => "missing",
        _ => "n/a",
    };

    public static string Format(ReadinessItemState state) => state switch
    {
        ReadinessItemState.Satisfied => "satisfied",
        ReadinessItemState.Deficient => "deficient",
        _ => "missing",
    };

    public static string Format(CertificationStepStatus status) => status switch
    {
        CertificationStepStatus.Done => "done",
        CertificationStepStatus.InProgress => "in progress",
        _ => "not started",
    };

    public static string Format(TransitionStatus status) => status switch
    {
        TransitionStatus.Current => "current",
        TransitionStatus.TransitionPending => "transition-pending",
        TransitionStatus.Lapsed2013 => "lapsed-2013",
        TransitionStatus.Expired => "expired",
        _ => "not-certified",
    };

    private static readonly string[] InputNames =
    [
        "previous-actions", "issue-changes", "interested-party-changes", "nonconformity-trends", "monitoring-trends",
        "audit-trends", "objective-trends", "interested-party-feedback", "risk-results", "improvement-opportunities",
    ];

    public static string Format(ManagementReviewInput input) => InputNames[(int)input];

    public static bool TryParseInput(string text, out ManagementReviewInput input)
    {
        var index = Array.IndexOf(InputNames, text);
        input = (ManagementReviewInput)Math.Max(index, 0);
        return index >= 0;
    }

    private static readonly string[] FindingNames = ["major-nonconformity", "minor-nonconformity", "observation", "opportunity-for-improvement"];

    public static string Format(AuditFindingKind kind) => FindingNames[(int)kind];

    public static bool TryParseFinding(string text, out AuditFindingKind kind)
    {
        var index = Array.IndexOf(FindingNames, text);
        kind = (AuditFindingKind)Math.Max(index, 0);
        return index >= 0;
    }

    private static readonly string[] ActionNames = ["planned", "in-progress", "done"];

    public static string Format(CorrectiveActionStatus status) => ActionNames[(int)status];

    public static bool TryParseAction(string text, out CorrectiveActionStatus status)
    {
        var index = Array.IndexOf(ActionNames, text);
        status = (CorrectiveActionStatus)Math.Max(index, 0);
        return index >= 0;
    }

    public static bool TryParseEdition(string? text, [NotNullWhen(true)] out Edition? edition) => EditionExtensions.TryParseEdition(text, out edition);
}
