using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Warehouse.Tests.ReferenceData;

public sealed class ReferenceDataFolderTests
{
    [Fact]
    public void Without_configuration_the_data_folder_beside_the_app_is_used()
    {
        var folder = ReferenceDataFolder.Locate(new ReferenceDataOptions());

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "data"), folder.Root);
        Assert.True(File.Exists(folder.ReferenceFile("areas.csv")));
        Assert.True(File.Exists(folder.ComparatorFile("lait_safeguarding_indicators_long.csv")));
    }

    [Fact]
    public void A_configured_path_wins()
    {
        var configured = Path.Combine(AppContext.BaseDirectory, "data", "..", "data");

        var folder = ReferenceDataFolder.Locate(new ReferenceDataOptions { Path = configured });

        Assert.Equal(Path.GetFullPath(configured), folder.Root);
    }

    [Fact]
    public void A_configured_path_that_does_not_exist_says_which_setting_to_fix()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(
            () => ReferenceDataFolder.Locate(new ReferenceDataOptions { Path = "/no/such/data" }));

        Assert.Contains("ReferenceData:Path", error.Message, StringComparison.Ordinal);
    }
}
