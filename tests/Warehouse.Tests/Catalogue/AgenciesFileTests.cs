using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Warehouse.Tests.Catalogue;

public sealed class AgenciesFileTests : IDisposable
{
    private static readonly ReferenceDataSet Reference = ReferenceDataSet.Load(ReferenceDataFolder.Locate());
    private readonly string _scratch = Directory.CreateTempSubdirectory("agencies-tests-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void Every_indicator_is_owned_by_exactly_one_agency()
    {
        Assert.All(Reference.Indicators, i => Assert.Single(Reference.Agencies, a => a.Owns(i)));
    }

    [Theory]
    [InlineData("police", "Police")]
    [InlineData("POLICE", "Police")]
    [InlineData("Children's social care", "Children's social care")]
    [InlineData(" youth_justice ", "Youth justice service")]
    public void An_agency_is_found_by_id_or_name_in_any_case(string given, string name)
    {
        Assert.Equal(name, Reference.FindAgency(given)?.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fire service")]
    public void An_unknown_agency_is_not_found(string? given)
    {
        Assert.Null(Reference.FindAgency(given));
    }

    [Fact]
    public void The_deadline_is_the_quarters_last_day_plus_the_agencys_allowance()
    {
        var police = Reference.FindAgency("police")!;

        Assert.Equal(new DateOnly(2024, 7, 20), police.ReturnDeadline(Period.Parse("2024-25 Q1")));
        Assert.Equal(new DateOnly(2025, 4, 20), police.ReturnDeadline(Period.Parse("2024-25 Q4")));
    }

    [Fact]
    public void An_indicator_whose_lead_agency_is_not_listed_is_an_error_naming_it()
    {
        var path = Write("id,name,return_deadline_days,description\npolice,Police,20,The force.\n");

        var error = Assert.Throws<CsvDataException>(() => AgenciesFile.Read(path, Reference.Indicators));

        Assert.Contains("Children's social care", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("police,Police,20,a\npolice,Police force,20,b\n", "id")]
    [InlineData("police,Police,-1,a\n", "return_deadline_days")]
    public void Duplicate_agencies_and_impossible_deadlines_are_errors_naming_the_column(string rows, string column)
    {
        var path = Write("id,name,return_deadline_days,description\n" + rows);

        var error = Assert.Throws<CsvDataException>(() => AgenciesFile.Read(path, []));

        Assert.Equal(column, error.Column);
    }

    private string Write(string text)
    {
        var path = Path.Combine(_scratch, AgenciesFile.FileName);
        File.WriteAllText(path, text);
        return path;
    }
}
