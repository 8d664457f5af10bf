using Safeguarding.Analytics.Ingest.Demo;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Ingest.Tests.Demo;

/// <summary>Each event in data/demo/planted_events.csv shows in the generated returns as the file says.</summary>
public sealed class PlantedEventsVisibleTests
{
    private static PlantedEvent Single(PlantedEventKind kind) => DemoTestData.Events.Single(e => e.Kind == kind);

    [Fact]
    public void Step_change_moves_the_mean_by_its_magnitude_and_stays()
    {
        var step = Single(PlantedEventKind.StepChange);
        var series = DemoTestData.Series(step.IndicatorId);

        var before = series.Where(o => Period.Parse(o.PeriodKey) < step.FirstPeriod).Average(o => o.Value!.Value);
        var after = series.Where(o => step.Covers(Period.Parse(o.PeriodKey))).ToList();

        Assert.InRange(after.Average(o => o.Value!.Value) - before, step.Magnitude - 2, step.Magnitude + 2);
        Assert.All(after, o => Assert.True(Math.Sign(o.Value!.Value - before) == Math.Sign(step.Magnitude), o.PeriodKey));
    }

    [Fact]
    public void Worsening_trend_rises_steadily_with_a_positive_sen_slope_and_no_single_jump()
    {
        var trend = Single(PlantedEventKind.WorseningTrend);
        var values = DemoTestData.Series(trend.IndicatorId)
            .Where(o => trend.Covers(Period.Parse(o.PeriodKey)))
            .Select(o => o.Value!.Value)
            .ToList();
        var steps = values.Zip(values.Skip(1), (a, b) => b - a).ToList();

        Assert.True(values.Count >= 8);
        Assert.All(steps, step => Assert.True(step > 0, $"a quarter did not worsen: {step:F1}"));
        Assert.True(SenSlope(values) > 0.5 * trend.Magnitude / values.Count, $"Sen slope {SenSlope(values):F2}");
        Assert.True(MannKendallS(values) >= values.Count * (values.Count - 1) / 2 * 0.6, $"S = {MannKendallS(values)}");
        Assert.True(steps.Max() < 0.5 * trend.Magnitude, $"largest jump {steps.Max():F1}");
        Assert.True(values[^1] - values[0] > 0.6 * trend.Magnitude);
    }

    [Fact]
    public void Outlier_is_more_than_three_standard_deviations_from_the_other_quarters()
    {
        var outlier = Single(PlantedEventKind.Outlier);
        var series = DemoTestData.Series(outlier.IndicatorId).Where(o => o.Status == ObservationStatus.Final).ToList();
        var others = series.Where(o => o.PeriodKey != outlier.FirstPeriod.Key).Select(o => o.Value!.Value).ToList();
        var mean = others.Average();
        var sd = Math.Sqrt(others.Sum(v => (v - mean) * (v - mean)) / (others.Count - 1));

        var z = (DemoTestData.ValueIn(outlier.IndicatorId, outlier.FirstPeriod.Key) - mean) / sd;

        Assert.True(z > 3, $"z = {z:F2}");
    }

    [Fact]
    public void Missing_return_leaves_every_police_indicator_without_a_value_in_that_quarter()
    {
        var missing = DemoTestData.Events.Where(e => e.Kind == PlantedEventKind.MissingReturn).ToList();
        var quarter = missing.Select(e => e.FirstPeriod.Key).Distinct().Single();
        var police = DemoTestData.Quarterly.Where(i => i.LeadAgency == "Police").Select(i => i.Id).ToHashSet();

        Assert.Equal(police, missing.Select(e => e.IndicatorId).ToHashSet());
        var inQuarter = DemoTestData.Returns.Where(o => o.PeriodKey == quarter).ToList();
        Assert.All(inQuarter.Where(o => police.Contains(o.IndicatorId)), o =>
        {
            Assert.Equal(ObservationStatus.Missing, o.Status);
            Assert.Equal(DemoReturnsGenerator.NotSubmittedReason, o.StatusReason);
            Assert.Null(o.Value);
        });
        Assert.All(inQuarter.Where(o => !police.Contains(o.IndicatorId)), o => Assert.Equal(ObservationStatus.Final, o.Status));
    }

    [Fact]
    public void Inconsistent_value_as_first_sent_disagrees_with_its_numerator_and_denominator_by_the_magnitude_and_is_stored_corrected()
    {
        var slip = Single(PlantedEventKind.InconsistentValue);
        var sent = DemoTestData.FirstSent.Single(o => o.IndicatorId == slip.IndicatorId && o.PeriodKey == slip.FirstPeriod.Key);
        var stored = DemoTestData.Returns.Single(o => o.IndicatorId == slip.IndicatorId && o.PeriodKey == slip.FirstPeriod.Key);

        var computed = sent.Numerator!.Value / sent.Denominator!.Value * 100;

        Assert.Equal(ObservationStatus.Final, sent.Status);
        Assert.InRange(sent.Value!.Value - computed, slip.Magnitude - 0.1, slip.Magnitude + 0.1);
        Assert.Equal(sent with { Value = stored.Value }, stored);
        Assert.InRange(stored.Value!.Value - computed, -0.05, 0.05);
    }

    [Fact]
    public void Unusual_profile_moves_every_related_indicator_up_in_the_same_quarter_moderately()
    {
        var profile = DemoTestData.Events.Where(e => e.Kind == PlantedEventKind.UnusualProfile).ToList();
        var quarter = profile.Select(e => e.FirstPeriod).Distinct().Single();

        Assert.InRange(profile.Count, 4, 6);
        Assert.All(profile, planted =>
        {
            var sameYear = DemoTestData.Series(planted.IndicatorId)
                .Where(o => Period.Parse(o.PeriodKey).StartYear == quarter.StartYear && o.PeriodKey != quarter.Key)
                .Average(o => o.Value!.Value);
            var rise = DemoTestData.ValueIn(planted.IndicatorId, quarter.Key) - sameYear;
            Assert.True(rise > 0.5 * planted.Magnitude, $"{planted.IndicatorId}: rise {rise:F1} against magnitude {planted.Magnitude}");
            Assert.True(rise < 2.5 * planted.Magnitude, $"{planted.IndicatorId}: rise {rise:F1} is not moderate");
        });
    }

    private static double SenSlope(List<double> values)
    {
        var slopes = new List<double>();
        for (var i = 0; i < values.Count; i++)
        {
            for (var j = i + 1; j < values.Count; j++)
            {
                slopes.Add((values[j] - values[i]) / (j - i));
            }
        }

        slopes.Sort();
        return slopes.Count % 2 == 1 ? slopes[slopes.Count / 2] : (slopes[(slopes.Count / 2) - 1] + slopes[slopes.Count / 2]) / 2;
    }

    private static int MannKendallS(List<double> values)
    {
        var s = 0;
        for (var i = 0; i < values.Count; i++)
        {
            for (var j = i + 1; j < values.Count; j++)
            {
                s += Math.Sign(values[j] - values[i]);
            }
        }

        return s;
    }
}
