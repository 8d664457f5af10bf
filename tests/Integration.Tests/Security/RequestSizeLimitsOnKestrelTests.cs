using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests.Security;

/// <summary>
/// On the real server (Kestrel) a body that does not declare its length is still cut off at the cap. A class of its
/// own, since a second host beside a class fixture's would share Hangfire's static storage.
/// </summary>
public class RequestSizeLimitsOnKestrelTests
{
    [Fact]
    public async Task On_kestrel_an_oversized_body_without_a_declared_length_is_cut_off_with_413()
    {
        using var factory = new DashboardFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", factory.IssueToken(factory.CreateAccount(BoardRoles.Analyst)));
        using var body = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(RequestSizeLimitsTests.OversizedTrendRequest())));
        body.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/methods/trend") { Content = body };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

}
