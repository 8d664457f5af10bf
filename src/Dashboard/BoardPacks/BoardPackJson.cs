using System.Text.Json;

namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>The one way a pack's content is written and read, so the same content always gives the same JSON and hash.</summary>
public static class BoardPackJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public static string Write(BoardPackContent content) => JsonSerializer.Serialize(content, Options);

    /// <exception cref="JsonException">The stored text is not a pack's content.</exception>
    public static BoardPackContent Read(string json) =>
        JsonSerializer.Deserialize<BoardPackContent>(json, Options) ?? throw new JsonException("The stored pack's content is empty.");
}
