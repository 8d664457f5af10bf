namespace Safeguarding.Analytics.Ingest.Submissions;

/// <summary>A file refused at the door, before it was stored: the message says why, for the sender.</summary>
public sealed class ReturnRefusedException : Exception
{
    public ReturnRefusedException()
    {
    }

    public ReturnRefusedException(string message)
        : base(message)
    {
    }

    public ReturnRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
