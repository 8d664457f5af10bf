namespace Safeguarding.Analytics.Forecasting.Anomalies;

/// <summary>One area's figures for one period across the indicators: what the anomaly model compares areas on.</summary>
public sealed record AreaProfile(string AreaCode, string PeriodKey, IReadOnlyDictionary<string, double> Values);

/// <summary>
/// How unusual an area's profile is for a period: its distance from the normal variation the model learnt, in
/// standard deviations (higher is more unusual), its rank among the areas scored for that period (1 = the most unusual), and the indicators furthest from the national picture, in
/// standard deviations, that drive it.
/// </summary>
public sealed record ProfileScore(
    string AreaCode, string PeriodKey, double Score, int Rank, int OutOf, IReadOnlyList<ProfileDriver> Drivers);

/// <summary>An indicator's distance from its mean over the training profiles, in standard deviations.</summary>
public sealed record ProfileDriver(string IndicatorId, double Value, double StandardScore);
