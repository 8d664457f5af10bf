using System.Globalization;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Ingest.Comparators;

/// <summary>A cell of a published statistics file: a number, or a code saying why there is none.</summary>
public sealed record PublishedValue(double? Value, ObservationStatus Status, string? Reason)
{
    // Publishers' codes for "no value": c, k, low and x withhold a figure; -, .., z and u mean there is none to give.
    private static readonly Dictionary<string, ObservationStatus> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["c"] = ObservationStatus.Suppressed,
        ["k"] = ObservationStatus.Suppressed,
        ["low"] = ObservationStatus.Suppressed,
        ["x"] = ObservationStatus.Suppressed,
        ["-"] = ObservationStatus.Missing,
        [".."] = ObservationStatus.Missing,
        ["z"] = ObservationStatus.Missing,
        ["u"] = ObservationStatus.Missing,
    };

    /// <summary>Decimal places kept: enough for any published figure, few enough to drop binary float noise.</summary>
    public const int Precision = 6;

    /// <summary>Reads a cell; false when it is neither a number nor a known code.</summary>
    public static bool TryParse(string? cell, out PublishedValue value)
    {
        var text = cell?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            value = new PublishedValue(null, ObservationStatus.Missing, "blank");
            return true;
        }

        if (Codes.TryGetValue(text, out var status))
        {
            value = new PublishedValue(null, status, text.ToLowerInvariant());
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            // 20.399999999999999 as published is 20.4.
            value = new PublishedValue(Math.Round(number, Precision), ObservationStatus.Final, null);
            return true;
        }

        value = new PublishedValue(null, ObservationStatus.Missing, null);
        return false;
    }
}
