namespace Safeguarding.Analytics.Ingest.Records.Synthetic;

/// <summary>What the scale generator makes: how many records, over how many financial years, from which seed.</summary>
public sealed record SyntheticRecordOptions
{
    public long Incidents { get; init; } = 50_000_000;

    public long Outcomes { get; init; } = 5_000_000;

    /// <summary>Financial years, the last being <see cref="LastYearStart"/> (2024 is 2024-25).</summary>
    public int Years { get; init; } = 10;

    public int LastYearStart { get; init; } = 2024;

    /// <summary>The same seed and settings give byte-identical files.</summary>
    public ulong Seed { get; init; } = 20250331;

    public int FirstYearStart => LastYearStart - Years + 1;

    public DateOnly Start => new(FirstYearStart, 4, 1);

    public DateOnly End => new(LastYearStart + 1, 3, 31);

    /// <summary>The financial year a day falls in, counted from the first (0).</summary>
    public int YearOf(DateOnly date) => (date.Month >= 4 ? date.Year : date.Year - 1) - FirstYearStart;

    /// <summary>A financial year as files name it: 2024-25.</summary>
    public string YearName(int index) => $"{FirstYearStart + index}-{(FirstYearStart + index + 1) % 100:00}";
}
