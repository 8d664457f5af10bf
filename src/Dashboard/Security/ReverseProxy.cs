using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// Behind a reverse proxy: the client's address and scheme are taken from <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c>, but only on requests that come from a proxy of <c>ReverseProxy:KnownProxies</c> (addresses)
/// or <c>ReverseProxy:KnownNetworks</c> (CIDR ranges, e.g. <c>10.0.0.0/24</c>). With neither configured the headers are
/// ignored, so nobody can choose the address the sign-in limit and the audit trail see by sending one.
/// </summary>
internal static class ReverseProxy
{
    public const string Section = "ReverseProxy";

    public static IServiceCollection AddReverseProxyHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Entries(configuration, "KnownProxies").Select(entry => Parse<IPAddress>(entry, "KnownProxies", (string text, out IPAddress address) => IPAddress.TryParse(text, out address!))).ToList();
        var networks = Entries(configuration, "KnownNetworks").Select(entry => Parse<System.Net.IPNetwork>(entry, "KnownNetworks", System.Net.IPNetwork.TryParse)).ToList();
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            // The framework trusts loopback by default and, with both lists empty, every sender: neither is wanted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            options.ForwardedHeaders = proxies.Count + networks.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
    }

    private static IEnumerable<string> Entries(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection($"{Section}:{key}");
        // An array in JSON or environment variables (ReverseProxy__KnownProxies__0), or one comma-separated value.
        var values = section.GetChildren().Select(child => child.Value).Append(section.Value);
        return values.SelectMany(value => (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private delegate bool TryParse<T>(string text, out T value);

    private static T Parse<T>(string entry, string key, TryParse<T> tryParse) =>
        tryParse(entry, out var value)
            ? value
            : throw new InvalidOperationException($"{Section}:{key} holds '{entry}', which is not {(key == "KnownProxies" ? "an IP address" : "a network written as address/prefix, e.g. 10.0.0.0/24")}.");
}
