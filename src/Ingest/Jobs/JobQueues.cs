namespace Safeguarding.Analytics.Ingest.Jobs;

/// <summary>
/// The queues the Hangfire server listens to, most urgent first: a partner waiting for their file's result comes
/// before a comparator refresh, which comes before the analytics it triggers.
/// </summary>
public static class JobQueues
{
    public const string Returns = "returns";
    public const string Comparators = "comparators";
    public const string Analytics = "analytics";

    public static string[] All => [Returns, Comparators, Analytics, "default"];
}
