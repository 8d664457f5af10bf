namespace Safeguarding.Analytics.Ingest.Extracts;

/// <summary>An extract that no longer fits the catalogue or the area list: the run fails with this reason, in words.</summary>
public sealed class ExtractScopeException : Exception
{
    public ExtractScopeException()
    {
    }

    public ExtractScopeException(string message)
        : base(message)
    {
    }

    public ExtractScopeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
