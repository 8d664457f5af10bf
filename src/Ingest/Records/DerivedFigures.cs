using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Records;

namespace Safeguarding.Analytics.Ingest.Records;

/// <summary>
/// The derived indicators' counts as figures: value = numerator ÷ denominator × the indicator's multiplier (× 4 for a
/// quarter the catalogue annualises, <see cref="FigureScale"/>), final;
/// with nothing to divide by, missing with the reason in words. Confidence intervals are left to be worked out from the
/// numerator and denominator on read, as for returns.
/// </summary>
public static class DerivedFigures
{
    public static Observation From(DerivedCount count, Indicator indicator, string source)
    {
        ArgumentNullException.ThrowIfNull(count);
        ArgumentNullException.ThrowIfNull(indicator);
        var figure = new Observation
        {
            IndicatorId = count.IndicatorId,
            AreaCode = count.AreaCode,
            PeriodKey = count.PeriodKey,
            Numerator = count.Numerator,
            Denominator = count.Denominator,
            Source = source,
        };
        return count.Denominator is { } denominator and not 0
            ? figure with { Value = FigureScale.ValueOf(indicator, count.PeriodKey, count.Numerator, denominator) }
            : figure with { Status = ObservationStatus.Missing, StatusReason = NothingToDivideBy(count) };
    }

    /// <summary>Whether a new figure says the same as the one held: same status, counts and value.</summary>
    public static bool Same(Observation figure, Observation held)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(held);
        return figure.Status == held.Status
            && figure.Numerator == held.Numerator
            && figure.Denominator == held.Denominator
            && string.Equals(figure.StatusReason, held.StatusReason, StringComparison.Ordinal)
            && (figure.Value, held.Value) switch
            {
                (null, null) => true,
                ({ } a, { } b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a)),
                _ => false,
            };
    }

    /// <summary>The key of a load of figures: a hash of what it holds, so the same figures are never written twice.</summary>
    public static string SubmissionKey(IEnumerable<Observation> figures)
    {
        var text = new StringBuilder();
        foreach (var f in figures)
        {
            text.Append(CultureInfo.InvariantCulture, $"{f.IndicatorId}|{f.AreaCode}|{f.PeriodKey}|{f.Numerator}|{f.Denominator}|{f.Version}\n");
        }

        return "derived:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string NothingToDivideBy(DerivedCount count) => count.IndicatorId switch
    {
        RecordIndicatorReference.FirstTimeEntrantsId when count.Denominator is null =>
            "No mid-year estimate of children aged 10–17 for the area on or before the quarter's end.",
        RecordIndicatorReference.FirstTimeEntrantsId => "The mid-year estimate of children aged 10–17 for the area is 0.",
        RecordIndicatorReference.RepeatDomesticAbuseId => "No MARAC referrals in the quarter.",
        _ => "Nothing to divide by: the denominator is 0 or unknown.",
    };
}
