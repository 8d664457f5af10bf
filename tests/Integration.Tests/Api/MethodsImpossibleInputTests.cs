using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Safeguarding.Analytics.Integration.Tests.Api;

/// <summary>
/// The methods API given figures it cannot compute — past what a double holds in the method's sums, not numbers at
/// all, or impossible together — answers 400 in words, never 500.
/// </summary>
public class MethodsImpossibleInputTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Theory]
    [InlineData("/api/methods/spc", "{\"values\":[1e308,1e308,-1e308]}", "too large to chart")]
    [InlineData("/api/methods/spc", "{\"values\":[1.7976931348623157e308,1.7976931348623157e308]}", "too large to chart")]
    [InlineData("/api/methods/spc", "{\"values\":[1,2,1e308,3,4]}", "too large to chart")]
    [InlineData("/api/methods/spc", "{\"values\":[1,2,1e309]}", "not a finite number")]
    [InlineData("/api/methods/spc", "{\"values\":[1,NaN,3]}", "not the JSON this method takes")]
    [InlineData("/api/methods/spc", "{\"values\":[1,\"Infinity\",3]}", "not a finite number")]
    [InlineData("/api/methods/spc", "{\"values\":[1,2,3],\"target\":\"-Infinity\"}", "not a finite number")]
    [InlineData("/api/methods/trend", "{\"values\":[1e308,-1e308,1e308,-1e308]}", "Sen's slope")]
    [InlineData("/api/methods/trend", "{\"values\":[-1.7976931348623157e308,1.7976931348623157e308]}", "Sen's slope")]
    [InlineData("/api/methods/trend", "{\"values\":[1,\"NaN\"]}", "not a finite number")]
    [InlineData("/api/methods/ci", "{\"numerator\":1e308,\"denominator\":1e308,\"kind\":\"proportion\",\"multiplier\":100}", "too large to work out an interval")]
    [InlineData("/api/methods/ci", "{\"numerator\":1e308,\"denominator\":1,\"kind\":\"rate\",\"multiplier\":100000}", "too large to work out an interval")]
    [InlineData("/api/methods/ci", "{\"numerator\":50,\"denominator\":1e-308,\"kind\":\"rate\",\"multiplier\":10000}", "too large to work out an interval")]
    [InlineData("/api/methods/ci", "{\"numerator\":1,\"denominator\":2,\"kind\":\"proportion\",\"multiplier\":\"Infinity\"}", "multiplier is infinite")]
    [InlineData("/api/methods/ci", "{\"numerator\":1,\"denominator\":2,\"kind\":\"proportion\",\"confidence\":\"NaN\"}", "not a finite number")]
    [InlineData("/api/methods/ci", "{\"numerator\":1e400,\"denominator\":2,\"kind\":\"rate\"}", "not a finite number")]
    [InlineData("/api/methods/benchmark", "{\"value\":50,\"lower95\":60,\"upper95\":70,\"benchmark\":65,\"polarity\":\"high\"}", "outside its own 95% interval")]
    [InlineData("/api/methods/benchmark", "{\"value\":65,\"lower95\":60,\"upper95\":70,\"lower998\":62,\"upper998\":75,\"benchmark\":65,\"polarity\":\"high\"}", "narrower than the 95% one")]
    [InlineData("/api/methods/benchmark", "{\"value\":1,\"lower95\":0,\"upper95\":2,\"benchmark\":\"Infinity\",\"polarity\":\"high\"}", "not a finite number")]
    [InlineData("/api/methods/disclosure", "{\"counts\":[[9223372036854775807,9223372036854775807],[1,2]]}", "at most 1,000,000,000,000,000")]
    [InlineData("/api/methods/disclosure", "{\"counts\":[[1e308,2]]}", "not the JSON this method takes")]
    public async Task Figures_a_method_cannot_compute_get_a_400_that_says_what_is_wrong(string url, string body, string says)
    {
        using var response = await host.Client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(says, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extreme_figures_the_arithmetic_holds_are_still_answered()
    {
        using var spc = await host.Client.PostAsync("/api/methods/spc", new StringContent("{\"values\":[1e-308,0,2e-308,1e-308]}", Encoding.UTF8, "application/json"));
        using var benchmark = await host.Client.PostAsync("/api/methods/benchmark", new StringContent(
            "{\"value\":1e308,\"lower95\":-1e308,\"upper95\":1.7976931348623157e308,\"benchmark\":0,\"polarity\":\"high\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, spc.StatusCode);
        Assert.Equal(HttpStatusCode.OK, benchmark.StatusCode);
        Assert.Equal("similar", (await benchmark.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("result").GetString());
    }
}
