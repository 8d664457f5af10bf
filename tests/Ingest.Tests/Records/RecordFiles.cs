using System.Text;
using Safeguarding.Analytics.Ingest.Records;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Tests.Records;

/// <summary>Record feed files written in the tests, and a reader on the real area list with the day fixed.</summary>
internal static class RecordFiles
{
    public static readonly ReferenceDataSet Reference = ReferenceDataSet.Load(ReferenceDataFolder.Locate());

    public static readonly LocalAuthorityCodes Codes = new(Reference.Areas);

    public static readonly DateTimeOffset Today = new(2025, 6, 30, 12, 0, 0, TimeSpan.Zero);

    public static RecordFileReader Reader() => new(Codes, new FixedClock(Today));

    public static MemoryStream Csv(string text, bool bom = false) =>
        new([.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)]);

    public static string Id(int n) => n.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
