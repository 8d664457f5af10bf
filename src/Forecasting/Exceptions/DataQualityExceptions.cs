using System.Globalization;
using System.Text.Json;
using Safeguarding.Analytics.Domain.DataQuality;
using Safeguarding.Analytics.Domain.Exceptions;

namespace Safeguarding.Analytics.Forecasting.Exceptions;

/// <summary>
/// An agency's quarterly return that scored below <see cref="Threshold"/> out of 100 on data quality (below
/// <see cref="Serious"/>: high), flagged for the board's area so the QA sub-group can ask the agency about it.
/// </summary>
public static class DataQualityExceptions
{
    public const double Threshold = 70;
    public const double Serious = 50;

    public static IEnumerable<ExceptionFinding> Evaluate(IEnumerable<DataQualityScore> scores, string areaCode)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return scores.Where(s => s.Score < Threshold).Select(s => new ExceptionFinding
        {
            Kind = ExceptionKinds.DataQuality,
            IndicatorId = string.Empty,
            AreaCode = areaCode,
            PeriodKey = s.PeriodKey,
            AgencyId = s.AgencyId,
            Severity = s.Score < Serious ? ExceptionSeverities.High : ExceptionSeverities.Medium,
            Method = "Data quality score: the mean of completeness, timeliness, validity and consistency",
            Summary = string.Create(
                CultureInfo.InvariantCulture,
                $"The {s.AgencyId} return for {s.PeriodKey} scored {s.Score:0.0} of 100 on data quality: {s.ReceivedIndicators} of {s.ExpectedIndicators} indicators, {s.ErrorCount} errors, {s.WarningCount} warnings, {s.DaysLate} days late."),
            EvidenceJson = JsonSerializer.Serialize(new
            {
                score = s.Score,
                completeness = s.Completeness,
                timeliness = s.Timeliness,
                validity = s.Validity,
                consistency = s.Consistency,
                submissionId = s.SubmissionId,
                daysLate = s.DaysLate,
            }),
        });
    }
}
