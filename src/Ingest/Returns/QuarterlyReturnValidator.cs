using System.Globalization;
using Safeguarding.Analytics.Ingest.Loading;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// Checks a return against the catalogue, the areas and the rules of each unit, reporting every problem by row and
/// column. The agency and quarter come from the sender, else the template's hints, else the rows themselves.
/// </summary>
public sealed class QuarterlyReturnValidator(ReferenceDataSet reference)
{
    private readonly Dictionary<string, Indicator> _indicators = reference.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);

    /// <summary>Checks a return already read.</summary>
    public ValidatedReturn Validate(
        ReturnReadResult read, string fileName, Agency? agency, Period? quarter, IReadOnlySet<string>? allowedAreaCodes, ReturnLimits limits)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(limits);
        var problems = new ProblemList(fileName, limits.MaxProblems);
        problems.AddRange(read.Problems);
        agency ??= reference.FindAgency(read.AgencyHint) ?? InferAgency(read.Records, problems);
        quarter ??= (Period.TryParse(read.PeriodHint, out var hinted) && hinted.Kind == PeriodKind.FinancialQuarter ? hinted : null)
            ?? InferQuarter(read.Records, problems);
        if (problems.Errors > 0 && read.Records.Count == 0)
        {
            return Result(fileName, agency, quarter, [], problems, read.Records.Count, 0, [], []);
        }

        var rows = new ReturnRowChecker(reference.Areas, _indicators, agency, quarter, allowedAreaCodes, problems);
        var lines = new List<ReturnLine>(read.Records.Count);
        foreach (var record in read.Records)
        {
            if (rows.Check(record) is { } line)
            {
                lines.Add(line);
            }
        }

        return Finish(fileName, agency, quarter, read.RecordCount, ReceivedIds(read.Records), lines, problems, rows.RowsWithErrors);
    }

    /// <summary>
    /// Reads and checks a return. When the agency and quarter are known beforehand, rows are checked on this thread
    /// while another reads the next ones, and each row that passes is given to <paramref name="accepted"/> at once
    /// (the file as a whole may still fail later). When the agency or quarter is to be inferred from the rows, the file
    /// is read first and rows are given only when it has no errors. The answer is the same as <see cref="Validate"/>'s.
    /// </summary>
    public ValidatedReturn ReadAndValidate(
        string fileName,
        Stream content,
        Agency? agency,
        Period? quarter,
        IReadOnlySet<string>? allowedAreaCodes,
        ReturnLimits limits,
        Action<ReturnLine>? accepted = null)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (agency is null || quarter is null)
        {
            var validated = Validate(QuarterlyReturnReader.Read(fileName, content, limits), fileName, agency, quarter, allowedAreaCodes, limits);
            foreach (var line in accepted is null ? [] : validated.Lines)
            {
                accepted!(line);
            }

            return validated;
        }

        var rowProblems = new ProblemList(fileName, limits.MaxProblems);
        var rows = new ReturnRowChecker(reference.Areas, _indicators, agency, quarter, allowedAreaCodes, rowProblems);
        var lines = new List<ReturnLine>();
        var received = new HashSet<string>(StringComparer.Ordinal);
        string? lastIndicatorId = null;
        var read = Handover.Consume<ReturnRecord, ReturnReadResult>(
            added => QuarterlyReturnReader.Read(fileName, content, limits, added),
            record =>
            {
                if (!ReferenceEquals(record.IndicatorId, lastIndicatorId) && _indicators.ContainsKey(record.IndicatorId))
                {
                    received.Add(record.IndicatorId);
                    lastIndicatorId = record.IndicatorId;
                }

                if (rows.Check(record) is { } line)
                {
                    lines.Add(line);
                    accepted?.Invoke(line);
                }
            });

        var problems = new ProblemList(fileName, limits.MaxProblems);
        problems.AddRange(read.Problems);
        if (problems.Errors > 0 && read.RecordCount == 0)
        {
            return Result(fileName, agency, quarter, [], problems, 0, 0, [], []);
        }

        problems.AddRange(rowProblems);
        return Finish(fileName, agency, quarter, read.RecordCount, received, lines, problems, rows.RowsWithErrors);
    }

    /// <summary>Adds a warning for each indicator the agency reports that has no row, and makes the answer.</summary>
    private ValidatedReturn Finish(
        string fileName,
        Agency? agency,
        Period? quarter,
        int rowCount,
        HashSet<string> received,
        List<ReturnLine> lines,
        ProblemList problems,
        int rowsWithErrors)
    {
        var expected = agency is null || quarter is null ? [] : ReturnTemplate.Expected(agency, quarter, reference.Indicators).Select(i => i.Id).ToList();
        foreach (var missing in expected.Where(id => !received.Contains(id)))
        {
            problems.Warning("expected_missing", null, ReturnColumns.IndicatorId, $"no row for {missing} ({_indicators[missing].Name}), which {agency!.Name} reports every {(_indicators[missing].Frequency == Frequency.Quarterly ? "quarter" : "year")}.");
        }

        return Result(fileName, agency, quarter, lines, problems, rowCount, rowsWithErrors, expected, received);
    }

    /// <summary>The catalogue indicators the rows name.</summary>
    private HashSet<string> ReceivedIds(IEnumerable<ReturnRecord> records) =>
        records.Select(r => r.IndicatorId).Where(_indicators.ContainsKey).ToHashSet(StringComparer.Ordinal);

    private static ValidatedReturn Result(
        string fileName,
        Agency? agency, Period? quarter, List<ReturnLine> lines, ProblemList problems, int rowCount, int rowsWithErrors,
        IReadOnlyCollection<string> expected, IReadOnlyCollection<string> received) => new()
        {
            FileName = fileName,
            Agency = agency,
            Quarter = quarter,
            Lines = problems.Errors == 0 ? lines : [],
            Problems = problems.ToList(),
            RowCount = rowCount,
            ErrorCount = problems.Errors,
            WarningCount = problems.Warnings,
            RowsWithErrors = rowsWithErrors,
            ExpectedIndicatorIds = expected,
            ReceivedIndicatorIds = received,
        };

    private Agency? InferAgency(IReadOnlyList<ReturnRecord> records, ProblemList problems)
    {
        var owners = records.Select(r => _indicators.GetValueOrDefault(r.IndicatorId))
            .OfType<Indicator>()
            .Select(i => i.LeadAgency)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (owners.Count == 1)
        {
            return reference.FindAgency(owners[0]);
        }

        if (owners.Count > 1)
        {
            problems.Error("agency_unknown", null, null, $"the file has indicators of {owners.Count} agencies ({string.Join(", ", owners)}): say which agency it is from, or send one file per agency.");
        }
        else if (records.Count > 0)
        {
            problems.Error("agency_unknown", null, null, "no row names a known indicator, so the agency cannot be told: say which agency the file is from.");
        }

        return null;
    }

    private static Period? InferQuarter(IReadOnlyList<ReturnRecord> records, ProblemList problems)
    {
        var quarters = new SortedSet<Period>();
        foreach (var record in records)
        {
            if (Period.TryParse(record.Period, out var period) && period.Kind == PeriodKind.FinancialQuarter)
            {
                quarters.Add(period);
            }
        }

        if (quarters.Count == 1)
        {
            return quarters.Min;
        }

        if (quarters.Count > 1)
        {
            problems.Error("quarter_unknown", null, ReturnColumns.Period, $"the rows are for {quarters.Count} quarters ({string.Join(", ", quarters.Select(q => q.Key))}): send one quarter per file, or say which quarter it is.");
        }
        else if (records.Count > 0)
        {
            problems.Error("quarter_unknown", null, ReturnColumns.Period, "no row is for a quarter (such as 2024-25 Q1), so the return's quarter cannot be told: say which quarter it is.");
        }

        return null;
    }
}
