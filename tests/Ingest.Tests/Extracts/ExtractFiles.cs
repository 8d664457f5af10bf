using System.Runtime.CompilerServices;
using Safeguarding.Analytics.Ingest.Extracts.Files;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Ingest.Tests.Extracts;

/// <summary>A small extract to write: a percentage and a count, the home area, a neighbour and England.</summary>
internal static class ExtractFiles
{
    public static readonly Indicator Repeats = NewIndicator("repeat_referrals_pct", "Re-referrals within 12 months", IndicatorValueType.Proportion, "% of referrals");
    public static readonly Indicator Plans = NewIndicator("cpp_count", "Children on a protection plan", IndicatorValueType.Count, "children");

    public static readonly ExtractArea Home = new(new Area { Code = "E06000019", Name = "Herefordshire", Kind = AreaKind.LocalAuthority }, "home");
    public static readonly ExtractArea Neighbour = new(new Area { Code = "E06000051", Name = "Shropshire", Kind = AreaKind.LocalAuthority }, "statistical neighbour");
    public static readonly ExtractArea England = new(new Area { Code = "E92000001", Name = "England", Kind = AreaKind.Country }, "England");

    public static ExtractHeader Header(params Indicator[] indicators) => new()
    {
        Title = "Re-referrals deep dive",
        Theme = "Early help",
        Indicators = indicators.Length > 0 ? indicators : [Repeats, Plans],
        Areas = [Home, Neighbour, England],
        From = Period.Parse("2024-25 Q1"),
        To = Period.Parse("2024-25 Q4"),
        RunId = "run-42",
        RequestedBy = "analyst@example.org",
        GeneratedAtUtc = new DateTime(2026, 11, 28, 9, 30, 0, DateTimeKind.Utc),
    };

    public static Observation Figure(Indicator indicator, ExtractArea area, string period, double? value, double? numerator = null, double? denominator = null) => new()
    {
        IndicatorId = indicator.Id,
        AreaCode = area.Area.Code,
        PeriodKey = period,
        Value = value,
        Numerator = numerator,
        Denominator = denominator,
        Source = "LAIT",
        LoadId = "load-1",
        LoadedAt = new DateTime(2026, 10, 1, 8, 0, 0, DateTimeKind.Utc),
    };

    /// <summary>A proportion of <paramref name="numerator"/> in 120, as a percentage.</summary>
    public static Observation OutOf120(ExtractArea area, string period, double numerator) =>
        Figure(Repeats, area, period, numerator / 120 * 100, numerator, 120) with { LowerCi = 1, UpperCi = 99 };

    public static async IAsyncEnumerable<Observation> Stream(IEnumerable<Observation> rows, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return row;
        }
    }

    public static async Task<(byte[] File, ExtractFileSummary Summary)> WriteAsync(
        ExtractFormat format, IEnumerable<Observation> rows, ExtractHeader? header = null, int maxRowsPerSheet = 1_048_576)
    {
        using var output = new MemoryStream();
        var summary = await ExtractFileWriter.WriteAsync(output, format, header ?? Header(), Stream(rows), maxRowsPerSheet, CancellationToken.None);
        return (output.ToArray(), summary);
    }

    private static Indicator NewIndicator(string id, string name, IndicatorValueType type, string unit) => new()
    {
        Id = id,
        Name = name,
        PriorityId = "p1",
        Domain = "Early help",
        LeadAgency = "la",
        Unit = unit,
        Multiplier = type == IndicatorValueType.Proportion ? 100 : 1,
        ValueType = type,
        Polarity = type == IndicatorValueType.Proportion ? Polarity.LowIsGood : Polarity.Neutral,
        Frequency = Frequency.Quarterly,
        Definition = $"{name}: how the board counts it.",
    };
}
