using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests.Api;

/// <summary>An administrator edits what the board decides about an indicator; the edit is kept with who made it, and audited.</summary>
public class CatalogueEditTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task An_administrators_edit_is_in_the_catalogue_its_history_and_the_audit_trail()
    {
        var admin = host.Factory.CreateAccount(BoardRoles.Admin);
        using var client = host.Factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", host.Factory.IssueToken(admin));
        var before = await client.GetFromJsonAsync<JsonElement>("/api/indicators/early_help_step_up_pct");

        var places = before.GetProperty("decimalPlaces").GetInt32();
        var edited = await client.PutAsJsonAsync("/api/indicators/early_help_step_up_pct", new
        {
            name = before.GetProperty("name").GetString(),
            definition = before.GetProperty("definition").GetString(),
            priorityId = before.GetProperty("priorityId").GetString(),
            polarity = before.GetProperty("polarity").GetString(),
            target = 120.5,
            decimalPlaces = (places + 1) % 4,
        });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var after = await client.GetFromJsonAsync<JsonElement>("/api/indicators/early_help_step_up_pct");
        Assert.Equal((120.5, (places + 1) % 4), (after.GetProperty("target").GetDouble(), after.GetProperty("decimalPlaces").GetInt32()));
        var edit = (await client.GetFromJsonAsync<JsonElement>("/api/indicators/early_help_step_up_pct/edits")).EnumerateArray().Last();
        Assert.Equal(admin, edit.GetProperty("editedBy").GetString());
        var audited = Assert.Single((await client.GetFromJsonAsync<JsonElement>($"/api/audit?actor={admin}&action=catalogue.edited")).EnumerateArray());
        Assert.Contains($"decimal places: {places} → {(places + 1) % 4}", audited.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_naming_no_such_priority_is_refused_and_changes_nothing()
    {
        var before = await host.Client.GetStringAsync("/api/indicators/cpp_rate_per_10k");

        var refused = await host.Client.PutAsJsonAsync("/api/indicators/cpp_rate_per_10k", new { name = "x", definition = "y", priorityId = "no_such_priority", polarity = "Low", decimalPlaces = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(before, await host.Client.GetStringAsync("/api/indicators/cpp_rate_per_10k"));
    }
}
