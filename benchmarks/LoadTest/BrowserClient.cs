using System.Net;
using System.Net.Sockets;

namespace Safeguarding.Analytics.Benchmarks.LoadTest;

/// <summary>
/// One simulated board member's browser: its own cookies, its own connections (six to the server at most, as browsers
/// keep), no redirects followed (so a bounce to the sign-in page is seen, not hidden). Against a loopback service each
/// browser also connects from a loopback address of its own (127.0.x.y), as each person's machine has its own address:
/// the service limits sign-in attempts per client address.
/// </summary>
internal static class BrowserClient
{
    public static HttpClient Create(Uri service, int user)
    {
        ArgumentNullException.ThrowIfNull(service);
        var handler = new SocketsHttpHandler
        {
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = 6,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
        if (IPAddress.TryParse(service.Host, out var host) && host.AddressFamily == AddressFamily.InterNetwork && IPAddress.IsLoopback(host))
        {
            var from = new IPAddress([127, 0, (byte)(user / 250 % 250), (byte)(user % 250 + 2)]);
            handler.ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(from, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        return new HttpClient(handler) { BaseAddress = service, Timeout = TimeSpan.FromSeconds(60) };
    }
}
