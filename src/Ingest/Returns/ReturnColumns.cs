namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>The long layout's columns, in the order the template writes them.</summary>
public static class ReturnColumns
{
    public const string IndicatorId = "indicator_id";
    public const string AreaCode = "area_code";
    public const string Period = "period";
    public const string Value = "value";
    public const string Numerator = "numerator";
    public const string Denominator = "denominator";
    public const string Status = "status";
    public const string Note = "note";

    public static IReadOnlyList<string> All { get; } = [IndicatorId, AreaCode, Period, Value, Numerator, Denominator, Status, Note];

    /// <summary>Columns a file must have; the others may be left out.</summary>
    public static IReadOnlyList<string> Required { get; } = [IndicatorId, AreaCode, Period, Value];

    public static string Header => string.Join(',', All);

    /// <summary>The column's position in <see cref="All"/>, or -1.</summary>
    public static int IndexOf(string name) => All.ToList().IndexOf(name);
}
