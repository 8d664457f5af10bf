namespace Safeguarding.Analytics.Domain.Areas;

/// <summary>One of a local authority's ten statistical neighbours in the DfE model, nearest first.</summary>
public sealed record StatisticalNeighbour(string AreaCode, string NeighbourCode, int Rank, string Closeness);
