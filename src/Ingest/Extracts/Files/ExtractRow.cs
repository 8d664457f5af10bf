using System.Globalization;
using Safeguarding.Analytics.Forecasting.Intervals;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Ingest.Extracts.Files;

/// <summary>
/// A figure as an extract prints it: the observation with its indicator and area named, and — when disclosure control
/// does not let it leave — its value, counts and interval blank, with the reason in the disclosure column. The interval
/// is the publisher's own, or else the one the service shows (<see cref="ObservationIntervals"/>) worked out from the
/// counts, scaled as the figure is (× 4 for a quarter the catalogue annualises).
/// </summary>
internal readonly record struct ExtractRow(Observation Observation, Indicator Indicator, ExtractArea Area, string? SuppressedBecause)
{
    // The publisher's limits as given; otherwise the interval worked out from the counts, as the service shows it.
    private readonly (double? Lower, double? Upper) _interval = Observation.LowerCi is not null || Observation.UpperCi is not null
        ? (Observation.LowerCi, Observation.UpperCi)
        : ObservationIntervals.Of(Observation, Indicator, ConfidenceLevel.NinetyFive) is { } worked ? (worked.Lower, worked.Upper) : (null, null);

    /// <summary>The columns of the data sheet and the CSV, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "indicator_id", "indicator", "unit", "area_code", "area", "area_role", "period", "value", "numerator", "denominator",
        "lower_ci", "upper_ci", "status", "status_reason", "disclosure", "source", "version", "loaded_at_utc",
    ];

    /// <summary>The column (0-based) that holds the value.</summary>
    public const int ValueColumn = 7;

    public bool IsSuppressed => SuppressedBecause is not null;

    /// <summary>
    /// The value as it may be shown: null when disclosure control withholds it, when there is none, or when it failed a
    /// plausibility rule (an invalid figure is never shown as a value; its status and reason say why).
    /// </summary>
    public double? ShownValue => IsSuppressed || Observation.Status == ObservationStatus.Invalid ? null : Observation.Value;

    public ExtractCell Cell(int column) => column switch
    {
        0 => ExtractCell.Of(Observation.IndicatorId),
        1 => ExtractCell.Of(Indicator.Name),
        2 => ExtractCell.Of(Indicator.Unit),
        3 => ExtractCell.Of(Observation.AreaCode),
        4 => ExtractCell.Of(Area.Area.Name),
        5 => ExtractCell.Of(Area.Role),
        6 => ExtractCell.Of(Observation.PeriodKey),
        ValueColumn => ExtractCell.Of(ShownValue),
        8 => Figure(Observation.Numerator),
        9 => Figure(Observation.Denominator),
        10 => Figure(_interval.Lower),
        11 => Figure(_interval.Upper),
        12 => ExtractCell.Of(StatusName(Observation.Status)),
        13 => ExtractCell.Of(Observation.StatusReason),
        14 => ExtractCell.Of(SuppressedBecause),
        15 => ExtractCell.Of(Observation.Source),
        16 => ExtractCell.Of(Observation.Version),
        17 => ExtractCell.Of(Observation.LoadedAt?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "An extract row has no such column."),
    };

    private ExtractCell Figure(double? value) => IsSuppressed ? ExtractCell.Blank : ExtractCell.Of(value);

    private static string StatusName(ObservationStatus status) => status switch
    {
        ObservationStatus.Final => "final",
        ObservationStatus.Provisional => "provisional",
        ObservationStatus.Suppressed => "suppressed",
        ObservationStatus.Missing => "missing",
        ObservationStatus.Invalid => "invalid",
        _ => status.ToString().ToLowerInvariant(),
    };
}
