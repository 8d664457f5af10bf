namespace Safeguarding.Analytics.Warehouse.BoardPacks;

/// <summary>
/// A frozen pack version printed to PDF and kept: the PDF of one exact HTML document of the pack (the whole pack, or
/// an agency lead's copy), found again by that document's SHA-256, so the same document is never printed twice.
/// </summary>
public sealed record BoardPackPdf
{
    /// <summary>The quarter's period key, e.g. <c>2024-25 Q1</c>.</summary>
    public required string Quarter { get; init; }

    /// <summary>The frozen version the document was rendered from.</summary>
    public required int Version { get; init; }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of the HTML document that was printed.</summary>
    public required string HtmlSha256 { get; init; }

    /// <summary>The PDF as Chromium printed it.</summary>
    public required byte[] Pdf { get; init; }

    /// <summary>When it was printed (UTC).</summary>
    public required DateTime PrintedAt { get; init; }
}
