namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// The row that first gave each figure (indicator, area, period) of a return, for reporting duplicates. Areas are
/// numbered as they are first met and each indicator and period keeps its rows in an array by area number: a return
/// comes grouped by indicator, so a million rows cost an array step each, not a hash of three strings.
/// </summary>
internal sealed class FirstRowOfFigure
{
    private readonly Dictionary<(string IndicatorId, string PeriodKey), int[]> _rowsByArea = [];
    private (string IndicatorId, string PeriodKey) _lastKey;
    private int[] _lastRows = [];

    /// <summary>Records <paramref name="row"/> as giving the figure; the earlier row when one already did, else 0.</summary>
    /// <param name="areaNumber">The area's number, 0 upwards, the same for every row of one area.</param>
    public int Claim(string indicatorId, int areaNumber, string periodKey, int row)
    {
        var key = (indicatorId, periodKey);
        if (!ReferenceEquals(_lastKey.IndicatorId, indicatorId) || !ReferenceEquals(_lastKey.PeriodKey, periodKey))
        {
            _lastRows = _rowsByArea.TryGetValue(key, out var rows) ? rows : [];
            _lastKey = key;
        }

        if (areaNumber >= _lastRows.Length)
        {
            Array.Resize(ref _lastRows, Math.Max(areaNumber + 1, _lastRows.Length * 2));
            _rowsByArea[key] = _lastRows;
        }

        var earlier = _lastRows[areaNumber];
        if (earlier == 0)
        {
            _lastRows[areaNumber] = row;
        }

        return earlier;
    }
}
