namespace Safeguarding.Analytics.Integration.Tests.Disclosure.Attacker;

/// <summary>Someone reading the service: a role, and for an agency lead their agency.</summary>
public sealed record Reader(string Name, string Role, string? Agency)
{
    public override string ToString() => Name;
}
