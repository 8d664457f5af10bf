namespace Safeguarding.Analytics.Benchmarks.LoadTest;

/// <summary>
/// One request a simulated board member made: which step of the journey (<see cref="Route"/>, the address with its
/// identifiers left as placeholders), when it started after the run began, how long it took to the last byte of the
/// answer, the status, and — when it did not go as a browser would expect — why, in words.
/// </summary>
internal sealed record LoadSample(string Route, TimeSpan StartedAt, double Milliseconds, int Status, string? Error)
{
    public bool Failed => Error is not null;
}
