using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests.Security;

/// <summary>
/// Deliberately low limits: a client past its limit is refused with 429, <c>Retry-After</c> and a problem in plain
/// words, while another client carries on.
/// </summary>
public sealed class RateLimitsTests : IDisposable
{
    private readonly DashboardFactory _factory = new(settings: new Dictionary<string, string?>
    {
        ["Security:RateLimits:ApiBurst"] = "5",
        ["Security:RateLimits:ApiPerSecond"] = "1",
        ["Security:RateLimits:SignInPerMinute"] = "3",
    });

    [Fact]
    public async Task An_api_user_past_the_limit_is_refused_with_retry_after_while_another_user_is_not()
    {
        using var busy = _factory.CreateClientAs(BoardRoles.Analyst);
        using var other = _factory.CreateClientAs(BoardRoles.Analyst);

        var refused = await FirstRefusalAsync(() => busy.GetAsync("/api/agencies"));

        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains("Too many requests", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/agencies")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_past_the_limit_from_one_address_are_refused_while_another_address_signs_in()
    {
        var victim = _factory.CreateAccount(BoardRoles.BoardMember);
        using var guesser = SignInForm.Client(_factory.Server, IPAddress.Parse("192.0.2.10"));

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var refusedPassword = await SignInForm.SignInAsync(guesser, victim, "guess " + attempt);
            Assert.Equal(HttpStatusCode.Redirect, refusedPassword.StatusCode);
            Assert.Contains("problem=refused", refusedPassword.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var refused = await SignInForm.SignInAsync(guesser, victim, DashboardFactory.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many sign-in attempts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var colleague = SignInForm.Client(_factory.Server, IPAddress.Parse("192.0.2.20"));
        var signedIn = await SignInForm.SignInAsync(colleague, _factory.CreateAccount(BoardRoles.BoardMember), DashboardFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
    }

    private static async Task<HttpResponseMessage> FirstRefusalAsync(Func<Task<HttpResponseMessage>> send)
    {
        for (var call = 0; call < 100; call++)
        {
            var response = await send();
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.InRange(call, 5, 99);
                return response;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        throw new Xunit.Sdk.XunitException("A hundred calls in a row were all answered.");
    }

    public void Dispose() => _factory.Dispose();
}
