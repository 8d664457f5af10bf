using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Ingest.Comparators;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Integration.Tests.Demo;

/// <summary>
/// Every figure the demo stores for the home area as a partner's (everything but the published comparators) is
/// sent back through the return validator, agency by agency and quarter by quarter, as the agency would have sent it:
/// none may be one the service would refuse from a real agency.
/// </summary>
public class DemoFiguresPassTheReturnChecksTests
{
    [Fact]
    public async Task Every_stored_demo_figure_passes_the_return_validator()
    {
        using var factory = new DashboardFactory();
        _ = factory.CreateClient();
        var reference = factory.Services.GetRequiredService<ReferenceDataSet>();
        var warehouse = factory.Services.GetRequiredService<IAnalyticStore>();
        var home = factory.Services.GetRequiredService<Ingest.BoardOptions>().HomeAreaCode;
        var stored = (await warehouse.QueryAsync(new ObservationQuery { AreaCodes = [home] }, CancellationToken.None))
            .Where(o => o.Source != LaitComparatorReader.Source)
            .ToList();
        var validator = new QuarterlyReturnValidator(reference);
        var errors = new List<string>();
        var checkedFigures = 0;
        foreach (var agency in reference.Agencies)
        {
            var owned = stored.Where(o => agency.Owns(reference.Indicator(o.IndicatorId))).ToList();
            foreach (var quarter in owned.Select(o => Period.Parse(o.PeriodKey)).Where(p => p.Kind == PeriodKind.FinancialQuarter).Distinct())
            {
                var rows = owned.Where(o => o.PeriodKey == quarter.Key || (quarter.Quarter == 4 && o.PeriodKey == quarter.FinancialYearOf().Key)).ToList();
                var fileName = $"{agency.Id}-{quarter.Key}.csv";
                using var csv = new MemoryStream(Encoding.UTF8.GetBytes(AsReturn(rows)));
                var validated = validator.ReadAndValidate(fileName, csv, agency, quarter, null, new ReturnLimits());
                errors.AddRange(validated.Problems.Where(p => p.Severity == Warehouse.Submissions.ProblemSeverity.Error).Select(p => p.Message));
                checkedFigures += rows.Count;
            }
        }

        Assert.True(checkedFigures > 500, $"only {checkedFigures} demo figures were found to check");
        Assert.True(errors.Count == 0, $"{errors.Count} demo figures would be refused:\n{string.Join('\n', errors.Take(20))}");
    }

    private static string AsReturn(IEnumerable<Observation> rows)
    {
        var csv = new StringBuilder(ReturnColumns.Header).Append('\n');
        foreach (var o in rows)
        {
            var status = o.Status.ToString().ToLowerInvariant();
            csv.Append(CultureInfo.InvariantCulture, $"{o.IndicatorId},{o.AreaCode},{o.PeriodKey},{o.Value},{o.Numerator},{o.Denominator},{status},\"{o.StatusReason}\"\n");
        }

        return csv.ToString();
    }
}
