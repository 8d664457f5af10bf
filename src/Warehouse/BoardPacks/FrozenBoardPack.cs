namespace Safeguarding.Analytics.Warehouse.BoardPacks;

/// <summary>A frozen board pack version with its content exactly as stored (JSON).</summary>
public sealed record FrozenBoardPack(BoardPackVersion Version, string ContentJson);
