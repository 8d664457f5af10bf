namespace Safeguarding.Analytics.Forecasting.Trend;

/// <summary>A Fingertips recent-trend verdict.</summary>
/// <param name="Marker">One of <see cref="RecentTrendMarkers"/>.</param>
/// <param name="ChiSquare">The test statistic over the five periods; 0 when the trend cannot be calculated.</param>
/// <param name="IsSignificant">
/// True when the statistic exceeds <see cref="RecentTrend.ChiSquareThreshold"/> and leaving out any one period never
/// turns the direction round.
/// </param>
/// <param name="PointsUsed">Always five, the number of periods the method looks at.</param>
/// <param name="Message">Why the trend cannot be calculated; empty otherwise.</param>
public sealed record RecentTrendResult(string Marker, double ChiSquare, bool IsSignificant, int PointsUsed, string Message);
