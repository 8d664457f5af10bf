namespace Safeguarding.Analytics.Integration.Tests.Disclosure.Attacker;

/// <summary>What one address answered one reader: its route as the host maps it, status, media type and text.</summary>
public sealed record ServiceOutput(Reader Reader, string Route, string Url, int Status, string MediaType, string Body)
{
    public bool IsJson => MediaType.Contains("json", StringComparison.OrdinalIgnoreCase);

    public bool IsHtml => MediaType.Contains("html", StringComparison.OrdinalIgnoreCase);

    public bool IsCsv => MediaType.Contains("csv", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"GET {Url} (route {Route}) as {Reader}";
}
