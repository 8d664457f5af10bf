using System.Globalization;
using System.Text;
using Safeguarding.Analytics.Integration.Tests.Extracts;

namespace Safeguarding.Analytics.Integration.Tests.Disclosure.Attacker;

/// <summary>
/// A copy of a published DfE EES file with one region's year made exact, as an attacker would wish it: every
/// authority's count in the region given (DfE's own suppression codes replaced by a count of 20), chosen authorities'
/// counts set, the region's count the sum of its authorities', England's moved by as much, and each percentage worked
/// out again from its counts as DfE rounds it (one decimal place).
/// </summary>
internal sealed class PublishedFileEdit(string publishedPath, int timePeriod, string regionCode)
{
    private const string FillForSuppressed = "20";

    private readonly Dictionary<string, Dictionary<string, long>> _counts = new(StringComparer.Ordinal);
    private readonly List<(string Percent, string Numerator, string Denominator)> _percentages = [];

    /// <summary>Sets an authority's count in a column (the authority by its ONS code).</summary>
    public PublishedFileEdit Set(string areaCode, string column, long count)
    {
        if (!_counts.TryGetValue(areaCode, out var columns))
        {
            _counts[areaCode] = columns = new Dictionary<string, long>(StringComparer.Ordinal);
        }

        columns[column] = count;
        return this;
    }

    /// <summary>A percentage column worked out again as numerator ÷ denominator × 100.</summary>
    public PublishedFileEdit Percentage(string percent, string numerator, string denominator)
    {
        _percentages.Add((percent, numerator, denominator));
        return this;
    }

    public string Write()
    {
        var rows = ExtractPolling.ParseCsv(File.ReadAllText(publishedPath).TrimStart('\uFEFF'));
        var header = rows[0];
        int Column(string name) => Array.FindIndex(header, h => string.Equals(h, name, StringComparison.Ordinal)) is var i and >= 0
            ? i : throw new InvalidOperationException($"{Path.GetFileName(publishedPath)} has no column {name}.");
        var countColumns = _percentages.SelectMany(p => new[] { p.Numerator, p.Denominator }).Concat(_counts.Values.SelectMany(c => c.Keys)).Distinct(StringComparer.Ordinal).ToList();
        var year = timePeriod.ToString(CultureInfo.InvariantCulture);
        var inYear = rows.Skip(1).Where(r => r.Length == header.Length && r[Column("time_period")] == year).ToList();
        var authorities = inYear.Where(r => r[Column("geographic_level")] == "Local authority" && r[Column("region_code")] == regionCode).ToList();
        var region = inYear.Single(r => r[Column("geographic_level")] == "Regional" && r[Column("region_code")] == regionCode);
        var england = inYear.Single(r => r[Column("geographic_level")] == "National");

        foreach (var authority in authorities)
        {
            foreach (var column in countColumns)
            {
                if (!long.TryParse(authority[Column(column)], CultureInfo.InvariantCulture, out _))
                {
                    authority[Column(column)] = FillForSuppressed;
                }
            }

            if (_counts.TryGetValue(authority[Column("new_la_code")], out var set))
            {
                foreach (var (column, count) in set)
                {
                    authority[Column(column)] = count.ToString(CultureInfo.InvariantCulture);
                }
            }
        }

        foreach (var column in countColumns)
        {
            var sum = authorities.Sum(a => long.Parse(a[Column(column)], CultureInfo.InvariantCulture));
            var before = long.Parse(region[Column(column)], CultureInfo.InvariantCulture);
            region[Column(column)] = sum.ToString(CultureInfo.InvariantCulture);
            england[Column(column)] = (long.Parse(england[Column(column)], CultureInfo.InvariantCulture) + sum - before).ToString(CultureInfo.InvariantCulture);
        }

        foreach (var row in authorities.Append(region).Append(england))
        {
            foreach (var (percent, numerator, denominator) in _percentages)
            {
                var value = 100.0 * long.Parse(row[Column(numerator)], CultureInfo.InvariantCulture) / long.Parse(row[Column(denominator)], CultureInfo.InvariantCulture);
                row[Column(percent)] = Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
            }
        }

        var text = new StringBuilder();
        foreach (var row in rows.Where(r => r.Length == header.Length))
        {
            text.Append(string.Join(',', row.Select(Quote))).Append('\n');
        }

        return text.ToString();
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
