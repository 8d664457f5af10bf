namespace Safeguarding.Analytics.Domain.Catalogue;

/// <summary>One of the board's strategic priorities; indicators are grouped under them in the board's order.</summary>
public sealed record BoardPriority(string Id, string Name, int Order, string Description);
