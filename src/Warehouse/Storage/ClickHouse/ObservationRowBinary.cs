using Safeguarding.Analytics.Warehouse.Observations;

namespace Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

/// <summary>One observations row in RowBinary, in the column order of <see cref="Columns"/>.</summary>
internal static class ObservationRowBinary
{
    public const string Columns =
        "indicator_id, area_code, period_key, period_kind, period_start, period_end, value, numerator, denominator, " +
        "lower_ci, upper_ci, status, status_reason, source, version, load_id";

    public static void Write(RowBinaryWriter writer, Observation observation, string loadId)
    {
        var period = StoredObservation.PeriodOf(observation);
        writer.WriteString(observation.IndicatorId);
        writer.WriteString(observation.AreaCode);
        writer.WriteString(observation.PeriodKey);
        writer.WriteString(period.Kind.ToString());
        writer.WriteDate(period.Start);
        writer.WriteDate(period.End);
        writer.WriteNullableFloat64(observation.Value);
        writer.WriteNullableFloat64(observation.Numerator);
        writer.WriteNullableFloat64(observation.Denominator);
        writer.WriteNullableFloat64(observation.LowerCi);
        writer.WriteNullableFloat64(observation.UpperCi);
        writer.WriteString(observation.Status.ToString());
        writer.WriteNullableString(observation.StatusReason);
        writer.WriteString(observation.Source);
        writer.WriteInt32(observation.Version);
        writer.WriteString(loadId);
    }
}
