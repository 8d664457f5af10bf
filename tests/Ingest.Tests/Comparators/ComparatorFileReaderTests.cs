using System.Text;
using Safeguarding.Analytics.Ingest.Comparators;
using Safeguarding.Analytics.Ingest.Comparators.Ees;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Tests.Comparators;

public sealed class ComparatorFileReaderTests
{
    private static readonly ReferenceDataFolder Folder = ReferenceDataFolder.Locate();
    private static readonly ReferenceDataSet Reference = ReferenceDataSet.Load(Folder);

    private static ComparatorFile Read(string fileName, byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        return ComparatorFileReader.Read(fileName, stream, Reference, Folder);
    }

    private static byte[] Published(string fileName) => File.ReadAllBytes(Folder.ComparatorFile(fileName));

    [Fact]
    public void A_renamed_c1_file_is_recognised_by_its_header()
    {
        var file = Read("download (3).csv", Published(EesComparatorReaderTests.C1File));

        Assert.Equal(EesComparatorReader.Source, file.Source);
        Assert.StartsWith("DfE Characteristics of children in need: referrals and re-referrals (c1): download (3).csv", file.Description, StringComparison.Ordinal);
        var england = Assert.Single(file.Observations, o => o.IndicatorId == "rereferrals_12m_pct" && o.AreaCode == "E92000001" && o.PeriodKey == "2024-25");
        Assert.Equal(22.6, england.Value);
    }

    [Fact]
    public void The_cla_file_is_read_through_its_byte_order_mark()
    {
        var file = Read("cla.csv", Published(EesComparatorReaderTests.ClaFile));

        Assert.Equal(["cla_rate_per_10k", "cla_starts_rate_per_10k"], file.Observations.Select(o => o.IndicatorId).Distinct().Order());
        Assert.Equal(67, Assert.Single(file.Observations, o => o.IndicatorId == "cla_rate_per_10k" && o.AreaCode == "E92000001" && o.PeriodKey == "2024-25").Value);
    }

    [Fact]
    public void An_unknown_header_names_the_file_and_lists_the_known_layouts()
    {
        var content = Encoding.UTF8.GetBytes("time_period,geographic_level,la_name,pupils\n2025,National,,100\n");

        var error = Assert.Throws<CsvDataException>(() => Read("pupils.csv", content));

        Assert.Equal(("pupils.csv", 1), (error.FileName, error.Row));
        Assert.Contains("LAIT", error.Message, StringComparison.Ordinal);
        Assert.Contains("c1: referral_count,rereferral_count,rereferral_percent,no_further_action_percent", error.Message, StringComparison.Ordinal);
        Assert.Contains("d5: CPP_At31", error.Message, StringComparison.Ordinal);
        Assert.Contains("cla: population_type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_in_a_mapped_column_names_its_row_and_column()
    {
        var lines = File.ReadLines(Folder.ComparatorFile(EesComparatorReaderTests.C1File)).Take(4).ToList();
        var cells = lines[3].Split(',');
        cells[13] = "twenty"; // rereferral_percent
        lines[3] = string.Join(',', cells);

        var error = Assert.Throws<CsvDataException>(() => Read("c1.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n")));

        Assert.Equal(("c1.csv", 4, "rereferral_percent"), (error.FileName, error.Row, error.Column));
        Assert.StartsWith("c1.csv, row 4, column 'rereferral_percent': ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_in_a_column_that_is_not_mapped_is_not_read()
    {
        var lines = File.ReadLines(Folder.ComparatorFile(EesComparatorReaderTests.C1File)).Take(2).ToList();
        var cells = lines[1].Split(',');
        cells[17] = "n/a"; // not_in_need_percent
        lines[1] = string.Join(',', cells);

        var file = Read("c1.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));

        Assert.Equal(2, file.Observations.Count);
    }

    [Fact]
    public void Recognises_knows_each_published_header()
    {
        foreach (var name in new[] { EesComparatorReaderTests.C1File, EesComparatorReaderTests.D5File, EesComparatorReaderTests.ClaFile, LaitComparatorReader.FileName })
        {
            Assert.True(ComparatorFileReader.Recognises(File.ReadLines(Folder.ComparatorFile(name)).First(), Reference, Folder), name);
        }

        Assert.False(ComparatorFileReader.Recognises("time_period,geographic_level,pupils", Reference, Folder));
    }
}
