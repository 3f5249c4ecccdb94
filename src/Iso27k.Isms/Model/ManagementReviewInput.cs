namespace Iso27k.Isms;

/// <summary>The inputs a management review must consider (ISO/IEC 27001:2022 9.3.2 a) to g), with d) split into its four trends).</summary>
public enum ManagementReviewInput
{
    /// <summary>a) The status of actions from previous management reviews.</summary>
    PreviousActions = 0,

    /// <summary>b) Changes in external and internal issues relevant to the ISMS.</summary>
    IssueChanges = 1,

    /// <summary>c) Changes in needs and expectations of interested parties relevant to the ISMS (new in 2022).</summary>
    InterestedPartyChanges = 2,

    /// <summary>d) 1) Performance feedback: trends in nonconformities and corrective actions.</summary>
    NonconformityTrends = 3,

    /// <summary>d) 2) Performance feedback: trends in monitoring and measurement results.</summary>
    MonitoringTrends = 4,

    /// <summary>d) 3) Performance feedback: trends in audit results.</summary>
    AuditTrends = 5,

    /// <summary>d) 4) Performance feedback: trends in the fulfilment of objectives.</summary>
    ObjectiveTrends = 6,

    /// <summary>e) Feedback from interested parties.</summary>
    InterestedPartyFeedback = 7,

    /// <summary>f) Results of risk assessment and status of the risk treatment plan.</summary>
    RiskResults = 8,

    /// <summary>g) Opportunities for continual improvement.</summary>
    ImprovementOpportunities = 9,
}
