namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// One string per distinct short cell text. A return repeats its indicator ids, area codes, periods, statuses and
/// most numbers thousands of times; sharing them keeps a large file's memory to its distinct values. Bounded, so a
/// hostile file of unique cells cannot grow it without limit.
/// </summary>
internal sealed class CellTextPool
{
    private const int MaxLength = 32;
    private const int MaxEntries = 100_000;

    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CellTextPool() => _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        if (_lookup.TryGetValue(text, out var shared))
        {
            return shared;
        }

        var created = text.ToString();
        if (_texts.Count < MaxEntries)
        {
            _texts.Add(created);
        }

        return created;
    }
}
