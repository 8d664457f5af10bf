using System.Globalization;
using System.Text;

namespace Safeguarding.Analytics.Ingest.Records.Synthetic;

/// <summary>The days of the generated span, each with its yyyy-MM-dd bytes and financial year made once.</summary>
internal sealed class SyntheticDays
{
    private readonly byte[][] _text;
    private readonly int[] _year;

    public SyntheticDays(SyntheticRecordOptions options)
    {
        First = options.Start;
        Count = options.End.DayNumber - options.Start.DayNumber + 1;
        _text = new byte[Count][];
        _year = new int[Count];
        for (var day = 0; day < Count; day++)
        {
            var date = First.AddDays(day);
            _text[day] = Encoding.ASCII.GetBytes(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            _year[day] = options.YearOf(date);
        }
    }

    public DateOnly First { get; }

    public int Count { get; }

    public ReadOnlySpan<byte> Text(int day) => _text[day];

    public int YearOf(int day) => _year[day];

    public DateOnly Date(int day) => First.AddDays(day);
}
