using System.Security.Cryptography;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Ingest.Comparators;

/// <summary>A published comparator file, read: where it comes from, what it is, and its observations.</summary>
public sealed record ComparatorFile(string Source, string Description, IReadOnlyList<Observation> Observations)
{
    /// <summary>The load key of a published file: its hash, so the same file is loaded once however it arrives.</summary>
    public static string SubmissionKey(byte[] content) => "comparator:" + Convert.ToHexStringLower(SHA256.HashData(content));
}
