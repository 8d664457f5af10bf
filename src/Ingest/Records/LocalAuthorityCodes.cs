using Safeguarding.Analytics.Domain.Areas;

namespace Safeguarding.Analytics.Ingest.Records;

/// <summary>
/// The local authority codes a record may carry — every current or former ONS code and DfE code of a local authority
/// in the area list — each to the one string of the authority's current ONS code, so millions of rows share a handful
/// of strings and a code is looked up without making one.
/// </summary>
public sealed class LocalAuthorityCodes
{
    private readonly Dictionary<string, string> _codes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public LocalAuthorityCodes(AreaDirectory areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        foreach (var area in areas.All.Where(a => a.Kind == AreaKind.LocalAuthority))
        {
            var current = string.Intern(area.Code);
            foreach (var code in new[] { area.Code, area.DfeCode }.Concat(area.FormerCodes).OfType<string>())
            {
                _codes[code] = current;
            }
        }

        _lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The authority's current ONS code for a code in a file (ASCII bytes), or null when no local authority has it.</summary>
    public string? Find(ReadOnlySpan<byte> code)
    {
        if (code.IsEmpty || code.Length > 16)
        {
            return null;
        }

        Span<char> chars = stackalloc char[code.Length];
        for (var i = 0; i < code.Length; i++)
        {
            chars[i] = (char)code[i];
        }

        return _lookup.TryGetValue(chars, out var current) ? current : null;
    }
}
