namespace Safeguarding.Analytics.Warehouse.Records;

/// <summary>
/// The mid-year estimate (30 June of <paramref name="MidYear"/>) of children aged 10–17 living in a local authority:
/// the denominator of the first-time entrants rate (ONS mid-year population estimates in a deployment).
/// </summary>
public sealed record ChildPopulation(string AreaCode, int MidYear, long Aged10To17);
