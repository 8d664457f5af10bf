using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

/// <summary>
/// Observations rows gathered into a block of ClickHouse's Native format, as <c>INSERT ... FORMAT Native</c> reads it
/// over HTTP: the number of columns and rows, then for each column its name, its type and its values (a Nullable
/// column as its null map, then its values with 0 or "" under the nulls). Each row is spread over the columns as it
/// is added, so a row is read once; the server takes the columns whole instead of parsing row by row.
/// </summary>
internal sealed class ObservationNativeBlock : INativeBlock
{
    /// <summary>Rows per block: large enough to send few blocks, small enough to keep a block in memory.</summary>
    public const int BlockRows = 65_536;

    private readonly string _loadId;
    private readonly StringColumn _indicatorId = new("indicator_id");
    private readonly StringColumn _areaCode = new("area_code");
    private readonly StringColumn _periodKey = new("period_key");
    private readonly StringColumn _periodKind = new("period_kind");
    private readonly ValueColumn _periodStart = new("period_start", "Date");
    private readonly ValueColumn _periodEnd = new("period_end", "Date");
    private readonly ValueColumn _value = new("value", "Nullable(Float64)");
    private readonly ValueColumn _numerator = new("numerator", "Nullable(Float64)");
    private readonly ValueColumn _denominator = new("denominator", "Nullable(Float64)");
    private readonly ValueColumn _lowerCi = new("lower_ci", "Nullable(Float64)");
    private readonly ValueColumn _upperCi = new("upper_ci", "Nullable(Float64)");
    private readonly StringColumn _status = new("status");
    private readonly StringColumn _statusReason = new("status_reason", nullable: true);
    private readonly StringColumn _source = new("source");
    private readonly ValueColumn _version = new("version", "Int32");
    private readonly StringColumn _loadIdColumn = new("load_id");
    private readonly Column[] _columns;

    public ObservationNativeBlock(string loadId)
    {
        _loadId = loadId;
        _columns =
        [
            _indicatorId, _areaCode, _periodKey, _periodKind, _periodStart, _periodEnd, _value, _numerator, _denominator,
            _lowerCi, _upperCi, _status, _statusReason, _source, _version, _loadIdColumn,
        ];
    }

    /// <summary>The column list of the INSERT, in block order.</summary>
    public static string Columns { get; } = string.Join(", ", new ObservationNativeBlock(string.Empty)._columns.Select(c => c.Name));

    public int Count { get; private set; }

    public bool IsFull => Count >= BlockRows;

    /// <summary>Adds a row, checked as every stored row is.</summary>
    public void Add(Observation observation)
    {
        var period = StoredObservation.PeriodOf(observation);
        _indicatorId.Add(observation.IndicatorId);
        _areaCode.Add(observation.AreaCode);
        _periodKey.Add(observation.PeriodKey);
        _periodKind.Add(period.Kind.ToString());
        _periodStart.Values.WriteDate(period.Start);
        _periodEnd.Values.WriteDate(period.End);
        _value.Add(observation.Value);
        _numerator.Add(observation.Numerator);
        _denominator.Add(observation.Denominator);
        _lowerCi.Add(observation.LowerCi);
        _upperCi.Add(observation.UpperCi);
        _status.Add(observation.Status.ToString());
        _statusReason.Add(observation.StatusReason);
        _source.Add(observation.Source);
        _version.Values.WriteInt32(observation.Version);
        _loadIdColumn.Add(_loadId);
        Count++;
    }

    /// <summary>Writes the gathered rows as one block and starts a new one.</summary>
    public void WriteTo(RowBinaryWriter writer)
    {
        writer.WriteVarUInt((ulong)_columns.Length);
        writer.WriteVarUInt((ulong)Count);
        foreach (var column in _columns)
        {
            writer.WriteString(column.Name);
            writer.WriteString(column.Type);
            writer.WriteBytes(column.NullMap.Written.Span);
            writer.WriteBytes(column.Values.Written.Span);
            column.Clear();
        }

        Count = 0;
    }

    private abstract class Column(string name, string type)
    {
        public string Name { get; } = name;

        public string Type { get; } = type;

        /// <summary>A Nullable column's null map, a byte a row (1 = null); empty for other columns.</summary>
        public RowBinaryWriter NullMap { get; } = new();

        public RowBinaryWriter Values { get; } = new();

        public virtual void Clear()
        {
            NullMap.Clear();
            Values.Clear();
        }
    }

    private sealed class ValueColumn(string name, string type) : Column(name, type)
    {
        public void Add(double? number)
        {
            NullMap.WriteByte(number is null ? (byte)1 : (byte)0);
            Values.WriteFloat64(number ?? 0);
        }
    }

    /// <summary>A String column; a text that is the same string as the row above's is copied, not encoded again.</summary>
    private sealed class StringColumn(string name, bool nullable = false) : Column(name, nullable ? "Nullable(String)" : "String")
    {
        private string? _last;
        private int _lastStart;
        private int _lastLength;

        public void Add(string? text)
        {
            if (Type.Length != "String".Length)
            {
                NullMap.WriteByte(text is null ? (byte)1 : (byte)0);
            }

            text ??= string.Empty;
            if (ReferenceEquals(text, _last))
            {
                Values.Repeat(_lastStart, _lastLength);
                return;
            }

            _lastStart = Values.Length;
            Values.WriteString(text);
            _lastLength = Values.Length - _lastStart;
            _last = text;
        }

        public override void Clear()
        {
            base.Clear();
            _last = null;
        }
    }
}
