using System.Security.Cryptography;
using System.Text;

namespace Safeguarding.Analytics.Warehouse.BoardPacks;

/// <summary>The fingerprint that shows a regenerated pack is the one the board saw: SHA-256 of the content JSON.</summary>
public static class BoardPackHash
{
    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="contentJson"/>.</summary>
    public static string Of(string contentJson)
    {
        ArgumentNullException.ThrowIfNull(contentJson);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contentJson)));
    }
}
