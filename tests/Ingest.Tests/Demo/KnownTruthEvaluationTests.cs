using Safeguarding.Analytics.Ingest.Demo.KnownTruth;

namespace Safeguarding.Analytics.Ingest.Tests.Demo;

/// <summary>The detectors against the demo's planted events, as `dotnet run --project evaluation/KnownTruth` reports them.</summary>
public class KnownTruthEvaluationTests
{
    private static readonly Lazy<IReadOnlyList<DetectorResult>> Results =
        new(() => KnownTruthEvaluation.Evaluate(DemoTestData.FirstSent, DemoTestData.Catalogue, DemoTestData.Events));

    [Theory]
    [InlineData("SPC special cause", new[] { "E1", "E2", "E3" })]
    [InlineData("Worsening trend", new[] { "E2" })]
    [InlineData("Unusual profile", new[] { "E5" })]
    [InlineData("Return checks", new[] { "E4" })]
    public void Each_detector_finds_every_planted_event_of_its_kinds(string detector, string[] events)
    {
        var result = Results.Value.Single(r => r.Detector == detector);

        Assert.Equal(events, result.Found);
        Assert.Empty(result.Missed);
        Assert.Equal(1.0, result.Recall);
    }

    [Fact]
    public void The_planted_outlier_is_flagged_in_its_own_quarter_outside_the_limits()
    {
        var spc = Results.Value.Single(r => r.Detector == "SPC special cause");

        var flag = Assert.Single(spc.Flags, f => f.ExplainedBy == "E3");
        Assert.Equal(("repeat_da_pct", "2021-22 Q2"), (flag.Flag.IndicatorId, flag.Flag.PeriodKey));
        Assert.Contains("outside_limits", flag.Flag.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Return_checks_raise_no_false_alarm_and_every_detector_s_precision_is_explained_flags_over_flags()
    {
        var checks = Results.Value.Single(r => r.Detector == "Return checks");

        Assert.Equal(1.0, checks.Precision);
        Assert.Equal(6, checks.Flags.Count); // five missing police figures and one inconsistent value
        Assert.All(Results.Value, r => Assert.Equal((double)r.Flags.Count(f => f.ExplainedBy is not null) / r.Flags.Count, r.Precision));
    }
}
