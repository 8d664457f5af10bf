using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Safeguarding.Analytics.Benchmarks.LoadTest;

/// <summary>
/// One simulated board member: signs in as a person does (opens the sign-in page, posts the form with its antiforgery
/// token, keeps the session cookie), then until the time is up goes round the board's journey with a pause to read
/// between views — the overview, one of its indicators, that indicator's comparison with other areas for the period
/// the overview links to, the exceptions register and the methods. The pages are rendered on the server (they read
/// the warehouse there, not through the JSON API); with <see cref="LoadTestOptions.Api"/> the member also reads the
/// JSON behind the indicator, the comparison and the register, as an API client beside the page would.
/// </summary>
internal sealed partial class BoardMemberJourney(HttpClient browser, LoadTestOptions options, int user, Stopwatch clock, Action<LoadSample> record)
{
    private readonly Random _random = new(HashCode.Combine(options.Seed, user));

    /// <summary>
    /// Goes round the journey until <paramref name="end"/> (on the run's clock, read again at every pause since it can
    /// move on); a view started before then is finished.
    /// </summary>
    public async Task RunAsync(Func<TimeSpan> end, CancellationToken cancellationToken)
    {
        if (!await SignInAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        while (clock.Elapsed < end() && !cancellationToken.IsCancellationRequested)
        {
            var overview = await PageAsync("GET /", "/", cancellationToken).ConfigureAwait(false);
            var indicators = Links(IndicatorLink(), overview);
            var comparisons = Links(CompareLink(), overview);
            if (indicators.Count == 0 || comparisons.Count == 0)
            {
                // Without links there is no journey to follow; the overview itself was recorded (and as an error if it failed).
                if (!await ThinkAsync(end, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                continue;
            }

            if (!await ThinkAsync(end, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            var indicator = indicators[_random.Next(indicators.Count)];
            await PageAsync("GET /indicators/{id}", indicator, cancellationToken).ConfigureAwait(false);
            if (options.Api)
            {
                await ApiAsync("GET /api/indicators/{id}/series", $"/api{indicator}/series?area={Uri.EscapeDataString(options.Area)}", cancellationToken).ConfigureAwait(false);
            }

            if (!await ThinkAsync(end, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            var compare = comparisons[_random.Next(comparisons.Count)];
            await PageAsync("GET /indicators/{id}/compare", compare, cancellationToken).ConfigureAwait(false);
            if (options.Api)
            {
                await ApiAsync("GET /api/indicators/{id}/compare", "/api" + compare + "&area=" + Uri.EscapeDataString(options.Area), cancellationToken).ConfigureAwait(false);
            }

            if (!await ThinkAsync(end, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            await PageAsync("GET /exceptions", "/exceptions", cancellationToken).ConfigureAwait(false);
            if (options.Api)
            {
                await ApiAsync("GET /api/exceptions/register", "/api/exceptions/register?sort=severity&take=50", cancellationToken).ConfigureAwait(false);
            }

            if (!await ThinkAsync(end, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            await PageAsync("GET /methods", "/methods", cancellationToken).ConfigureAwait(false);
            if (!await ThinkAsync(end, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

        }
    }

    private async Task<bool> SignInAsync(CancellationToken cancellationToken)
    {
        var page = await PageAsync("GET /account/sign-in", "/account/sign-in", cancellationToken).ConfigureAwait(false);
        var token = AntiforgeryToken().Match(page ?? string.Empty);
        if (!token.Success)
        {
            return false;
        }

        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = options.UserName,
            ["password"] = options.Password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in") { Content = form };
        return await SendAsync("POST /account/sign-in", request, response =>
            response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/"
                ? null
                : $"the sign-in as {options.UserName} was refused (status {(int)response.StatusCode}, sent to {response.Headers.Location?.OriginalString ?? "nowhere"})",
            cancellationToken).ConfigureAwait(false) is not null;
    }

    private async Task<string?> PageAsync(string route, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        return await SendAsync(route, request, response => response.StatusCode == HttpStatusCode.OK
            ? null
            : response.StatusCode == HttpStatusCode.Redirect
                ? $"{path} sent the member to {response.Headers.Location?.OriginalString} instead of showing the page"
                : $"{path} answered {(int)response.StatusCode} {response.ReasonPhrase}", cancellationToken).ConfigureAwait(false);
    }

    private async Task ApiAsync(string route, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("application/json");
        await SendAsync(route, request, response => response.StatusCode == HttpStatusCode.OK
            ? null
            : $"{path} answered {(int)response.StatusCode} {response.ReasonPhrase}", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends, reads the whole answer, and records the time to its last byte; the body when the answer was as expected.</summary>
    private async Task<string?> SendAsync(string route, HttpRequestMessage request, Func<HttpResponseMessage, string?> problem, CancellationToken cancellationToken)
    {
        var started = clock.Elapsed;
        try
        {
            using var response = await browser.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var error = problem(response);
            record(new LoadSample(route, started, (clock.Elapsed - started).TotalMilliseconds, (int)response.StatusCode, error));
            return error is null ? body : null;
        }
        catch (Exception failed) when (failed is HttpRequestException or TaskCanceledException or IOException)
        {
            record(new LoadSample(route, started, (clock.Elapsed - started).TotalMilliseconds, 0, $"{request.RequestUri} failed: {failed.Message}"));
            return null;
        }
    }

    /// <summary>A pause to read the page; false when the run's time is up, so no further view is started.</summary>
    private async Task<bool> ThinkAsync(Func<TimeSpan> end, CancellationToken cancellationToken)
    {
        var think = options.ThinkMin + (options.ThinkMax - options.ThinkMin) * _random.NextDouble();
        var left = end() - clock.Elapsed;
        if (left <= TimeSpan.Zero)
        {
            return false;
        }

        await Task.Delay(think < left ? think : left, cancellationToken).ConfigureAwait(false);
        return clock.Elapsed < end();
    }

    private static List<string> Links(Regex link, string? html) =>
        html is null ? [] : [.. link.Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("href=\"(/indicators/[^\"/?]+)\"")]
    private static partial Regex IndicatorLink();

    [GeneratedRegex("href=\"(/indicators/[^\"/?]+/compare\\?period=[^\"&]+)")]
    private static partial Regex CompareLink();
}
