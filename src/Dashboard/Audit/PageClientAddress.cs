using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Safeguarding.Analytics.Dashboard.Audit;

/// <summary>
/// The network address a live page (a Blazor circuit) is connected from, for the audit trail: what a page does is
/// recorded with it, as an API call is with its request's. The circuit's HTTP request is not at hand when someone
/// clicks, so <see cref="PageClientAddressCircuitHandler"/> keeps the address of the connection the circuit runs over
/// each time it (re)connects. Null when there is none (no live connection, or an address the server was not told).
/// </summary>
public sealed class PageClientAddress(IHttpContextAccessor accessor)
{
    private string? _connected;

    /// <summary>The connection's address; in a page rendered for a plain request (no circuit), that request's.</summary>
    public string? Value => _connected ?? accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    internal void Connected(string? address) => _connected = address ?? _connected;
}

/// <summary>Fills the circuit's <see cref="PageClientAddress"/> from the request that carries its connection, at start and on every reconnection.</summary>
internal sealed class PageClientAddressCircuitHandler(PageClientAddress address, IHttpContextAccessor accessor) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        address.Connected(accessor.HttpContext?.Connection.RemoteIpAddress?.ToString());
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        address.Connected(accessor.HttpContext?.Connection.RemoteIpAddress?.ToString());
        return Task.CompletedTask;
    }
}

internal static class PageClientAddressServiceCollectionExtensions
{
    public static IServiceCollection AddPageClientAddress(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<PageClientAddress>();
        services.AddScoped<CircuitHandler, PageClientAddressCircuitHandler>();
        return services;
    }
}
