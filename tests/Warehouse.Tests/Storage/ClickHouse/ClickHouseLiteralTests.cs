using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Tests.Storage.ClickHouse;

public sealed class ClickHouseLiteralTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("O'Brien", @"'O\'Brien'")]
    [InlineData(@"a\b", @"'a\\b'")]
    [InlineData(@"\'", @"'\\\''")]
    [InlineData("nul\0", @"'nul\0'")]
    [InlineData("a\nb\r\tc", @"'a\nb\r\tc'")]
    [InlineData("\u0001\u007f", @"'\x01\x7F'")]
    [InlineData("'; DROP TABLE x; --", @"'\'; DROP TABLE x; --'")]
    [InlineData("", "''")]
    public void Quote_escapes_quotes_backslashes_and_control_characters(string value, string expected) =>
        Assert.Equal(expected, ClickHouseLiteral.Quote(value));

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Quoted_hostile_string_is_one_literal_with_no_bare_quote_or_control_character(string value)
    {
        var quoted = ClickHouseLiteral.Quote(value);
        var inner = quoted[1..^1];

        Assert.StartsWith("'", quoted, StringComparison.Ordinal);
        Assert.EndsWith("'", quoted, StringComparison.Ordinal);
        Assert.DoesNotContain(inner, c => c < ' ' || c == '\x7f');
        Assert.Equal(value, Unquote(inner));
    }

    [Fact]
    public void Unicode_passes_through_unescaped()
    {
        const string welshAndEmoji = "Ynys Môn 👶🏽 Łódź עברית";

        Assert.Equal($"'{welshAndEmoji}'", ClickHouseLiteral.Quote(welshAndEmoji));
    }

    [Fact]
    public void Dates_and_moments_are_time_zone_free()
    {
        Assert.Equal("toDate('2024-04-01')", ClickHouseLiteral.Date(new DateOnly(2024, 4, 1)));
        Assert.Equal("toDateTime(1711929600)", ClickHouseLiteral.UtcSeconds(new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData("safeguarding")]
    [InlineData("test_0f8fad5bd9cb469fa16570867728950e")]
    public void Plain_identifiers_are_accepted(string name) => Assert.Equal(name, ClickHouseLiteral.Identifier(name));

    [Theory]
    [InlineData("bad name")]
    [InlineData("x; DROP DATABASE y")]
    [InlineData("`quoted`")]
    [InlineData("1starts_with_digit")]
    [InlineData("")]
    public void Anything_but_a_plain_identifier_is_refused(string name) =>
        Assert.Throws<ArgumentException>(() => ClickHouseLiteral.Identifier(name));

    public static TheoryData<string> Hostile() => HostileStrings.Theory();

    /// <summary>Reads a literal body back the way ClickHouse does, to prove the escaping is reversible.</summary>
    private static string Unquote(string inner)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\'')
            {
                Assert.Fail($"Bare quote at {i} in {inner}");
            }

            if (inner[i] != '\\')
            {
                text.Append(inner[i]);
                continue;
            }

            var next = inner[++i];
            text.Append(next switch
            {
                'n' => '\n', 'r' => '\r', 't' => '\t', '0' => '\0', 'b' => '\b', 'f' => '\f',
                'x' => (char)Convert.ToInt32(inner.Substring(i + 1, 2), 16),
                _ => next,
            });
            if (next == 'x')
            {
                i += 2;
            }
        }

        return text.ToString();
    }
}
