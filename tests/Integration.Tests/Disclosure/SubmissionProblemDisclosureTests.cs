using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Integration.Tests.Returns;

namespace Safeguarding.Analytics.Integration.Tests.Disclosure;

/// <summary>
/// A plausibility warning quotes the figures it checked: on a return putting repeat victims at 3 of 120, the QA
/// sub-group and the sending agency's own lead read the warning without the numbers, on the submission's page and
/// through the API, and the analyst reads it whole.
/// </summary>
public class SubmissionProblemDisclosureTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    private const string Quarter = "2025-26 Q1";

    [Fact]
    public async Task A_large_change_onto_a_small_count_reaches_everyone_but_the_analyst_without_its_figures()
    {
        using var analyst = host.Factory.CreateClientAs(BoardRoles.Analyst);
        using var qaMember = host.Factory.CreateClientAs(BoardRoles.QaMember);
        using var police = host.Factory.CreateClientAs(BoardRoles.AgencyLead, "police");
        var small = ReturnFiles.Police(Quarter).Replace($"repeat_da_pct,E06000019,{Quarter},25.0,30,120", $"repeat_da_pct,E06000019,{Quarter},2.5,3,120", StringComparison.Ordinal);
        var detail = await SubmissionPolling.SendAndWaitAsync(police, ReturnFiles.Form(small, period: Quarter));
        Assert.Equal("loaded", SubmissionPolling.Status(detail));
        var id = detail.GetProperty("submission").GetProperty("id").GetInt64();

        var whole = Warning(await analyst.GetFromJsonAsync<JsonElement>($"/api/submissions/{id}"));
        Assert.Contains("2.5 is a large change", whole, StringComparison.Ordinal);
        foreach (var client in new[] { qaMember, police })
        {
            var controlled = Warning(await client.GetFromJsonAsync<JsonElement>($"/api/submissions/{id}"));
            var page = await client.GetStringAsync($"/submissions/{id}");

            Assert.DoesNotContain("2.5", controlled, StringComparison.Ordinal);
            Assert.Contains("row 2", controlled, StringComparison.Ordinal);
            Assert.Contains("figures withheld", controlled, StringComparison.Ordinal);
            Assert.Contains("repeat_da_pct", controlled, StringComparison.Ordinal);
            Assert.DoesNotContain("2.5 is a large change", page, StringComparison.Ordinal);
            Assert.Contains("is a large change", page, StringComparison.Ordinal);
        }

        Assert.Contains("2.5 is a large change", await analyst.GetStringAsync($"/submissions/{id}"), StringComparison.Ordinal);
    }

    private static string Warning(JsonElement detail) =>
        detail.GetProperty("problems").EnumerateArray()
            .Single(p => p.GetProperty("code").GetString() == "large_change" && p.GetProperty("message").GetString()!.Contains("repeat_da_pct", StringComparison.Ordinal))
            .GetProperty("message").GetString()!;
}
