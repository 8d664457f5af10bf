using System.Text;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

/// <summary>Reads returns written in a test, as the upload and the inbox do.</summary>
internal static class ReturnFiles
{
    public static readonly ReturnLimits Limits = new();

    public static ReturnReadResult ReadCsv(string text, string fileName = "return.csv", ReturnLimits? limits = null) =>
        Read(Encoding.UTF8.GetBytes(text), fileName, limits);

    public static ReturnReadResult Read(byte[] bytes, string fileName, ReturnLimits? limits = null)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return QuarterlyReturnReader.Read(fileName, stream, limits ?? Limits);
    }

    public static SubmissionProblem SingleProblem(ReturnReadResult read, string code) =>
        Assert.Single(read.Problems, p => p.Code == code);
}
