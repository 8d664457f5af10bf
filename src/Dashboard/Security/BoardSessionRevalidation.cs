using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// Each live circuit checks its session every <see cref="SessionStamps.CheckEvery"/> (at most a minute): once the
/// account's stamp has changed or the account is disabled, the circuit is signed out and its pages send the person to
/// sign in.
/// </summary>
internal sealed class BoardSessionRevalidation(ILoggerFactory loggerFactory, SessionStamps stamps)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => stamps.CheckEvery;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        stamps.IsCurrentAsync(authenticationState.User, cancellationToken);
}
