using System.Globalization;
using System.Text;
using CsvHelper;
using Safeguarding.Analytics.Ingest.Extracts.Files;
using Safeguarding.Analytics.Domain.Catalogue;
using static Safeguarding.Analytics.Ingest.Tests.Extracts.ExtractFiles;

namespace Safeguarding.Analytics.Ingest.Tests.Extracts;

/// <summary>An extract's lower_ci and upper_ci are the interval the service shows, scaled as the figure is.</summary>
public sealed class ExtractIntervalTests
{
    private static readonly Indicator Referrals = Repeats with
    {
        Id = "referrals_rate_per_10k",
        Name = "Referrals to children's social care per 10,000 children",
        Unit = "per 10,000 children",
        Multiplier = 10000,
        ValueType = IndicatorValueType.Rate,
        Polarity = Polarity.Neutral,
        QuarterAnnualisation = QuarterAnnualisation.Times4,
    };

    [Fact]
    public async Task An_annualised_quarters_interval_is_worked_out_from_its_counts_and_contains_the_figure()
    {
        var (file, _) = await WriteAsync(ExtractFormat.Csv, [Figure(Referrals, Home, "2024-25 Q2", 519.2, 447, 34439)], Header(Referrals));

        var row = Read(file)[1];

        var (lower, upper) = (double.Parse(row[10], CultureInfo.InvariantCulture), double.Parse(row[11], CultureInfo.InvariantCulture));
        Assert.InRange(519.2, lower, upper);
        Assert.InRange(lower, 470, 475);
        Assert.InRange(upper, 567, 572);
    }

    [Fact]
    public async Task The_publishers_own_interval_is_kept()
    {
        var (file, _) = await WriteAsync(ExtractFormat.Csv, [Figure(Referrals, Home, "2024-25 Q2", 519.2, 447, 34439) with { LowerCi = 500, UpperCi = 540 }], Header(Referrals));

        var row = Read(file)[1];

        Assert.Equal(("500", "540"), (row[10], row[11]));
    }

    private static List<string[]> Read(byte[] file)
    {
        using var text = new StreamReader(new MemoryStream(file), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = CsvReader.Create(text, new CsvReaderOptions { Separator = ',' }, leaveOpen: true);
        List<string[]> rows = [[.. csv.Headers]];
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        }

        return rows;
    }
}
