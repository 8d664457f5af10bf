namespace Safeguarding.Analytics.Warehouse.Extracts;

/// <summary>
/// The periods an extract covers: either fixed (<see cref="From"/> to <see cref="To"/>, period keys such as
/// <c>2022-23 Q1</c>), or the last <see cref="LastQuarters"/> complete quarters before the run, so a deep dive that
/// runs every year stays current.
/// </summary>
public sealed record ExtractPeriodRange
{
    public string? From { get; init; }
    public string? To { get; init; }
    public int? LastQuarters { get; init; }

    public static ExtractPeriodRange Fixed(string from, string to) => new() { From = from, To = to };

    public static ExtractPeriodRange Recent(int quarters) => new() { LastQuarters = quarters };
}
