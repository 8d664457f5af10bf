using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Warehouse.Tests.Areas;

public sealed class AreaDirectoryTests
{
    private static readonly ReferenceDataFolder Folder = ReferenceDataFolder.Locate();
    private static readonly string[] ClosenessBands = ["Extremely close", "Very close", "Close", "Somewhat close", "Not close"];
    private static readonly AreaDirectory Areas = AreasFile.LoadDirectory(
        Folder.ReferenceFile(AreasFile.AreasFileName), Folder.ComparatorFile(AreasFile.NeighboursFileName));

    [Fact]
    public void Herefordshire_resolves_by_ons_code_and_by_dfe_code_to_the_same_area()
    {
        var byOns = Areas.Resolve("E06000019");
        var byDfe = Areas.Resolve(" 884 ");

        Assert.Same(byOns, byDfe);
        Assert.Equal("Herefordshire, County of", byOns.Name);
        Assert.Equal("884", byOns.DfeCode);
        Assert.Equal(AreaKind.LocalAuthority, byOns.Kind);
    }

    [Fact]
    public void Herefordshire_is_in_the_West_Midlands()
    {
        var region = Areas.RegionOf(Areas.Resolve("884"));

        Assert.NotNull(region);
        Assert.Equal("E12000005", region.Code);
        Assert.Equal("West Midlands", region.Name);
    }

    [Fact]
    public void North_Yorkshire_former_code_resolves_to_its_current_code()
    {
        var area = Areas.Resolve("E10000023");

        Assert.Equal("E06000065", area.Code);
        Assert.Equal("North Yorkshire", area.Name);
        Assert.True(area.IsCurrent);
    }

    [Theory]
    [InlineData("E10000027", "E06000066")]
    [InlineData("E10000002", "E06000060")]
    public void Somerset_and_Buckinghamshire_keep_one_identity_across_their_code_change(string former, string current)
    {
        Assert.Equal(current, Areas.Resolve(former).Code);
    }

    [Theory]
    [InlineData("909", 2023, "E06000063;E06000064")]
    [InlineData("928", 2021, "E06000061;E06000062")]
    [InlineData("835", 2019, "E06000059;E06000058")]
    [InlineData("836", 2019, "E06000058")]
    [InlineData("837", 2019, "E06000058")]
    public void Abolished_authorities_keep_their_own_row_with_last_year_and_successors(string dfeCode, int lastYear, string successors)
    {
        var area = Areas.Resolve(dfeCode);

        Assert.False(area.IsCurrent);
        Assert.Equal(lastYear, area.LastYear);
        Assert.Equal(successors.Split(';'), area.SuccessorCodes);
        Assert.All(area.SuccessorCodes, code => Assert.True(Areas.Resolve(code).IsCurrent));
        Assert.DoesNotContain(area, Areas.LocalAuthorities);
    }

    [Fact]
    public void Herefordshire_has_ten_neighbours_nearest_first_with_closeness()
    {
        var neighbours = Areas.Neighbours("884");

        Assert.Equal(Enumerable.Range(1, 10), neighbours.Select(n => n.Rank));
        Assert.All(neighbours, n => Assert.Equal("E06000019", n.AreaCode));
        Assert.All(neighbours, n => Assert.Equal(AreaKind.LocalAuthority, Areas.Resolve(n.NeighbourCode).Kind));
        Assert.All(neighbours, n => Assert.Equal(n.Closeness.Trim(), n.Closeness));
        Assert.All(neighbours, n => Assert.Contains(n.Closeness, ClosenessBands));
    }

    [Fact]
    public void Every_authority_in_the_neighbour_model_resolves_to_a_current_authority_with_ten_neighbours()
    {
        var dfeCodes = File.ReadLines(Folder.ComparatorFile(AreasFile.NeighboursFileName))
            .Skip(1)
            .Select(line => line.Split(',')[0]);

        Assert.All(dfeCodes, code =>
        {
            var area = Areas.Resolve(code);
            Assert.True(area.IsCurrent);
            Assert.Equal(10, Areas.Neighbours(area.Code).Count);
        });
    }

    [Fact]
    public void Directory_holds_England_nine_regions_and_every_current_authority()
    {
        Assert.Equal("E92000001", Areas.England.Code);
        Assert.Equal("970", Areas.England.DfeCode);
        Assert.Equal(9, Areas.Regions.Count);
        Assert.True(Areas.LocalAuthorities.Count >= 153);
        Assert.All(Areas.LocalAuthorities, la => Assert.StartsWith("E12", la.RegionCode, StringComparison.Ordinal));
    }

    [Fact]
    public void London_boroughs_belong_to_the_London_region_and_sub_regions_are_separate()
    {
        Assert.Equal("E12000007", Areas.Resolve("E09000007").RegionCode);
        var inner = Areas.Resolve("987");
        Assert.Equal(AreaKind.SubRegion, inner.Kind);
        Assert.Equal("E13000001", inner.Code);
        Assert.Equal("E12000007", Areas.RegionOf(inner)?.Code);
    }

    [Fact]
    public void Unknown_code_throws_a_clear_error_and_try_resolve_returns_false()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Areas.Resolve("999"));

        Assert.Contains("'999'", error.Message, StringComparison.Ordinal);
        Assert.False(Areas.TryResolve("E99999999", out _));
        Assert.Null(Areas.Find("E99999999"));
    }
}
