using System.Globalization;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// The rules for one row of a return, each broken rule an error on its column. Areas and periods are resolved once
/// per distinct text: a large file repeats them.
/// </summary>
internal sealed class ReturnRowChecker(
    AreaDirectory areas,
    IReadOnlyDictionary<string, Indicator> indicators,
    Agency? agency,
    Period? quarter,
    IReadOnlySet<string>? allowedAreaCodes,
    ProblemList problems)
{
    private readonly Dictionary<string, (Area? Area, int Number)> _areas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _areaNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Period?> _periods = new(StringComparer.Ordinal);
    private readonly FirstRowOfFigure _firstRows = new();

    // The row above's texts and what they resolved to: a return repeats them row after row, so most rows need no lookup.
    private (string Text, Indicator Indicator)? _lastIndicator;
    private (string? Text, (Area? Area, int Number) Resolved) _lastArea;
    private (string? Text, Period? Period) _lastPeriod;
    private readonly string _source = agency is null ? "return" : QuarterlyReturn.SourceOf(agency);
    private int _errorsBefore;

    public int RowsWithErrors { get; private set; }

    /// <summary>The row as a line, or null when it has an error (each one reported).</summary>
    public ReturnLine? Check(ReturnRecord record)
    {
        _errorsBefore = problems.Errors;
        var row = record.Row;
        var unsafeCells = UnsafeCells(record);

        // A cell already reported as unsafe is not read again, so each problem is reported once.
        var indicator = IsUnsafe(unsafeCells, 0) ? null : CheckIndicator(row, record.IndicatorId);
        var (area, areaNumber) = IsUnsafe(unsafeCells, 1) ? (null, -1) : CheckArea(row, record.AreaCode);
        var period = IsUnsafe(unsafeCells, 2) ? null : CheckPeriod(row, record.Period, indicator);
        var status = IsUnsafe(unsafeCells, 6) ? null : CheckStatus(row, record.Status);
        var value = IsUnsafe(unsafeCells, 3) ? null : Number(row, ReturnColumns.Value, record.Value);
        var numerator = IsUnsafe(unsafeCells, 4) ? null : Number(row, ReturnColumns.Numerator, record.Numerator);
        var denominator = IsUnsafe(unsafeCells, 5) ? null : Number(row, ReturnColumns.Denominator, record.Denominator);
        if (status is not null && problems.Errors == _errorsBefore)
        {
            CheckPresence(row, status.Value, value);
        }

        if (indicator is not null && problems.Errors == _errorsBefore)
        {
            CheckUnit(row, indicator, record.Value, value, numerator, denominator);
        }

        if (indicator is not null && period is not null && problems.Errors == _errorsBefore)
        {
            CheckConsistency(row, indicator, period, record.Value, value, numerator, denominator);
        }

        if (indicator is not null && area is not null && period is not null)
        {
            if (_firstRows.Claim(indicator.Id, areaNumber, period.Key, row) is var earlier and > 0)
            {
                Error("duplicate_row", row, null, $"{indicator.Id} for {area.Code} in {period.Key} is already given in row {earlier}; give each figure once.");
            }
        }

        if (problems.Errors != _errorsBefore || indicator is null || area is null || period is null || status is null)
        {
            return Failed();
        }

        return new ReturnLine(row, new Observation
        {
            IndicatorId = indicator.Id,
            AreaCode = area.Code,
            PeriodKey = period.Key,
            Value = value,
            Numerator = numerator,
            Denominator = denominator,
            Status = status.Value,
            StatusReason = status is ObservationStatus.Suppressed or ObservationStatus.Missing or ObservationStatus.Provisional && record.Note.Length > 0 ? record.Note : null,
            Source = _source,
        }, record.Note.Length > 0 ? record.Note : null);
    }

    private ReturnLine? Failed()
    {
        RowsWithErrors++;
        return null;
    }

    /// <summary>
    /// A bit per column (by position) whose cell holds a NUL character or text a spreadsheet would run as a formula,
    /// each reported.
    /// </summary>
    private int UnsafeCells(ReturnRecord record)
    {
        var unsafeCells = 0;
        for (var i = 0; i < ReturnColumns.All.Count; i++)
        {
            var text = record.Cell(i);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                Error("nul_character", record.Row, ReturnColumns.All[i], "the cell holds a NUL character; remove it.");
                unsafeCells |= 1 << i;
            }
            else if (ReturnCell.LooksLikeFormula(text))
            {
                Error("formula_cell", record.Row, ReturnColumns.All[i], $"'{Shorten(text)}' looks like a spreadsheet formula; remove the leading '{text[0]}' (a formula's result can be typed in as a number).");
                unsafeCells |= 1 << i;
            }
        }

        return unsafeCells;
    }

    private static bool IsUnsafe(int unsafeCells, int position) => (unsafeCells & (1 << position)) != 0;

    private Indicator? CheckIndicator(int row, string id)
    {
        if (id.Length == 0)
        {
            Error("missing_indicator", row, ReturnColumns.IndicatorId, "the indicator id is empty.");
            return null;
        }

        if (ReferenceEquals(id, _lastIndicator?.Text))
        {
            return _lastIndicator.Value.Indicator;
        }

        if (!indicators.TryGetValue(id, out var indicator))
        {
            Error("unknown_indicator", row, ReturnColumns.IndicatorId, $"'{Shorten(id)}' is not an indicator in the catalogue (ids look like cpp_rate_per_10k; the template lists the agency's).");
            return null;
        }

        if (agency is not null && !agency.Owns(indicator))
        {
            Error("not_owned", row, ReturnColumns.IndicatorId, $"{indicator.Id} is reported by {indicator.LeadAgency}, not by {agency.Name}.");
            return null;
        }

        _lastIndicator = (id, indicator);
        return indicator;
    }

    /// <summary>The area and its number (the same for its ONS and DfE codes), or null and -1 when the row cannot use it.</summary>
    private (Area? Area, int Number) CheckArea(int row, string code)
    {
        if (!ReferenceEquals(code, _lastArea.Text))
        {
            if (!_areas.TryGetValue(code, out var found))
            {
                var match = areas.TryResolve(code, out var known) ? known : null;
                found = (match, match is null ? -1 : NumberOf(match));
                _areas[code] = found;
            }

            _lastArea = (code, found);
        }

        var resolved = _lastArea.Resolved;
        return CheckAreaUse(row, code, resolved.Area) is { } area ? (area, resolved.Number) : (null, -1);
    }

    private int NumberOf(Area area)
    {
        if (!_areaNumbers.TryGetValue(area.Code, out var number))
        {
            number = _areaNumbers.Count;
            _areaNumbers[area.Code] = number;
        }

        return number;
    }

    private Area? CheckAreaUse(int row, string code, Area? area)
    {
        if (area is null)
        {
            Error("unknown_area", row, ReturnColumns.AreaCode, code.Length == 0 ? "the area code is empty." : $"'{Shorten(code)}' is not an ONS or DfE code of any area.");
            return null;
        }

        if (area.Kind != AreaKind.LocalAuthority || !area.IsCurrent)
        {
            Error("not_local_authority", row, ReturnColumns.AreaCode, $"{code} is {area.Name}, which is not a current local authority.");
            return null;
        }

        if (allowedAreaCodes is not null && !allowedAreaCodes.Contains(area.Code))
        {
            Error("not_board_area", row, ReturnColumns.AreaCode, $"{code} is {area.Name}; this partnership takes returns for {string.Join(", ", allowedAreaCodes)} only.");
            return null;
        }

        return area;
    }

    private Period? CheckPeriod(int row, string key, Indicator? indicator)
    {
        Period? period;
        if (ReferenceEquals(key, _lastPeriod.Text))
        {
            period = _lastPeriod.Period;
        }
        else if (!_periods.TryGetValue(key, out period))
        {
            period = Period.TryParse(key, out var parsed) ? parsed : null;
            _periods[key] = period;
        }

        _lastPeriod = (key, period);

        if (period is null)
        {
            Error("bad_period", row, ReturnColumns.Period, $"'{Shorten(key)}' is not a period: write a quarter as 2024-25 Q1 or a financial year as 2024-25.");
            return null;
        }

        if (indicator is not null && quarter is not null && ReturnTemplate.RowPeriod(indicator, quarter) is var expected && expected != period)
        {
            Error("wrong_period", row, ReturnColumns.Period, $"this return is for {quarter.Key}, so {indicator.Id} ({indicator.Frequency.ToString().ToLowerInvariant()}) must be for {expected.Key}, not {period.Key}.");
            return null;
        }

        return period;
    }

    private ObservationStatus? CheckStatus(int row, string text)
    {
        if (text.Length == 0 || text.Equals("final", StringComparison.OrdinalIgnoreCase))
        {
            return ObservationStatus.Final;
        }

        foreach (var status in (ReadOnlySpan<ObservationStatus>)[ObservationStatus.Provisional, ObservationStatus.Suppressed, ObservationStatus.Missing])
        {
            if (text.Equals(status.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return status;
            }
        }

        Error("unknown_status", row, ReturnColumns.Status, $"'{Shorten(text)}' is not a status: use final, provisional, suppressed or missing.");
        return null;
    }

    private double? Number(int row, string column, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (ReturnCell.TryNumber(text, out var number))
        {
            return number;
        }

        var hint = text.Contains(',', StringComparison.Ordinal) ? " Write numbers without thousands separators, with a point for decimals."
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var beyond) && !double.IsFinite(beyond) ? " A figure must be a finite number: NaN, infinity and numbers past 1.7976931348623157e308 cannot be stored."
            : string.Empty;
        Error("not_a_number", row, column, $"'{Shorten(text)}' is not a number.{hint}");
        return null;
    }

    private void CheckPresence(int row, ObservationStatus status, double? value)
    {
        if (status is ObservationStatus.Suppressed or ObservationStatus.Missing && value is not null)
        {
            Error("value_with_status", row, ReturnColumns.Value, $"the status is {status.ToString().ToLowerInvariant()}, so the value must be left blank (say why in the note).");
        }
        else if (status is ObservationStatus.Final or ObservationStatus.Provisional && value is null)
        {
            Error("missing_value", row, ReturnColumns.Value, "the value is blank; give it, or set the status to missing or suppressed and say why in the note.");
        }
    }

    private void CheckUnit(int row, Indicator indicator, string valueText, double? value, double? numerator, double? denominator)
    {
        CheckCount(row, ReturnColumns.Numerator, numerator);
        CheckCount(row, ReturnColumns.Denominator, denominator);
        if (!ReturnValueRange.Check(problems, row, indicator, value, numerator, denominator))
        {
            return;
        }

        if (value is { } v)
        {
            if (indicator.ValueType == IndicatorValueType.Proportion && (v < 0 || v > indicator.Multiplier))
            {
                Error("out_of_range", row, ReturnColumns.Value, $"{Format(v)} is outside 0–{indicator.Multiplier} for {indicator.Unit}.");
            }
            else if (v < 0)
            {
                Error("out_of_range", row, ReturnColumns.Value, $"{Format(v)} is negative; {indicator.Unit} cannot be.");
            }
            else if (indicator.ValueType == IndicatorValueType.Count && !ReturnCell.IsWhole(v))
            {
                Error("out_of_range", row, ReturnColumns.Value, $"{Format(v)} is not a whole number; {indicator.Id} is a count.");
            }
        }

        if (indicator.ValueType == IndicatorValueType.Proportion && numerator > denominator)
        {
            Error("numerator_over_denominator", row, ReturnColumns.Numerator, $"the numerator {Format(numerator!.Value)} is larger than the denominator {Format(denominator!.Value)}; a proportion cannot be.");
            return;
        }

        if (value is not null && denominator == 0)
        {
            Error("zero_denominator", row, ReturnColumns.Denominator, "the denominator is 0, so there is no value to give; set the status to missing.");
            return;
        }
    }

    /// <summary>
    /// The value is numerator ÷ denominator × multiplier, × 4 as well for a quarter of an indicator the catalogue
    /// annualises (<see cref="FigureScale"/>), to the rounding the value is written with; the message names the rule.
    /// </summary>
    private void CheckConsistency(int row, Indicator indicator, Period period, string valueText, double? value, double? numerator, double? denominator)
    {
        if (value is { } given && numerator is { } n && denominator is { } d && d > 0
            && indicator.ValueType is IndicatorValueType.Proportion or IndicatorValueType.Rate)
        {
            var expected = FigureScale.ValueOf(indicator, period, n, d);
            var tolerance = ReturnCell.RoundingOf(valueText) + (1e-9 * Math.Max(1, Math.Abs(expected)));
            if (Math.Abs(given - expected) > tolerance)
            {
                var factor = FigureScale.AnnualisationFactor(indicator, period);
                var annualised = factor > 1 ? $" × {factor} (annualised)" : string.Empty;
                Error("value_mismatch", row, ReturnColumns.Value, $"{valueText} does not match {Format(n)} / {Format(d)} × {indicator.Multiplier}{annualised} = {Format(Math.Round(expected, 4))}.");
            }
        }
    }

    private void CheckCount(int row, string column, double? count)
    {
        if (count is { } c && (c < 0 || !ReturnCell.IsWhole(c)))
        {
            Error("invalid_count", row, column, $"{Format(c)} is not a count: it must be a whole number, 0 or more.");
        }
    }

    private void Error(string code, int row, string? column, string message) => problems.Error(code, row, column, message);

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
