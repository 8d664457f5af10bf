using Safeguarding.Analytics.Forecasting.Exceptions;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.DataQuality;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Forecasting.Tests.Exceptions;

public class SeriesExceptionsTests
{
    private static readonly Indicator HighIsGood = TestCatalogue.CpVisits; // a percentage, higher is better
    private static readonly Dictionary<string, double> None = [];

    [Fact]
    public void A_last_quarter_far_below_the_limits_of_a_higher_is_better_measure_is_a_high_SPC_concern()
    {
        var findings = Evaluate(HighIsGood, [80, 82, 79, 81, 80, 83, 81, 80, 82, 79, 81, 80, 55]);

        var concern = Assert.Single(findings, f => f.Kind == ExceptionKinds.SpcConcern);
        Assert.Equal((Quarter(12), ExceptionSeverities.High), (concern.PeriodKey, concern.Severity));
        Assert.Contains("\"rule\":\"outside_limits\"", concern.EvidenceJson, StringComparison.Ordinal);
        Assert.Contains("outside the process limits", concern.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_drop_is_an_improvement_where_lower_is_better_and_nothing_where_neither_is()
    {
        double[] values = [80, 82, 79, 81, 80, 83, 81, 80, 82, 79, 81, 80, 55];

        // Where lower is better the drop is an improvement; the quarters before it, all above the mean it pulls down,
        // are a run on the worse side.
        var lowerIsBetter = Evaluate(HighIsGood with { Polarity = Polarity.LowIsGood }, values);
        Assert.DoesNotContain(lowerIsBetter, f => f.PeriodKey == Quarter(12));
        Assert.All(lowerIsBetter, f => Assert.Contains("\"rule\":\"shift\"", f.EvidenceJson, StringComparison.Ordinal));
        Assert.Empty(Evaluate(HighIsGood with { Polarity = Polarity.Neutral }, values));
    }

    [Fact]
    public void A_concern_older_than_the_latest_four_quarters_is_history_not_an_exception()
    {
        var findings = Evaluate(HighIsGood, [80, 82, 79, 81, 80, 83, 81, 55, 82, 79, 81, 80, 81]);

        Assert.DoesNotContain(findings, f => f.Kind == ExceptionKinds.SpcConcern);
    }

    [Fact]
    public void Eight_quarters_each_worse_than_the_last_are_a_worsening_trend_flagged_at_the_latest()
    {
        var findings = Evaluate(HighIsGood, [90, 89, 88, 87, 86, 85, 84, 83]);

        var trend = Assert.Single(findings, f => f.Kind == ExceptionKinds.WorseningTrend);
        Assert.Equal((Quarter(7), ExceptionSeverities.Medium), (trend.PeriodKey, trend.Severity));
        Assert.Contains("\"senSlope\":-1", trend.EvidenceJson, StringComparison.Ordinal);
        Assert.Contains("\"s\":-28", trend.EvidenceJson, StringComparison.Ordinal);
        Assert.DoesNotContain(Evaluate(HighIsGood, [83, 84, 85, 86, 87, 88, 89, 90]), f => f.Kind == ExceptionKinds.WorseningTrend);
    }

    [Theory]
    // 60 of 100: Wilson 95% 50.2–69.1%, 99.8% 45.4–73.0%; higher is better.
    [InlineData(80.0, ExceptionSeverities.High)] // England beyond the 99.8% interval: worst
    [InlineData(72.0, ExceptionSeverities.Medium)] // beyond 95%, inside 99.8%: worse
    [InlineData(68.0, null)] // inside 95%: similar
    [InlineData(40.0, null)] // better
    public void A_figure_whose_interval_lies_below_England_is_significantly_worse(double england, string? severity)
    {
        var series = new List<Observation> { Figure(0, 60, 60, 100) };

        var findings = SeriesExceptions.Evaluate(HighIsGood, "E06000019", series, None, new Dictionary<string, double> { [Quarter(0)] = england });

        var worse = findings.SingleOrDefault(f => f.Kind == ExceptionKinds.WorseThanComparators);
        Assert.Equal(severity, worse?.Severity);
    }

    [Fact]
    public void Returns_scoring_under_70_are_flagged_and_under_50_seriously()
    {
        DataQualityScore[] scores = [Score("police", 45), Score("health", 65), Score("education", 80)];

        var findings = DataQualityExceptions.Evaluate(scores, "E06000019").ToList();

        Assert.Equal([("police", ExceptionSeverities.High), ("health", ExceptionSeverities.Medium)], findings.Select(f => (f.AgencyId!, f.Severity)));
        Assert.All(findings, f => Assert.Equal((ExceptionKinds.DataQuality, string.Empty, "E06000019"), (f.Kind, f.IndicatorId, f.AreaCode)));
    }

    private static IReadOnlyList<ExceptionFinding> Evaluate(Indicator indicator, double[] values) =>
        SeriesExceptions.Evaluate(indicator, "E06000019", values.Select((v, i) => Figure(i, v)).ToList(), None, None);

    private static Observation Figure(int quarter, double value, double? numerator = null, double? denominator = null) => new()
    {
        IndicatorId = HighIsGood.Id,
        AreaCode = "E06000019",
        PeriodKey = Quarter(quarter),
        Value = value,
        Numerator = numerator,
        Denominator = denominator,
        Source = "test",
    };

    /// <summary>The n-th quarter from 2020-21 Q1.</summary>
    private static string Quarter(int n) => $"{2020 + (n / 4)}-{(21 + (n / 4)) % 100:00} Q{(n % 4) + 1}";

    private static DataQualityScore Score(string agency, double score) => new()
    {
        AgencyId = agency,
        PeriodKey = "2025-26 Q1",
        ExpectedIndicators = 5,
        ReceivedIndicators = 4,
        Deadline = new DateOnly(2025, 7, 20),
        Score = score,
    };
}
