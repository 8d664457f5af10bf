using Safeguarding.Analytics.Ingest.Demo;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Ingest.Tests.Demo;

public class DemoReturnFilesTests
{
    private static readonly Lazy<IReadOnlyList<DemoReturn>> LazyFiles = new(() =>
        DemoReturnFiles.For(DemoTestData.Inputs(), DemoTestData.Reference.Agencies, DemoTestData.Returns, DemoTestData.FirstSent));

    private static IReadOnlyList<DemoReturn> Files => LazyFiles.Value;

    private static ValidatedReturn Validate(DemoReturn file)
    {
        using var content = new MemoryStream(file.Content);
        return new QuarterlyReturnValidator(DemoTestData.Reference).ReadAndValidate(file.FileName, content, file.Agency, file.Quarter, null, new ReturnLimits());
    }

    [Fact]
    public void Every_agency_with_quarterly_figures_sends_a_return_for_every_demo_quarter_before_its_deadline()
    {
        var quarters = DemoTestData.Returns.Select(o => o.PeriodKey).Distinct().Count();
        var agencies = DemoTestData.Reference.Agencies.Count(a => DemoTestData.Quarterly.Any(a.Owns));

        Assert.Equal(quarters * agencies, Files.DistinctBy(f => (f.Agency.Id, f.Quarter)).Count());
        Assert.All(Files, f => Assert.True(
            DateOnly.FromDateTime(f.ReceivedAt) <= f.Agency.ReturnDeadline(f.Quarter) && f.ReceivedAt > f.Quarter.End.ToDateTime(TimeOnly.MinValue),
            $"{f.FileName} received {f.ReceivedAt:u}"));
        Assert.Equal(Files.OrderBy(f => f.ReceivedAt).Select(f => f.FileName), Files.OrderBy(f => f.Quarter).ThenBy(f => f.ReceivedAt).Select(f => f.FileName));
    }

    [Fact]
    public void Every_return_passes_the_return_checks_but_the_planted_slip_as_first_sent()
    {
        var slip = DemoTestData.Events.Single(e => e.Kind == PlantedEventKind.InconsistentValue);

        var refused = Files.Select(f => (File: f, Answer: Validate(f))).Where(x => !x.Answer.IsValid).ToList();

        Assert.True(refused.Count == 1, string.Join('\n', refused.SelectMany(r => r.Answer.Problems.Where(p => p.Severity == ProblemSeverity.Error)).Select(p => p.Message).Take(10)));
        var (file, answer) = refused[0];
        Assert.Equal(slip.FirstPeriod, file.Quarter);
        var error = Assert.Single(answer.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("value_mismatch", "value"), (error.Code, error.Column));
        var corrected = Assert.Single(Files, f => f.Agency == file.Agency && f.Quarter == file.Quarter && f != file);
        Assert.Equal(TimeSpan.FromDays(2), corrected.ReceivedAt - file.ReceivedAt);
        Assert.Contains(Validate(corrected).Lines, l => l.Observation.IndicatorId == slip.IndicatorId);
    }

    [Fact]
    public void A_quarter_the_agency_could_not_report_comes_as_a_nil_return_with_the_reason()
    {
        var missed = DemoTestData.Events.First(e => e.Kind == PlantedEventKind.MissingReturn);
        var agency = DemoTestData.Reference.Agencies.Single(a => a.Owns(DemoTestData.Indicator(missed.IndicatorId)));

        var lines = Validate(Assert.Single(Files, f => f.Agency == agency && f.Quarter == missed.FirstPeriod)).Lines;

        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal(ObservationStatus.Missing, l.Observation.Status));
        Assert.Contains(lines, l => l.Note != null && l.Note.Contains("analyst post was vacant", StringComparison.Ordinal));
    }

    [Fact]
    public void The_files_are_the_same_every_time()
    {
        var again = DemoReturnFiles.For(DemoTestData.Inputs(), DemoTestData.Reference.Agencies, DemoTestData.Returns, DemoTestData.FirstSent);

        Assert.Equal(Files.Select(f => (f.FileName, f.ReceivedAt, Convert.ToHexString(f.Content))), again.Select(f => (f.FileName, f.ReceivedAt, Convert.ToHexString(f.Content))));
    }
}
