using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;

namespace Safeguarding.Analytics.Ingest.Extracts.Files.Xlsx;

/// <summary>
/// Text as a workbook part may hold it. XML cannot carry most control characters (a bell, a form feed) that figures'
/// notes may bring from outside, so they are written as SpreadsheetML's <c>_xHHHH_</c> escapes, which Excel and
/// LibreOffice turn back into the character; a literal <c>_xHHHH_</c> in the text has its underscore escaped so it
/// reads back as typed.
/// </summary>
internal static class XlsxText
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsEscape(text))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (!XmlConvert.IsXmlChar(c) || (c == '_' && LooksLikeEscape(text, i)))
            {
                escaped.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' ? c is not ('\t' or '\n' or '\r') : c is '_' or (>= '\uD800' and <= '\uDFFF') or '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text at <paramref name="i"/> reads <c>_xHHHH_</c>.</summary>
    private static bool LooksLikeEscape(string text, int i) =>
        i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && text.AsSpan(i + 2, 4).ContainsAnyExcept(HexDigits) is false;
}
