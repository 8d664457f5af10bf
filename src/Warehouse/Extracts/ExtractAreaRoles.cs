namespace Safeguarding.Analytics.Warehouse.Extracts;

/// <summary>The parts an area plays in a deep dive: the partnership's own, its statistical neighbours, its region, England.</summary>
public static class ExtractAreaRoles
{
    public const string Home = "home";
    public const string Neighbours = "neighbours";
    public const string Region = "region";
    public const string England = "england";

    public static IReadOnlyList<string> All { get; } = [Home, Neighbours, Region, England];
}
