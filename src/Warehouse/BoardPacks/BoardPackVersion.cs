namespace Safeguarding.Analytics.Warehouse.BoardPacks;

/// <summary>
/// One frozen version of a quarter's board pack, "as presented to the board on" a date: the moment its figures,
/// exceptions and commentary were read as at, who froze it and when, and the SHA-256 of its content. A version is
/// never changed; freezing again makes the next version.
/// </summary>
public sealed record BoardPackVersion
{
    /// <summary>The quarter's period key, e.g. <c>2024-25 Q1</c>.</summary>
    public required string Quarter { get; init; }

    /// <summary>1 for the quarter's first frozen pack, and so on; assigned by the app store.</summary>
    public int Version { get; init; }

    /// <summary>The date of the board meeting the pack is for.</summary>
    public required DateOnly PresentedOn { get; init; }

    /// <summary>The moment (UTC) the pack's figures, exceptions and commentary are read as at.</summary>
    public required DateTime DataAsOf { get; init; }

    /// <summary>The user name of the person who froze it.</summary>
    public required string FrozenBy { get; init; }

    /// <summary>UTC; set by the app store.</summary>
    public DateTime FrozenAt { get; init; }

    /// <summary>Lower-case hex SHA-256 of the content JSON's UTF-8 bytes; set by the app store.</summary>
    public string ContentSha256 { get; init; } = "";
}
