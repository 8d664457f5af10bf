using Safeguarding.Analytics.Domain.Readers;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Safeguarding.Analytics.Integration.Tests.Returns;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Integration.Tests.Api;

/// <summary>
/// A quarter's rate of events the catalogue annualises, through the real host: the catalogue says so, the series shows
/// an interval that contains every figure, and the methods API gives the same interval with an annualisation factor.
/// </summary>
public class AnnualisedRateApiTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task The_catalogue_says_which_quarterly_rates_are_annualised()
    {
        var referrals = await host.Client.GetFromJsonAsync<JsonElement>("/api/indicators/referrals_rate_per_10k");
        var plans = await host.Client.GetFromJsonAsync<JsonElement>("/api/indicators/cpp_rate_per_10k");

        Assert.Equal("Times4", referrals.GetProperty("quarterAnnualisation").GetString());
        Assert.Equal("None", plans.GetProperty("quarterAnnualisation").GetString());
    }

    [Fact]
    public async Task An_administrators_edit_of_the_words_keeps_the_quarters_annualisation()
    {
        var admin = host.Factory.CreateAccount(BoardRoles.Admin);
        using var client = host.Factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", host.Factory.IssueToken(admin));
        var before = await client.GetFromJsonAsync<JsonElement>("/api/indicators/cla_starts_rate_per_10k");

        var edited = await client.PutAsJsonAsync("/api/indicators/cla_starts_rate_per_10k", new
        {
            name = "Children starting to be looked after (a quarter as a yearly rate)",
            definition = before.GetProperty("definition").GetString(),
            priorityId = before.GetProperty("priorityId").GetString(),
            polarity = before.GetProperty("polarity").GetString(),
            decimalPlaces = before.GetProperty("decimalPlaces").GetInt32(),
        });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var after = await client.GetFromJsonAsync<JsonElement>("/api/indicators/cla_starts_rate_per_10k");
        Assert.Equal("Children starting to be looked after (a quarter as a yearly rate)", after.GetProperty("name").GetString());
        Assert.Equal("Times4", after.GetProperty("quarterAnnualisation").GetString());
    }

    [Fact]
    public async Task Every_quarter_of_referrals_has_an_interval_that_contains_it_as_the_methods_API_gives_it()
    {
        var series = await host.Client.GetFromJsonAsync<JsonElement>("/api/indicators/referrals_rate_per_10k/series?area=E06000019");
        var quarters = series.GetProperty("points").EnumerateArray()
            .Where(p => p.GetProperty("period").GetString()!.Contains(" Q", StringComparison.Ordinal) && p.GetProperty("value").ValueKind == JsonValueKind.Number)
            .ToList();

        Assert.NotEmpty(quarters);
        Assert.All(quarters, p => Assert.InRange(p.GetProperty("value").GetDouble(), p.GetProperty("lowerCi").GetDouble(), p.GetProperty("upperCi").GetDouble()));
        var latest = quarters[^1];
        var interval = await PostAsync(new
        {
            numerator = latest.GetProperty("numerator").GetDouble(),
            denominator = latest.GetProperty("denominator").GetDouble(),
            kind = "rate",
            multiplier = 10000,
            annualisationFactor = 4,
        });
        Assert.Equal(interval.GetProperty("value").GetDouble(), latest.GetProperty("value").GetDouble(), 0.05 + 1e-9);
        Assert.Equal(interval.GetProperty("lower").GetDouble(), latest.GetProperty("lowerCi").GetDouble(), 9);
        Assert.Equal(interval.GetProperty("upper").GetDouble(), latest.GetProperty("upperCi").GetDouble(), 9);
    }

    [Fact]
    public async Task Childrens_social_cares_demo_figures_sent_again_for_the_next_quarter_load_and_keep_their_intervals()
    {
        var reference = ReferenceDataSet.Load(ReferenceDataFolder.Locate());
        var agency = reference.FindAgency("childrens_social_care")!;
        var owned = reference.Indicators.Where(i => i.Frequency == Frequency.Quarterly && agency.Owns(i)).Select(i => i.Id).ToList();
        var latest = await LatestQuarterAsync("referrals_rate_per_10k");
        var next = Period.Parse(latest).Next().Key;
        var csv = new StringBuilder("indicator_id,area_code,period,value,numerator,denominator,status,note\n");
        foreach (var id in owned)
        {
            var series = await host.Client.GetFromJsonAsync<JsonElement>($"/api/indicators/{id}/series?area=E06000019&from={Uri.EscapeDataString(latest)}&to={Uri.EscapeDataString(latest)}");
            var point = series.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("period").GetString() == latest);
            var status = point.GetProperty("status").GetString();
            csv.Append(CultureInfo.InvariantCulture, $"{id},E06000019,{next},{Text(point, "value")},{Text(point, "numerator")},{Text(point, "denominator")},{status},{(status is "missing" or "suppressed" ? "not available" : "")}\n");
        }

        var detail = await SubmissionPolling.SendAndWaitAsync(host.Client, ReturnFiles.Form(csv.ToString(), "social-care.csv", agency.Id, next));

        Assert.True(SubmissionPolling.Status(detail) == "loaded", detail.ToString());
        var referrals = (await host.Client.GetFromJsonAsync<JsonElement>($"/api/indicators/referrals_rate_per_10k/series?area=E06000019&from={Uri.EscapeDataString(next)}&to={Uri.EscapeDataString(next)}"))
            .GetProperty("points").EnumerateArray().Single(p => p.GetProperty("period").GetString() == next);
        Assert.Equal("byar", referrals.GetProperty("intervalMethod").GetString());
        Assert.InRange(referrals.GetProperty("value").GetDouble(), referrals.GetProperty("lowerCi").GetDouble(), referrals.GetProperty("upperCi").GetDouble());
    }

    private async Task<string> LatestQuarterAsync(string indicatorId)
    {
        var series = await host.Client.GetFromJsonAsync<JsonElement>($"/api/indicators/{indicatorId}/series?area=E06000019");
        return series.GetProperty("points").EnumerateArray()
            .Select(p => p.GetProperty("period").GetString()!)
            .Where(p => p.Contains(" Q", StringComparison.Ordinal))
            .Select(Period.Parse)
            .Max()!.Key;
    }

    private static string Text(JsonElement point, string field) =>
        point.GetProperty(field) is { ValueKind: JsonValueKind.Number } n ? n.GetDouble().ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    [Fact]
    public async Task The_methods_API_scales_a_quarters_rate_interval_by_its_annualisation_factor()
    {
        var counted = await PostAsync(new { numerator = 447, denominator = 34439, kind = "rate", multiplier = 10000 });
        var annualised = await PostAsync(new { numerator = 447, denominator = 34439, kind = "rate", multiplier = 10000, annualisationFactor = 4 });

        Assert.Equal(519.2, Math.Round(annualised.GetProperty("value").GetDouble(), 1));
        Assert.InRange(519.2, annualised.GetProperty("lower").GetDouble(), annualised.GetProperty("upper").GetDouble());
        Assert.Equal(4 * counted.GetProperty("lower").GetDouble(), annualised.GetProperty("lower").GetDouble(), 9);
        Assert.Equal(4 * counted.GetProperty("upper").GetDouble(), annualised.GetProperty("upper").GetDouble(), 9);
        Assert.Equal("byar", annualised.GetProperty("method").GetString());
    }

    [Theory]
    [InlineData("{\"numerator\":447,\"denominator\":34439,\"kind\":\"rate\",\"multiplier\":10000,\"annualisationFactor\":0}", "annualisation factor must be a positive number")]
    [InlineData("{\"numerator\":4,\"denominator\":10,\"kind\":\"proportion\",\"multiplier\":100,\"annualisationFactor\":4}", "A proportion is not annualised")]
    public async Task An_annualisation_factor_it_cannot_use_gets_a_400_that_says_why(string body, string says)
    {
        var response = await host.Client.PostAsync("/api/methods/ci", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(says, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> PostAsync(object body)
    {
        var response = await host.Client.PostAsJsonAsync("/api/methods/ci", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
