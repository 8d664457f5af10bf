using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Safeguarding.Analytics.Integration.Tests.Extracts;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Integration.Tests.Disclosure.Attacker;

/// <summary>
/// A figure as an output gave it: the cell it names and every number beside it (value, numerator, denominator,
/// interval, …), found without knowing the output's shape. In JSON, an object that has a numerator, denominator or
/// value is a figure; its cell is named by its own or its ancestors' strings (an indicator id, an area code, a period
/// key), else by the address (its indicator, <c>?area=</c>). In CSV, a row is a figure with its columns as names.
/// </summary>
public sealed partial record ShownFigure(Cell Cell, IReadOnlyDictionary<string, double> Numbers, ServiceOutput Output)
{
    private static readonly string[] FigureFields = ["value", "numerator", "denominator"];

    private static readonly HashSet<string> PreferredNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "indicatorId", "indicator", "id", "area", "areaCode", "code", "period", "periodKey", "quarter",
    };

    public double? Numerator => Numbers.TryGetValue("numerator", out var n) ? n : null;

    public double? Denominator => Numbers.TryGetValue("denominator", out var d) ? d : null;

    public double? Value => Numbers.TryGetValue("value", out var v) ? v : null;

    /// <summary>Interval bounds: every number whose name says lower or upper.</summary>
    public IEnumerable<KeyValuePair<string, double>> Bounds =>
        Numbers.Where(n => n.Key.Contains("lower", StringComparison.OrdinalIgnoreCase) || n.Key.Contains("upper", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the value is numerator ÷ denominator × multiplier (× 4 for an annualised quarter), all given here, to its decimal places.</summary>
    public bool ValueIsItsOwnCounts(ReferenceDataSet reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (Value is not { } value || Numerator is not { } numerator || Denominator is not { } denominator || denominator == 0)
        {
            return false;
        }

        var indicator = reference.Indicator(Cell.Indicator);
        var annualised = indicator.QuarterAnnualisation == Domain.Catalogue.QuarterAnnualisation.Times4 && Cell.Period.Contains(" Q", StringComparison.Ordinal) ? 4 : 1;
        // Values may be given rounded to the indicator's decimal places.
        return Math.Abs((numerator / denominator * indicator.Multiplier * annualised) - value) <= (0.5 * Math.Pow(10, -indicator.DecimalPlaces)) + 1e-9;
    }

    public static IEnumerable<ShownFigure> In(ServiceOutput output, ReferenceDataSet reference)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(reference);
        var names = new Names(reference);
        var fromAddress = new Context(
            names.IndicatorIn(output.Url),
            QueryValue(output.Url, "area") is { } area && names.IsArea(area) ? names.Area(area) : names.AreaIn(output.Url),
            null);
        if (output.Status != 200 || output.Body.Length == 0)
        {
            return [];
        }

        if (output.IsJson)
        {
            try
            {
                using var document = JsonDocument.Parse(output.Body);
                var found = new List<ShownFigure>();
                Walk(document.RootElement, fromAddress, names, output, found);
                return found;
            }
            catch (JsonException)
            {
                return [];
            }
        }

        return output.IsCsv ? InCsv(output, fromAddress, names) : [];
    }

    private static void Walk(JsonElement element, Context context, Names names, ServiceOutput output, List<ShownFigure> found)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, context, names, output, found);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        // The object's own names first (indicatorId, area, period, …), then any other string naming a cell.
        var strings = element.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToList();
        var own = new Context(null, null, null);
        foreach (var property in strings.Where(p => PreferredNames.Contains(p.Name)).Concat(strings.Where(p => !PreferredNames.Contains(p.Name))))
        {
            own = own.With(property.Name, property.Value.GetString()!, names, keep: true);
        }

        own = new Context(own.Indicator ?? context.Indicator, own.Area ?? context.Area, own.Period ?? context.Period);
        var numbers = element.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number)
            .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(p => p.Key, p => p.First().Value.GetDouble(), StringComparer.OrdinalIgnoreCase);

        if (FigureFields.Any(numbers.ContainsKey) && own.Cell is { } cell)
        {
            found.Add(new ShownFigure(cell, numbers, output));
        }

        foreach (var property in element.EnumerateObject())
        {
            Walk(property.Value, own, names, output, found);
        }
    }

    private static IEnumerable<ShownFigure> InCsv(ServiceOutput output, Context fromAddress, Names names)
    {
        var rows = ExtractPolling.ParseCsv(output.Body.TrimStart('\uFEFF'));
        if (rows.Count < 2)
        {
            yield break;
        }

        var header = rows[0];
        foreach (var row in rows.Skip(1).Where(r => r.Length == header.Length))
        {
            var context = fromAddress;
            var numbers = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length; i++)
            {
                if (double.TryParse(row[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !Names.IsPeriod(row[i]))
                {
                    numbers[header[i].Replace("_", string.Empty, StringComparison.Ordinal)] = number;
                }
                else
                {
                    context = context.With(header[i], row[i], names);
                }
            }

            if (FigureFields.Any(numbers.ContainsKey) && context.Cell is { } cell)
            {
                yield return new ShownFigure(cell, numbers, output);
            }
        }
    }

    private static string? QueryValue(string url, string name)
    {
        var match = Regex.Match(url, $"[?&]{name}=([^&]*)");
        return match.Success ? Uri.UnescapeDataString(match.Groups[1].Value) : null;
    }

    private sealed record Context(string? Indicator, string? Area, string? Period)
    {
        public Cell? Cell => Indicator is not null && Area is not null && Period is not null ? new Cell(Indicator, Area, Period) : null;

        /// <summary>This context with the cell a string names; with <paramref name="keep"/>, what is already named stays.</summary>
        public Context With(string name, string text, Names names, bool keep = false) =>
            names.IsIndicator(text) && !(keep && Indicator is not null) ? this with { Indicator = text }
            : names.IsArea(text) && !(keep && Area is not null) && !name.Contains("region", StringComparison.OrdinalIgnoreCase) ? this with { Area = names.Area(text) }
            : Names.IsPeriod(text) && !(keep && Period is not null) && !IsBound(name) ? this with { Period = text }
            : this;

        private static bool IsBound(string name) =>
            name.Equals("from", StringComparison.OrdinalIgnoreCase) || name.Equals("to", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("From", StringComparison.Ordinal) || name.EndsWith("To", StringComparison.Ordinal)
            || name.StartsWith("previous", StringComparison.OrdinalIgnoreCase);
    }

    private sealed partial class Names(ReferenceDataSet reference)
    {
        private readonly HashSet<string> _indicators = reference.Indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);

        public bool IsIndicator(string text) => _indicators.Contains(text);

        public bool IsArea(string text) => AreaCode().IsMatch(text) && reference.Areas.Find(text) is not null;

        public string Area(string text) => reference.Areas.Resolve(text).Code;

        public static bool IsPeriod(string text) => PeriodKey().IsMatch(text);

        public string? IndicatorIn(string url) => url.Split('/', '?', '&', '=').FirstOrDefault(IsIndicator);

        public string? AreaIn(string url) => url.Split('/', '?', '&', '=').FirstOrDefault(IsArea) is { } code ? Area(code) : null;

        [GeneratedRegex("^[EW][0-9]{8}$")]
        private static partial Regex AreaCode();

        [GeneratedRegex("^[0-9]{4}-[0-9]{2}( Q[1-4])?$")]
        private static partial Regex PeriodKey();
    }
}
